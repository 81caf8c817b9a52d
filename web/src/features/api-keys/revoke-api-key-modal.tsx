import { Trans, useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { type ApiKey, useRevokeApiKey } from './api-key-queries.ts';

/** Revoking works at once and for good: programs using the key get 401 from the next call on. */
export function RevokeApiKeyModal({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const { t } = useTranslation();
  const revoke = useRevokeApiKey();
  return (
    <ConfirmDialog
      opened={apiKey !== null}
      title={t('apiKeys.revoke.title')}
      confirmLabel={t('apiKeys.revoke.confirm')}
      confirmColor="red"
      onClose={onClose}
      onConfirm={async () => {
        if (apiKey) await revoke.mutateAsync(apiKey.id);
      }}
    >
      <Trans
        i18nKey="apiKeys.revoke.body"
        values={{ name: apiKey?.name ?? '' }}
        components={{ b: <strong /> }}
      />
    </ConfirmDialog>
  );
}
