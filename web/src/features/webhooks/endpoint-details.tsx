import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { EventTypeBadges } from '../../ui/event-type-badges.tsx';
import { EndpointStatusBadge } from './endpoint-status-badge.tsx';
import type { WebhookEndpoint } from './webhook-queries.ts';

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" fw={600} component="dt">
        {label}
      </Text>
      <Text component="dd" m={0} style={{ wordBreak: 'break-word' }}>
        {children}
      </Text>
    </Stack>
  );
}

export function EndpointDetails({ endpoint }: { endpoint: WebhookEndpoint }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Paper withBorder p="lg" radius="md" mb="xl">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg" component="dl" m={0}>
        <Detail label={t('webhooks.details.url')}>{endpoint.url}</Detail>
        <Detail label={t('webhooks.details.description')}>
          {endpoint.description ?? t('webhooks.details.noDescription')}
        </Detail>
        <Detail label={t('webhooks.details.status')}>
          <EndpointStatusBadge endpoint={endpoint} />
          {endpoint.disabledReason ? (
            <Text size="sm" component="span" display="block" mt={4}>
              {endpoint.disabledReason}
            </Text>
          ) : null}
        </Detail>
        <Detail label={t('webhooks.details.failures')}>
          {endpoint.consecutiveFailures === 0 || endpoint.firstFailureAt === null
            ? t('webhooks.details.noFailures')
            : t('webhooks.details.failingSince', {
                count: endpoint.consecutiveFailures,
                since: format.dateTime(endpoint.firstFailureAt),
              })}
        </Detail>
        <Detail label={t('webhooks.details.events')}>
          <EventTypeBadges eventTypes={endpoint.eventTypes} />
        </Detail>
        <Detail label={t('webhooks.details.created')}>{format.dateTime(endpoint.createdAt)}</Detail>
        {endpoint.previousSecretExpiresAt ? (
          <Detail label={t('webhooks.details.previousSecret')}>
            {t('webhooks.details.previousSecretUntil', {
              until: format.dateTime(endpoint.previousSecretExpiresAt),
            })}
          </Detail>
        ) : null}
      </SimpleGrid>
    </Paper>
  );
}
