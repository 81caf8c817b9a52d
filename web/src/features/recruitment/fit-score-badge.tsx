import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Green for a strong fit, orange for a middling one, grey for a poor one; the number says it too. */
export function FitScoreBadge({ score }: { score: number }) {
  const { t } = useTranslation();
  const colour = score >= 70 ? 'green' : score >= 40 ? 'orange' : 'gray';
  return (
    <Badge color={colour} variant="light">
      {t('recruitment.score', { score })}
    </Badge>
  );
}
