import { Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../ui/data-table.tsx';
import { EventTypeBadges } from '../../ui/event-type-badges.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import type { ChatIntegration } from './chat-queries.ts';

type ChatIntegrationsTableProps = {
  integrations: ChatIntegration[];
  /** The row whose test or switch is on its way, so only its button spins. */
  busy: { id: string; action: 'test' | 'toggle' } | null;
  onTest: (integration: ChatIntegration) => void;
  onToggle: (integration: ChatIntegration) => void;
  onDelete: (integration: ChatIntegration) => void;
};

export function ChatIntegrationsTable({
  integrations,
  busy,
  onTest,
  onToggle,
  onDelete,
}: ChatIntegrationsTableProps) {
  const { t } = useTranslation();
  const isBusy = (integration: ChatIntegration, action: 'test' | 'toggle') =>
    busy?.id === integration.id && busy.action === action;
  return (
    <DataTable
      minWidth={860}
      striped
      columns={[
        t('chat.columns.name'),
        t('chat.columns.kind'),
        t('chat.columns.url'),
        t('chat.columns.events'),
        t('chat.columns.status'),
      ]}
      hasRowActions
    >
      {integrations.map((integration) => {
        const isEnabled = integration.status === 'enabled';
        return (
          <Table.Tr key={integration.id}>
            <Table.Td fw={600}>{integration.name}</Table.Td>
            <Table.Td>{t(`chat.kinds.${integration.kind}`)}</Table.Td>
            <Table.Td maw={260}>
              <Code style={{ wordBreak: 'break-all' }}>{integration.maskedWebhookUrl}</Code>
            </Table.Td>
            <Table.Td>
              <EventTypeBadges eventTypes={integration.eventTypes} max={3} />
            </Table.Td>
            <Table.Td>
              <Stack gap={4} align="flex-start">
                <StatusBadge
                  colour={isEnabled ? 'green' : 'gray'}
                  label={t(isEnabled ? 'chat.status.enabled' : 'chat.status.disabled')}
                />
                {integration.lastError ? (
                  <Text size="xs" c="dimmed">
                    {t('chat.lastError', { error: integration.lastError })}
                  </Text>
                ) : null}
              </Stack>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap" justify="flex-end">
                <Button
                  size="xs"
                  variant="default"
                  loading={isBusy(integration, 'test')}
                  onClick={() => onTest(integration)}
                  aria-label={t('chat.test.buttonFor', { name: integration.name })}
                >
                  {t('chat.test.button')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  loading={isBusy(integration, 'toggle')}
                  onClick={() => onToggle(integration)}
                  aria-label={t(isEnabled ? 'chat.disableFor' : 'chat.enableFor', {
                    name: integration.name,
                  })}
                >
                  {t(isEnabled ? 'chat.disable' : 'chat.enable')}
                </Button>
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onDelete(integration)}
                  aria-label={t('chat.deleteFor', { name: integration.name })}
                >
                  {t('common.delete')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
