import { Alert, Button, Group, Modal, Select, Stack, TagsInput, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { isApiError } from '../../api/problem.ts';
import { type Role, useMe } from '../auth/me-query.ts';
import { errorsByInput } from './form-errors.ts';
import { hasRegions, organisationKindOf, rolesAssignableIn } from './roles.ts';
import { USER_MESSAGES } from './user-problems.ts';
import { fetchUser, type User, type UserChanges, updateUser } from './users-api.ts';

type EditUserModalProps = { user: User; onClose: () => void; onSaved: (user: User) => void };
type EditValues = { name: string; role: Role; regions: string[] };

const valuesOf = (user: User): EditValues => ({
  name: user.name,
  role: user.role,
  regions: user.regions ?? [],
});

/** Only what the editor changed is sent, so it cannot undo someone else's change to another field. */
function changesBetween(before: EditValues, after: EditValues): UserChanges {
  const name = after.name.trim();
  const regions = hasRegions(after.role) ? after.regions : null;
  const isSameRegions = (before.regions.length === 0 ? null : before.regions)?.join() === regions?.join();
  return {
    ...(name !== before.name ? { name } : {}),
    ...(after.role !== before.role ? { role: after.role } : {}),
    ...(isSameRegions ? {} : { regions }),
  };
}

/** Name, role and (for regional managers) regions of one person. */
export function EditUserModal({ user, onClose, onSaved }: EditUserModalProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [current, setCurrent] = useState(user);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<EditValues>({
    initialValues: valuesOf(user),
    validate: {
      name: (name) => (name.trim() ? null : t('users.edit.nameRequired')),
      regions: (regions, values) =>
        hasRegions(values.role) && regions.length === 0 ? t('users.edit.regionsRequired') : null,
    },
  });
  const roles = rolesAssignableIn(me, organisationKindOf(user.role));

  // Someone else saved first: show what they saved, and let the editor decide again.
  const reloadAfterConflict = async () => {
    const latest = await fetchUser(user.id);
    setCurrent(latest);
    form.setValues(valuesOf(latest));
    form.resetDirty(valuesOf(latest));
    setFormProblem(t('users.edit.changedElsewhere'));
  };

  const save = async (values: EditValues) => {
    const changes = changesBetween(valuesOf(current), values);
    if (Object.keys(changes).length === 0) return onClose();
    setFormProblem(null);
    setIsSubmitting(true);
    try {
      onSaved(await updateUser({ id: user.id, version: current.version, changes }));
    } catch (error) {
      if (isApiError(error, 412)) {
        await reloadAfterConflict().catch((reloadError: unknown) =>
          setFormProblem(formProblemsOf(reloadError, t).form),
        );
      } else {
        const problems = formProblemsOf(error, t, USER_MESSAGES);
        form.setErrors(errorsByInput(problems.fields));
        setFormProblem(problems.form);
      }
      setIsSubmitting(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('users.edit.title', { name: user.name })} centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          {formProblem ? (
            <Alert color="orange" variant="light" role="alert">
              {formProblem}
            </Alert>
          ) : null}
          <TextInput label={t('users.edit.name')} required {...form.getInputProps('name')} />
          <Select
            label={t('users.edit.role')}
            required
            allowDeselect={false}
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps('role')}
          />
          {hasRegions(form.values.role) ? (
            <TagsInput
              label={t('users.edit.regions')}
              description={t('users.edit.regionsDescription')}
              required
              {...form.getInputProps('regions')}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('users.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
