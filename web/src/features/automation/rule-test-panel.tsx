import { Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { formProblemsOf } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useMe } from '../auth/me-query.ts';
import { actionKindLabel, describeDelay } from './action-labels.ts';
import type { AutomationRule } from './rule-form-values.ts';

type Sample = { before: string; after: string };

function parseJson(text: string): { value: unknown } | null {
  if (text.trim() === '') return { value: undefined };
  try {
    return { value: JSON.parse(text) };
  } catch {
    return null;
  }
}

/**
 * A dry run: would this rule match a sample change, and what would its actions do? The sample is
 * the entity before and after, as JSON; the latest real event of the rule's type is a good start.
 */
export function RuleTestPanel({ rule }: { rule: AutomationRule }) {
  const { t } = useTranslation();
  const me = useMe();
  const [sample, setSample] = useState<Sample>({ before: '', after: '{}' });
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const canReadAudit = me.permissions.includes('audit:read');

  const latest = useMutation({
    mutationFn: async () =>
      unwrap(
        await api.GET('/api/v1/audit-events', { params: { query: { action: rule.eventType, limit: 1 } } }),
      ).data[0] ?? null,
    onSuccess: (event) => {
      if (!event) return;
      const json = (value: unknown) => (value === null ? '' : JSON.stringify(value, null, 2));
      setSample({ before: json(event.before), after: json(event.after) });
    },
  });

  const test = useMutation({
    mutationFn: async ({ before, after }: { before: unknown; after: unknown }) =>
      unwrap(
        await api.POST('/api/v1/automation-rules/{id}/test', {
          params: { path: { id: rule.id } },
          body: { before, after },
        }),
      ),
    onError: (error) => setFieldErrors(formProblemsOf(error, t).fields),
  });

  const run = () => {
    const before = parseJson(sample.before);
    const after = parseJson(sample.after);
    const problems: Record<string, string> = {};
    if (!before) problems.before = t('automation.test.invalidJson');
    if (!after) problems.after = t('automation.test.invalidJson');
    setFieldErrors(problems);
    if (!before || !after) return;
    test.mutate({ before: before.value, after: after.value });
  };

  const formError = test.error ? formProblemsOf(test.error, t).form : null;
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <Title order={2} size="h4">
          {t('automation.test.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('automation.test.intro')}
        </Text>
        {canReadAudit ? (
          <Group gap="sm">
            <Button variant="default" size="xs" loading={latest.isPending} onClick={() => latest.mutate()}>
              {t('automation.test.useLatest')}
            </Button>
            {latest.isSuccess && latest.data === null ? (
              <Text size="sm" c="dimmed">
                {t('automation.test.noLatest')}
              </Text>
            ) : null}
          </Group>
        ) : null}
        <Group grow align="flex-start">
          <Textarea
            label={t('automation.test.before')}
            description={t('automation.test.beforeHint')}
            autosize
            minRows={4}
            maxRows={14}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={sample.before}
            onChange={(event) => setSample({ ...sample, before: event.currentTarget.value })}
            error={fieldErrors.before}
          />
          <Textarea
            label={t('automation.test.after')}
            description={t('automation.test.afterHint')}
            autosize
            minRows={4}
            maxRows={14}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={sample.after}
            onChange={(event) => setSample({ ...sample, after: event.currentTarget.value })}
            error={fieldErrors.after}
          />
        </Group>
        <Button w="fit-content" onClick={run} loading={test.isPending}>
          {t('automation.test.run')}
        </Button>
        <ProblemAlert>{formError}</ProblemAlert>
        {test.data ? (
          <Paper withBorder p="md" radius="md" bg={test.data.matches ? 'green.0' : 'gray.0'} role="status">
            <Stack gap="xs">
              <Text fw={700}>
                {test.data.matches ? t('automation.test.matches') : t('automation.test.noMatch')}
              </Text>
              {test.data.matches ? (
                <List type="ordered" spacing={4}>
                  {test.data.actions.map((action) => (
                    <List.Item key={action.index}>
                      <Text size="sm">
                        {actionKindLabel(t, action.type)}
                        {' · '}
                        {describeDelay(t, action.delaySeconds, action.recheckCondition)}
                      </Text>
                      <Text size="sm">{action.preview}</Text>
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm">{t('automation.test.noMatchBody')}</Text>
              )}
            </Stack>
          </Paper>
        ) : null}
      </Stack>
    </Paper>
  );
}
