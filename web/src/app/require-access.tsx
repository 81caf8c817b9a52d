import { useNavigate } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/me-query.ts';
import { MessagePage } from '../ui/message-page.tsx';
import { type AccessRule, canAccess, homePathOf } from './access.ts';

/**
 * Draws its children only for users whose area and role allow the rule; others get a page
 * saying so (the API would refuse them anyway). A partner never reaches the vendor console.
 */
export function RequireAccess({ rule, children }: { rule: AccessRule; children: ReactNode }) {
  const me = useMe();
  return canAccess(me, rule) ? children : <NotAvailablePage />;
}

export function NotAvailablePage() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  return (
    <MessagePage
      title={t('access.notAvailableTitle')}
      body={t('access.notAvailableBody')}
      action={{ label: t('common.backHome'), onClick: () => navigate({ to: homePathOf(me) }) }}
    />
  );
}
