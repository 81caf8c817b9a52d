import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { TotpCodeInput } from './totp-code-input.tsx';
import { useTotpCodeForm } from './use-totp-code-form.ts';

type DisableTotpModalProps = {
  isOpen: boolean;
  isDisabling: boolean;
  onClose: () => void;
  onDisable: (code: string, onError: (error: unknown) => void) => void;
};

/** Turning two-step verification off weakens the account: the API wants a current code for it. */
export function DisableTotpModal({ isOpen, isDisabling, onClose, onDisable }: DisableTotpModalProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={isOpen} onClose={onClose} title={t('account.twoStep.disableTitle')}>
      {/* Inside the modal, so each opening starts with an empty code. */}
      <DisableTotpForm isDisabling={isDisabling} onClose={onClose} onDisable={onDisable} />
    </Modal>
  );
}

function DisableTotpForm({ isDisabling, onClose, onDisable }: Omit<DisableTotpModalProps, 'isOpen'>) {
  const { t } = useTranslation();
  const form = useTotpCodeForm(onDisable);
  return (
    <form onSubmit={form.submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">{t('account.twoStep.disableBody')}</Text>
        <ProblemAlert>{form.formError}</ProblemAlert>
        <TotpCodeInput value={form.code} onChange={form.changeCode} error={form.codeError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={isDisabling}>
            {t('account.twoStep.disable')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
