import { Button, Group, Modal, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useMe } from '../auth/me-query.ts';
import { AccountModal } from './account-modal.tsx';
import {
  type CustomerAccount,
  useAddOpportunity,
  useCloseOpportunity,
  useCustomerAccount,
  useCustomerOpportunities,
  useDeleteOpportunity,
} from './customer-accounts-api.ts';
import { DirectOnlyBadge } from './customer-accounts-page.tsx';

/** One customer account: who owns it, whether it is direct-only, and its opportunities. */
export function CustomerAccountPage() {
  const { t } = useTranslation();
  const { accountId } = useParams({ from: '/signed-in/console/customer-accounts/$accountId' });
  const account = useCustomerAccount(accountId);
  const canManage = useMe().permissions.includes('accounts:manage');
  const [isEditing, setIsEditing] = useState(false);
  if (account.isPending) return <LoadingState />;
  if (account.error) return <ErrorState error={account.error} onRetry={() => void account.refetch()} />;
  const current = account.data;
  return (
    <>
      <PageHeader
        title={current.name}
        description={[current.domains.join(', '), current.country].filter(Boolean).join(' · ')}
        actions={
          canManage ? (
            <Button variant="default" onClick={() => setIsEditing(true)}>
              {t('common.edit')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        {current.isDirectOnly ? (
          <Group gap="xs">
            <DirectOnlyBadge />
            {current.directOnlyReason ? <Text size="sm">{current.directOnlyReason}</Text> : null}
          </Group>
        ) : null}
        {current.ownerName ? (
          <Text size="sm">{t('customerAccounts.detail.owner', { name: current.ownerName })}</Text>
        ) : null}
        <Opportunities account={current} canManage={canManage} />
      </Stack>
      {isEditing ? <AccountModal opened account={current} onClose={() => setIsEditing(false)} /> : null}
    </>
  );
}

function Opportunities({ account, canManage }: { account: CustomerAccount; canManage: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const opportunities = useCustomerOpportunities(account.id);
  const toggle = useCloseOpportunity();
  const remove = useDeleteOpportunity();
  const [isAdding, setIsAdding] = useState(false);
  const rows = opportunities.data?.data ?? [];
  return (
    <section>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('customerAccounts.detail.opportunities')}
        </Title>
        {canManage ? (
          <Button variant="default" onClick={() => setIsAdding(true)}>
            {t('customerAccounts.detail.addOpportunity')}
          </Button>
        ) : null}
      </Group>
      <ProblemAlert error={toggle.error ?? remove.error} />
      {opportunities.isPending ? (
        <LoadingState />
      ) : rows.length === 0 ? (
        <EmptyState>{t('customerAccounts.detail.noOpportunities')}</EmptyState>
      ) : (
        <DataTable
          minWidth={640}
          hasRowActions={canManage}
          columns={[
            t('customerAccounts.detail.name'),
            t('customerAccounts.detail.stage'),
            t('customerAccounts.detail.amount'),
            t('customerAccounts.detail.closeDate'),
            t('customerAccounts.detail.status'),
          ]}
        >
          {rows.map((opportunity) => (
            <Table.Tr key={opportunity.id}>
              <Table.Td>{opportunity.name}</Table.Td>
              <Table.Td>{opportunity.stage}</Table.Td>
              <Table.Td>
                {opportunity.amount !== null && opportunity.currency
                  ? format.money(opportunity.amount, opportunity.currency)
                  : '—'}
              </Table.Td>
              <Table.Td>{opportunity.closeDate ? format.date(opportunity.closeDate) : '—'}</Table.Td>
              <Table.Td>
                {t(opportunity.isOpen ? 'customerAccounts.detail.open' : 'customerAccounts.detail.closed')}
              </Table.Td>
              {canManage ? (
                <Table.Td>
                  <Group gap={4} justify="flex-end" wrap="nowrap">
                    <Button size="xs" variant="subtle" onClick={() => toggle.mutate(opportunity)}>
                      {t(
                        opportunity.isOpen
                          ? 'customerAccounts.detail.close'
                          : 'customerAccounts.detail.reopen',
                      )}
                    </Button>
                    <Button size="xs" variant="subtle" color="red" onClick={() => remove.mutate(opportunity)}>
                      {t('common.delete')}
                    </Button>
                  </Group>
                </Table.Td>
              ) : null}
            </Table.Tr>
          ))}
        </DataTable>
      )}
      <Modal
        opened={isAdding}
        onClose={() => setIsAdding(false)}
        title={t('customerAccounts.detail.addOpportunity')}
      >
        <OpportunityForm accountId={account.id} onClose={() => setIsAdding(false)} />
      </Modal>
    </section>
  );
}

function OpportunityForm({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const add = useAddOpportunity(accountId);
  const [name, setName] = useState('');
  const [stage, setStage] = useState('');
  const [amount, setAmount] = useState<number | string>('');
  const [currency, setCurrency] = useState('EUR');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblems(NO_PROBLEMS);
    try {
      await add.mutateAsync({
        name: name.trim(),
        stage: stage.trim(),
        amount: amount === '' ? null : Number(amount),
        currency: amount === '' ? null : currency.trim().toUpperCase(),
      });
      onClose();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('customerAccounts.detail.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.fields.name}
        />
        <TextInput
          label={t('customerAccounts.detail.stage')}
          required
          value={stage}
          onChange={(event) => setStage(event.currentTarget.value)}
          error={problems.fields.stage}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('customerAccounts.detail.amount')}
            min={0}
            value={amount}
            onChange={setAmount}
            error={problems.fields.amount}
          />
          <TextInput
            label={t('customerAccounts.detail.currency')}
            maxLength={3}
            value={currency}
            onChange={(event) => setCurrency(event.currentTarget.value)}
            error={problems.fields.currency}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={add.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
