import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { setPartnerTier, type TierStatus, tiersQuery } from './tiers-api.ts';

type Values = { tier: string | null; isLocked: boolean; reason: string };

type SetTierModalProps = {
  organisationId: string;
  status: TierStatus;
  onClose: () => void;
  onSaved: (status: TierStatus) => void;
};

/** The vendor sets a partner's tier by hand, says why, and may lock it against evaluation. */
export function SetTierModal({ organisationId, status, onClose, onSaved }: SetTierModalProps) {
  const { t } = useTranslation();
  const tiers = useQuery(tiersQuery);
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const [isSubmitting, setIsSubmitting] = useState(false);
  const form = useForm<Values>({
    initialValues: { tier: status.tier?.key ?? null, isLocked: status.isLocked, reason: '' },
    validate: { reason: (reason) => (reason.trim() ? null : t('tiers.profile.reasonRequired')) },
  });

  const save = async (values: Values) => {
    setFormProblem(null);
    setIsSubmitting(true);
    try {
      onSaved(await setPartnerTier(organisationId, { ...values, reason: values.reason.trim() }));
    } catch (error) {
      const problems = formProblemsOf(error, t);
      form.setErrors(
        Object.fromEntries(
          Object.entries(problems.fields).map(([field, message]) => [field.replace(/^body\./, ''), message]),
        ),
      );
      setFormProblem(problems.form);
      setIsSubmitting(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('tiers.profile.setTitle')} centered>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack>
          {formProblem ? (
            <Alert color="orange" variant="light" role="alert">
              {formProblem}
            </Alert>
          ) : null}
          <Select
            label={t('tiers.fields.tier')}
            placeholder={t('tiers.none')}
            clearable
            data={(tiers.data ?? []).map((tier) => ({ value: tier.key, label: tier.name }))}
            {...form.getInputProps('tier')}
          />
          <Checkbox
            label={t('tiers.profile.lock')}
            description={t('tiers.profile.lockDescription')}
            {...form.getInputProps('isLocked', { type: 'checkbox' })}
          />
          <Textarea
            label={t('tiers.profile.reason')}
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isSubmitting}>
              {t('tiers.profile.setSave')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
