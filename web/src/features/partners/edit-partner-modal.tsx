import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { isApiError } from '../../api/problem.ts';
import { useMe } from '../auth/me-query.ts';
import { tiersQuery } from '../tiers/tiers-api.ts';
import { AddressFields } from './address-fields.tsx';
import { errorsByInput, nullIfBlank } from './form-fields.ts';
import { isCountryCode, isRegionCode, LIFECYCLE_STAGES, PARTNER_TYPES } from './partner-search.ts';
import {
  type LifecycleStage,
  type Partner,
  type PartnerType,
  type ProfileChanges,
  partnerManagersQuery,
  partnerQuery,
  updatePartner,
} from './partners-api.ts';

type Values = {
  name: string;
  legalName: string;
  websiteDomain: string;
  region: string;
  country: string;
  lifecycleStage: LifecycleStage;
  partnerTypes: PartnerType[];
  tier: string;
  industries: string[];
  certifications: string[];
  capacity: number | '';
  partnerManagerId: string | null;
  street: string;
  city: string;
  postalCode: string;
  stateProvince: string;
};

const valuesOf = (partner: Partner): Values => ({
  name: partner.name,
  legalName: partner.legalName ?? '',
  websiteDomain: partner.websiteDomain ?? '',
  region: partner.region ?? '',
  country: partner.country ?? '',
  lifecycleStage: partner.lifecycleStage ?? 'active',
  partnerTypes: partner.partnerTypes,
  tier: partner.tier ?? '',
  industries: partner.industries,
  certifications: partner.certifications,
  capacity: partner.capacity ?? '',
  partnerManagerId: partner.partnerManagerId,
  street: partner.street ?? '',
  city: partner.city ?? '',
  postalCode: partner.postalCode ?? '',
  stateProvince: partner.stateProvince ?? '',
});

const TEXT_FIELDS = [
  'legalName',
  'websiteDomain',
  'region',
  'country',
  'street',
  'city',
  'postalCode',
  'stateProvince',
] as const;

/** Only what the editor changed is sent, so it cannot undo someone else's change to another field. */
function changesBetween(partner: Partner, values: Values): ProfileChanges {
  const changes: ProfileChanges = {};
  const before = valuesOf(partner);
  if (values.name.trim() !== partner.name) changes.name = values.name.trim();
  for (const field of TEXT_FIELDS) {
    if (values[field].trim() !== before[field]) changes[field] = nullIfBlank(values[field]);
  }
  if (values.tier !== before.tier) changes.tier = nullIfBlank(values.tier);
  if (values.lifecycleStage !== before.lifecycleStage) changes.lifecycleStage = values.lifecycleStage;
  if (values.partnerTypes.join() !== before.partnerTypes.join()) changes.partnerTypes = values.partnerTypes;
  if (values.industries.join() !== before.industries.join()) changes.industries = values.industries;
  if (values.certifications.join() !== before.certifications.join())
    changes.certifications = values.certifications;
  if (values.capacity !== before.capacity) changes.capacity = values.capacity === '' ? null : values.capacity;
  if (values.partnerManagerId !== before.partnerManagerId) changes.partnerManagerId = values.partnerManagerId;
  return changes;
}

type EditPartnerModalProps = { partner: Partner; onClose: () => void; onSaved: (partner: Partner) => void };

