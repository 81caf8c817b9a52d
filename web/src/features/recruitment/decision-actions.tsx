import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf, problemMessageOf } from '../../api/form-problems.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { errorsByInput } from '../partners/form-fields.ts';
import {
  type PartnerApplication,
  useApproveApplication,
  useRejectApplication,
} from './recruitment-queries.ts';

const DECIDED = { partner_application_already_decided: 'recruitment.alreadyDecided' } as const;

/** Approve (after a confirmation saying what follows) or reject with a message for the applicant. */
export function DecisionActions({ application }: { application: PartnerApplication }) {
  const { t } = useTranslation();
  const approve = useApproveApplication();
  const [openDialog, setOpenDialog] = useState<'approve' | 'reject' | null>(null);
  return (
    <>
      <Button onClick={() => setOpenDialog('approve')}>{t('recruitment.approve')}</Button>
      <Button variant="default" color="red" onClick={() => setOpenDialog('reject')}>
        {t('recruitment.reject')}
      </Button>
      <ConfirmDialog
        opened={openDialog === 'approve'}
        title={t('recruitment.approveTitle')}
        confirmLabel={t('recruitment.approve')}
        onConfirm={() => approve.mutateAsync(application)}
        messageOf={(error) => problemMessageOf(error, t, DECIDED)}
        onClose={() => setOpenDialog(null)}
      >
        {t('recruitment.approveBody', {
          company: application.companyName,
          email: application.applicantEmail,
        })}
      </ConfirmDialog>
      <Modal
        opened={openDialog === 'reject'}
        onClose={() => setOpenDialog(null)}
        title={t('recruitment.rejectTitle')}
        centered
      >
        <RejectForm application={application} onClose={() => setOpenDialog(null)} />
      </Modal>
    </>
  );
}

function RejectForm({ application, onClose }: { application: PartnerApplication; onClose: () => void }) {
  const { t } = useTranslation();
  const reject = useRejectApplication();
  const [formProblem, setFormProblem] = useState<string | null>(null);
  const form = useForm({
    initialValues: { message: '' },
    validate: { message: (message) => (message.trim() ? null : t('apply.required')) },
  });
  const send = async ({ message }: { message: string }) => {
    setFormProblem(null);
    try {
      await reject.mutateAsync({ application, message: message.trim() });
      onClose();
    } catch (error) {
      const problems = formProblemsOf(error, t, DECIDED);
      form.setErrors(errorsByInput(problems.fields));
      setFormProblem(problems.form);
    }
  };
  return (
    <form onSubmit={form.onSubmit(send)} noValidate>
      <Stack>
        <ProblemAlert>{formProblem}</ProblemAlert>
        <Textarea
          label={t('recruitment.rejectMessage')}
          description={t('recruitment.rejectMessageHint', { email: application.applicantEmail })}
          required
          autosize
          minRows={4}
          data-autofocus
          {...form.getInputProps('message')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={reject.isPending}>
            {t('recruitment.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
