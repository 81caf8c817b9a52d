import { NavLink, type NavLinkProps } from '@mantine/core';
import { createLink, useRouterState } from '@tanstack/react-router';
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/me-query.ts';
import { navigationFor } from '../navigation.ts';

const AnchorNavLink = forwardRef<HTMLAnchorElement, NavLinkProps & { href?: string }>((props, ref) => (
  <NavLink component="a" ref={ref} {...props} />
));

/** Mantine's NavLink, navigating through the router (no page reloads, typed paths). */
const RouterNavLink = createLink(AnchorNavLink);

export function MainNavigation({ me, onNavigate }: { me: Me; onNavigate: () => void }) {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  return (
    <>
      {navigationFor(me).map((item) => (
        <RouterNavLink
          key={item.to}
          to={item.to}
          label={t(item.label)}
          active={pathname.replace(/\/$/, '') === item.to}
          onClick={onNavigate}
        />
      ))}
    </>
  );
}
