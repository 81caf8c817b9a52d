import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import type { DealRegistrationDetail, DealStatus } from './deal-queries.ts';

const COLOURS: Record<DealStatus, string> = {
  pending_approval: 'blue',
  more_info_requested: 'orange',
  approved: 'green',
  rejected: 'red',
  expired: 'gray',
  withdrawn: 'gray',
};

/** Where the registration stands and what happens next, in a sentence the reader can act on. */
export function DealNextStep({
  registration,
  side,
}: {
  registration: DealRegistrationDetail;
  side: 'vendor' | 'partner';
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const date = (iso: string | null) => (iso ? format.dateTime(iso) : '—');
  const prefix = side === 'vendor' ? 'deals.nextVendor' : 'deals.next';
  const body = (() => {
    switch (registration.status) {
      case 'pending_approval':
        return t(`${prefix}.pending_approval`, {
          date: date(registration.approvalDueAt),
          level: registration.approvalLevel ?? 1,
        });
      case 'more_info_requested':
        return t(`${prefix}.more_info_requested`, { date: date(registration.approvalDueAt) });
      case 'approved':
        return t(`${prefix}.approved`, { date: date(registration.protectionEndsAt) });
      case 'rejected':
        return t(`${prefix}.rejected`);
      case 'expired':
        return t(`${prefix}.expired`);
      case 'withdrawn':
        return t(`${prefix}.withdrawn`);
    }
  })();
  return (
    <Alert
      color={COLOURS[registration.status]}
      variant="light"
      title={t(`deals.status.${registration.status}`)}
      styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
    >
      <Text size="sm">{body}</Text>
      {registration.decisionReason ? (
        <Text size="sm" mt="xs">
          {t('deals.detail.decisionReason', { reason: registration.decisionReason })}
        </Text>
      ) : null}
    </Alert>
  );
}
