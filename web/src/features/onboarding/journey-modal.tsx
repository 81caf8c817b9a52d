import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  TagsInput,
  Textarea,
  TextInput,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useAgreementTemplates } from '../agreements/agreement-queries.ts';
import { PARTNER_TYPES } from '../agreements/partner-types.ts';
import {
  type Journey,
  type JourneyStep,
  type NewJourney,
  STEP_KINDS,
  type StepKind,
  useCreateJourney,
  useUpdateJourney,
} from './onboarding-api.ts';

type JourneyModalProps = { opened: boolean; journey?: Journey; onClose: () => void };

const emptyStep = (): JourneyStep => ({
  title: '',
  kind: 'custom',
  description: null,
  dueAfterDays: 7,
  agreementTemplateId: null,
});

/** Name, audience (partner types and tiers; none means all) and the ordered steps of a journey. */
export function JourneyModal({ opened, journey, onClose }: JourneyModalProps) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t(journey ? 'onboarding.form.editTitle' : 'onboarding.form.createTitle')}
      size="xl"
    >
      {/* Inside the modal, so each opening starts from the journey as it is now. */}
      <JourneyForm journey={journey} onClose={onClose} />
    </Modal>
  );
}

function JourneyForm({ journey, onClose }: Omit<JourneyModalProps, 'opened'>) {
  const { t } = useTranslation();
  const create = useCreateJourney();
  const update = useUpdateJourney();
  const agreements = useAgreementTemplates();
  const [name, setName] = useState(journey?.name ?? '');
  const [description, setDescription] = useState(journey?.description ?? '');
  const [partnerTypes, setPartnerTypes] = useState<NewJourney['partnerTypes']>(journey?.partnerTypes ?? []);
  const [tiers, setTiers] = useState<string[]>(journey?.tiers ?? []);
  const [steps, setSteps] = useState<JourneyStep[]>(journey?.steps ?? [emptyStep()]);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const setStep = (index: number, changes: Partial<JourneyStep>) =>
    setSteps((current) => current.map((step, at) => (at === index ? { ...step, ...changes } : step)));
  const move = (index: number, by: -1 | 1) =>
    setSteps((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      next.splice(index + by, 0, moved!);
      return next;
    });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!name.trim()) missing.name = t('onboarding.form.errors.nameRequired');
    steps.forEach((step, index) => {
      if (!step.title.trim()) missing[`steps.${index}.title`] = t('onboarding.form.errors.titleRequired');
    });
    if (Object.keys(missing).length > 0) return setProblems({ fields: missing, form: null });
    setProblems(NO_PROBLEMS);
    const values = {
      name: name.trim(),
      partnerTypes,
      tiers,
      steps: steps.map((step) => ({
        ...step,
        title: step.title.trim(),
        description: step.description?.trim() || null,
        agreementTemplateId: step.kind === 'accept_agreement' ? step.agreementTemplateId : null,
      })),
    };
    try {
      if (journey) {
        await update.mutateAsync({
          journey,
          changes: { ...values, description: description.trim() || null },
        });
      } else {
        await create.mutateAsync({ ...values, description: description.trim() });
      }
      onClose();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  const fieldProblem = (prefix: string) =>
    Object.entries(problems.fields).find(([field]) => field.startsWith(prefix))?.[1] ?? null;
  const agreementOptions = agreements.items
    .filter((template) => template.status === 'active')
    .map((template) => ({ value: template.id, label: template.name }));

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <TextInput
          label={t('onboarding.form.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={problems.fields.name || null}
        />
        <Textarea
          label={t('onboarding.form.description')}
          autosize
          minRows={2}
          value={description}
          onChange={(event) => setDescription(event.currentTarget.value)}
          error={problems.fields.description || null}
        />
        <Group grow align="flex-start">
          <MultiSelect
            label={t('onboarding.form.partnerTypes')}
            description={t('onboarding.form.partnerTypesHint')}
            data={PARTNER_TYPES.map((type) => ({ value: type, label: t(`agreements.partnerTypes.${type}`) }))}
            value={partnerTypes}
            searchable
            onChange={(value) => setPartnerTypes(value as NewJourney['partnerTypes'])}
            error={fieldProblem('partnerTypes')}
          />
          <TagsInput
            label={t('onboarding.form.tiers')}
            description={t('onboarding.form.tiersHint')}
            value={tiers}
            onChange={(value) => setTiers(value.map((tier) => tier.trim().toLowerCase()))}
            error={fieldProblem('tiers')}
          />
        </Group>
        {steps.map((step, index) => (
          <Fieldset
            // Steps have no id of their own until saved; their place in the list is what they are.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            key={index}
            legend={t('onboarding.form.stepLegend', { number: index + 1 })}
          >
            <Stack gap="xs">
              <Group grow align="flex-start">
                <TextInput
                  label={t('onboarding.form.stepTitle')}
                  value={step.title}
                  onChange={(event) => setStep(index, { title: event.currentTarget.value })}
                  error={problems.fields[`steps.${index}.title`] || null}
                />
                <Select
                  label={t('onboarding.form.stepKind')}
                  data={STEP_KINDS.map((kind) => ({ value: kind, label: t(`onboarding.kinds.${kind}`) }))}
                  value={step.kind}
                  onChange={(value) => setStep(index, { kind: (value ?? 'custom') as StepKind })}
                  allowDeselect={false}
                  error={problems.fields[`steps.${index}.kind`] || null}
                />
                <NumberInput
                  label={t('onboarding.form.dueAfterDays')}
                  min={0}
                  max={365}
                  value={step.dueAfterDays}
                  onChange={(value) =>
                    setStep(index, { dueAfterDays: typeof value === 'number' ? value : 0 })
                  }
                  error={problems.fields[`steps.${index}.dueAfterDays`] || null}
                />
              </Group>
              {step.kind === 'accept_agreement' ? (
                <Select
                  label={t('onboarding.form.agreement')}
                  description={t('onboarding.form.agreementHint')}
                  data={agreementOptions}
                  value={step.agreementTemplateId}
                  onChange={(value) => setStep(index, { agreementTemplateId: value })}
                  clearable
                  placeholder={t('onboarding.form.everyMandatory')}
                  error={problems.fields[`steps.${index}.agreementTemplateId`] || null}
                />
              ) : null}
              <Textarea
                label={t('onboarding.form.stepDescription')}
                autosize
                minRows={1}
                value={step.description ?? ''}
                onChange={(event) => setStep(index, { description: event.currentTarget.value })}
                error={problems.fields[`steps.${index}.description`] || null}
              />
              <Group gap="xs" justify="flex-end">
                <ActionIcon
                  variant="default"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('onboarding.form.moveUp', { number: index + 1 })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  disabled={index === steps.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('onboarding.form.moveDown', { number: index + 1 })}
                >
                  ↓
                </ActionIcon>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  disabled={steps.length === 1}
                  onClick={() => setSteps((current) => current.filter((_, at) => at !== index))}
                  aria-label={t('onboarding.form.removeStepNamed', { number: index + 1 })}
                >
                  {t('onboarding.form.removeStep')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        ))}
        <ProblemAlert>{problems.fields.steps ?? null}</ProblemAlert>
        <Group justify="space-between">
          <Button variant="default" onClick={() => setSteps((current) => [...current, emptyStep()])}>
            {t('onboarding.form.addStep')}
          </Button>
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {t(journey ? 'common.save' : 'onboarding.form.create')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
