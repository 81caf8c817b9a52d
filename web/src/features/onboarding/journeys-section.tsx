import { Badge, Button, Group, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { JourneyModal } from './journey-modal.tsx';
import { type Journey, useJourneys } from './onboarding-api.ts';

/** The journeys partners go through, with who they apply to; create and edit them here. */
export function JourneysSection() {
  const { t } = useTranslation();
  const journeys = useJourneys();
  const [editing, setEditing] = useState<Journey | 'new' | null>(null);

  return (
    <section aria-labelledby="journeys-title">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3" id="journeys-title">
          {t('onboarding.journeys.title')}
        </Title>
        <Button onClick={() => setEditing('new')}>{t('onboarding.journeys.create')}</Button>
      </Group>
      <PagedList list={journeys} empty={t('onboarding.journeys.empty')}>
        <DataTable
          minWidth={720}
          aria-label={t('onboarding.journeys.title')}
          hasRowActions
          columns={[
            t('onboarding.journeys.columns.name'),
            t('onboarding.journeys.columns.audience'),
            t('onboarding.journeys.columns.steps'),
            t('onboarding.journeys.columns.status'),
          ]}
        >
          {journeys.items.map((journey) => (
            <Table.Tr key={journey.id}>
              <Table.Th scope="row" fw={600}>
                {journey.name}
              </Table.Th>
              <Table.Td>
                <Audience journey={journey} />
              </Table.Td>
              <Table.Td>{journey.steps.length}</Table.Td>
              <Table.Td>
                <StatusBadge
                  colour={journey.status === 'active' ? 'green' : 'gray'}
                  label={t(`onboarding.journeys.status.${journey.status}`)}
                />
              </Table.Td>
              <Table.Td>
                <Button
                  variant="subtle"
                  size="xs"
                  onClick={() => setEditing(journey)}
                  aria-label={t('onboarding.journeys.editNamed', { name: journey.name })}
                >
                  {t('onboarding.journeys.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
      <JourneyModal
        opened={editing !== null}
        journey={editing === 'new' || editing === null ? undefined : editing}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}

function Audience({ journey }: { journey: Journey }) {
  const { t } = useTranslation();
  if (journey.partnerTypes.length === 0 && journey.tiers.length === 0) {
    return <Text size="sm">{t('onboarding.journeys.allPartners')}</Text>;
  }
  return (
    <Group gap={4}>
      {journey.partnerTypes.map((type) => (
        <Badge key={type} variant="light">
          {t(`agreements.partnerTypes.${type}`)}
        </Badge>
      ))}
      {journey.tiers.map((tier) => (
        <Badge key={tier} variant="outline" color="gray">
          {tier}
        </Badge>
      ))}
    </Group>
  );
}
