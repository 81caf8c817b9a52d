import { Alert, Badge, Button, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useMe } from '../auth/me-query.ts';
import {
  type ApprovalStep,
  type DealRegistrationDetail,
  type ExtensionRequest,
  useDealActions,
  useDealSettings,
} from './deal-approval-queries.ts';
import { SlaTimer, useNow } from './sla-timer.tsx';
import { TextActionModal } from './text-action-modal.tsx';

const DAY = 24 * 60 * 60 * 1000;

type Side = 'vendor' | 'partner';
type Dialog =
  | 'approve'
  | 'reject'
  | 'requestInfo'
  | 'answer'
  | 'withdraw'
  | 'requestExtension'
  | { rejectExtension: string }
  | null;

/**
 * Where a registration stands in approval and protection, and what the reader can do about it:
 * approvers decide the waiting level and extension requests; the partner answers questions, asks
 * for more protection time, or withdraws.
 */
export function DealDecisionPanel({
  registration,
  side,
}: {
  registration: DealRegistrationDetail;
  side: Side;
}) {
  const { t } = useTranslation();
  const actions = useDealActions(registration);
  const me = useMe();
  const canApprove = me.permissions.includes('deals:approve');
  const canRegister = me.permissions.includes('deals:register');
  const settings = useDealSettings();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const reminderHours = settings.data?.reminderHoursBeforeDue ?? 4;
  const openStep = registration.approvals.find((step) => step.mayDecide);
  const pendingExtension = registration.extensions.find((extension) => extension.status === 'pending');
  const canWithdraw = ['pending_approval', 'more_info_requested', 'approved'].includes(registration.status);
  const canExtend =
    registration.status === 'approved' &&
    !pendingExtension &&
    settings.data !== undefined &&
    registration.extensionCount < settings.data.maxExtensions;

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="deal-decision-heading">
      <Stack gap="md">
        <Group justify="space-between">
          <Title order={2} size="h3" id="deal-decision-heading">
            {t('dealApprovals.panel.title')}
          </Title>
          <Badge variant="outline" color="dark">
            {t(`dealApprovals.status.${registration.status}`)}
          </Badge>
        </Group>
        {side === 'partner' ? <PartnerStatus registration={registration} /> : null}
        {side === 'vendor' && registration.status === 'approved' && registration.protectionEndsAt ? (
          <Protection endsAt={registration.protectionEndsAt} />
        ) : null}

        <ApprovalTimeline steps={registration.approvals} reminderHours={reminderHours} />

        {side === 'vendor' && openStep ? (
          <Group>
            <Button onClick={() => setDialog('approve')}>{t('dealApprovals.actions.approve')}</Button>
            <Button color="red" variant="outline" onClick={() => setDialog('reject')}>
              {t('dealApprovals.actions.reject')}
            </Button>
            <Button variant="default" onClick={() => setDialog('requestInfo')}>
              {t('dealApprovals.actions.requestInfo')}
            </Button>
          </Group>
        ) : null}

        {registration.extensions.length > 0 ? (
          <Extensions
            extensions={registration.extensions}
            canDecide={side === 'vendor' && canApprove && registration.status === 'approved'}
            onApprove={(extensionId) => actions.approveExtension.mutateAsync({ extensionId })}
            onReject={(extensionId) => setDialog({ rejectExtension: extensionId })}
          />
        ) : null}

        {side === 'partner' && canRegister ? (
          <Group>
            {registration.status === 'more_info_requested' ? (
              <Button onClick={() => setDialog('answer')}>{t('dealApprovals.actions.answer')}</Button>
            ) : null}
            {canExtend ? (
              <Button variant="default" onClick={() => setDialog('requestExtension')}>
                {t('dealApprovals.actions.requestExtension')}
              </Button>
            ) : null}
            {canWithdraw ? (
              <Button color="red" variant="outline" onClick={() => setDialog('withdraw')}>
                {t('dealApprovals.actions.withdraw')}
              </Button>
            ) : null}
          </Group>
        ) : null}
      </Stack>

      <TextActionModal
        opened={dialog === 'approve'}
        title={t('dealApprovals.actions.approveTitle', { reference: registration.reference })}
        label={t('dealApprovals.fields.note')}
        field="note"
        isRequired={false}
        submitLabel={t('dealApprovals.actions.approve')}
        onSubmit={(note) => actions.approve.mutateAsync(note ? { note } : {})}
        onClose={close}
      />
      <TextActionModal
        opened={dialog === 'reject'}
        title={t('dealApprovals.actions.rejectTitle', { reference: registration.reference })}
        label={t('dealApprovals.fields.reason')}
        description={t('dealApprovals.fields.reasonHint')}
        field="reason"
        submitLabel={t('dealApprovals.actions.reject')}
        submitColor="red"
        onSubmit={(reason) => actions.reject.mutateAsync({ reason })}
        onClose={close}
      />
      <TextActionModal
        opened={dialog === 'requestInfo'}
        title={t('dealApprovals.actions.requestInfoTitle')}
        label={t('dealApprovals.fields.question')}
        description={t('dealApprovals.fields.questionHint')}
        field="question"
        submitLabel={t('dealApprovals.actions.requestInfo')}
        onSubmit={(question) => actions.requestInfo.mutateAsync({ question })}
        onClose={close}
      />
      <TextActionModal
        opened={dialog === 'answer'}
        title={t('dealApprovals.actions.answerTitle')}
        label={t('dealApprovals.fields.answer')}
        description={registration.decisionReason ?? undefined}
        field="answer"
        submitLabel={t('dealApprovals.actions.answer')}
        onSubmit={(answer) => actions.provideInfo.mutateAsync({ answer })}
        onClose={close}
      />
      <TextActionModal
        opened={dialog === 'requestExtension'}
        title={t('dealApprovals.actions.requestExtensionTitle')}
        label={t('dealApprovals.fields.extensionReason')}
        description={t('dealApprovals.fields.extensionHint', { days: settings.data?.extensionDays ?? 30 })}
        field="reason"
        submitLabel={t('dealApprovals.actions.requestExtension')}
        onSubmit={(reason) => actions.requestExtension.mutateAsync({ reason })}
        onClose={close}
      />
      <TextActionModal
        opened={typeof dialog === 'object' && dialog !== null}
        title={t('dealApprovals.actions.rejectExtensionTitle')}
        label={t('dealApprovals.fields.note')}
        field="note"
        submitLabel={t('dealApprovals.actions.reject')}
        submitColor="red"
        onSubmit={(note) =>
          typeof dialog === 'object' && dialog !== null
            ? actions.rejectExtension.mutateAsync({ extensionId: dialog.rejectExtension, note })
            : Promise.resolve()
        }
        onClose={close}
      />
      <ConfirmDialog
        opened={dialog === 'withdraw'}
        title={t('dealApprovals.actions.withdrawTitle')}
        confirmLabel={t('dealApprovals.actions.withdraw')}
        confirmColor="red"
        onConfirm={() => actions.withdraw.mutateAsync({})}
        onClose={close}
      >
        {t('dealApprovals.actions.withdrawBody', { customer: registration.customerName })}
      </ConfirmDialog>
    </Card>
  );
}

