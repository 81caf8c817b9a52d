import { Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { useCountryName } from './countries.ts';
import { DealStatusBadge } from './deal-badges.tsx';
import type { DealConflict, DealRegistrationDetail } from './deal-queries.ts';

/** Vendor staff: each conflict as this registration beside the record it matched. */
export function ConflictEvidence({ registration }: { registration: DealRegistrationDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('deals.evidence.title')}
      </Title>
      <Text size="sm">
        {registration.isFirstIn ? t('deals.evidence.firstIn') : t('deals.evidence.notFirstIn')}
      </Text>
      {registration.conflicts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('deals.detail.noConflicts')}
        </Text>
      ) : (
        registration.conflicts.map((conflict, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a conflict is identified by its place in the list
          <ConflictCard key={index} registration={registration} conflict={conflict} />
        ))
      )}
    </Stack>
  );
}

type Row = { key: string; label: string; mine: ReactNode; theirs: ReactNode; isMatch?: boolean };

function ConflictCard({
  registration,
  conflict,
}: {
  registration: DealRegistrationDetail;
  conflict: DealConflict;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  const signals = new Set(conflict.signals);
  const matched = conflict.matchedRegistration;
  const account = conflict.matchedAccount;
  const matchedTitle = matched
    ? t('deals.evidence.matchedRegistration', { reference: matched.reference })
    : t('deals.evidence.matchedAccount');
  const rows: Row[] = [
    {
      key: 'name',
      label: t('deals.fields.customerName'),
      mine: registration.customerName,
      theirs: conflict.matchedName,
      isMatch: signals.has('name') || signals.has('similar_name'),
    },
    {
      key: 'domain',
      label: t('deals.fields.domain'),
      mine: registration.customerDomain,
      theirs: conflict.matchedDomains?.length ? conflict.matchedDomains.join(', ') : null,
      isMatch: signals.has('domain'),
    },
    {
      key: 'country',
      label: t('deals.fields.country'),
      mine: countryName(registration.country),
      theirs: conflict.matchedCountry ? countryName(conflict.matchedCountry) : null,
      isMatch: signals.has('country'),
    },
  ];
  if (matched) {
    rows.push(
      {
        key: 'partner',
        label: t('deals.columns.partner'),
        mine: registration.partnerName,
        theirs: matched.partnerName,
      },
      {
        key: 'amount',
        label: t('deals.fields.amount'),
        mine: format.money(registration.amount, registration.currency),
        theirs: format.money(matched.amount, matched.currency),
      },
      {
        key: 'registeredAt',
        label: t('deals.fields.registeredAt'),
        mine: format.dateTime(registration.registeredAt),
        theirs: format.dateTime(matched.registeredAt),
      },
      {
        key: 'status',
        label: t('deals.columns.status'),
        mine: <DealStatusBadge status={registration.status} />,
        theirs: <DealStatusBadge status={matched.status} />,
      },
    );
  }
  if (account) {
    rows.push(
      {
        key: 'owner',
        label: t('deals.evidence.owner'),
        mine: registration.partnerName,
        theirs: account.ownerName,
      },
      {
        key: 'directOnly',
        label: t('deals.evidence.directOnly'),
        mine: null,
        theirs: account.isDirectOnly ? t('deals.evidence.yes') : t('deals.evidence.no'),
        isMatch: account.isDirectOnly,
      },
      {
        key: 'openOpportunities',
        label: t('deals.evidence.openOpportunities'),
        mine: null,
        theirs: format.number(account.openOpportunityCount),
        isMatch: account.openOpportunityCount > 0,
      },
    );
  }
  return (
    <Paper withBorder p="md" radius="md" data-testid="conflict-evidence">
      <Group justify="space-between" align="flex-start" mb="xs">
        <Group gap="xs">
          <Text fw={600}>{t(`deals.kind.${conflict.kind}`)}</Text>
          {conflict.isBlocking ? (
            <Badge color="red" variant="light" c="dark.8">
              {t('deals.evidence.blocking')}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">
          {t('deals.evidence.score', { score: format.number(Math.round(conflict.score * 100)) })}
        </Text>
      </Group>
      <Text size="sm" mb="sm">
        {conflict.reason}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withColumnBorders layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="26%">
                {t('deals.evidence.field')}
              </Table.Th>
              <Table.Th scope="col">
                {t('deals.evidence.thisRegistration', { reference: registration.reference })}
              </Table.Th>
              <Table.Th scope="col">{matchedTitle}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.key} bg={row.isMatch ? 'yellow.1' : undefined}>
                <Table.Th scope="row" fw={500}>
                  <Group gap={6}>
                    {row.label}
                    {row.isMatch ? (
                      <Badge
                        size="xs"
                        color="yellow"
                        variant="filled"
                        c="dark.8"
                        styles={{ label: { overflow: 'visible' } }}
                      >
                        {t('deals.evidence.matches')}
                      </Badge>
                    ) : null}
                  </Group>
                </Table.Th>
                <Table.Td>{row.mine ?? '—'}</Table.Td>
                <Table.Td>{row.theirs ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}
