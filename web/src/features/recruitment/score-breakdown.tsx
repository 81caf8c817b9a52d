import { List, Stack, Text, ThemeIcon } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { FitScoreBadge } from './fit-score-badge.tsx';
import type { PartnerApplication, ScoreReason } from './recruitment-queries.ts';

/** The fit score and, per criterion, whether the applicant matched and the points it earned. */
export function ScoreBreakdown({ application }: { application: PartnerApplication }) {
  const { t } = useTranslation();
  const format = useFormat();
  const reasonText = useReasonText();
  return (
    <Stack gap="sm">
      <div>
        <FitScoreBadge score={application.fitScore} />
        <Text size="sm" c="dimmed" mt={4}>
          {t('recruitment.scoredAt', { date: format.dateTime(application.scoredAt) })}
        </Text>
      </div>
      {application.scoreReasons.length === 0 ? (
        <Text size="sm">{t('recruitment.noCriteria')}</Text>
      ) : (
        <List spacing="xs" aria-label={t('recruitment.sections.score')}>
          {application.scoreReasons.map((reason) => (
            <List.Item
              key={reason.criterion}
              icon={
                <ThemeIcon color={reason.isMatch ? 'green' : 'gray'} size={20} radius="xl" aria-hidden>
                  {reason.isMatch ? '✓' : '–'}
                </ThemeIcon>
              }
            >
              {reasonText(reason)}
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

/** "Region emea is a target region: +20/20", with values in the reader's language. */
function useReasonText() {
  const { t } = useTranslation();
  const labelOf = (reason: ScoreReason, value: string) => {
    if (reason.criterion === 'partnerType') return t(`partners.types.${value as 'reseller'}`);
    if (reason.criterion === 'companySize') return t(`recruitment.sizes.${value as '1-10'}`);
    return value;
  };
  return (reason: ScoreReason) =>
    t(`recruitment.reasons.${reason.criterion}.${reason.isMatch ? 'match' : 'miss'}`, {
      values: reason.values.map((value) => labelOf(reason, value)).join(', ') || t('recruitment.none'),
      points: reason.points,
      max: reason.maxPoints,
    });
}
