import { Anchor, Badge, Button, Group, List, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type Enrolment, type EnrolmentStep, useCompleteStep } from './onboarding-api.ts';

type ChecklistProps = {
  enrolment: Enrolment;
  /** Who may tick custom and course steps (a partner admin, an onboarding manager). */
  canTick: boolean;
  /** Portal readers get links to where each automatic step is done. */
  area: 'console' | 'portal';
};

/** A journey's steps in order: done or not, due dates (overdue ones stand out) and what to do next. */
export function OnboardingChecklist({ enrolment, canTick, area }: ChecklistProps) {
  const { t } = useTranslation();
  const complete = useCompleteStep();
  return (
    <Stack gap="sm">
      <OnboardingProgress enrolment={enrolment} />
      <ProblemAlert error={complete.error} onClose={() => complete.reset()} />
      <List spacing="sm" listStyleType="none" aria-label={t('onboarding.checklist.label')}>
        {enrolment.steps.map((step) => (
          <List.Item key={step.id}>
            <StepRow
              step={step}
              area={area}
              action={
                canTick && step.isManual && !step.completedAt ? (
                  <Button
                    size="xs"
                    variant="light"
                    loading={complete.isPending && complete.variables === step.id}
                    onClick={() => complete.mutate(step.id)}
                    aria-label={t('onboarding.checklist.markDoneNamed', { title: step.title })}
                  >
                    {t('onboarding.checklist.markDone')}
                  </Button>
                ) : null
              }
            />
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

export function OnboardingProgress({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const percent = enrolment.totalSteps > 0 ? (100 * enrolment.completedSteps) / enrolment.totalSteps : 0;
  const label = t('onboarding.progress', { done: enrolment.completedSteps, total: enrolment.totalSteps });
  return (
    <Stack gap={4}>
      <Group justify="space-between">
        <Text size="sm" fw={600}>
          {label}
        </Text>
        {enrolment.status === 'completed' ? (
          <Badge color="green" variant="light">
            {t('onboarding.status.completed')}
          </Badge>
        ) : enrolment.overdueSteps > 0 ? (
          <Badge color="red" variant="light">
            {t('onboarding.overdueCount', { count: enrolment.overdueSteps })}
          </Badge>
        ) : null}
      </Group>
      <Progress
        value={percent}
        aria-label={label}
        color={enrolment.status === 'completed' ? 'green' : undefined}
      />
    </Stack>
  );
}

function StepRow({
  step,
  area,
  action,
}: {
  step: EnrolmentStep;
  area: 'console' | 'portal';
  action: React.ReactNode;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const isDone = step.completedAt !== null;
  return (
    <Group justify="space-between" wrap="nowrap" align="flex-start">
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon
          size="sm"
          radius="xl"
          color={isDone ? 'green' : step.isOverdue ? 'red' : 'gray'}
          variant={isDone ? 'filled' : 'light'}
          aria-hidden
        >
          {isDone ? '✓' : ''}
        </ThemeIcon>
        <Stack gap={2}>
          <Text fw={600} td={isDone ? 'line-through' : undefined}>
            {step.title}
          </Text>
          {step.description ? (
            <Text size="sm" c="dimmed">
              {step.description}
            </Text>
          ) : null}
          <Text size="sm" c={step.isOverdue ? 'red.8' : 'dimmed'} fw={step.isOverdue ? 600 : undefined}>
            {isDone
              ? t('onboarding.checklist.doneOn', { date: format.date(step.completedAt!) })
              : step.isOverdue
                ? t('onboarding.checklist.overdueSince', { date: format.date(step.dueAt) })
                : t('onboarding.checklist.dueOn', { date: format.date(step.dueAt) })}
            {' · '}
            {t(`onboarding.kinds.${step.kind}`)}
          </Text>
          {area === 'portal' && !isDone ? <StepLink step={step} /> : null}
        </Stack>
      </Group>
      {action}
    </Group>
  );
}

/** Where a partner does what an automatic step asks; steps it completes elsewhere say so. */
function StepLink({ step }: { step: EnrolmentStep }) {
  const { t } = useTranslation();
  switch (step.kind) {
    case 'accept_agreement':
      return (
        <Anchor component={Link} to="/portal/agreements" size="sm">
          {t('onboarding.checklist.goToAgreements')}
        </Anchor>
      );
    case 'complete_profile':
      return (
        <Anchor component={Link} to="/portal/company" size="sm">
          {t('onboarding.checklist.goToProfile')}
        </Anchor>
      );
    case 'upload_compliance_documents':
      return (
        <Text size="sm" c="dimmed">
          {t('onboarding.checklist.complianceHint')}
        </Text>
      );
    case 'register_first_deal':
      return (
        <Text size="sm" c="dimmed">
          {t('onboarding.checklist.dealHint')}
        </Text>
      );
    default:
      return null;
  }
}
