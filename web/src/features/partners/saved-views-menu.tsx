import { ActionIcon, Button, Group, Menu, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { PartnerSearch } from './partner-search.ts';
import {
  createSavedView,
  deleteSavedView,
  SAVED_VIEWS_KEY,
  type SavedView,
  savedViewsQuery,
} from './partners-api.ts';

type SavedViewsMenuProps = { search: PartnerSearch; onApply: (search: PartnerSearch) => void };

/** The reader's own named filter sets: pick one to apply it, save the current filters as one. */
export function SavedViewsMenu({ search, onApply }: SavedViewsMenuProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const views = useQuery(savedViewsQuery);
  const [isSaving, setIsSaving] = useState(false);
  const [toDelete, setToDelete] = useState<SavedView | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: SAVED_VIEWS_KEY });

  return (
    <Group gap="xs">
      <Menu position="bottom-end" withinPortal>
        <Menu.Target>
          <Button variant="default">{t('partners.views.open')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          {views.error ? <Menu.Label>{t('partners.views.loadFailed')}</Menu.Label> : null}
          {views.data?.length === 0 ? <Menu.Label>{t('partners.views.none')}</Menu.Label> : null}
          {(views.data ?? []).map((view) => (
            <Group key={view.id} gap={0} wrap="nowrap">
              <Menu.Item onClick={() => onApply(view.filters)}>{view.name}</Menu.Item>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('partners.views.delete', { name: view.name })}
                onClick={() => setToDelete(view)}
              >
                ×
              </ActionIcon>
            </Group>
          ))}
        </Menu.Dropdown>
      </Menu>
      <Button variant="default" onClick={() => setIsSaving(true)}>
        {t('partners.views.save')}
      </Button>
      {isSaving ? (
        <SaveViewModal
          search={search}
          onClose={() => setIsSaving(false)}
          onSaved={async () => {
            setIsSaving(false);
            await refresh();
          }}
        />
      ) : null}
      <ConfirmDialog
        opened={toDelete !== null}
        title={t('partners.views.deleteTitle')}
        confirmLabel={t('partners.views.deleteConfirm')}
        confirmColor="red"
        onClose={() => setToDelete(null)}
        onConfirm={async () => {
          if (toDelete) await deleteSavedView(toDelete.id);
          await refresh();
        }}
      >
        {t('partners.views.deleteBody', { name: toDelete?.name ?? '' })}
      </ConfirmDialog>
    </Group>
  );
}

function SaveViewModal({
  search,
  onClose,
  onSaved,
}: {
  search: PartnerSearch;
  onClose: () => void;
  onSaved: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (name) => (name.trim() ? null : t('partners.views.nameRequired')) },
  });
  const save = async ({ name }: { name: string }) => {
    setIsSubmitting(true);
    setProblem(null);
    try {
      await createSavedView(name.trim(), search);
      await onSaved();
    } catch (error) {
      const problems = formProblemsOf(error, t);
      if (problems.fields['body.name']) form.setFieldError('name', problems.fields['body.name']);
      setProblem(
        problems.form ?? (problems.fields['body.name'] ? null : Object.values(problems.fields)[0]) ?? null,
      );
      setIsSubmitting(false);
    }
  };
  return (
    <Modal opened onClose={onClose} title={t('partners.views.saveTitle')} centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('partners.views.saveIntro')}
          </Text>
          <ProblemAlert>{problem}</ProblemAlert>
          <TextInput
            label={t('partners.views.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('partners.views.saveConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
