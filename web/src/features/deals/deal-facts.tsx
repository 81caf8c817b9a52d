import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { useCountryName } from './countries.ts';
import type { DealRegistrationDetail } from './deal-queries.ts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children ?? '—'}
      </Text>
    </Stack>
  );
}

/** What was registered, as the partner entered it. */
export function DealFacts({
  registration,
  side,
}: {
  registration: DealRegistrationDetail;
  side: 'vendor' | 'partner';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const countryName = useCountryName();
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('deals.detail.facts')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="md">
        <Fact label={t('deals.fields.customerName')}>{registration.customerName}</Fact>
        <Fact label={t('deals.fields.domain')}>{registration.customerDomain}</Fact>
        <Fact label={t('deals.fields.country')}>{countryName(registration.country)}</Fact>
        {side === 'vendor' ? (
          <Fact label={t('deals.columns.partner')}>
            {registration.partnerName}
            {registration.region ? ` · ${registration.region}` : ''}
          </Fact>
        ) : null}
        <Fact label={t('deals.fields.amount')}>
          {format.money(registration.amount, registration.currency)}
        </Fact>
        <Fact label={t('deals.fields.expectedCloseDate')}>{format.date(registration.expectedCloseDate)}</Fact>
        <Fact label={t('deals.fields.contactName')}>{registration.contactName}</Fact>
        <Fact label={t('deals.fields.contactEmail')}>{registration.contactEmail}</Fact>
        <Fact label={t('deals.fields.registeredAt')}>{format.dateTime(registration.registeredAt)}</Fact>
        <Fact label={t('deals.fields.products')}>
          {registration.products.length > 0 ? registration.products.join(', ') : null}
        </Fact>
        <Fact label={t('deals.fields.stage')}>{t(`deals.stage.${registration.stage}`)}</Fact>
      </SimpleGrid>
      {registration.notes ? (
        <Stack gap={2} mt="md">
          <Text size="sm" c="dimmed">
            {t('deals.fields.notes')}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {registration.notes}
          </Text>
        </Stack>
      ) : null}
    </Paper>
  );
}