/** Every profile field of one partner; the partner manager is picked from the vendor's managers. */
export function EditPartnerModal({ partner, onClose, onSaved }: EditPartnerModalProps) {
  const { t } = useTranslation();
  const me = useMe();
  const queryClient = useQueryClient();
  const managers = useQuery(partnerManagersQuery(me.organisation.id));
  const tiers = useQuery(tiersQuery);
  const [current, setCurrent] = useState(partner);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<Values>({
    initialValues: valuesOf(partner),
    validate: {
      name: (name) => (name.trim() ? null : t('partners.edit.nameRequired')),
      region: (region) =>
        region.trim() === '' || isRegionCode(region.trim()) ? null : t('partners.edit.regionInvalid'),
      country: (country) =>
        country.trim() === '' || isCountryCode(country.trim()) ? null : t('partners.edit.countryInvalid'),
      capacity: (capacity) => (capacity === '' || capacity >= 0 ? null : t('partners.edit.capacityInvalid')),
    },
  });

  const save = async (values: Values) => {
    const changes = changesBetween(current, values);
    if (Object.keys(changes).length === 0) return onClose();
    setFormProblem(null);
    setIsSubmitting(true);
    try {
      onSaved(await updatePartner({ id: partner.id, version: current.version, changes }));
    } catch (error) {
      if (isApiError(error, 412)) {
        // Someone else saved first: show what they saved, and let the editor decide again.
        const latest = await queryClient.fetchQuery({ ...partnerQuery(partner.id), staleTime: 0 });
        setCurrent(latest);
        form.setValues(valuesOf(latest));
        setFormProblem(t('partners.edit.changedElsewhere'));
      } else {
        const problems = formProblemsOf(error, t);
        form.setErrors(errorsByInput(problems.fields));
        setFormProblem(problems.form);
      }
      setIsSubmitting(false);
    }
  };

  const managerChoices = (managers.data ?? []).map((user) => ({
    value: user.id,
    label: `${user.name} (${user.email})`,
  }));
  // The current manager stays choosable even if they are no longer a manager (so the field shows them).
  if (
    current.partnerManager &&
    !managerChoices.some((choice) => choice.value === current.partnerManager?.id)
  ) {
    managerChoices.push({ value: current.partnerManager.id, label: current.partnerManager.name });
  }

  return (
    <Modal
      opened
      onClose={onClose}
      title={t('partners.edit.title', { name: partner.name })}
      size="xl"
      centered
    >
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          {formProblem ? (
            <Alert color="orange" variant="light" role="alert">
              {formProblem}
            </Alert>
          ) : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('partners.fields.name')} required {...form.getInputProps('name')} />
            <TextInput label={t('partners.fields.legalName')} {...form.getInputProps('legalName')} />
            <MultiSelect
              label={t('partners.fields.partnerTypes')}
              data={PARTNER_TYPES.map((type) => ({ value: type, label: t(`partners.types.${type}`) }))}
              {...form.getInputProps('partnerTypes')}
            />
            <Select
              label={t('partners.fields.tier')}
              description={t('tiers.profile.setByHandHint')}
              placeholder={t('tiers.none')}
              clearable
              data={(tiers.data ?? []).map((tier) => ({ value: tier.key, label: tier.name }))}
              {...form.getInputProps('tier')}
              value={form.values.tier || null}
              onChange={(tier) => form.setFieldValue('tier', tier ?? '')}
            />
            <Select
              label={t('partners.fields.lifecycleStage')}
              allowDeselect={false}
              data={LIFECYCLE_STAGES.map((stage) => ({ value: stage, label: t(`partners.stages.${stage}`) }))}
              {...form.getInputProps('lifecycleStage')}
            />
            <Select
              label={t('partners.fields.partnerManager')}
              placeholder={t('partners.edit.noManager')}
              clearable
              searchable
              data={managerChoices}
              {...form.getInputProps('partnerManagerId')}
            />
            <NumberInput
              label={t('partners.fields.capacity')}
              description={t('partners.edit.capacityDescription')}
              min={0}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('capacity')}
            />
            <TagsInput label={t('partners.fields.industries')} {...form.getInputProps('industries')} />
            <TagsInput
              label={t('partners.fields.certifications')}
              {...form.getInputProps('certifications')}
            />
            <TextInput label={t('partners.fields.websiteDomain')} {...form.getInputProps('websiteDomain')} />
            <TextInput
              label={t('partners.fields.region')}
              description={t('partners.edit.regionDescription')}
              {...form.getInputProps('region')}
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
