import { ActionIcon, Indicator } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import { unreadCountQueryOptions } from './notification-queries.ts';

/** More than this shows as "99+": the badge stays small, the accessible name keeps the figure. */
const MAX_SHOWN = 99;

/** The header's way into the notification centre, with how many notices wait unread. */
export function NotificationBell() {
  const { t } = useTranslation();
  const format = useFormat();
  // A failed poll keeps the last figure (or none): the bell is never worth an error message.
  const { data: count = 0 } = useQuery(unreadCountQueryOptions);
  const label =
    count > 0 ? t('notifications.bellUnread', { count: format.number(count) }) : t('notifications.bellNone');
  return (
    <Indicator
      label={<span aria-hidden="true">{count > MAX_SHOWN ? `${MAX_SHOWN}+` : format.number(count)}</span>}
      size={18}
      disabled={count === 0}
      color="red"
      offset={4}
    >
      <ActionIcon
        component={Link}
        to="/notifications"
        variant="subtle"
        color="gray"
        size="lg"
        aria-label={label}
      >
        <BellIcon />
      </ActionIcon>
    </Indicator>
  );
}

function BellIcon() {
  return (
    <svg
      width="20"
      height="20"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
    >
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}
