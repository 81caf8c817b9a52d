import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { useReviewDocument } from './compliance-queries.ts';

/** Approve or reject (saying why) a submission waiting for review. */
export function ReviewActions({
  documentId,
  requirementName,
}: {
  documentId: string;
  requirementName: string;
}) {
  const { t } = useTranslation();
  const review = useReviewDocument();
  const [isApproving, setIsApproving] = useState(false);
  const [isRejecting, setIsRejecting] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        size="xs"
        onClick={() => setIsApproving(true)}
        aria-label={t('compliance.review.approveNamed', { name: requirementName })}
      >
        {t('compliance.review.approve')}
      </Button>
      <Button
        size="xs"
        variant="default"
        onClick={() => setIsRejecting(true)}
        aria-label={t('compliance.review.rejectNamed', { name: requirementName })}
      >
        {t('compliance.review.reject')}
      </Button>
      <ConfirmDialog
        opened={isApproving}
        title={t('compliance.review.approveTitle')}
        confirmLabel={t('compliance.review.approve')}
        onConfirm={() => review.mutateAsync({ id: documentId, reason: null })}
        onClose={() => setIsApproving(false)}
      >
        {t('compliance.review.approveBody', { name: requirementName })}
      </ConfirmDialog>
      <Modal
        opened={isRejecting}
        onClose={() => setIsRejecting(false)}
        title={t('compliance.review.rejectTitle')}
      >
        <RejectForm documentId={documentId} onClose={() => setIsRejecting(false)} />
      </Modal>
    </Group>
  );
}

function RejectForm({ documentId, onClose }: { documentId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const review = useReviewDocument();
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await review.mutateAsync({ id: documentId, reason });
          onClose();
        } catch (error) {
          setProblems(formProblemsOf(error, t));
        }
      }}
    >
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <Textarea
          label={t('compliance.review.reason')}
          description={t('compliance.review.reasonHint')}
          autosize
          minRows={3}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={problems.fields.reason ?? null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" color="red" loading={review.isPending}>
            {t('compliance.review.reject')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
