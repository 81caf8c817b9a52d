import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useMe } from '../auth/me-query.ts';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import {
  commentOnDispute,
  type DealDisputeDetail,
  DISPUTES_KEY,
  decideDispute,
  disputeQuery,
  linksOf,
  registrationKey,
} from './deal-collaboration-api.ts';
import { DisputeStatusBadge } from './dispute-status-badge.tsx';

type Side = 'vendor' | 'partner';

export function ConsoleDealDisputePage() {
  const { id } = useParams({ from: '/signed-in/console/deal-disputes/$id' });
  return <DealDisputePage id={id} side="vendor" />;
}

export function PortalDealDisputePage() {
  const { id } = useParams({ from: '/signed-in/portal/deal-disputes/$id' });
  return <DealDisputePage id={id} side="partner" />;
}

/** One dispute: both sides' evidence and comments, and for the channel lead the decision. */
function DealDisputePage({ id, side }: { id: string; side: Side }) {
  const { t } = useTranslation();
  const dispute = useQuery(disputeQuery(id));
  const back = (
    <RouterAnchor
      to={side === 'vendor' ? '/console/deal-disputes' : '/portal/deal-disputes'}
      size="sm"
      mb="xs"
      display="inline-block"
    >
      {t('dealCollaboration.disputePage.back')}
    </RouterAnchor>
  );
  if (dispute.error) {
    return (
      <>
        {back}
        <PageHeader title={t('dealCollaboration.disputesPage.title')} />
        <ErrorState error={dispute.error} onRetry={() => void dispute.refetch()} />
      </>
    );
  }
  if (!dispute.data) return <LoadingState />;
  return (
    <>
      {back}
      <DisputeDetails dispute={dispute.data} side={side} />
    </>
  );
}

function DisputeDetails({ dispute, side }: { dispute: DealDisputeDetail; side: Side }) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const canDecide = side === 'vendor' && me.permissions.includes('deals:manage') && dispute.status === 'open';
  const canComment =
    dispute.status === 'open' &&
    (me.permissions.includes('deals:dispute') || me.permissions.includes('deals:manage'));
  const registrationHref = (id: string) => `${side === 'vendor' ? '/console' : '/portal'}/deals/${id}`;

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('dealCollaboration.disputePage.title', { reference: dispute.registrationReference })}
        description={`${dispute.customerName}${side === 'vendor' && dispute.partnerName ? ` · ${dispute.partnerName}` : ''}`}
        actions={<DisputeStatusBadge status={dispute.status} />}
      />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Group gap="xs">
            <Badge variant="light">{t(`dealCollaboration.subjects.${dispute.subject}`)}</Badge>
            <Text size="sm" c="dimmed">
              {t('dealCollaboration.disputePage.raised', {
                who: dispute.raisedByName ?? t(`dealCollaboration.sides.${dispute.raisedBySide}`),
                date: format.dateTime(dispute.createdAt),
              })}
            </Text>
          </Group>
          <Text size="sm" data-testid="registration-status">
            {t('dealCollaboration.disputePage.registrationStatus', {
              status: t(`dealCollaboration.registrationStatuses.${dispute.registrationStatus}`),
            })}
          </Text>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{dispute.reason}</Text>
          <EvidenceLinks urls={dispute.evidenceUrls} />
          <Text size="sm">
            <Anchor href={registrationHref(dispute.registrationId)}>
              {t('dealCollaboration.disputePage.openRegistration', {
                reference: dispute.registrationReference,
              })}
            </Anchor>
          </Text>
          {side === 'vendor' && dispute.contestedRegistration ? (
            <Text size="sm">
              {t('dealCollaboration.disputePage.contested')}{' '}
              <Anchor href={registrationHref(dispute.contestedRegistration.id)}>
                {dispute.contestedRegistration.reference}
              </Anchor>
              {dispute.contestedRegistration.partnerName
                ? ` · ${dispute.contestedRegistration.partnerName}`
                : ''}
            </Text>
          ) : null}
          {dispute.rationale ? (
            <Paper bg="gray.0" p="sm" radius="sm" mt="sm">
              <Text fw={600} size="sm">
                {t('dealCollaboration.disputePage.decision', {
                  outcome: t(`dealCollaboration.statuses.${dispute.status}`),
                  date: dispute.decidedAt ? format.date(dispute.decidedAt) : '',
                })}
              </Text>
              <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="dispute-rationale">
                {dispute.rationale}
              </Text>
            </Paper>
          ) : null}
        </Stack>
      </Paper>

      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          {t('dealCollaboration.disputePage.comments')}
        </Title>
        {dispute.comments.length === 0 ? (
          <EmptyState>{t('dealCollaboration.disputePage.noComments')}</EmptyState>
        ) : (
          <Stack gap="sm">
            {dispute.comments.map((comment) => (
              <Paper
                key={comment.id}
                withBorder
                p="sm"
                radius="sm"
                bg={comment.isVendorInternal ? 'yellow.0' : undefined}
              >
                <Group gap="xs" mb={4}>
                  <Text fw={600} size="sm">
                    {comment.authorName ?? t(`dealCollaboration.sides.${comment.authorSide}`)}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {format.dateTime(comment.createdAt)}
                  </Text>
                  {comment.isVendorInternal ? (
                    <Badge color="yellow" variant="light" c="dark">
                      {t('dealCollaboration.disputePage.internal')}
                    </Badge>
                  ) : null}
                </Group>
                <Text style={{ whiteSpace: 'pre-wrap' }}>{comment.body}</Text>
                <EvidenceLinks urls={comment.evidenceUrls} />
              </Paper>
            ))}
          </Stack>
        )}
        {canComment ? <CommentForm dispute={dispute} side={side} /> : null}
      </Paper>

      {canDecide ? <DecisionForm dispute={dispute} /> : null}
    </Stack>
  );
}

