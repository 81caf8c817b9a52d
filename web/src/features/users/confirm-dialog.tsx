import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type ConfirmDialogProps = {
  title: string;
  body: string;
  confirmLabel: string;
  /** Red for what takes something away; another colour for what gives it back. */
  confirmColor?: string;
  /** Runs the action; when it throws, `messageOf` says why and the dialog stays open. */
  onConfirm: () => Promise<void>;
  messageOf: (error: unknown) => string;
  onClose: () => void;
};

/** Asks before a change that is hard to undo (deactivating someone, revoking an invitation). */
export function ConfirmDialog({
  title,
  body,
  confirmLabel,
  confirmColor = 'red',
  onConfirm,
  messageOf,
  onClose,
}: ConfirmDialogProps) {
  const { t } = useTranslation();
  const [isSubmitting, setIsSubmitting] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setIsSubmitting(true);
    setProblem(null);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setProblem(messageOf(error));
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={title}
      centered
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack>
        <Text>{body}</Text>
        {problem ? (
          <Alert color="red" variant="light" role="alert">
            {problem}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color={confirmColor} onClick={confirm} loading={isSubmitting}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
