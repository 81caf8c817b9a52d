import { Anchor, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { invalidRowsUrl, type PartnerImport } from './imports-api.ts';

/** The finished import: what it created, merged and skipped, and where to go next. */
export function ImportSummary({ imported }: { imported: PartnerImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { counts } = imported;
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Text fw={600}>{t('imports.summary.title')}</Text>
        <List>
          <List.Item>{t('imports.summary.created', { formatted: format.number(counts.created) })}</List.Item>
          <List.Item>{t('imports.summary.merged', { formatted: format.number(counts.merged) })}</List.Item>
          <List.Item>{t('imports.summary.skipped', { formatted: format.number(counts.skipped) })}</List.Item>
          <List.Item>{t('imports.summary.invalid', { formatted: format.number(counts.invalid) })}</List.Item>
        </List>
        <Group>
          <Anchor renderRoot={(props) => <Link {...props} to="/console/partners" />}>
            {t('imports.summary.directory')}
          </Anchor>
          {counts.invalid > 0 ? (
            <Button component="a" variant="default" href={invalidRowsUrl(imported.id)} download>
              {t('imports.invalid.download')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
