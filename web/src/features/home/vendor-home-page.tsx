import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { StatCard } from '../../ui/stat-card.tsx';
import { useMe } from '../auth/me-query.ts';
import { type Count, partnerCountQuery, userCountQuery } from './home-queries.ts';
import { WelcomeHeader } from './welcome-header.tsx';

/** The vendor console's home: a welcome and the size of the partner program the user can see. */
export function VendorHomePage() {
  const { t } = useTranslation();
  const me = useMe();
  const format = useFormat();
  useDocumentTitle(`${t('home.title')} · ${t('app.vendorConsole')} · Trellis`);
  const canSeePartners = me.permissions.includes('organisations:read');
  const canSeeUsers = me.permissions.includes('users:read');
  const partners = useQuery({ ...partnerCountQuery, enabled: canSeePartners });
  const users = useQuery({ ...userCountQuery, enabled: canSeeUsers });
  const failed = partners.error ?? users.error;

  const shown = (count: Count | undefined) => {
    if (!count) return null;
    const number = format.number(count.count);
    return count.isAtLeast ? t('home.atLeast', { count: number }) : number;
  };

  return (
    <Stack gap="lg" maw={960}>
      <WelcomeHeader me={me} />
      <Text>{t('home.vendorIntro')}</Text>
      {failed ? (
        <ErrorState
          title={t('home.countsFailed')}
          error={failed}
          onRetry={() => {
            void partners.refetch();
            void users.refetch();
          }}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {canSeePartners ? (
          <StatCard
            label={t('home.partners')}
            hint={t('home.partnersHint')}
            value={shown(partners.data)}
            isLoading={partners.isPending && !partners.error}
          />
        ) : null}
        {canSeeUsers ? (
          <StatCard
            label={t('home.users')}
            hint={t('home.usersHint')}
            value={shown(users.data)}
            isLoading={users.isPending && !users.error}
          />
        ) : null}
      </SimpleGrid>
      {partners.data?.count === 0 ? <EmptyState>{t('home.noPartners')}</EmptyState> : null}
    </Stack>
  );
}
