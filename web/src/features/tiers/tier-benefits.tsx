import { Badge, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import type { PartnerTier } from './tiers-api.ts';

/** A tier's name as a badge in its colour. */
export function TierBadge({ tier }: { tier: Pick<PartnerTier, 'name' | 'colour'> }) {
  return (
    <Badge color={tier.colour ?? 'gray'} variant="filled" autoContrast>
      {tier.name}
    </Badge>
  );
}

/** What the tier gives: discount, commission, market development funds. */
export function TierBenefits({ tier }: { tier: PartnerTier }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Group gap="lg">
      <Text size="sm">{t('tiers.benefits.discount', { value: format.number(tier.discountPercent) })}</Text>
      <Text size="sm">
        {t('tiers.benefits.commission', { value: format.number(tier.commissionPercent) })}
      </Text>
      <Text size="sm">
        {!tier.isMdfEligible
          ? t('tiers.benefits.noMdf')
          : tier.mdfCap
            ? t('tiers.benefits.mdfUpTo', { amount: format.money(tier.mdfCap.amount, tier.mdfCap.currency) })
            : t('tiers.benefits.mdf')}
      </Text>
    </Group>
  );
}

/** "At least 2 certifications; at least 5 active users", or that every partner qualifies. */
export function TierRulesText({ tier }: { tier: PartnerTier }) {
  const { t } = useTranslation();
  if (tier.rules.length === 0) return <>{t('tiers.rules.none')}</>;
  return (
    <>
      {tier.rules
        .map((rule) =>
          t('tiers.rules.atLeast', { minimum: rule.minimum, metric: t(`tiers.metrics.${rule.metric}`) }),
        )
        .join('; ')}
    </>
  );
}
