import { Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type Choice, DuplicateReview, decisionsOf } from './duplicate-review.tsx';
import { type PartnerImport, useApplyDecisions } from './imports-api.ts';
import { InvalidRows } from './invalid-rows.tsx';
import { MappingStep } from './mapping-step.tsx';

/** The checked file: what will be created, what cannot be imported, and the proposed duplicates. */
export function ImportReview({ imported }: { imported: PartnerImport }) {
  const { t } = useTranslation();
  const format = useFormat();
  const apply = useApplyDecisions(imported.id);
  const [choices, setChoices] = useState<Record<number, Choice>>({});
  const [isRemapping, setIsRemapping] = useState(false);
  const [isConfirming, setIsConfirming] = useState(false);
  const { counts } = imported;
  const hasImported = counts.created + counts.merged + counts.skipped > 0;
  const hasOverwrites = Object.values(choices).some((choice) => choice.decision === 'merge_overwrite');
  const submit = () => apply.mutateAsync(decisionsOf(choices));

  if (isRemapping) return <MappingStep imported={imported} onCancel={() => setIsRemapping(false)} />;
  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Count label={t('imports.review.toCreate')} value={format.number(counts.valid)} />
        <Count label={t('imports.review.invalid')} value={format.number(counts.invalid)} />
        <Count
          label={t('imports.review.duplicates')}
          value={format.number(imported.pendingDuplicates ?? 0)}
        />
      </SimpleGrid>
      {hasImported ? (
        <Text size="sm">
          {t('imports.review.partlyDone', {
            created: counts.created,
            merged: counts.merged,
            skipped: counts.skipped,
          })}
        </Text>
      ) : null}
      <InvalidRows imported={imported} />
      <DuplicateReview imported={imported} choices={choices} onChange={setChoices} />
      <ProblemAlert error={apply.error} />
      <Group>
        <Button
          onClick={() => (hasOverwrites ? setIsConfirming(true) : void submit().catch(() => undefined))}
          loading={apply.isPending}
        >
          {t('imports.review.apply')}
        </Button>
        {hasImported ? null : (
          <Button variant="default" onClick={() => setIsRemapping(true)}>
            {t('imports.review.changeMapping')}
          </Button>
        )}
      </Group>
      <ConfirmDialog
        opened={isConfirming}
        title={t('imports.review.overwriteTitle')}
        confirmLabel={t('imports.review.apply')}
        confirmColor="red"
        onConfirm={submit}
        onClose={() => setIsConfirming(false)}
      >
        {t('imports.review.overwriteBody')}
      </ConfirmDialog>
    </Stack>
  );
}

function Count({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </Paper>
  );
}
