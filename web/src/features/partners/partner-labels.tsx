import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../ui/status-badge.tsx';
import type { Partner } from './partners-api.ts';

/** A partner's types as small badges, in the reader's language. */
export function PartnerTypeBadges({ types }: { types: Partner['partnerTypes'] }) {
  const { t } = useTranslation();
  if (types.length === 0)
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  return (
    <Group gap={4}>
      {types.map((type) => (
        <Badge key={type} variant="light" size="sm">
          {t(`partners.types.${type}`)}
        </Badge>
      ))}
    </Group>
  );
}

export function PartnerStatusBadge({ status }: { status: Partner['status'] }) {
  const { t } = useTranslation();
  return (
    <StatusBadge colour={status === 'active' ? 'green' : 'gray'} label={t(`partners.status.${status}`)} />
  );
}

export function LifecycleStageBadge({ stage }: { stage: Partner['lifecycleStage'] }) {
  const { t } = useTranslation();
  if (!stage)
    return (
      <Text size="sm" c="dimmed">
        –
      </Text>
    );
  return (
    <StatusBadge colour={stage === 'active' ? 'blue' : 'orange'} label={t(`partners.stages.${stage}`)} />
  );
}

/** "emea · DE", or a dash when neither is known. */
export function placeOf(partner: Pick<Partner, 'region' | 'country'>): string {
  return [partner.region, partner.country].filter(Boolean).join(' · ') || '–';
}
