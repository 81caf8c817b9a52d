import {
  Alert,
  Button,
  Group,
  Modal,
  NumberInput,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { AddressFields } from './address-fields.tsx';
import { errorsByInput, nullIfBlank } from './form-fields.ts';
import { type Partner, type ProfileChanges, updatePartner } from './partners-api.ts';

const TEXT_FIELDS = ['websiteDomain', 'country', 'street', 'city', 'postalCode', 'stateProvince'] as const;
type TextField = (typeof TEXT_FIELDS)[number];
type Values = Record<TextField, string> & {
  name: string;
  industries: string[];
  certifications: string[];
  capacity: number | '';
};

const valuesOf = (company: Partner): Values => ({
  name: company.name,
  websiteDomain: company.websiteDomain ?? '',
  country: company.country ?? '',
  street: company.street ?? '',
  city: company.city ?? '',
  postalCode: company.postalCode ?? '',
  stateProvince: company.stateProvince ?? '',
  industries: company.industries,
  certifications: company.certifications,
  capacity: company.capacity ?? '',
});

/** Only what changed is sent, and only fields a partner may change itself. */
function changesBetween(company: Partner, values: Values): ProfileChanges {
  const before = valuesOf(company);
  const changes: ProfileChanges = {};
  if (values.name.trim() !== before.name) changes.name = values.name.trim();
  for (const field of TEXT_FIELDS) {
    if (values[field].trim() !== before[field]) changes[field] = nullIfBlank(values[field]);
  }
  if (values.industries.join() !== before.industries.join()) changes.industries = values.industries;
  if (values.certifications.join() !== before.certifications.join())
    changes.certifications = values.certifications;
  if (values.capacity !== before.capacity) changes.capacity = values.capacity === '' ? null : values.capacity;
  return changes;
}

type EditCompanyModalProps = { company: Partner; onClose: () => void; onSaved: (company: Partner) => void };

/** A partner admin edits its company's public profile; tier, status and manager stay the vendor's. */
export function EditCompanyModal({ company, onClose, onSaved }: EditCompanyModalProps) {
  const { t } = useTranslation();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<Values>({
    initialValues: valuesOf(company),
    validate: { name: (name) => (name.trim() ? null : t('partners.edit.nameRequired')) },
  });

  const save = async (values: Values) => {
    const changes = changesBetween(company, values);
    if (Object.keys(changes).length === 0) return onClose();
    setFormProblem(null);
    setIsSubmitting(true);
    try {
      onSaved(await updatePartner({ id: company.id, version: company.version, changes }));
    } catch (error) {
      const problems = formProblemsOf(error, t);
      form.setErrors(errorsByInput(problems.fields));
      setFormProblem(problems.form);
      setIsSubmitting(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('companyEdit.title')} size="xl" centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          {formProblem ? (
            <Alert color="orange" variant="light" role="alert">
              {formProblem}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('partners.fields.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('partners.fields.websiteDomain')} {...form.getInputProps('websiteDomain')} />
            <TagsInput label={t('partners.fields.industries')} {...form.getInputProps('industries')} />
            <TagsInput
              label={t('partners.fields.certifications')}
              {...form.getInputProps('certifications')}
            />
            <NumberInput
              label={t('partners.fields.capacity')}
              description={t('partners.edit.capacityDescription')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('capacity')}
            />
            <AddressFields inputProps={form.getInputProps} />
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('partners.edit.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
