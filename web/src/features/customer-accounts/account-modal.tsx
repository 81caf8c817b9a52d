import { Button, Checkbox, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type CustomerAccount, useSaveAccount } from './customer-accounts-api.ts';

type AccountModalProps = { opened: boolean; account?: CustomerAccount; onClose: () => void };

/** A customer account's name, domains, country, owner and whether it is reserved for direct sales. */
export function AccountModal({ opened, account, onClose }: AccountModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(account ? 'customerAccounts.form.editTitle' : 'customerAccounts.form.createTitle')}
      size="lg"
    >
      <AccountForm account={account} onClose={onClose} />
    </Modal>
  );
}

function AccountForm({ account, onClose }: Omit<AccountModalProps, 'opened'>) {
  const { t } = useTranslation();
  const save = useSaveAccount();
  const [name, setName] = useState(account?.name ?? '');
  const [domains, setDomains] = useState(account?.domains.join(', ') ?? '');
  const [country, setCountry] = useState(account?.country ?? '');
  const [ownerName, setOwnerName] = useState(account?.ownerName ?? '');
  const [isDirectOnly, setIsDirectOnly] = useState(account?.isDirectOnly ?? false);
  const [reason, setReason] = useState(account?.directOnlyReason ?? '');
  const [externalId, setExternalId] = useState(account?.externalId ?? '');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim()) {
      return setProblems({ fields: { name: t('customerAccounts.form.nameRequired') }, form: null });
    }
    setProblems(NO_PROBLEMS);
    try {
      await save.mutateAsync({
        account,
        values: {
          name: name.trim(),
          domains: domains
            .split(/[\s,;]+/)
            .map((domain) => domain.trim())
            .filter(Boolean),
          country: country.trim().toUpperCase() || null,
          ownerName: ownerName.trim() || null,
          isDirectOnly,
          directOnlyReason: isDirectOnly ? reason.trim() || null : null,
          externalId: externalId.trim() || null,
        },
      });
      onClose();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  const fieldProblem = (field: string) =>
    Object.entries(problems.fields).find(([key]) => key.startsWith(field))?.[1] ?? null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('customerAccounts.form.name')}
          required
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldProblem('name')}
        />
        <TextInput
          label={t('customerAccounts.form.domains')}
          description={t('customerAccounts.form.domainsHint')}
          value={domains}
          onChange={(event) => setDomains(event.currentTarget.value)}
          error={fieldProblem('domains')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('customerAccounts.form.country')}
            description={t('customerAccounts.form.countryHint')}
            maxLength={2}
            value={country}
            onChange={(event) => setCountry(event.currentTarget.value)}
            error={fieldProblem('country')}
          />
          <TextInput
            label={t('customerAccounts.form.externalId')}
            value={externalId}
            onChange={(event) => setExternalId(event.currentTarget.value)}
            error={fieldProblem('externalId')}
          />
        </Group>
        <TextInput
          label={t('customerAccounts.form.owner')}
          value={ownerName}
          onChange={(event) => setOwnerName(event.currentTarget.value)}
          error={fieldProblem('ownerName')}
        />
        <Checkbox
          label={t('customerAccounts.form.isDirectOnly')}
          description={t('customerAccounts.form.isDirectOnlyHint')}
          checked={isDirectOnly}
          onChange={(event) => setIsDirectOnly(event.currentTarget.checked)}
        />
        {isDirectOnly ? (
          <Textarea
            label={t('customerAccounts.form.directOnlyReason')}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={fieldProblem('directOnlyReason')}
          />
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
