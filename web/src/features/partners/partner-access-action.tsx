import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { formProblemsOf } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import type { Partner } from './partners-api.ts';

async function changeAccess(partner: Partner, reason: string) {
  const params = { path: { id: partner.id } };
  return partner.status === 'active'
    ? unwrap(await api.POST('/api/v1/organisations/{id}/offboarding', { params, body: { reason } }))
    : unwrap(
        await api.POST('/api/v1/organisations/{id}/reactivation', {
          params,
          body: reason ? { reason } : {},
        }),
      );
}

/** "Offboard partner" (with a reason, confirmed) or, once offboarded, "Reactivate partner". */
export function PartnerAccessAction({
  partner,
  onChanged,
}: {
  partner: Partner;
  onChanged: (partner: Partner) => void;
}) {
  const { t } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<{ field: string | null; form: string | null }>({
    field: null,
    form: null,
  });
  const [isPending, setIsPending] = useState(false);
  const isOffboarding = partner.status === 'active';

  const close = () => {
    setIsOpen(false);
    setReason('');
    setProblem({ field: null, form: null });
  };
  const confirm = async () => {
    if (isOffboarding && !reason.trim()) {
      setProblem({ field: t('offboarding.reasonRequired'), form: null });
      return;
    }
    setIsPending(true);
    try {
      onChanged(await changeAccess(partner, reason.trim()));
      close();
    } catch (error) {
      const problems = formProblemsOf(error, t);
      setProblem({ field: problems.fields['body.reason'] ?? null, form: problems.form });
    }
    setIsPending(false);
  };

  return (
    <>
      <Button
        variant={isOffboarding ? 'outline' : 'filled'}
        color={isOffboarding ? 'red' : undefined}
        onClick={() => setIsOpen(true)}
      >
        {t(isOffboarding ? 'offboarding.open' : 'offboarding.reactivate')}
      </Button>
      <Modal
        opened={isOpen}
        onClose={close}
        title={t(isOffboarding ? 'offboarding.title' : 'offboarding.reactivateTitle', { name: partner.name })}
        centered
      >
        <Stack>
          {problem.form ? (
            <Alert color="red" variant="light" role="alert">
              {problem.form}
            </Alert>
          ) : null}
          <Text>{t(isOffboarding ? 'offboarding.body' : 'offboarding.reactivateBody')}</Text>
          <Textarea
            label={t('offboarding.reason')}
            required={isOffboarding}
            autosize
            minRows={2}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={problem.field}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button
              color={isOffboarding ? 'red' : undefined}
              loading={isPending}
              onClick={() => void confirm()}
            >
              {t(isOffboarding ? 'offboarding.confirm' : 'offboarding.reactivateConfirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
