import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type TextActionModalProps = {
  opened: boolean;
  title: string;
  /** The one text the action needs (a reason, a question, an answer) and its API field name. */
  label: string;
  field: string;
  description?: string;
  isRequired?: boolean;
  submitLabel: string;
  submitColor?: string;
  onSubmit: (text: string) => Promise<unknown>;
  onClose: () => void;
};

/** A decision that needs a few words: the text, the server's complaint about it, and the button. */
export function TextActionModal({ opened, title, onClose, ...form }: TextActionModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={title} centered>
      <TextActionForm onClose={onClose} {...form} />
    </Modal>
  );
}

function TextActionForm({
  label,
  field,
  description,
  isRequired = true,
  submitLabel,
  submitColor,
  onSubmit,
  onClose,
}: Omit<TextActionModalProps, 'opened' | 'title'>) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  const [isPending, setIsPending] = useState(false);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        setIsPending(true);
        try {
          await onSubmit(text);
          onClose();
        } catch (error) {
          setProblems(formProblemsOf(error, t));
          setIsPending(false);
        }
      }}
    >
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <Textarea
          label={label}
          description={description}
          required={isRequired}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          error={problems.fields[field] ?? null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color={submitColor} loading={isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
