import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { type SanctionsHit, useResolveHit } from './compliance-queries.ts';

type Resolution = 'clear' | 'confirm';

/** Clear a match as a false positive, or confirm it (the partner goes on hold); both with a note. */
export function ResolveHitActions({ hit }: { hit: SanctionsHit }) {
  const { t } = useTranslation();
  const [resolution, setResolution] = useState<Resolution | null>(null);
  return (
    <Group gap="xs" wrap="nowrap" justify="flex-end">
      <Button
        size="xs"
        variant="default"
        onClick={() => setResolution('clear')}
        aria-label={t('compliance.sanctions.clearNamed', { name: hit.organisationName })}
      >
        {t('compliance.sanctions.clear')}
      </Button>
      <Button
        size="xs"
        color="red"
        onClick={() => setResolution('confirm')}
        aria-label={t('compliance.sanctions.confirmNamed', { name: hit.organisationName })}
      >
        {t('compliance.sanctions.confirm')}
      </Button>
      <Modal
        opened={resolution !== null}
        onClose={() => setResolution(null)}
        title={t(
          resolution === 'confirm' ? 'compliance.sanctions.confirmTitle' : 'compliance.sanctions.clearTitle',
        )}
      >
        {resolution ? (
          <ResolveForm hit={hit} resolution={resolution} onClose={() => setResolution(null)} />
        ) : null}
      </Modal>
    </Group>
  );
}

function ResolveForm({
  hit,
  resolution,
  onClose,
}: {
  hit: SanctionsHit;
  resolution: Resolution;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const resolve = useResolveHit();
  const [note, setNote] = useState('');
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);
  return (
    <form
      noValidate
      onSubmit={async (event) => {
        event.preventDefault();
        try {
          await resolve.mutateAsync({ id: hit.id, resolution, note });
          onClose();
        } catch (error) {
          setProblems(formProblemsOf(error, t));
        }
      }}
    >
      <Stack>
        <ProblemAlert>{problems.form}</ProblemAlert>
        <Textarea
          label={t('compliance.sanctions.note')}
          description={t(
            resolution === 'confirm' ? 'compliance.sanctions.confirmHint' : 'compliance.sanctions.clearHint',
          )}
          autosize
          minRows={3}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={problems.fields.note ?? null}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            type="submit"
            color={resolution === 'confirm' ? 'red' : undefined}
            loading={resolve.isPending}
          >
            {t(resolution === 'confirm' ? 'compliance.sanctions.confirm' : 'compliance.sanctions.clear')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
