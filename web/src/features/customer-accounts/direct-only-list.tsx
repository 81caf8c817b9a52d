import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RulesOfEngagement } from './customer-accounts-api.ts';

/** The customers reserved for direct sales, by name (and country): all partners may know them. */
export function DirectOnlyList({ accounts }: { accounts: RulesOfEngagement['directOnlyAccounts'] }) {
  const { t } = useTranslation();
  if (accounts.length === 0) return <Text c="dimmed">{t('customerAccounts.rules.noDirectOnly')}</Text>;
  return (
    <List>
      {accounts.map((account) => (
        <List.Item key={`${account.name}-${account.country ?? ''}`}>
          {account.country ? `${account.name} (${account.country})` : account.name}
        </List.Item>
      ))}
    </List>
  );
}
