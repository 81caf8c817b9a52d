import { Alert, Button, Group, type MantineColor, Modal, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessageOf } from '../api/form-problems.ts';

type ConfirmDialogProps = {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for what takes something away or cannot be undone; by default the theme's colour. */
  confirmColor?: MantineColor;
  /** Runs the action; the dialog closes when it is done, and when it throws says why and stays open. */
  onConfirm: () => Promise<unknown>;
  /** The reader's words for a failure; by default the API's own message. */
  messageOf?: (error: unknown) => string;
  onClose: () => void;
};

/** "Are you sure?" before a change that is hard to undo, or that changes what others get. */
export function ConfirmDialog({ opened, title, onClose, ...content }: ConfirmDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      {/* Inside the modal, so each opening starts without the last one's failure. */}
      <ConfirmDialogContent onClose={onClose} {...content} />
    </Modal>
  );
}

function ConfirmDialogContent({
  children,
  confirmLabel,
  confirmColor,
  onConfirm,
  messageOf,
  onClose,
}: Omit<ConfirmDialogProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const [isPending, setIsPending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const confirm = async () => {
    setIsPending(true);
    setProblem(null);
    try {
      await onConfirm();
      onClose();
    } catch (error) {
      setProblem(messageOf?.(error) ?? problemMessageOf(error, t));
      setIsPending(false);
    }
  };

  return (
    <Stack>
      <Text size="sm" component="div">
        {children}
      </Text>
      {problem ? (
        <Alert color="red" variant="light" role="alert">
          {problem}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          {t('common.cancel')}
        </Button>
        <Button color={confirmColor} loading={isPending} onClick={confirm}>
          {confirmLabel}
        </Button>
      </Group>
    </Stack>
  );
}
