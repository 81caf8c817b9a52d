import { Badge, Button, Code, Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { type ApiKey, apiKeyStatusOf } from './api-key-queries.ts';
import { ApiKeyStatusBadge } from './api-key-status-badge.tsx';
import { SCOPE_LABELS } from './scope-labels.ts';

type ApiKeysTableProps = { keys: ApiKey[]; onRevoke: (key: ApiKey) => void };

export function ApiKeysTable({ keys, onRevoke }: ApiKeysTableProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <DataTable
      minWidth={760}
      striped
      columns={[
        t('apiKeys.columns.name'),
        t('apiKeys.columns.scopes'),
        t('apiKeys.columns.created'),
        t('apiKeys.columns.lastUsed'),
        t('apiKeys.columns.expires'),
        t('apiKeys.columns.status'),
      ]}
      hasRowActions
    >
      {keys.map((key) => {
        const status = apiKeyStatusOf(key);
        return (
          <Table.Tr key={key.id}>
            <Table.Td>
              <Stack gap={2}>
                <Text fw={600}>{key.name}</Text>
                <Code w="fit-content" aria-label={t('apiKeys.prefixLabel')}>
                  {key.prefix}…
                </Code>
              </Stack>
            </Table.Td>
            <Table.Td>
              <Group gap={4}>
                {key.scopes.map((scope) => (
                  <Badge key={scope} variant="default" tt="none" fw={500}>
                    {t(SCOPE_LABELS[scope])}
                  </Badge>
                ))}
              </Group>
            </Table.Td>
            <Table.Td>{format.date(key.createdAt)}</Table.Td>
            <Table.Td>{key.lastUsedAt ? format.relative(key.lastUsedAt) : t('common.never')}</Table.Td>
            <Table.Td>{key.expiresAt ? format.date(key.expiresAt) : t('apiKeys.noExpiry')}</Table.Td>
            <Table.Td>
              <ApiKeyStatusBadge status={status} />
            </Table.Td>
            <Table.Td>
              {status === 'revoked' ? null : (
                <Button
                  size="xs"
                  variant="default"
                  onClick={() => onRevoke(key)}
                  aria-label={t('apiKeys.revoke.buttonFor', { name: key.name })}
                >
                  {t('apiKeys.revoke.button')}
                </Button>
              )}
            </Table.Td>
          </Table.Tr>
        );
      })}
    </DataTable>
  );
}
