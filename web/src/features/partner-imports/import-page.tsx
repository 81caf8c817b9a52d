import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { ImportProgress } from './import-progress.tsx';
import { ImportReview } from './import-review.tsx';
import { ImportStatusBadge } from './import-status-badge.tsx';
import { ImportSummary } from './import-summary.tsx';
import { usePartnerImport } from './imports-api.ts';
import { MappingStep } from './mapping-step.tsx';

/** One import through its steps: mapping, checking, review of problems and duplicates, importing, done. */
export function ImportPage() {
  const { t } = useTranslation();
  const { importId } = useParams({ from: '/signed-in/console/partners/import/$importId' });
  const query = usePartnerImport(importId);
  const imported = query.data;

  return (
    <Stack gap="lg">
      <PageHeader
        title={imported ? t('imports.page.title', { file: imported.fileName }) : t('imports.title')}
        description={imported ? <ImportStatusBadge status={imported.status} /> : null}
        actions={
          <Anchor renderRoot={(props) => <Link {...props} to="/console/partners/import" />}>
            {t('imports.page.allImports')}
          </Anchor>
        }
      />
      {query.isPending ? <LoadingState /> : null}
      {query.error ? (
        <ErrorState
          error={query.error}
          title={t('imports.page.loadFailed')}
          onRetry={() => void query.refetch()}
        />
      ) : null}
      {imported ? <ImportStep imported={imported} /> : null}
    </Stack>
  );
}

function ImportStep({ imported }: { imported: NonNullable<ReturnType<typeof usePartnerImport>['data']> }) {
  const { t } = useTranslation();
  switch (imported.status) {
    case 'uploaded':
      return <MappingStep imported={imported} />;
    case 'mapped':
    case 'validating':
    case 'importing':
      return <ImportProgress imported={imported} />;
    case 'ready_for_review':
      return <ImportReview imported={imported} />;
    case 'completed':
      return <ImportSummary imported={imported} />;
    case 'failed':
      return (
        <Alert color="red" role="alert" title={t('imports.page.failed')}>
          <Group>
            <Text size="sm">{imported.failureReason}</Text>
          </Group>
        </Alert>
      );
  }
}