function EvidenceLinks({ urls }: { urls: string[] }) {
  const { t } = useTranslation();
  if (urls.length === 0) return null;
  return (
    <List size="sm" aria-label={t('dealCollaboration.disputes.evidence')}>
      {urls.map((url) => (
        <List.Item key={url}>
          <Anchor href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </Anchor>
        </List.Item>
      ))}
    </List>
  );
}

function useRefreshDispute(dispute: DealDisputeDetail) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: DISPUTES_KEY });
    await queryClient.invalidateQueries({ queryKey: registrationKey(dispute.registrationId) });
  };
}

function CommentForm({ dispute, side }: { dispute: DealDisputeDetail; side: Side }) {
  const { t } = useTranslation();
  const refresh = useRefreshDispute(dispute);
  const [body, setBody] = useState('');
  const [links, setLinks] = useState('');
  const [isInternal, setIsInternal] = useState(false);
  const [problems, setProblems] = useState<{ fields: Record<string, string>; form: string | null }>({
    fields: {},
    form: null,
  });
  const [isSaving, setIsSaving] = useState(false);
  const submit = async () => {
    setIsSaving(true);
    setProblems({ fields: {}, form: null });
    try {
      await commentOnDispute(dispute.id, {
        body,
        evidenceUrls: linksOf(links),
        isVendorInternal: isInternal,
      });
      setBody('');
      setLinks('');
      setIsInternal(false);
      await refresh();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
    setIsSaving(false);
  };
  const linkProblem = Object.entries(problems.fields).find(([field]) =>
    field.startsWith('body.evidenceUrls'),
  )?.[1];
  return (
    <Stack
      gap="sm"
      mt="md"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ProblemAlert>{problems.form}</ProblemAlert>
      <Textarea
        label={t('dealCollaboration.disputePage.comment')}
        required
        autosize
        minRows={2}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={problems.fields['body.body']}
      />
      <Textarea
        label={t('dealCollaboration.disputes.evidence')}
        description={t('dealCollaboration.disputes.evidenceHint')}
        autosize
        minRows={1}
        value={links}
        onChange={(event) => setLinks(event.currentTarget.value)}
        error={linkProblem}
      />
      {side === 'vendor' ? (
        <Checkbox
          label={t('dealCollaboration.disputePage.internalLabel')}
          checked={isInternal}
          onChange={(event) => setIsInternal(event.currentTarget.checked)}
        />
      ) : null}
      <Group>
        <Button type="submit" loading={isSaving} disabled={body.trim().length === 0}>
          {t('dealCollaboration.disputePage.addComment')}
        </Button>
      </Group>
    </Stack>
  );
}

function DecisionForm({ dispute }: { dispute: DealDisputeDetail }) {
  const { t } = useTranslation();
  const refresh = useRefreshDispute(dispute);
  const [outcome, setOutcome] = useState<'upheld' | 'dismissed' | null>(null);
  const [rationale, setRationale] = useState('');
  const [problems, setProblems] = useState<{ fields: Record<string, string>; form: string | null }>({
    fields: {},
    form: null,
  });
  const [isSaving, setIsSaving] = useState(false);
  const submit = async () => {
    if (!outcome) return;
    setIsSaving(true);
    setProblems({ fields: {}, form: null });
    try {
      await decideDispute(dispute.id, { outcome, rationale });
      await refresh();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
    setIsSaving(false);
  };
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h3" mb="xs">
        {t('dealCollaboration.decision.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t(`dealCollaboration.decision.effect.${dispute.subject}`)}
      </Text>
      <Stack
        gap="sm"
        component="form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ProblemAlert>{problems.form}</ProblemAlert>
        <Radio.Group
          label={t('dealCollaboration.decision.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as 'upheld' | 'dismissed')}
          required
          error={problems.fields['body.outcome']}
        >
          <Group mt="xs">
            <Radio value="upheld" label={t('dealCollaboration.decision.uphold')} />
            <Radio value="dismissed" label={t('dealCollaboration.decision.dismiss')} />
          </Group>
        </Radio.Group>
        <Textarea
          label={t('dealCollaboration.decision.rationale')}
          description={t('dealCollaboration.decision.rationaleHint')}
          required
          autosize
          minRows={3}
          value={rationale}
          onChange={(event) => setRationale(event.currentTarget.value)}
          error={problems.fields['body.rationale']}
        />
        <Group>
          <Button type="submit" loading={isSaving} disabled={!outcome || rationale.trim().length === 0}>
            {t('dealCollaboration.decision.submit')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
