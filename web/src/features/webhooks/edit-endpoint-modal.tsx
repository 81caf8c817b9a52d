import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WebhookEndpointForm } from './webhook-endpoint-form.tsx';
import { useUpdateWebhookEndpoint, type WebhookEndpoint } from './webhook-queries.ts';

type EditEndpointModalProps = { endpoint: WebhookEndpoint; opened: boolean; onClose: () => void };

export function EditEndpointModal({ endpoint, opened, onClose }: EditEndpointModalProps) {
  const { t } = useTranslation();
  const update = useUpdateWebhookEndpoint();
  return (
    <Modal opened={opened} onClose={onClose} title={t('webhooks.edit.title')} size="xl">
      <WebhookEndpointForm
        initial={{
          url: endpoint.url,
          description: endpoint.description ?? '',
          eventTypes: endpoint.eventTypes,
        }}
        submitLabel={t('common.save')}
        onCancel={onClose}
        onSubmit={async (input) => {
          await update.mutateAsync({ endpoint, change: input });
          onClose();
        }}
      />
    </Modal>
  );
}
