import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';

type ConfirmModalProps = {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  isDestructive?: boolean;
  isPending: boolean;
  /** Why the action failed, shown in the modal so the reader can try again or cancel. */
  error: unknown;
  onConfirm: () => void;
  onClose: () => void;
};

/** "Are you sure?" for actions that cannot be undone, or that change what receivers get. */
export function ConfirmModal({
  opened,
  title,
  children,
  confirmLabel,
  isDestructive = false,
  isPending,
  error,
  onConfirm,
  onClose,
}: ConfirmModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      closeButtonProps={{ 'aria-label': t('common.close') }}
      opened={opened}
      onClose={onClose}
      title={title}
    >
      <Stack>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {formProblemsOf(error, t).form ?? t('common.unexpectedError')}
          </Alert>
        ) : null}
        <Text size="sm" component="div">
          {children}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={isDestructive ? 'red' : undefined} loading={isPending} onClick={onConfirm}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
