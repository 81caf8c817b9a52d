import { Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../ui/error-state.tsx';
import { useMe } from '../auth/me-query.ts';
import { vendorOrganisationQuery } from './home-queries.ts';
import { WelcomeHeader } from './welcome-header.tsx';

/** The partner portal's home: a welcome naming the partner organisation and its vendor. */
export function PartnerHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  useDocumentTitle(`${t('home.title')} · ${t('app.partnerPortal')} · Trellis`);
  const vendor = useQuery(vendorOrganisationQuery);
  return (
    <Stack gap="lg" maw={960}>
      <WelcomeHeader me={me} />
      <Paper withBorder p="lg" radius="md">
        <Stack gap="xs">
          <Text fw={600}>{t('home.partnerIntro', { organisation: me.organisation.name })}</Text>
          {vendor.isPending ? <Skeleton height={20} width={220} /> : null}
          {vendor.error ? <ErrorState error={vendor.error} onRetry={() => void vendor.refetch()} /> : null}
          {vendor.data ? <Text c="dimmed">{t('home.partnerOf', { vendor: vendor.data.name })}</Text> : null}
        </Stack>
      </Paper>
    </Stack>
  );
}
