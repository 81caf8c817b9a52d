import { Alert, Button, Group, NumberInput, Text } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { tierSettingsQuery, updateGracePeriod } from './tiers-api.ts';

/** How long a partner keeps its tier after it stops qualifying. */
export function GracePeriodForm({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const settings = useQuery(tierSettingsQuery);
  const [days, setDays] = useState<number | ''>('');
  const [problem, setProblem] = useState<{ field: string | null; form: string | null }>({
    field: null,
    form: null,
  });
  const [isSaving, setIsSaving] = useState(false);
  useEffect(() => {
    if (settings.data) setDays(settings.data.downgradeGraceDays);
  }, [settings.data]);

  if (settings.error) return <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />;
  if (!settings.data) return <LoadingState />;
  if (!canManage) return <Text>{t('tiers.grace.current', { count: settings.data.downgradeGraceDays })}</Text>;
  const version = settings.data.version;

  const save = async () => {
    setIsSaving(true);
    setProblem({ field: null, form: null });
    try {
      const saved = await updateGracePeriod(days === '' ? 0 : days, version);
      queryClient.setQueryData(tierSettingsQuery.queryKey, saved);
    } catch (error) {
      const problems = formProblemsOf(error, t);
      setProblem({ field: problems.fields['body.downgradeGraceDays'] ?? null, form: problems.form });
    }
    setIsSaving(false);
  };

  return (
    <>
      {problem.form ? (
        <Alert color="orange" variant="light" role="alert">
          {problem.form}
        </Alert>
      ) : null}
      <Group align="flex-end">
        <NumberInput
          label={t('tiers.grace.label')}
          description={t('tiers.grace.description')}
          min={0}
          max={730}
          allowDecimal={false}
          allowNegative={false}
          value={days}
          onChange={(value) => setDays(typeof value === 'number' ? value : '')}
          error={problem.field}
          w={320}
        />
        <Button onClick={() => void save()} loading={isSaving}>
          {t('tiers.grace.save')}
        </Button>
      </Group>
    </>
  );
}
