import type { Me } from '../features/auth/me-query.ts';
import { ACCESS, type AccessRule, canAccess } from './access.ts';

export type NavItem = {
  to: '/console' | '/console/audit' | '/portal';
  label: 'nav.home' | 'nav.audit';
  rule: AccessRule;
};

const NAV_ITEMS: NavItem[] = [
  { to: '/console', label: 'nav.home', rule: ACCESS.console },
  { to: '/console/audit', label: 'nav.audit', rule: ACCESS.audit },
  { to: '/portal', label: 'nav.home', rule: ACCESS.portal },
];

/** The menu of the signed-in user: only what their organisation's area and their role allow. */
export function navigationFor(me: Me): NavItem[] {
  return NAV_ITEMS.filter((item) => canAccess(me, item.rule));
}
