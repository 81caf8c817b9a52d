import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { MessagePage } from '../../ui/message-page.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { PartnerComplianceCard } from '../compliance/partner-compliance-card.tsx';
import { PartnerOnboardingCard } from '../onboarding/partner-onboarding-card.tsx';
import { PartnerHealthCard } from '../partner-health/partner-health-card.tsx';
import { PartnerTierCard } from '../tiers/partner-tier-card.tsx';
import { EditPartnerModal } from './edit-partner-modal.tsx';
import { PartnerAccessAction } from './partner-access-action.tsx';
import { PartnerContacts } from './partner-contacts.tsx';
import { PartnerProfile } from './partner-profile.tsx';
import { PARTNERS_KEY, partnerQuery } from './partners-api.ts';

/** One partner in the console: its profile (editable by organisation managers) and its contacts. */
export function PartnerPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { partnerId } = useParams({ from: '/signed-in/console/partners/$partnerId' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const partner = useQuery(partnerQuery(partnerId));
  const [isEditing, setIsEditing] = useState(false);
  const canManage = me.permissions.includes('organisations:manage');

  if (isApiError(partner.error, 404) || partner.data?.kind === 'vendor') {
    return (
      <MessagePage
        title={t('partners.notFoundTitle')}
        body={t('partners.notFoundBody')}
        action={{
          label: t('partners.backToDirectory'),
          onClick: () => navigate({ to: '/console/partners' }),
        }}
      />
    );
  }
  if (partner.error) return <ErrorState error={partner.error} onRetry={() => void partner.refetch()} />;
  if (!partner.data) return <LoadingState />;
  const current = partner.data;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/console/partners" size="sm">
        {t('partners.backToDirectory')}
      </Anchor>
      <PageHeader
        title={current.name}
        description={current.legalName ?? undefined}
        actions={
          canManage ? (
            <>
              <PartnerAccessAction
                partner={current}
                onChanged={(updated) => {
                  queryClient.setQueryData(partnerQuery(partnerId).queryKey, updated);
                  void queryClient.invalidateQueries({ queryKey: [...PARTNERS_KEY, 'directory'] });
                }}
              />
              <Button onClick={() => setIsEditing(true)}>{t('partners.edit.open')}</Button>
            </>
          ) : null
        }
      />
      {current.status === 'inactive' ? (
        <Alert color="orange" variant="light" title={t('offboarding.bannerTitle')}>
          {t('offboarding.bannerBody')}
        </Alert>
      ) : null}
      <PartnerProfile partner={current} />
      <PartnerTierCard organisationId={current.id} />
      <PartnerContacts organisationId={current.id} canManage={canManage} />
      <PartnerComplianceCard organisationId={current.id} />
      <PartnerHealthCard organisationId={current.id} />
      <PartnerOnboardingCard organisationId={current.id} />
      {isEditing ? (
        <EditPartnerModal
          partner={current}
          onClose={() => setIsEditing(false)}
          onSaved={(updated) => {
            queryClient.setQueryData(partnerQuery(partnerId).queryKey, updated);
            void queryClient.invalidateQueries({ queryKey: [...PARTNERS_KEY, 'directory'] });
            setIsEditing(false);
            notifications.show({ color: 'green', message: t('partners.edit.saved') });
          }}
        />
      ) : null}
    </Stack>
  );
}
