import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { useRotateWebhookSecret, type WebhookEndpoint } from './webhook-queries.ts';

type RotateSecretModalProps = {
  endpoint: WebhookEndpoint;
  opened: boolean;
  onClose: () => void;
  /** The new secret, which the API returns this once. */
  onRotated: (secret: string) => void;
};

/**
 * Rotation does not break the receiver at once: for 24 hours every delivery carries signatures
 * made with both secrets, so the receiver can switch over without dropping events.
 */
export function RotateSecretModal({ endpoint, opened, onClose, onRotated }: RotateSecretModalProps) {
  const { t } = useTranslation();
  const rotate = useRotateWebhookSecret();
  return (
    <ConfirmDialog
      opened={opened}
      title={t('webhooks.rotate.title')}
      confirmLabel={t('webhooks.rotate.confirm')}
      onClose={onClose}
      onConfirm={async () => {
        const rotated = await rotate.mutateAsync(endpoint.id);
        onRotated(rotated.secret);
      }}
    >
      <List size="sm" spacing="xs">
        <List.Item>{t('webhooks.rotate.newSecret')}</List.Item>
        <List.Item>{t('webhooks.rotate.overlap')}</List.Item>
        <List.Item>{t('webhooks.rotate.update')}</List.Item>
      </List>
    </ConfirmDialog>
  );
}
