import { Button } from '@mantine/core';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SecretOnceModal } from '../../ui/secret-once-modal.tsx';
import { DeleteEndpointModal } from './delete-endpoint-modal.tsx';
import { DeliveriesSection } from './deliveries-section.tsx';
import { EditEndpointModal } from './edit-endpoint-modal.tsx';
import { EndpointDetails } from './endpoint-details.tsx';
import { RotateSecretModal } from './rotate-secret-modal.tsx';
import { RouterAnchor } from './router-anchor.tsx';
import { useUpdateWebhookEndpoint, useWebhookEndpoint } from './webhook-queries.ts';

type OpenModal = 'edit' | 'rotate' | 'delete' | null;

/** One endpoint: its settings, its signing secret's rotation and every delivery made to it. */
export function WebhookEndpointPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { endpointId } = useParams({ from: '/signed-in/webhooks/$endpointId' });
  const endpoint = useWebhookEndpoint(endpointId);
  const update = useUpdateWebhookEndpoint();
  const [openModal, setOpenModal] = useState<OpenModal>(null);
  const [newSecret, setNewSecret] = useState<string | null>(null);

  const backLink = (
    <RouterAnchor to="/webhooks" size="sm" mb="xs" display="inline-block">
      {t('webhooks.backToList')}
    </RouterAnchor>
  );

  if (endpoint.isPending) return <LoadingState />;
  if (endpoint.error) {
    return (
      <>
        {backLink}
        <PageHeader title={t('webhooks.endpointTitle')} />
        <ErrorState error={endpoint.error} onRetry={() => void endpoint.refetch()} />
      </>
    );
  }
  const current = endpoint.data;
  const isEnabled = current.status === 'enabled';

  return (
    <>
      {backLink}
      <PageHeader
        title={t('webhooks.endpointTitle')}
        description={current.description ?? current.url}
        actions={
          <>
            <Button variant="default" onClick={() => setOpenModal('edit')}>
              {t('common.edit')}
            </Button>
            <Button
              variant="default"
              loading={update.isPending}
              onClick={() =>
                update.mutate({ endpoint: current, change: { status: isEnabled ? 'disabled' : 'enabled' } })
              }
            >
              {t(isEnabled ? 'webhooks.disable' : 'webhooks.enable')}
            </Button>
            <Button variant="default" onClick={() => setOpenModal('rotate')}>
              {t('webhooks.rotate.button')}
            </Button>
            <Button color="red" onClick={() => setOpenModal('delete')}>
              {t('common.delete')}
            </Button>
          </>
        }
      />
      <ProblemAlert error={update.error} mb="md" onClose={update.reset} />
      <EndpointDetails endpoint={current} />
      <DeliveriesSection endpointId={current.id} />
      <EditEndpointModal
        endpoint={current}
        opened={openModal === 'edit'}
        onClose={() => setOpenModal(null)}
      />
      <RotateSecretModal
        endpoint={current}
        opened={openModal === 'rotate'}
        onClose={() => setOpenModal(null)}
        onRotated={setNewSecret}
      />
      <SecretOnceModal
        secret={newSecret}
        title={t('webhooks.rotate.secretTitle')}
        label={t('webhooks.secret.label')}
        hint={t('webhooks.rotate.secretHint')}
        onClose={() => setNewSecret(null)}
      />
      <DeleteEndpointModal
        endpoint={openModal === 'delete' ? current : null}
        onClose={() => setOpenModal(null)}
        onDeleted={() => void navigate({ to: '/webhooks' })}
      />
    </>
  );
}
