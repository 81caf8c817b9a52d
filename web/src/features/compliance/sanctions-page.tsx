import {
  Anchor,
  Button,
  Card,
  FileInput,
  Group,
  NumberInput,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { Link } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FormProblems, formProblemsOf, NO_PROBLEMS } from '../../api/form-problems.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { StatusBadge } from '../../ui/status-badge.tsx';
import { RouterAnchor } from '../webhooks/router-anchor.tsx';
import {
  type HitStatus,
  useSanctionsHits,
  useSanctionsList,
  useUploadSanctionsList,
} from './compliance-queries.ts';
import { ResolveHitActions } from './resolve-hit-actions.tsx';

const HIT_COLOURS = { open: 'orange', cleared: 'gray', confirmed: 'red' } as const;

/** Sanctions screening: the list partners are screened against, and the matches to decide on. */
export function SanctionsPage() {
  const { t } = useTranslation();
  return (
    <>
      <Anchor component={Link} to="/console/compliance" size="sm">
        {t('compliance.sanctions.back')}
      </Anchor>
      <PageHeader
        title={t('compliance.sanctions.title')}
        description={t('compliance.sanctions.description')}
      />
      <Stack gap="xl">
        <SanctionsListCard />
        <HitsSection />
      </Stack>
    </>
  );
}

function SanctionsListCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useSanctionsList();
  const upload = useUploadSanctionsList();
  const [file, setFile] = useState<File | null>(null);
  const [threshold, setThreshold] = useState<number | string>(0.6);
  const [problems, setProblems] = useState<FormProblems>(NO_PROBLEMS);

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file)
      return setProblems({
        fields: { csv: t('compliance.sanctions.errors.fileRequired') },
        form: null,
      });
    setProblems(NO_PROBLEMS);
    try {
      await upload.mutateAsync({
        fileName: file.name,
        csv: await file.text(),
        ...(threshold === '' ? {} : { matchThreshold: Number(threshold) }),
      });
      setFile(null);
      notifications.show({ color: 'green', message: t('compliance.sanctions.uploaded') });
    } catch (error) {
      setProblems(formProblemsOf(error, t));
    }
  };

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="sanctions-list-title">
      <Title order={2} size="h3" id="sanctions-list-title" mb="sm">
        {t('compliance.sanctions.listTitle')}
      </Title>
      {list.isPending ? (
        <LoadingState />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <Text size="sm" mb="md">
          {list.data.upload
            ? t('compliance.sanctions.current', {
                fileName: list.data.upload.fileName,
                count: list.data.upload.entryCount,
                date: format.dateTime(list.data.upload.uploadedAt),
              })
            : t('compliance.sanctions.noList')}
        </Text>
      )}
      <form onSubmit={send} noValidate>
        <Stack gap="sm">
          <ProblemAlert>{problems.form}</ProblemAlert>
          <Group grow align="flex-start">
            <FileInput
              label={t('compliance.sanctions.file')}
              description={t('compliance.sanctions.fileHint')}
              accept=".csv,text/csv"
              clearable
              value={file}
              onChange={setFile}
              error={problems.fields.csv ?? problems.fields.fileName ?? null}
            />
            <NumberInput
              label={t('compliance.sanctions.threshold')}
              description={t('compliance.sanctions.thresholdHint')}
              min={0.3}
              max={1}
              step={0.05}
              decimalScale={2}
              value={threshold}
              onChange={setThreshold}
              error={problems.fields.matchThreshold ?? null}
            />
          </Group>
          <Group justify="flex-end">
            <Button type="submit" loading={upload.isPending}>
              {t('compliance.sanctions.upload')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function HitsSection() {
  const { t } = useTranslation();
  const format = useFormat();
  const [status, setStatus] = useState<HitStatus | undefined>('open');
  const hits = useSanctionsHits(status);
  return (
    <section>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h3">
          {t('compliance.sanctions.hitsTitle')}
        </Title>
        <SegmentedControl
          aria-label={t('compliance.sanctions.hitFilter')}
          value={status ?? 'all'}
          onChange={(value) => setStatus(value === 'all' ? undefined : (value as HitStatus))}
          data={[
            { value: 'open', label: t('compliance.sanctions.hitStatus.open') },
            { value: 'confirmed', label: t('compliance.sanctions.hitStatus.confirmed') },
            { value: 'cleared', label: t('compliance.sanctions.hitStatus.cleared') },
            { value: 'all', label: t('compliance.overview.all') },
          ]}
        />
      </Group>
      <PagedList list={hits} empty={t('compliance.sanctions.noHits')}>
        <DataTable
          minWidth={880}
          hasRowActions
          columns={[
            t('compliance.sanctions.partner'),
            t('compliance.sanctions.entry'),
            t('compliance.sanctions.score'),
            t('compliance.sanctions.status'),
          ]}
        >
          {hits.items.map((hit) => (
            <Table.Tr key={hit.id}>
              <Table.Td>
                <RouterAnchor to="/console/partners/$partnerId" params={{ partnerId: hit.organisationId }}>
                  {hit.organisationName}
                </RouterAnchor>
                <Text size="xs" c="dimmed">
                  {hit.screenedName}
                </Text>
              </Table.Td>
              <Table.Td>
                {hit.entryName}
                <Text size="xs" c="dimmed">
                  {[hit.entrySource, hit.entryReference, hit.entryCountry].filter(Boolean).join(' · ')}
                </Text>
              </Table.Td>
              <Table.Td>{format.number(hit.score)}</Table.Td>
              <Table.Td>
                <StatusBadge
                  colour={HIT_COLOURS[hit.status]}
                  label={t(`compliance.sanctions.hitStatus.${hit.status}`)}
                />
                {hit.resolutionNote ? (
                  <Text size="xs" c="dimmed">
                    {hit.resolutionNote}
                  </Text>
                ) : null}
              </Table.Td>
              <Table.Td>{hit.status === 'open' ? <ResolveHitActions hit={hit} /> : null}</Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
    </section>
  );
}
