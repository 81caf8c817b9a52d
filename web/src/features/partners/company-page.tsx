import { Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { PartnerContacts } from './partner-contacts.tsx';
import { PartnerProfile } from './partner-profile.tsx';
import { partnerQuery } from './partners-api.ts';

/** The partner's own company as the vendor keeps it, and whom to ask there; read-only. */
export function CompanyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const company = useQuery(partnerQuery(me.organisation.id));

  if (company.error) return <ErrorState error={company.error} onRetry={() => void company.refetch()} />;
  if (!company.data) return <LoadingState />;
  return (
    <Stack gap="lg">
      <PageHeader title={company.data.name} description={t('partners.company.intro')} />
      <PartnerProfile partner={company.data} />
      <PartnerContacts organisationId={company.data.id} canManage={false} />
    </Stack>
  );
}
