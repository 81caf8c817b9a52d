import { Paper, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import type { PartnerImport } from './imports-api.ts';

/** While a worker checks or imports the rows; the page polls the import until it is done. */
export function ImportProgress({ imported }: { imported: PartnerImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { done, total } = imported.progress;
  const percent = total > 0 ? Math.min(100, Math.round((done / total) * 100)) : 0;
  const phase = imported.status === 'importing' ? 'importing' : 'checking';
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="xs">
        <Text fw={600}>{t(`imports.progress.${phase}`)}</Text>
        <Progress value={percent} size="lg" animated aria-label={t(`imports.progress.${phase}`)} />
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('imports.progress.rows', { done: format.number(done), total: format.number(total) })}
        </Text>
      </Stack>
    </Paper>
  );
}
