import { Grid, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { BrandingForm } from './branding-form.tsx';
import { BrandingPreview } from './branding-preview.tsx';
import { LogoUpload } from './logo-upload.tsx';
import { workspaceQueryOptions } from './workspace-query.ts';

/** Workspace managers set how their partner program looks: in the portal, the console and e-mails. */
export function BrandingPage() {
  const { t } = useTranslation();
  const workspace = useQuery(workspaceQueryOptions);
  return (
    <Stack gap="lg" maw={960}>
      <PageHeader title={t('branding.title')} description={t('branding.description')} />
      {workspace.isPending ? (
        <LoadingState />
      ) : workspace.error ? (
        <ErrorState error={workspace.error} onRetry={() => void workspace.refetch()} />
      ) : (
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <BrandingForm workspace={workspace.data} />
              <LogoUpload workspace={workspace.data} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <BrandingPreview branding={workspace.data.branding} />
          </Grid.Col>
        </Grid>
      )}
    </Stack>
  );
}
