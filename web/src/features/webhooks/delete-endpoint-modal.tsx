import { Trans, useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
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
  return (
    <ConfirmDialog
      opened={endpoint !== null}
      title={t('webhooks.delete.title')}
      confirmLabel={t('webhooks.delete.confirm')}
      confirmColor="red"
      onClose={onClose}
      onConfirm={async () => {
        if (!endpoint) return;
        await remove.mutateAsync(endpoint.id);
        onDeleted?.();
      }}
    >
      <Trans
        i18nKey="webhooks.delete.body"
        values={{ url: endpoint?.url ?? '' }}
        components={{ b: <strong /> }}
      />
    </ConfirmDialog>
  );
}
