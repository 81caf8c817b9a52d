import {
  Button,
  Checkbox,
  Group,
  Modal,
  MultiSelect,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import {
  type AgreementTemplate,
  type PartnerType,
  useCreateAgreementTemplate,
  useUpdateAgreementTemplate,
} from './agreement-queries.ts';
import { PARTNER_TYPES } from './partner-types.ts';

type AgreementTemplateModalProps = {
  opened: boolean;
  /** The agreement to change; a new one when absent. */
  template?: AgreementTemplate;
  onClose: () => void;
  onSaved?: (template: AgreementTemplate) => void;
};

const REGION_PATTERN = /^[a-z][a-z0-9-]{1,31}$/;

/** Name, description, who it applies to (regions and partner types; none means all) and whether it is mandatory. */
export function AgreementTemplateModal({ opened, template, onClose, onSaved }: AgreementTemplateModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(template ? 'agreements.form.editTitle' : 'agreements.form.createTitle')}
      size="lg"
    >
      {/* Inside the modal, so each opening starts from the agreement as it is now. */}
      <TemplateForm template={template} onClose={onClose} onSaved={onSaved} />
    </Modal>
  );
}

function TemplateForm({ template, onClose, onSaved }: Omit<AgreementTemplateModalProps, 'opened'>) {
  const { t } = useTranslation();
  const create = useCreateAgreementTemplate();
  const update = useUpdateAgreementTemplate();
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [regions, setRegions] = useState<string[]>(template?.regions ?? []);
  const [partnerTypes, setPartnerTypes] = useState<PartnerType[]>(template?.partnerTypes ?? []);
  const [isMandatory, setIsMandatory] = useState(template?.isMandatory ?? true);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.name = t('agreements.form.errors.nameRequired');
    if (regions.some((region) => !REGION_PATTERN.test(region))) {
      missing.regions = t('agreements.form.errors.regionInvalid');
    }
    if (Object.keys(missing).length > 0) return setProblems({ fields: missing, form: null });
    setProblems(NO_PROBLEMS);
    const values = { name: name.trim(), description: description.trim(), regions, partnerTypes, isMandatory };
    try {
      const saved = template
        ? await update.mutateAsync({
            template,
            changes: { ...values, description: values.description || null },
          })
        : await create.mutateAsync(values);
      onSaved?.(saved);
      onClose();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  const fieldProblem = (prefix: string) =>
    Object.entries(problems.fields).find(([field]) => field.startsWith(prefix))?.[1] ?? null;

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('agreements.form.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.fields.name || null}
        />
        <Textarea
          label={t('agreements.form.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={problems.fields.description || null}
        />
        <TagsInput
          label={t('agreements.form.regions')}
          description={t('agreements.form.regionsHint')}
          value={regions}
          onChange={(value) => setRegions(value.map((region) => region.trim().toLowerCase()))}
          error={fieldProblem('regions')}
        />
        <MultiSelect
          label={t('agreements.form.partnerTypes')}
          description={t('agreements.form.partnerTypesHint')}
          data={PARTNER_TYPES.map((type) => ({ value: type, label: t(`agreements.partnerTypes.${type}`) }))}
          value={partnerTypes}
          onChange={(value) => setPartnerTypes(value as PartnerType[])}
          error={fieldProblem('partnerTypes')}
        />
        <Checkbox
          label={t('agreements.form.isMandatory')}
          description={t('agreements.form.isMandatoryHint')}
          checked={isMandatory}
          onChange={(event) => setIsMandatory(event.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending || update.isPending}>
            {t(template ? 'common.save' : 'agreements.form.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
