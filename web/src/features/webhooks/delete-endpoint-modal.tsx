import { Trans, useTranslation } from 'react-i18next';
import { ConfirmModal } from '../api-keys/confirm-modal.tsx';
import { useDeleteWebhookEndpoint, type WebhookEndpoint } from './webhook-queries.ts';

type DeleteEndpointModalProps = {
  endpoint: WebhookEndpoint | null;
  onClose: () => void;
  onDeleted?: () => void;
};

/** Deleting drops the delivery log too: nothing about the endpoint can be replayed afterwards. */
export function DeleteEndpointModal({ endpoint, onClose, onDeleted }: DeleteEndpointModalProps) {
  const { t } = useTranslation();
  const remove = useDeleteWebhookEndpoint();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={endpoint !== null}
      title={t('webhooks.delete.title')}
      confirmLabel={t('webhooks.delete.confirm')}
      isDestructive
      isPending={remove.isPending}
      error={remove.error}
      onClose={close}
      onConfirm={() => {
        if (!endpoint) return;
        remove.mutate(endpoint.id, {
          onSuccess: () => {
            close();
            onDeleted?.();
          },
        });
      }}
    >
      <Trans
        i18nKey="webhooks.delete.body"
        values={{ url: endpoint?.url ?? '' }}
        components={{ b: <strong /> }}
      />
    </ConfirmModal>
  );
}
