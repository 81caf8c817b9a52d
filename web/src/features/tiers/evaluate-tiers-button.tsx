import { Alert, Button, List, Modal, Stack, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { type EvaluationSummary, evaluateAllTiers } from './tiers-api.ts';

/** "Evaluate tiers now", then what changed: upgrades, scheduled and cancelled downgrades. */
export function EvaluateTiersButton() {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const [isRunning, setIsRunning] = useState(false);
  const [summary, setSummary] = useState<EvaluationSummary | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const run = async () => {
    setIsRunning(true);
    setProblem(null);
    try {
      setSummary(await evaluateAllTiers());
      // Tiers shown anywhere (directory, profiles) may have moved.
      void queryClient.invalidateQueries({ queryKey: ['organisations'] });
      void queryClient.invalidateQueries({ queryKey: ['partner-tier-status'] });
    } catch (error) {
      setProblem(problemMessageOf(error, t));
      setSummary({ evaluated: 0, changes: [] });
    }
    setIsRunning(false);
  };

  return (
    <>
      <Button variant="default" loading={isRunning} onClick={() => void run()}>
        {t('tiers.evaluate.run')}
      </Button>
      <Modal
        opened={summary !== null}
        onClose={() => setSummary(null)}
        title={t('tiers.evaluate.title')}
        centered
      >
        <Stack>
          {problem ? (
            <Alert color="red" variant="light" role="alert">
              {problem}
            </Alert>
          ) : (
            <Text>{t('tiers.evaluate.evaluated', { count: summary?.evaluated ?? 0 })}</Text>
          )}
          {summary && summary.changes.length > 0 ? (
            <List spacing="xs">
              {summary.changes.map((change) => (
                <List.Item key={change.organisationId}>
                  {t(`tiers.evaluate.kinds.${change.kind}`, {
                    name: change.organisationName,
                    from: change.fromTier ?? t('tiers.none'),
                    to: change.toTier ?? t('tiers.none'),
                    date: change.effectiveAt ? format.date(change.effectiveAt) : '',
                  })}
                </List.Item>
              ))}
            </List>
          ) : !problem ? (
            <Text c="dimmed">{t('tiers.evaluate.noChanges')}</Text>
          ) : null}
        </Stack>
      </Modal>
    </>
  );
}
