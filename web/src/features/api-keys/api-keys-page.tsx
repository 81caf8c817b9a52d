import { Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { SecretOnceModal } from '../../ui/secret-once-modal.tsx';
import { type ApiKey, useApiKeys } from './api-key-queries.ts';
import { ApiKeysTable } from './api-keys-table.tsx';
import { CreateApiKeyModal } from './create-api-key-modal.tsx';
import { RevokeApiKeyModal } from './revoke-api-key-modal.tsx';

/** The organisation's API keys: create one (its secret shown once), see when each was used, revoke. */
export function ApiKeysPage() {
  const { t } = useTranslation();
  const keys = useApiKeys();
  const [isCreating, setIsCreating] = useState(false);
  const [newSecret, setNewSecret] = useState<string | null>(null);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  return (
    <>
      <PageHeader
        title={t('apiKeys.title')}
        description={t('apiKeys.description')}
        actions={<Button onClick={() => setIsCreating(true)}>{t('apiKeys.create')}</Button>}
      />
      <PagedList list={keys} empty={t('apiKeys.empty')}>
        <ApiKeysTable keys={keys.items} onRevoke={setRevoking} />
      </PagedList>
      <CreateApiKeyModal
        opened={isCreating}
        onClose={() => setIsCreating(false)}
        onCreated={(created) => setNewSecret(created.secret)}
      />
      <SecretOnceModal
        secret={newSecret}
        title={t('apiKeys.secret.title')}
        label={t('apiKeys.secret.label')}
        hint={t('apiKeys.secret.hint')}
        onClose={() => setNewSecret(null)}
      />
      <RevokeApiKeyModal apiKey={revoking} onClose={() => setRevoking(null)} />
    </>
  );
}
