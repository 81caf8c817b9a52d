import { Button, Group, Modal, Select, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type Role, useMe } from '../auth/me-query.ts';
import { errorsByInput } from './form-errors.ts';
import { OrganisationSelect } from './organisation-select.tsx';
import { hasRegions, rolesAssignableIn } from './roles.ts';
import { USER_MESSAGES } from './user-problems.ts';
import { createInvitation, INVITATIONS_KEY, type Organisation } from './users-api.ts';

type InviteValues = { email: string; name: string; role: Role | null; regions: string[] };

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Invites someone by e-mail into an organisation, with a role the inviter may hand out. The
 * vendor's staff choose the organisation (their own or a partner); partners invite into their own.
 */
export function InviteUserModal({ onClose, onInvited }: { onClose: () => void; onInvited: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const isVendor = me.organisation.kind === 'vendor';
  const mayInviteStaff = rolesAssignableIn(me, 'vendor').length > 0;
  const [organisation, setOrganisation] = useState<Organisation | null>(
    !isVendor || mayInviteStaff ? me.organisation : null,
  );
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const roles = organisation ? rolesAssignableIn(me, organisation.kind) : [];
  const form = useForm<InviteValues>({
    initialValues: { email: '', name: '', role: null, regions: [] },
    validate: {
      email: (email) =>
        !email.trim()
          ? t('invitations.form.emailRequired')
          : EMAIL_PATTERN.test(email.trim())
            ? null
            : t('invitations.form.emailInvalid'),
      role: (role) => (role ? null : t('invitations.form.roleRequired')),
      regions: (regions, values) =>
        hasRegions(values.role) && regions.length === 0 ? t('invitations.form.regionsRequired') : null,
    },
  });

  const chooseOrganisation = (chosen: Organisation | null) => {
    setOrganisation(chosen);
    form.clearFieldError('organisationId');
    const role = form.values.role;
    const fits = chosen !== null && role !== null && rolesAssignableIn(me, chosen.kind).includes(role);
    if (!fits) form.setFieldValue('role', null);
  };

  const send = async (values: InviteValues) => {
    if (!organisation)
      return form.setFieldError('organisationId', t('invitations.form.organisationRequired'));
    if (!values.role) return;
    setFormProblem(null);
    setIsSubmitting(true);
    const email = values.email.trim();
    try {
      await createInvitation({
        email,
        role: values.role,
        organisationId: organisation.id,
        ...(values.name.trim() ? { name: values.name.trim() } : {}),
        ...(hasRegions(values.role) ? { regions: values.regions } : {}),
      });
      notifications.show({ color: 'green', message: t('invitations.form.sent', { email }) });
      await queryClient.invalidateQueries({ queryKey: INVITATIONS_KEY });
      onInvited();
    } catch (error) {
      const problems = formProblemsOf(error, t, USER_MESSAGES);
      form.setErrors(errorsByInput(problems.fields));
      setFormProblem(problems.form);
      setIsSubmitting(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('invitations.form.title')} centered>
      <form onSubmit={form.onSubmit(send)} noValidate>
        <Stack>
          <ProblemAlert>{formProblem}</ProblemAlert>
          <TextInput
            label={t('invitations.form.email')}
            type="email"
            required
            data-autofocus
            {...form.getInputProps('email')}
          />
          <TextInput
            label={t('invitations.form.name')}
            description={t('invitations.form.nameDescription')}
            {...form.getInputProps('name')}
          />
          {isVendor ? (
            <OrganisationSelect
              label={t('invitations.form.organisation')}
              description={mayInviteStaff ? t('invitations.form.organisationDescription') : undefined}
              placeholder={t('invitations.form.organisationPlaceholder')}
              kind={mayInviteStaff ? null : 'partner'}
              isRequired
              value={organisation}
              onChange={chooseOrganisation}
              error={form.errors.organisationId ? String(form.errors.organisationId) : null}
            />
          ) : (
            <Text size="sm">
              {t('invitations.form.ownOrganisation', { organisation: me.organisation.name })}
            </Text>
          )}
          <Select
            label={t('invitations.form.role')}
            placeholder={t(
              organisation ? 'invitations.form.rolePlaceholder' : 'invitations.form.chooseOrganisationFirst',
            )}
            required
            disabled={roles.length === 0}
            allowDeselect={false}
            data={roles.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            {...form.getInputProps('role')}
          />
          {hasRegions(form.values.role) ? (
            <TagsInput
              label={t('invitations.form.regions')}
              description={t('invitations.form.regionsDescription')}
              required
              {...form.getInputProps('regions')}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('invitations.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
