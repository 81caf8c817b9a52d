import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WebhookEndpointForm } from './webhook-endpoint-form.tsx';
import { useCreateWebhookEndpoint } from './webhook-queries.ts';

type RegisterWebhookModalProps = {
  opened: boolean;
  onClose: () => void;
  /** The signing secret, which the API returns this once. */
  onRegistered: (secret: string) => void;
};

export function RegisterWebhookModal({ opened, onClose, onRegistered }: RegisterWebhookModalProps) {
  const { t } = useTranslation();
  const create = useCreateWebhookEndpoint();
  return (
    <Modal opened={opened} onClose={onClose} title={t('webhooks.register.title')} size="xl">
      <WebhookEndpointForm
        initial={{ url: '', description: '', eventTypes: [] }}
        submitLabel={t('webhooks.register.submit')}
        onCancel={onClose}
        onSubmit={async (input) => {
          const created = await create.mutateAsync(input);
          onClose();
          onRegistered(created.secret);
        }}
      />
    </Modal>
  );
}