/** What the status means for the partner, in its words. */
function PartnerStatus({ registration }: { registration: DealRegistrationDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  switch (registration.status) {
    case 'approved':
      return registration.protectionEndsAt ? <Protection endsAt={registration.protectionEndsAt} /> : null;
    case 'pending_approval':
      return (
        <Text>
          {registration.approvalDueAt
            ? t('dealApprovals.explain.pendingDue', { date: format.dateTime(registration.approvalDueAt) })
            : t('dealApprovals.explain.pending')}
        </Text>
      );
    case 'more_info_requested':
      return (
        <Alert color="orange" title={t('dealApprovals.explain.questionTitle')}>
          {registration.decisionReason}
        </Alert>
      );
    case 'rejected':
      return (
        <Alert color="red" title={t('dealApprovals.explain.rejected')}>
          {registration.decisionReason ?? t('dealApprovals.explain.noReason')}
        </Alert>
      );
    default:
      return <Text>{t(`dealApprovals.explain.${registration.status}`)}</Text>;
  }
}

/** "Protected until 6 Mar 2027 · 42 days left" */
function Protection({ endsAt }: { endsAt: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = useNow(60_000);
  const daysLeft = Math.max(0, Math.ceil((Date.parse(endsAt) - now) / DAY));
  return (
    <Text fw={500}>
      {t('dealApprovals.protection.until', { date: format.date(endsAt) })}
      {' · '}
      {t('dealApprovals.protection.daysLeft', { count: daysLeft })}
    </Text>
  );
}

function ApprovalTimeline({ steps, reminderHours }: { steps: ApprovalStep[]; reminderHours: number }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (steps.length === 0) return null;
  return (
    <Timeline bulletSize={14} lineWidth={2} active={steps.findIndex((step) => step.decidedAt === null)}>
      {steps.map((step) => (
        <Timeline.Item
          key={step.id}
          title={`${t('dealApprovals.level', { level: step.level })} · ${t(`dealApprovals.role.${step.role}`)}`}
        >
          {step.decision ? (
            <Text size="sm">
              {t(`dealApprovals.decision.${step.decision}`)}
              {step.decidedByName ? ` · ${step.decidedByName}` : ''}
              {step.decidedAt ? ` · ${format.dateTime(step.decidedAt)}` : ''}
            </Text>
          ) : step.decidedAt ? (
            <Text size="sm">{t('dealApprovals.decision.closed')}</Text>
          ) : (
            <Group gap="xs">
              <SlaTimer dueAt={step.dueAt} reminderHours={reminderHours} />
              {step.escalatedAt ? (
                <Text size="xs" c="red.9">
                  {t('dealApprovals.escalated')}
                </Text>
              ) : null}
            </Group>
          )}
          {step.reason ? (
            <Text size="sm" c="dimmed">
              {step.decision === 'more_info_requested'
                ? t('dealApprovals.questionAsked', { question: step.reason })
                : step.reason}
            </Text>
          ) : null}
          {step.answer ? (
            <Text size="sm" c="dimmed">
              {t('dealApprovals.answerGiven', { answer: step.answer })}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}

function Extensions({
  extensions,
  canDecide,
  onApprove,
  onReject,
}: {
  extensions: ExtensionRequest[];
  canDecide: boolean;
  onApprove: (id: string) => Promise<unknown>;
  onReject: (id: string) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [approving, setApproving] = useState<string | null>(null);
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('dealApprovals.extensions.title')}
      </Title>
      {extensions.map((extension) => (
        <Group key={extension.id} justify="space-between" wrap="nowrap">
          <div>
            <Text size="sm">
              {t('dealApprovals.extensions.request', {
                days: extension.requestedDays,
                date: format.date(extension.createdAt),
              })}{' '}
              · {t(`dealApprovals.extensions.status.${extension.status}`)}
            </Text>
            <Text size="sm" c="dimmed">
              {extension.reason}
              {extension.decisionNote ? ` — ${extension.decisionNote}` : ''}
            </Text>
          </div>
          {canDecide && extension.status === 'pending' ? (
            <Group gap="xs" wrap="nowrap">
              <Button size="xs" onClick={() => setApproving(extension.id)}>
                {t('dealApprovals.actions.approveExtension')}
              </Button>
              <Button size="xs" variant="default" onClick={() => onReject(extension.id)}>
                {t('dealApprovals.actions.rejectExtension')}
              </Button>
            </Group>
          ) : null}
        </Group>
      ))}
      <ConfirmDialog
        opened={approving !== null}
        title={t('dealApprovals.actions.approveExtensionTitle')}
        confirmLabel={t('dealApprovals.actions.approveExtension')}
        onConfirm={() => onApprove(approving ?? '')}
        onClose={() => setApproving(null)}
      >
        {t('dealApprovals.actions.approveExtensionBody')}
      </ConfirmDialog>
    </Stack>
  );
}
