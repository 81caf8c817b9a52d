import { Button } from '@mantine/core';
import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { AddChatIntegrationModal } from './add-chat-integration-modal.tsx';
import { ChatIntegrationsTable } from './chat-integrations-table.tsx';
import {
  type ChatIntegration,
  useChatIntegrations,
  useDeleteChatIntegration,
  useSetChatIntegrationStatus,
  useTestChatIntegration,
} from './chat-queries.ts';
import { ChatTestResultAlert } from './chat-test-result.tsx';

/** Slack and Teams channels that hear about partner-programme events, with a test message for each. */
export function ChatIntegrationsPage() {
  const { t } = useTranslation();
  const integrations = useChatIntegrations();
  const testSend = useTestChatIntegration();
  const setStatus = useSetChatIntegrationStatus();
  const remove = useDeleteChatIntegration();
  const [isAdding, setIsAdding] = useState(false);
  const [deleting, setDeleting] = useState<ChatIntegration | null>(null);

  const busy = testSend.isPending
    ? { id: testSend.variables.id, action: 'test' as const }
    : setStatus.isPending
      ? { id: setStatus.variables.integration.id, action: 'toggle' as const }
      : null;
  const actionError = testSend.error ?? setStatus.error;

  return (
    <>
      <PageHeader
        title={t('chat.title')}
        description={t('chat.description')}
        actions={<Button onClick={() => setIsAdding(true)}>{t('chat.add')}</Button>}
      />
      {testSend.isSuccess ? (
        <ChatTestResultAlert
          integration={testSend.variables}
          result={testSend.data}
          onClose={testSend.reset}
        />
      ) : null}
      <ProblemAlert
        error={actionError}
        mb="md"
        onClose={() => {
          testSend.reset();
          setStatus.reset();
        }}
      />
      <PagedList list={integrations} empty={t('chat.empty')}>
        <ChatIntegrationsTable
          integrations={integrations.items}
          busy={busy}
          onTest={(integration) => testSend.mutate(integration)}
          onToggle={(integration) =>
            setStatus.mutate({
              integration,
              status: integration.status === 'enabled' ? 'disabled' : 'enabled',
            })
          }
          onDelete={setDeleting}
        />
      </PagedList>
      <AddChatIntegrationModal opened={isAdding} onClose={() => setIsAdding(false)} />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('chat.delete.title')}
        confirmLabel={t('chat.delete.confirm')}
        confirmColor="red"
        onClose={() => setDeleting(null)}
        onConfirm={async () => {
          if (deleting) await remove.mutateAsync(deleting);
        }}
      >
        <Trans
          i18nKey="chat.delete.body"
          values={{ name: deleting?.name ?? '' }}
          components={{ b: <strong /> }}
        />
      </ConfirmDialog>
    </>
  );
}
