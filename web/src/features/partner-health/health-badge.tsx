import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HealthBand, PartnerHealth } from './health-api.ts';

const BAND_COLOURS: Record<HealthBand, string> = { healthy: 'green', at_risk: 'orange', critical: 'red' };

/** The score as a coloured badge whose accessible name says what the colour means. */
export function HealthBadge({ health }: { health: PartnerHealth | undefined }) {
  const { t } = useTranslation();
  if (!health) return <>–</>;
  const band = t(`health.bands.${health.band}`);
  return (
    <Badge
      color={BAND_COLOURS[health.band]}
      variant="light"
      title={band}
      aria-label={t('health.badgeLabel', { score: health.score, band })}
    >
      {health.score}
    </Badge>
  );
}
