import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Group,
  NumberInput,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useMe } from '../auth/me-query.ts';
import { organisationChoicesQuery } from '../users/users-api.ts';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import {
  type DealRegistrationDetail,
  DISPUTES_KEY,
  moveStage,
  PARTNER_DEAL_ROLES,
  type PartnerDealRole,
  type PartnerLineInput,
  PIPELINE_STAGES,
  type PipelineStage,
  registrationKey,
  setPartners,
} from './deal-collaboration-api.ts';
import { DisputeStatusBadge } from './dispute-status-badge.tsx';
import { OpenDisputeForm } from './open-dispute-form.tsx';

type Side = 'vendor' | 'partner';
type Props = { registration: DealRegistrationDetail; side: Side };

/**
 * What happens to a registration after it is filed: its pipeline stage, the partners sharing its
 * credit and the disputes about it. Rendered on both the console's and the portal's detail page.
 */
export function DealCollaborationPanel({ registration, side }: Props) {
  return (
    <Stack gap="lg">
      <StageSection registration={registration} side={side} />
      <PartnersSection registration={registration} side={side} />
      <DisputesSection registration={registration} side={side} />
    </Stack>
  );
}

function useRefresh(id: string) {
  const queryClient = useQueryClient();
  return async () => {
    await queryClient.invalidateQueries({ queryKey: registrationKey(id) });
    await queryClient.invalidateQueries({ queryKey: DISPUTES_KEY });
    await queryClient.invalidateQueries({ queryKey: ['deal-pipeline'] });
  };
}

