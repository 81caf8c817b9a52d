import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { LifecycleStageBadge, PartnerStatusBadge, PartnerTypeBadges, placeOf } from './partner-labels.tsx';
import type { Partner } from './partners-api.ts';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

const orDash = (value: string | null | undefined) => (value ? value : '–');

/** A partner's directory profile, read-only: the console shows it above its edit button, the portal alone. */
export function PartnerProfile({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const format = useFormat();
  const address = [
    partner.street,
    [partner.postalCode, partner.city].filter(Boolean).join(' '),
    partner.stateProvince,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Paper withBorder p="lg" radius="md">
      <Title order={2} size="h3" mb="md">
        {t('partners.profile.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="lg">
        <Field label={t('partners.fields.legalName')}>{orDash(partner.legalName)}</Field>
        <Field label={t('partners.fields.partnerTypes')}>
          <PartnerTypeBadges types={partner.partnerTypes} />
        </Field>
        <Field label={t('partners.fields.tier')}>{orDash(partner.tier)}</Field>
        <Field label={t('partners.fields.lifecycleStage')}>
          <LifecycleStageBadge stage={partner.lifecycleStage} />
        </Field>
        <Field label={t('partners.fields.status')}>
          <PartnerStatusBadge status={partner.status} />
        </Field>
        <Field label={t('partners.fields.partnerManager')}>
          {partner.partnerManager
            ? `${partner.partnerManager.name} (${partner.partnerManager.email})`
            : t('partners.profile.noManager')}
        </Field>
        <Field label={t('partners.fields.place')}>{placeOf(partner)}</Field>
        <Field label={t('partners.fields.websiteDomain')}>{orDash(partner.websiteDomain)}</Field>
        <Field label={t('partners.fields.capacity')}>
          {partner.capacity === null ? '–' : format.number(partner.capacity)}
        </Field>
        <Field label={t('partners.fields.industries')}>{orDash(partner.industries.join(', '))}</Field>
        <Field label={t('partners.fields.certifications')}>{orDash(partner.certifications.join(', '))}</Field>
        <Field label={t('partners.fields.address')}>{orDash(address)}</Field>
      </SimpleGrid>
    </Paper>
  );
}
