import { Trans, useTranslation } from 'react-i18next';
import { type ApiKey, useRevokeApiKey } from './api-key-queries.ts';
import { ConfirmModal } from './confirm-modal.tsx';

/** Revoking works at once and for good: programs using the key get 401 from the next call on. */
export function RevokeApiKeyModal({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  const close = () => {
    revoke.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={apiKey !== null}
      title={t('apiKeys.revoke.title')}
      confirmLabel={t('apiKeys.revoke.confirm')}
      isDestructive
      isPending={revoke.isPending}
      error={revoke.error}
      onClose={close}
      onConfirm={() => {
        if (apiKey) revoke.mutate(apiKey.id, { onSuccess: close });
      }}
    >
      <Trans
        i18nKey="apiKeys.revoke.body"
        values={{ name: apiKey?.name ?? '' }}
        components={{ b: <strong /> }}
      />
    </ConfirmModal>
  );
}
