import { NavLink, type NavLinkProps, Text } from '@mantine/core';
import { createLink, useRouterState } from '@tanstack/react-router';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/me-query.ts';
import { type NavItem, navigationFor } from '../navigation.ts';

const AnchorNavLink = forwardRef<HTMLAnchorElement, NavLinkProps & { href?: string }>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));

/** Mantine's NavLink, navigating through the router (no page reloads, typed paths). */
const RouterNavLink = createLink(AnchorNavLink);

/** Home is active only on itself; other items also on their sub-pages (a webhook's deliveries). */
function isActive(item: NavItem, pathname: string): boolean {
  const path = pathname.replace(/\/$/, '');
  if (item.to === '/console' || item.to === '/portal') return path === item.to;
  return path === item.to || path.startsWith(`${item.to}/`);
}

export function MainNavigation({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const items = navigationFor(me);
  const link = (item: NavItem) => (
    <RouterNavLink
      key={item.to}
      to={item.to}
      label={t(item.label)}
      active={isActive(item, pathname)}
      aria-current={isActive(item, pathname) ? 'page' : undefined}
      onClick={onNavigate}
    />
  );
  const administration = items.filter((item) => item.isAdministration);
  return (
    <>
      {items.filter((item) => !item.isAdministration).map(link)}
      {administration.length > 0 ? (
        <>
          <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="md" pb={4}>
            {t('nav.administration')}
          </Text>
          {administration.map(link)}
        </>
      ) : null}
    </>
  );
}
