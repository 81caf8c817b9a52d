import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { SlaState } from './deal-approval-queries.ts';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** The time now, refreshed every half minute so SLA countdowns stay current on an open page. */
export function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "2 d 3 h", "5 h 12 min", "14 min": the two largest units, enough to judge urgency. */
export function useDuration() {
  const { t } = useTranslation();
  return (ms: number) => {
    const days = Math.floor(ms / DAY);
    const hours = Math.floor((ms % DAY) / HOUR);
    const minutes = Math.floor((ms % HOUR) / MINUTE);
    if (days > 0) return t('dealApprovals.duration.daysHours', { days, hours });
    if (hours > 0) return t('dealApprovals.duration.hoursMinutes', { hours, minutes });
    return t('dealApprovals.duration.minutes', { minutes: Math.max(minutes, 1) });
  };
}

const COLOURS: Record<SlaState, StatusColour> = { on_track: 'green', due_soon: 'orange', overdue: 'red' };

/** How long an approver has left (or how late they are), as a badge coloured by urgency. */
export function SlaTimer({
  dueAt,
  reminderHours,
}: {
  dueAt: string;
  /** Within this many hours of the due time the SLA counts as due soon. */
  reminderHours: number;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const duration = useDuration();
  const left = Date.parse(dueAt) - now;
  const state: SlaState = left <= 0 ? 'overdue' : left <= reminderHours * HOUR ? 'due_soon' : 'on_track';
  return (
    <StatusBadge
      colour={COLOURS[state]}
      label={
        left <= 0
          ? t('dealApprovals.sla.overdueBy', { duration: duration(-left) })
          : t('dealApprovals.sla.dueIn', { duration: duration(left) })
      }
    />
  );
}
