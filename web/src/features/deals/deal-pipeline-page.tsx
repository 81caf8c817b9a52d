import { Group, Paper, Progress, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { StatCard } from '../../ui/stat-card.tsx';
import { RegionInput } from '../partners/region-input.tsx';
import { organisationChoicesQuery } from '../users/users-api.ts';
import { type DealPipeline, type DealPipelineQuery, pipelineQuery } from './deal-collaboration-api.ts';

export function ConsoleDealPipelinePage() {
  return <DealPipelinePage side="vendor" />;
}

export function PortalDealPipelinePage() {
  return <DealPipelinePage side="partner" />;
}

/** The deals in the pipeline by stage, how they convert and how fast: vendor-wide, or a partner's own. */
function DealPipelinePage({ side }: { side: 'vendor' | 'partner' }) {
  const { t } = useTranslation();
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [region, setRegion] = useState('');
  const [search, setSearch] = useState('');
  const [debouncedRegion] = useDebouncedValue(region.trim(), 400);
  const partners = useQuery({
    ...organisationChoicesQuery({ kind: 'partner', search }),
    enabled: side === 'vendor',
  });
  const query: DealPipelineQuery = {
    ...(organisationId ? { organisationId } : {}),
    ...(/^[a-z][a-z0-9-]{1,31}$/.test(debouncedRegion) ? { region: debouncedRegion } : {}),
  };
  const pipeline = useQuery({ ...pipelineQuery(query), placeholderData: keepPreviousData });

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('dealCollaboration.pipeline.title')}
        description={t(`dealCollaboration.pipeline.description.${side}`)}
      />
      {side === 'vendor' ? (
        <Group align="flex-end">
          <Select
            label={t('dealCollaboration.pipeline.partner')}
            placeholder={t('dealCollaboration.pipeline.allPartners')}
            data={(partners.data ?? []).map((partner) => ({ value: partner.id, label: partner.name }))}
            value={organisationId}
            onChange={setOrganisationId}
            searchable
            clearable
            onSearchChange={setSearch}
            w={280}
          />
          <RegionInput
            label={t('dealCollaboration.pipeline.region')}
            placeholder="emea"
            value={region}
            onChange={setRegion}
            w={200}
          />
        </Group>
      ) : null}
      {pipeline.error ? (
        <ErrorState error={pipeline.error} onRetry={() => void pipeline.refetch()} />
      ) : !pipeline.data ? (
        <LoadingState />
      ) : (
        <PipelineFigures pipeline={pipeline.data} />
      )}
    </Stack>
  );
}

function PipelineFigures({ pipeline }: { pipeline: DealPipeline }) {
  const { t } = useTranslation();
  const format = useFormat();
  const most = Math.max(1, ...pipeline.stages.map((stage) => stage.count));
  const percent = (rate: number | null) =>
    rate === null ? '—' : `${format.number(Math.round(rate * 1000) / 10)} %`;
  const days = (value: number | null) =>
    value === null ? '—' : t('dealCollaboration.pipeline.days', { count: value, days: format.number(value) });
  // Every stage's total is in the programme's currency.
  const programmeCurrency = pipeline.stages[0]?.total.currency ?? '';
  const recent = pipeline.registrationsPerWeek.slice(-4).reduce((sum, week) => sum + week.count, 0);

  return (
    <Stack gap="lg">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <StatCard
          label={t('dealCollaboration.pipeline.winRate')}
          hint={t('dealCollaboration.pipeline.winRateHint')}
          value={percent(pipeline.winRate)}
          isLoading={false}
        />
        <StatCard
          label={t('dealCollaboration.pipeline.closed')}
          hint={t('dealCollaboration.pipeline.closedHint')}
          value={t('dealCollaboration.pipeline.wonLost', { won: pipeline.won, lost: pipeline.lost })}
          isLoading={false}
        />
        <StatCard
          label={t('dealCollaboration.pipeline.toApproval')}
          hint={t('dealCollaboration.pipeline.medianHint')}
          value={days(pipeline.medianDaysToApproval)}
          isLoading={false}
        />
        <StatCard
          label={t('dealCollaboration.pipeline.toWin')}
          hint={t('dealCollaboration.pipeline.medianHint')}
          value={days(pipeline.medianDaysToWin)}
          isLoading={false}
        />
      </SimpleGrid>

      <Paper withBorder p="lg" radius="md">
        <Title order={2} size="h3" mb="md">
          {t('dealCollaboration.pipeline.byStage')}
        </Title>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('dealCollaboration.pipeline.stage')}</Table.Th>
              <Table.Th>{t('dealCollaboration.pipeline.count')}</Table.Th>
              <Table.Th>{t('dealCollaboration.pipeline.amount')}</Table.Th>
              <Table.Th>{t('dealCollaboration.pipeline.total', { currency: programmeCurrency })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pipeline.stages.map((stage) => (
              <Table.Tr key={stage.stage}>
                <Table.Td w={200}>
                  <Text size="sm">{t(`dealCollaboration.stages.${stage.stage}`)}</Text>
                  <Progress
                    value={(stage.count / most) * 100}
                    size="sm"
                    color={stage.stage === 'lost' ? 'red' : stage.stage === 'won' ? 'green' : 'blue'}
                    aria-label={t(`dealCollaboration.stages.${stage.stage}`)}
                  />
                </Table.Td>
                <Table.Td>{format.number(stage.count)}</Table.Td>
                <Table.Td>
                  {stage.amounts.length === 0
                    ? '—'
                    : stage.amounts.map((money) => format.money(money.amount, money.currency)).join(' · ')}
                </Table.Td>
                <Table.Td>
                  {stage.count === 0 ? '—' : format.money(stage.total.amount, stage.total.currency)}
                  {stage.total.withoutRate.length > 0 ? (
                    <Text size="xs" c="dimmed">
                      {t('dealCollaboration.pipeline.withoutRate', {
                        currencies: stage.total.withoutRate.join(', '),
                      })}
                    </Text>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Paper>

      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h3" mb="md">
            {t('dealCollaboration.pipeline.conversion')}
          </Title>
          <Table>
            <Table.Tbody>
              {pipeline.conversion.map((step) => (
                <Table.Tr key={step.fromStage}>
                  <Table.Td>
                    {t('dealCollaboration.pipeline.step', {
                      from: t(`dealCollaboration.stages.${step.fromStage}`),
                      to: t(`dealCollaboration.stages.${step.toStage}`),
                    })}
                  </Table.Td>
                  <Table.Td>{percent(step.rate)}</Table.Td>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {t('dealCollaboration.pipeline.ofReached', {
                        advanced: step.advanced,
                        reached: step.reached,
                      })}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Title order={2} size="h3" mb="xs">
            {t('dealCollaboration.pipeline.velocity')}
          </Title>
          <Text size="sm" c="dimmed" mb="md">
            {t('dealCollaboration.pipeline.lastFourWeeks', { count: recent })}
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('dealCollaboration.pipeline.week')}</Table.Th>
                <Table.Th>{t('dealCollaboration.pipeline.registrations')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pipeline.registrationsPerWeek.map((week) => (
                <Table.Tr key={week.weekStart}>
                  <Table.Td>{format.date(week.weekStart)}</Table.Td>
                  <Table.Td>{format.number(week.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
