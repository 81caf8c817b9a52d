import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import type { PartnerType } from '../agreements/agreement-queries.ts';
import { PARTNER_TYPES } from '../agreements/partner-types.ts';
import { type ComplianceRequirement, useSaveRequirement } from './compliance-queries.ts';

type RequirementModalProps = {
  opened: boolean;
  /** The requirement to change; a new one when absent. */
  requirement?: ComplianceRequirement;
  onClose: () => void;
};

/** What partners must keep on file, who it applies to, whether it is mandatory and how long it is valid. */
export function RequirementModal({ opened, requirement, onClose }: RequirementModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(requirement ? 'compliance.form.editTitle' : 'compliance.form.createTitle')}
      size="lg"
    >
      <RequirementForm requirement={requirement} onClose={onClose} />
    </Modal>
  );
}

function RequirementForm({ requirement, onClose }: Omit<RequirementModalProps, 'opened'>) {
  const { t } = useTranslation();
  const save = useSaveRequirement();
  const [name, setName] = useState(requirement?.name ?? '');
  const [description, setDescription] = useState(requirement?.description ?? '');
  const [regions, setRegions] = useState<string[]>(requirement?.regions ?? []);
  const [partnerTypes, setPartnerTypes] = useState<PartnerType[]>(requirement?.partnerTypes ?? []);
  const [isMandatory, setIsMandatory] = useState(requirement?.isMandatory ?? true);
  const [isDocumentRequired, setIsDocumentRequired] = useState(requirement?.isDocumentRequired ?? true);
  const [validityMonths, setValidityMonths] = useState<number | string>(requirement?.validityMonths ?? '');
  const [reminderDays, setReminderDays] = useState<number | string>(
    requirement?.reminderDaysBeforeExpiry ?? 30,
  );
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!name.trim())
      return setProblems({ fields: { name: t('compliance.form.errors.nameRequired') }, form: null });
    setProblems(NO_PROBLEMS);
    try {
      await save.mutateAsync({
        requirement,
        values: {
          name: name.trim(),
          description: description.trim() || null,
          regions,
          partnerTypes,
          isMandatory,
          isDocumentRequired,
          validityMonths: validityMonths === '' ? null : Number(validityMonths),
          reminderDaysBeforeExpiry: reminderDays === '' ? 30 : Number(reminderDays),
        },
      });
      onClose();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  const fieldProblem = (field: string) =>
    Object.entries(problems.fields).find(([key]) => key.startsWith(field))?.[1] ?? null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('compliance.form.name')}
          placeholder={t('compliance.form.namePlaceholder')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={fieldProblem('name')}
        />
        <Textarea
          label={t('compliance.form.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={fieldProblem('description')}
        />
        <TagsInput
          label={t('compliance.form.regions')}
          description={t('compliance.form.regionsHint')}
          value={regions}
          onChange={(value) => setRegions(value.map((region) => region.trim().toLowerCase()))}
          error={fieldProblem('regions')}
        />
        <MultiSelect
          label={t('compliance.form.partnerTypes')}
          description={t('compliance.form.partnerTypesHint')}
          data={PARTNER_TYPES.map((type) => ({ value: type, label: t(`agreements.partnerTypes.${type}`) }))}
          value={partnerTypes}
          onChange={(value) => setPartnerTypes(value as PartnerType[])}
          error={fieldProblem('partnerTypes')}
        />
        <Checkbox
          label={t('compliance.form.isMandatory')}
          description={t('compliance.form.isMandatoryHint')}
          checked={isMandatory}
          onChange={(event) => setIsMandatory(event.currentTarget.checked)}
        />
        <Checkbox
          label={t('compliance.form.isDocumentRequired')}
          description={t('compliance.form.isDocumentRequiredHint')}
          checked={isDocumentRequired}
          onChange={(event) => setIsDocumentRequired(event.currentTarget.checked)}
        />
        <Group grow align="flex-start">
          <NumberInput
            label={t('compliance.form.validityMonths')}
            description={t('compliance.form.validityMonthsHint')}
            min={1}
            max={120}
            allowDecimal={false}
            value={validityMonths}
            onChange={setValidityMonths}
            error={fieldProblem('validityMonths')}
          />
          <NumberInput
            label={t('compliance.form.reminderDays')}
            description={t('compliance.form.reminderDaysHint')}
            min={0}
            max={365}
            allowDecimal={false}
            value={reminderDays}
            onChange={setReminderDays}
            error={fieldProblem('reminderDaysBeforeExpiry')}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending}>
            {t(requirement ? 'common.save' : 'compliance.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
