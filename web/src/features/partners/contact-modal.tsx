import { Alert, Button, Checkbox, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { errorsByInput, nullIfBlank } from './form-fields.ts';
import { type ContactInput, createContact, type PartnerContact, updateContact } from './partners-api.ts';

type Values = { name: string; email: string; phone: string; jobTitle: string; isPrimary: boolean };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type ContactModalProps = {
  organisationId: string;
  /** The contact to change; absent to add one. */
  contact: PartnerContact | null;
  onClose: () => void;
  onSaved: () => Promise<unknown>;
};

/** Adds or changes one contact at a partner; ticking "primary" makes the previous primary ordinary. */
export function ContactModal({ organisationId, contact, onClose, onSaved }: ContactModalProps) {
  const { t } = useTranslation();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<Values>({
    initialValues: {
      name: contact?.name ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      jobTitle: contact?.jobTitle ?? '',
      isPrimary: contact?.isPrimary ?? false,
    },
    validate: {
      name: (name) => (name.trim() ? null : t('partners.contacts.nameRequired')),
      email: (email) =>
        email.trim() === '' || EMAIL.test(email.trim()) ? null : t('partners.contacts.emailInvalid'),
    },
  });

  const save = async (values: Values) => {
    const input: ContactInput = {
      name: values.name.trim(),
      email: nullIfBlank(values.email),
      phone: nullIfBlank(values.phone),
      jobTitle: nullIfBlank(values.jobTitle),
      isPrimary: values.isPrimary,
    };
    setFormProblem(null);
    setIsSubmitting(true);
    try {
      if (contact) await updateContact(contact, input);
      else await createContact(organisationId, input);
      await onSaved();
    } catch (error) {
      const problems = formProblemsOf(error, t);
      form.setErrors(errorsByInput(problems.fields));
      setFormProblem(problems.form);
      setIsSubmitting(false);
    }
  };

  return (
    <Modal
      opened
      onClose={onClose}
      title={
        contact ? t('partners.contacts.editTitle', { name: contact.name }) : t('partners.contacts.addTitle')
      }
      centered
    >
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          {formProblem ? (
            <Alert color="orange" variant="light" role="alert">
              {formProblem}
            </Alert>
          ) : null}
          <TextInput
            label={t('partners.contacts.name')}
            required
            data-autofocus
            {...form.getInputProps('name')}
          />
          <TextInput label={t('partners.contacts.jobTitle')} {...form.getInputProps('jobTitle')} />
          <TextInput label={t('partners.contacts.email')} type="email" {...form.getInputProps('email')} />
          <TextInput label={t('partners.contacts.phone')} type="tel" {...form.getInputProps('phone')} />
          <Checkbox
            label={t('partners.contacts.isPrimary')}
            description={t('partners.contacts.isPrimaryDescription')}
            {...form.getInputProps('isPrimary', { type: 'checkbox' })}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('partners.contacts.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
