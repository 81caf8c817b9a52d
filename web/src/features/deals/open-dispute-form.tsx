import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formProblemsOf } from '../../api/form-problems.ts';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { DISPUTES_KEY, linksOf, openDispute, registrationKey } from './deal-collaboration-api.ts';

/** Subject, reason and evidence links of a new dispute; the server decides whether it may be opened. */
export function OpenDisputeForm({
  registrationId,
  subjects,
  onDone,
}: {
  registrationId: string;
  subjects: ('decision' | 'conflict')[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const refresh = async () => {
    await queryClient.invalidateQueries({ queryKey: registrationKey(registrationId) });
    await queryClient.invalidateQueries({ queryKey: DISPUTES_KEY });
    await queryClient.invalidateQueries({ queryKey: ['deal-registrations'] });
  };
  const [subject, setSubject] = useState<'decision' | 'conflict'>(subjects[0] ?? 'decision');
  const [reason, setReason] = useState('');
  const [links, setLinks] = useState('');
  const [problems, setProblems] = useState<{ fields: Record<string, string>; form: string | null }>({
    fields: {},
    form: null,
  });
  const [isSaving, setIsSaving] = useState(false);
  const linkProblem = Object.entries(problems.fields).find(([field]) =>
    field.startsWith('body.evidenceUrls'),
  )?.[1];

  const submit = async () => {
    setIsSaving(true);
    setProblems({ fields: {}, form: null });
    try {
      await openDispute(registrationId, { subject, reason, evidenceUrls: linksOf(links) });
      await refresh();
      onDone();
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
    setIsSaving(false);
  };

  return (
    <Stack
      gap="sm"
      mb="md"
      component="form"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <ProblemAlert>{problems.form}</ProblemAlert>
      <Select
        label={t('dealCollaboration.disputes.subject')}
        data={subjects.map((value) => ({ value, label: t(`dealCollaboration.subjects.${value}`) }))}
        value={subject}
        allowDeselect={false}
        onChange={(value) => value && setSubject(value as 'decision' | 'conflict')}
        error={problems.fields['body.subject']}
      />
      <Textarea
        label={t('dealCollaboration.disputes.reason')}
        description={t('dealCollaboration.disputes.reasonHint')}
        required
        autosize
        minRows={3}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
        error={problems.fields['body.reason']}
      />
      <Textarea
        label={t('dealCollaboration.disputes.evidence')}
        description={t('dealCollaboration.disputes.evidenceHint')}
        autosize
        minRows={2}
        value={links}
        onChange={(event) => setLinks(event.currentTarget.value)}
        error={linkProblem}
      />
      <Group>
        <Button type="submit" loading={isSaving}>
          {t('dealCollaboration.disputes.submit')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('dealCollaboration.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
