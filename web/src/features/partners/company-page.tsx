import { Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { EditCompanyModal } from './edit-company-modal.tsx';
import { PartnerContacts } from './partner-contacts.tsx';
import { PartnerProfile } from './partner-profile.tsx';
import { partnerQuery } from './partners-api.ts';

/** The partner's own company as the vendor keeps it, and whom to ask there; its admin edits the public part. */
export function CompanyPage() {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const company = useQuery(partnerQuery(me.organisation.id));
  const [isEditing, setIsEditing] = useState(false);
  const canEdit = me.permissions.includes('company_profile:edit');

  if (company.error) return <ErrorState error={company.error} onRetry={() => void company.refetch()} />;
  if (!company.data) return <LoadingState />;
  return (
    <Stack gap="lg">
      <PageHeader
        title={company.data.name}
        description={t('partners.company.intro')}
        actions={canEdit ? <Button onClick={() => setIsEditing(true)}>{t('companyEdit.open')}</Button> : null}
      />
      <PartnerProfile partner={company.data} />
      <PartnerContacts organisationId={company.data.id} canManage={false} />
      {isEditing ? (
        <EditCompanyModal
          company={company.data}
          onClose={() => setIsEditing(false)}
          onSaved={(updated) => {
            queryClient.setQueryData(partnerQuery(me.organisation.id).queryKey, updated);
            setIsEditing(false);
            notifications.show({ color: 'green', message: t('partners.edit.saved') });
          }}
        />
      ) : null}
    </Stack>
  );
}
