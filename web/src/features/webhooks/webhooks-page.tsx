import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { SecretOnceModal } from '../../ui/secret-once-modal.tsx';
import { DeleteEndpointModal } from './delete-endpoint-modal.tsx';
import { RegisterWebhookModal } from './register-webhook-modal.tsx';
import { useUpdateWebhookEndpoint, useWebhookEndpoints, type WebhookEndpoint } from './webhook-queries.ts';
import { WebhooksTable } from './webhooks-table.tsx';

/** The organisation's webhook endpoints: register one (its signing secret shown once), switch, delete. */
export function WebhooksPage() {
  const { t } = useTranslation();
  const endpoints = useWebhookEndpoints();
  const update = useUpdateWebhookEndpoint();
  const [isRegistering, setIsRegistering] = useState(false);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WebhookEndpoint | null>(null);

  const toggle = (endpoint: WebhookEndpoint) =>
    update.mutate({ endpoint, change: { status: endpoint.status === 'enabled' ? 'disabled' : 'enabled' } });

  return (
    <>
      <PageHeader
        title={t('webhooks.title')}
        description={t('webhooks.description')}
        actions={<Button onClick={() => setIsRegistering(true)}>{t('webhooks.register.button')}</Button>}
      />
      <ProblemAlert error={update.error} mb="md" onClose={update.reset} />
      <PagedList list={endpoints} empty={t('webhooks.empty')}>
        <WebhooksTable
          endpoints={endpoints.items}
          togglingId={update.isPending ? (update.variables?.endpoint.id ?? null) : null}
          onToggle={toggle}
          onDelete={setDeleting}
        />
      </PagedList>
      <RegisterWebhookModal
        opened={isRegistering}
        onClose={() => setIsRegistering(false)}
        onRegistered={setNewSecret}
      />
      <SecretOnceModal
        secret={newSecret}
        title={t('webhooks.secret.title')}
        label={t('webhooks.secret.label')}
        hint={t('webhooks.secret.hint')}
        onClose={() => setNewSecret(null)}
      />
      <DeleteEndpointModal endpoint={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
