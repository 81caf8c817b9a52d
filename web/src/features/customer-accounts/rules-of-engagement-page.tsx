import { Alert, Button, Grid, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import { type RulesOfEngagement, usePublishRules, useRulesOfEngagement } from './customer-accounts-api.ts';
import { DirectOnlyList } from './direct-only-list.tsx';
import { MarkdownView } from './markdown-view.tsx';

/** Where the channel team writes the rules of engagement and publishes them to every partner. */
export function RulesOfEngagementPage() {
  const { t } = useTranslation();
  const rules = useRulesOfEngagement();
  return (
    <>
      <PageHeader
        title={t('customerAccounts.rules.title')}
        description={t('customerAccounts.rules.description')}
      />
      {rules.isPending ? (
        <LoadingState />
      ) : rules.error ? (
        <ErrorState error={rules.error} onRetry={() => void rules.refetch()} />
      ) : (
        <RulesEditor rules={rules.data} />
      )}
    </>
  );
}

function RulesEditor({ rules }: { rules: RulesOfEngagement }) {
  const { t } = useTranslation();
  const format = useFormat();
  const publish = usePublishRules();
  const [markdown, setMarkdown] = useState(rules.markdown ?? '');
  const [isPublished, setIsPublished] = useState(false);
  const isChanged = markdown.trim() !== (rules.markdown ?? '').trim();

  const submit = async () => {
    setIsPublished(false);
    try {
      await publish.mutateAsync(markdown);
      setIsPublished(true);
    } catch {
      // Shown below from the mutation's error.
    }
  };

  return (
    <Stack gap="lg">
      <Text size="sm">
        {rules.publishedAt
          ? t('customerAccounts.rules.publishedAt', { date: format.dateTime(rules.publishedAt) })
          : t('customerAccounts.rules.neverPublished')}
      </Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Textarea
            label={t('customerAccounts.rules.editor')}
            description={t('customerAccounts.rules.editorHint')}
            autosize
            minRows={14}
            maxRows={30}
            value={markdown}
            onChange={(event) => setMarkdown(event.currentTarget.value)}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Text fw={500} size="sm" mb={4}>
            {t('customerAccounts.rules.preview')}
          </Text>
          <Paper withBorder p="md" aria-label={t('customerAccounts.rules.preview')} component="section">
            {markdown.trim() ? (
              <MarkdownView>{markdown}</MarkdownView>
            ) : (
              <Text c="dimmed">{t('customerAccounts.rules.previewEmpty')}</Text>
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      <ProblemAlert>{publish.error ? problemMessageOf(publish.error, t) : null}</ProblemAlert>
      {isPublished && !isChanged ? (
        <Alert color="green" variant="light" role="status">
          {t('customerAccounts.rules.published')}
        </Alert>
      ) : null}
      <Group>
        <Button onClick={submit} loading={publish.isPending} disabled={!markdown.trim() || !isChanged}>
          {t('customerAccounts.rules.publish')}
        </Button>
      </Group>
      <section>
        <Title order={2} size="h3" mb="xs">
          {t('customerAccounts.rules.directOnlyTitle')}
        </Title>
        <Text size="sm" mb="xs">
          {t('customerAccounts.rules.directOnlyHint')}{' '}
          <RouterAnchor to="/console/customer-accounts" search={{ directOnly: true }}>
            {t('customerAccounts.rules.manageDirectOnly')}
          </RouterAnchor>
        </Text>
        <DirectOnlyList accounts={rules.directOnlyAccounts} />
      </section>
    </Stack>
  );
}
