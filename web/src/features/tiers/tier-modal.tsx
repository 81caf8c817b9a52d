import {
  Alert,
  Button,
  Checkbox,
  Group,
  Modal,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import {
  createTier,
  type MetricKey,
  metricsQuery,
  type PartnerTier,
  type TierInput,
  updateTier,
} from './tiers-api.ts';

type Values = {
  key: string;
  name: string;
  rank: number | '';
  description: string;
  discountPercent: number | '';
  commissionPercent: number | '';
  isMdfEligible: boolean;
  mdfCapAmount: number | '';
  mdfCapCurrency: string;
  rules: { metric: MetricKey | null; minimum: number | '' }[];
};

const valuesOf = (tier: PartnerTier | null, nextRank: number): Values => ({
  key: tier?.key ?? '',
  name: tier?.name ?? '',
  rank: tier?.rank ?? nextRank,
  description: tier?.description ?? '',
  discountPercent: tier?.discountPercent ?? 0,
  commissionPercent: tier?.commissionPercent ?? 0,
  isMdfEligible: tier?.isMdfEligible ?? false,
  mdfCapAmount: tier?.mdfCap?.amount ?? '',
  mdfCapCurrency: tier?.mdfCap?.currency ?? '',
  rules: tier?.rules ?? [],
});

function inputOf(values: Values): TierInput {
  return {
    key: values.key.trim(),
    name: values.name.trim(),
    rank: values.rank === '' ? 0 : values.rank,
    description: values.description.trim() || null,
    discountPercent: values.discountPercent === '' ? 0 : values.discountPercent,
    commissionPercent: values.commissionPercent === '' ? 0 : values.commissionPercent,
    isMdfEligible: values.isMdfEligible,
    mdfCap:
      values.isMdfEligible && values.mdfCapAmount !== ''
        ? { amount: values.mdfCapAmount, currency: values.mdfCapCurrency.trim().toUpperCase() }
        : null,
    rules: values.rules.map((rule) => ({
      metric: rule.metric ?? '',
      minimum: rule.minimum === '' ? 0 : rule.minimum,
    })),
  };
}

/** API fields (`body.rules.0.metric`) to the form's paths (`rules.0.metric`); the MDF cap has two inputs. */
const errorsOf = (fields: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(fields).map(([field, message]) => [
      field
        .replace(/^body\./, '')
        .replace(/^mdfCap\.amount$/, 'mdfCapAmount')
        .replace(/^mdfCap\.currency$/, 'mdfCapCurrency'),
      message,
    ]),
  );

type TierModalProps = {
  tier: PartnerTier | null;
  nextRank: number;
  onClose: () => void;
  onSaved: () => void;
};

/** A tier's name, rank, benefits and qualification rules, built from the metric catalogue. */
export function TierModal({ tier, nextRank, onClose, onSaved }: TierModalProps) {
  const { t } = useTranslation();
  const metrics = useQuery(metricsQuery);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<Values>({
    initialValues: valuesOf(tier, nextRank),
    validate: {
      key: (key) =>
        tier || /^[a-z][a-z0-9_-]{0,31}$/.test(key.trim()) ? null : t('tiers.editor.keyInvalid'),
      name: (name) => (name.trim() ? null : t('tiers.editor.nameRequired')),
      rules: { metric: (metric) => (metric ? null : t('tiers.editor.metricRequired')) },
    },
  });

  const save = async (values: Values) => {
    setFormProblem(null);
    setIsSubmitting(true);
    try {
      const { key: _key, ...changes } = inputOf(values);
      await (tier ? updateTier(tier, changes) : createTier(inputOf(values)));
      onSaved();
    } catch (error) {
      const problems = formProblemsOf(error, t);
      form.setErrors(errorsOf(problems.fields));
      setFormProblem(problems.form);
      setIsSubmitting(false);
    }
  };

  const metricChoices = (metrics.data ?? []).map((metric) => ({
    value: metric.key,
    label: t(`tiers.metrics.${metric.key}`),
  }));

  return (
    <Modal
      opened
      onClose={onClose}
      title={tier ? t('tiers.editor.editTitle', { name: tier.name }) : t('tiers.editor.newTitle')}
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
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <TextInput label={t('tiers.fields.name')} required {...form.getInputProps('name')} />
            <TextInput
              label={t('tiers.fields.key')}
              description={t('tiers.editor.keyDescription')}
              required
              disabled={tier !== null}
              {...form.getInputProps('key')}
            />
            <NumberInput
              label={t('tiers.fields.rank')}
              description={t('tiers.editor.rankDescription')}
              allowDecimal={false}
              allowNegative={false}
              {...form.getInputProps('rank')}
            />
            <NumberInput
              label={t('tiers.fields.discount')}
              suffix=" %"
              min={0}
              max={100}
              decimalScale={2}
              {...form.getInputProps('discountPercent')}
            />
            <NumberInput
              label={t('tiers.fields.commission')}
              suffix=" %"
              min={0}
              max={100}
              decimalScale={2}
              {...form.getInputProps('commissionPercent')}
            />
            <Checkbox
              mt="xl"
              label={t('tiers.fields.mdfEligible')}
              {...form.getInputProps('isMdfEligible', { type: 'checkbox' })}
            />
            {form.values.isMdfEligible ? (
              <>
                <NumberInput
                  label={t('tiers.fields.mdfCap')}
                  description={t('tiers.editor.mdfCapDescription')}
                  min={0}
                  {...form.getInputProps('mdfCapAmount')}
                />
                <TextInput
                  label={t('tiers.fields.mdfCurrency')}
                  placeholder="USD"
                  maxLength={3}
                  {...form.getInputProps('mdfCapCurrency')}
                />
              </>
            ) : null}
          </SimpleGrid>
          <Textarea
            label={t('tiers.fields.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Stack gap="xs">
            <Text fw={600}>{t('tiers.editor.rulesHeading')}</Text>
            <Text size="sm" c="dimmed">
              {t('tiers.editor.rulesHint')}
            </Text>
            {form.values.rules.map((_rule, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rules have no identity beyond their place
              <Group key={index} align="flex-end" gap="sm">
                <Select
                  label={t('tiers.editor.metric')}
                  data={metricChoices}
                  allowDeselect={false}
                  w={260}
                  {...form.getInputProps(`rules.${index}.metric`)}
                />
                <NumberInput
                  label={t('tiers.editor.atLeast')}
                  min={0}
                  allowDecimal={false}
                  allowNegative={false}
                  w={140}
                  {...form.getInputProps(`rules.${index}.minimum`)}
                />
                <Button
                  variant="subtle"
                  color="red"
                  aria-label={t('tiers.editor.removeRule', { number: index + 1 })}
                  onClick={() => form.removeListItem('rules', index)}
                >
                  {t('tiers.editor.remove')}
                </Button>
              </Group>
            ))}
            <Group>
              <Button
                variant="light"
                onClick={() => form.insertListItem('rules', { metric: null, minimum: 1 })}
                disabled={form.values.rules.length >= metricChoices.length}
              >
                {t('tiers.editor.addRule')}
              </Button>
            </Group>
          </Stack>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('tiers.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