function StageSection({ registration, side }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const refresh = useRefresh(registration.id);
  const [stage, setStage] = useState<PipelineStage | null>(null);
  const [amount, setAmount] = useState<number | ''>('');
  const [lostReason, setLostReason] = useState('');
  const [problems, setProblems] = useState<{ fields: Record<string, string>; form: string | null }>({
    fields: {},
    form: null,
  });
  const [isSaving, setIsSaving] = useState(false);
  const isClosed = registration.stage === 'won' || registration.stage === 'lost';
  const canMove =
    !isClosed && me.permissions.includes(side === 'partner' ? 'deals:register' : 'deals:approve');
  const choices = PIPELINE_STAGES.filter(
    (candidate) =>
      candidate !== registration.stage && (candidate === 'registered' || registration.status === 'approved'),
  );

  const submit = async () => {
    if (!stage) return;
    setIsSaving(true);
    setProblems({ fields: {}, form: null });
    try {
      await moveStage(registration, {
        stage,
        ...(amount === '' ? {} : { amount }),
        ...(stage === 'lost' ? { lostReason } : {}),
      });
      setStage(null);
      setAmount('');
      setLostReason('');
      await refresh();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
    setIsSaving(false);
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t('dealCollaboration.stage.title')}
        </Title>
        <Badge
          size="lg"
          variant="light"
          color={registration.stage === 'won' ? 'green' : registration.stage === 'lost' ? 'red' : 'blue'}
        >
          {t(`dealCollaboration.stages.${registration.stage}`)}
        </Badge>
      </Group>
      {canMove && choices.length > 0 ? (
        <Stack gap="sm" mb="md">
          {registration.status !== 'approved' ? (
            <Text size="sm" c="dimmed">
              {t('dealCollaboration.stage.needsApproval')}
            </Text>
          ) : null}
          <ProblemAlert>{problems.form}</ProblemAlert>
          <Group align="flex-end">
            <Select
              label={t('dealCollaboration.stage.moveTo')}
              data={choices.map((value) => ({ value, label: t(`dealCollaboration.stages.${value}`) }))}
              value={stage}
              onChange={(value) => setStage(value as PipelineStage | null)}
              error={problems.fields['body.stage']}
              w={220}
            />
            <NumberInput
              label={t('dealCollaboration.stage.amount', { currency: registration.currency })}
              description={t('dealCollaboration.stage.amountHint')}
              min={0}
              decimalScale={2}
              value={amount}
              onChange={(value) => setAmount(typeof value === 'number' ? value : '')}
              error={problems.fields['body.amount']}
              w={220}
            />
            <Button onClick={() => void submit()} loading={isSaving} disabled={!stage}>
              {t('dealCollaboration.stage.move')}
            </Button>
          </Group>
          {stage === 'lost' ? (
            <Textarea
              label={t('dealCollaboration.stage.lostReason')}
              required
              value={lostReason}
              onChange={(event) => setLostReason(event.currentTarget.value)}
              error={problems.fields['body.lostReason']}
              autosize
              minRows={2}
            />
          ) : null}
        </Stack>
      ) : null}
      {isClosed ? (
        <Text size="sm" c="dimmed" mb="md">
          {t('dealCollaboration.stage.closed', {
            date: registration.closedAt ? format.date(registration.closedAt) : '',
          })}
        </Text>
      ) : null}
      <Title order={3} size="h4" mb="xs">
        {t('dealCollaboration.stage.history')}
      </Title>
      {registration.stageHistory.length === 0 ? (
        <EmptyState>{t('dealCollaboration.stage.noHistory')}</EmptyState>
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dealCollaboration.stage.when')}</Table.Th>
              <Table.Th>{t('dealCollaboration.stage.to')}</Table.Th>
              <Table.Th>{t('dealCollaboration.stage.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {registration.stageHistory.map((change) => (
              <Table.Tr key={`${change.changedAt}-${change.toStage}`}>
                <Table.Td>{format.dateTime(change.changedAt)}</Table.Td>
                <Table.Td>
                  {t(`dealCollaboration.stages.${change.toStage}`)}
                  {change.lostReason ? (
                    <Text size="sm" c="dimmed">
                      {change.lostReason}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  {change.amount === null ? '—' : format.money(change.amount, registration.currency)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}

type EditableLine = {
  key: string;
  organisationId: string | null;
  role: PartnerDealRole;
  creditPercent: number | '';
};

let nextLineKey = 0;
const lineKey = () => `line-${nextLineKey++}`;

function PartnersSection({ registration, side }: Props) {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = side === 'vendor' && me.permissions.includes('deals:manage');
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h3" mb="md">
        {t('dealCollaboration.partners.title')}
      </Title>
      {canEdit ? (
        <PartnersEditor registration={registration} />
      ) : (
        <Stack gap="xs">
          {registration.partners.map((line) => (
            <Text key={line.organisationId}>
              {t('dealCollaboration.partners.line', {
                partner: line.partnerName ?? t('dealCollaboration.partners.yourOrganisation'),
                role: t(`dealCollaboration.roles.${line.role}`),
                percent: line.creditPercent,
              })}
            </Text>
          ))}
          {side === 'partner' && registration.otherPartnerCount > 0 ? (
            <Text size="sm" c="dimmed">
              {t('dealCollaboration.partners.others', { count: registration.otherPartnerCount })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}

function PartnersEditor({ registration }: { registration: DealRegistrationDetail }) {
  const { t } = useTranslation();
  const refresh = useRefresh(registration.id);
  const [lines, setLines] = useState<EditableLine[]>(() =>
    registration.partners.map((line) => ({
      key: lineKey(),
      organisationId: line.organisationId,
      role: line.role,
      creditPercent: line.creditPercent,
    })),
  );
  const [search, setSearch] = useState('');
  const choices = useQuery(organisationChoicesQuery({ kind: 'partner', search }));
  const [problem, setProblem] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const knownNames = new Map<string, string>([
    ...registration.partners.map(
      (line) => [line.organisationId, line.partnerName ?? line.organisationId] as [string, string],
    ),
    ...(choices.data ?? []).map((organisation) => [organisation.id, organisation.name] as [string, string]),
  ]);
  const options = [...knownNames.entries()].map(([value, label]) => ({ value, label }));
  const totalCents = lines.reduce(
    (sum, line) => sum + Math.round((line.creditPercent === '' ? 0 : line.creditPercent) * 100),
    0,
  );
  const isComplete = lines.every((line) => line.organisationId !== null && line.creditPercent !== '');
  const update = (index: number, change: Partial<EditableLine>) => {
    setSaved(false);
    setLines((current) => current.map((line, at) => (at === index ? { ...line, ...change } : line)));
  };

  const save = async () => {
    setIsSaving(true);
    setProblem(null);
    try {
      await setPartners(
        registration,
        lines.map(
          (line): PartnerLineInput => ({
            organisationId: line.organisationId ?? '',
            role: line.role,
            creditPercent: line.creditPercent === '' ? 0 : line.creditPercent,
          }),
        ),
      );
      setSaved(true);
      await refresh();
    } catch (error) {
      const problems = formProblemsOf(error, t);
      setProblem(
        problems.fields['body.partners'] ?? problems.form ?? Object.values(problems.fields)[0] ?? null,
      );
    }
    setIsSaving(false);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('dealCollaboration.partners.editorHint')}
      </Text>
      {lines.map((line, index) => (
        <Group key={line.key} align="flex-end">
          <Select
            label={t('dealCollaboration.partners.partner', { number: index + 1 })}
            data={options}
            value={line.organisationId}
            searchable
            onSearchChange={setSearch}
            onChange={(value) => update(index, { organisationId: value })}
            disabled={line.organisationId === registration.organisationId}
            w={260}
          />
          <Select
            label={t('dealCollaboration.partners.role', { number: index + 1 })}
            data={PARTNER_DEAL_ROLES.map((value) => ({
              value,
              label: t(`dealCollaboration.roles.${value}`),
            }))}
            value={line.role}
            allowDeselect={false}
            onChange={(value) => value && update(index, { role: value as PartnerDealRole })}
            w={180}
          />
          <NumberInput
            label={t('dealCollaboration.partners.credit', { number: index + 1 })}
            min={0.01}
            max={100}
            decimalScale={2}
            suffix=" %"
            value={line.creditPercent}
            onChange={(value) => update(index, { creditPercent: typeof value === 'number' ? value : '' })}
            w={140}
          />
          {line.organisationId !== registration.organisationId ? (
            <ActionIcon
              variant="subtle"
              color="red"
              size="lg"
              aria-label={t('dealCollaboration.partners.remove', { number: index + 1 })}
              onClick={() => {
                setSaved(false);
                setLines((current) => current.filter((_, at) => at !== index));
              }}
            >
              ×
            </ActionIcon>
          ) : null}
        </Group>
      ))}
      <Text
        size="sm"
        fw={600}
        c={totalCents === 10_000 ? undefined : 'red.9'}
        aria-live="polite"
        data-testid="credit-total"
      >
        {t('dealCollaboration.partners.total', { percent: totalCents / 100 })}
      </Text>
      <ProblemAlert>{problem}</ProblemAlert>
      {saved ? (
        <Alert color="green" variant="light">
          {t('dealCollaboration.partners.saved')}
        </Alert>
      ) : null}
      <Group>
        <Button
          variant="default"
          onClick={() =>
            setLines((current) => [
              ...current,
              { key: lineKey(), organisationId: null, role: 'influencing', creditPercent: '' },
            ])
          }
        >
          {t('dealCollaboration.partners.add')}
        </Button>
        <Button
          onClick={() => void save()}
          loading={isSaving}
          disabled={totalCents !== 10_000 || !isComplete}
        >
          {t('dealCollaboration.partners.save')}
        </Button>
      </Group>
    </Stack>
  );
}

function DisputesSection({ registration, side }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [isOpening, setIsOpening] = useState(false);
  const subjects = (['decision', 'conflict'] as const).filter((subject) => registration.canDispute[subject]);
  const base = side === 'vendor' ? '/console/deal-disputes/$id' : '/portal/deal-disputes/$id';
  return (
    <Paper withBorder p="lg" radius="md">
      <Group justify="space-between" mb="md">
        <Title order={2} size="h3">
          {t('dealCollaboration.disputes.title')}
        </Title>
        {subjects.length > 0 && !isOpening ? (
          <Button variant="light" onClick={() => setIsOpening(true)}>
            {t('dealCollaboration.disputes.open')}
          </Button>
        ) : null}
      </Group>
      {isOpening ? (
        <OpenDisputeForm
          registrationId={registration.id}
          subjects={subjects}
          onDone={() => setIsOpening(false)}
        />
      ) : null}
      {registration.disputes.length === 0 ? (
        <EmptyState>{t('dealCollaboration.disputes.none')}</EmptyState>
      ) : (
        <Stack gap="sm">
          {registration.disputes.map((dispute) => (
            <Paper key={dispute.id} withBorder p="sm" radius="sm">
              <Group justify="space-between">
                <RouterAnchor to={base} params={{ id: dispute.id }}>
                  {t(`dealCollaboration.subjects.${dispute.subject}`)}
                  {dispute.isAgainstThisRegistration
                    ? ` · ${t('dealCollaboration.disputes.againstThis')}`
                    : ''}
                </RouterAnchor>
                <DisputeStatusBadge status={dispute.status} />
              </Group>
              <Text size="sm" c="dimmed">
                {format.date(dispute.createdAt)}
              </Text>
              {dispute.rationale ? (
                <Text size="sm" mt="xs">
                  <strong>{t('dealCollaboration.disputes.rationale')}</strong> {dispute.rationale}
                </Text>
              ) : null}
            </Paper>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
