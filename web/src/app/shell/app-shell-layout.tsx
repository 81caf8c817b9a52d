import '@mantine/notifications/styles.css';
import { AppShell, Burger, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Notifications } from '@mantine/notifications';
import { Outlet } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../features/auth/me-query.ts';
import { NotificationBell } from '../../features/notifications/notification-bell.tsx';
import { currentLocale, setLocale } from '../../i18n/i18n.ts';
import { areaOf } from '../access.ts';
import { MainNavigation } from './main-navigation.tsx';
import { UserMenu } from './user-menu.tsx';
import { WorkspaceBrand } from './workspace-brand.tsx';

/** The frame of every signed-in page: vendor console and partner portal share it. */
export function AppShellLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const [isNavigationOpen, { toggle, close }] = useDisclosure(false);
  // The profile decides the language: it may have been changed in another browser since.
  useEffect(() => {
    if (me.user.locale !== currentLocale()) void setLocale(me.user.locale);
  }, [me.user.locale]);
  const areaName = areaOf(me) === 'console' ? t('app.vendorConsole') : t('app.partnerPortal');
  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !isNavigationOpen } }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={isNavigationOpen}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('shell.toggleNavigation')}
            />
            <WorkspaceBrand />
            <Text c="dimmed" visibleFrom="xs" data-testid="area-name">
              {areaName}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <UserMenu me={me} />
          </Group>
        </Group>
      </AppShell.Header>
      {/* The menu scrolls on its own: a vendor admin's is taller than a laptop screen. */}
      <AppShell.Navbar p="xs" aria-label={t('shell.navigation')} style={{ overflowY: 'auto' }}>
        <MainNavigation me={me} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main>
        <Outlet />
      </AppShell.Main>
      <Notifications position="top-right" />
    </AppShell>
  );
}
