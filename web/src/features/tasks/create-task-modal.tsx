import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { formProblemsOf } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { endOfDay, TASKS_QUERY_KEY, useVisibleUsers } from './task-queries.ts';

type Values = { title: string; description: string; assigneeId: string; dueDate: string };

type Props = { isOpen: boolean; onClose: () => void; canAssign: boolean; defaultAssigneeId: string };

/** A new task: for oneself, or (with tasks:assign) for someone the reader can see. */
export function CreateTaskModal({ isOpen, onClose, canAssign, defaultAssigneeId }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={isOpen} onClose={onClose} title={t('tasks.create.title')} size="lg">
      {/* Mounted only while open, so each new task starts from an empty form. */}
      {isOpen ? (
        <CreateTaskForm onClose={onClose} canAssign={canAssign} defaultAssigneeId={defaultAssigneeId} />
      ) : null}
    </Modal>
  );
}

function CreateTaskForm({ onClose, canAssign, defaultAssigneeId }: Omit<Props, 'isOpen'>) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const users = useVisibleUsers();
  const [formError, setFormError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: { title: '', description: '', assigneeId: defaultAssigneeId, dueDate: '' },
    validate: {
      title: (value) => (value.trim() === '' ? t('tasks.create.titleRequired') : null),
      assigneeId: (value) => (value === '' ? t('tasks.create.assigneeRequired') : null),
    },
  });

  const submit = async (values: Values) => {
    setFormError(null);
    setIsSaving(true);
    try {
      unwrap(
        await api.POST('/api/v1/tasks', {
          body: {
            title: values.title.trim(),
            description: values.description.trim() || undefined,
            assigneeId: canAssign ? values.assigneeId : undefined,
            dueAt: values.dueDate ? endOfDay(values.dueDate) : undefined,
          },
        }),
      );
      await queryClient.invalidateQueries({ queryKey: TASKS_QUERY_KEY });
      notifications.show({
        color: 'green',
        message: t('tasks.create.created'),
      });
      onClose();
    } catch (error) {
      const problems = formProblemsOf(error, t);
      const { dueAt, ...fields } = problems.fields;
      form.setErrors({ ...fields, ...(dueAt ? { dueDate: dueAt } : {}) });
      setFormError(problems.form);
      setIsSaving(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack>
        <ProblemAlert>{formError}</ProblemAlert>
        <TextInput
          label={t('tasks.create.taskTitle')}
          withAsterisk
          maxLength={200}
          data-autofocus
          {...form.getInputProps('title')}
        />
        <Textarea
          label={t('tasks.create.description')}
          autosize
          minRows={3}
          maxLength={5000}
          {...form.getInputProps('description')}
        />
        {canAssign ? (
          <Select
            label={t('tasks.create.assignee')}
            data={users.activeOptions}
            placeholder={users.isLoading ? t('common.loading') : undefined}
            searchable
            allowDeselect={false}
            withAsterisk
            nothingFoundMessage={t('tasks.create.noPersonFound')}
            {...form.getInputProps('assigneeId')}
            onChange={(value) => form.setFieldValue('assigneeId', value ?? '')}
          />
        ) : null}
        <TextInput
          label={t('tasks.create.dueDate')}
          description={t('tasks.create.dueDateHint')}
          type="date"
          w={220}
          {...form.getInputProps('dueDate')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSaving}>
            {t('tasks.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
