import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../features/auth/me-query.ts';
import { useSignOut } from '../../features/auth/use-sign-out.ts';
import { useChangeLocale } from '../../features/me/use-change-locale.ts';
import { LOCALES } from '../../i18n/i18n.ts';

/** The signed-in user: their account and notifications, their language (saved to their profile), signing out. */
export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const changeLocale = useChangeLocale();
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={220} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={`${me.user.name} – ${t('shell.userMenu')}`} data-testid="user-menu">
          <Group gap="xs" wrap="nowrap">
            <Avatar name={me.user.name} color="blue" size="sm" />
            <Text size="sm" fw={500} visibleFrom="xs">
              {me.user.name}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{me.user.email}</Menu.Label>
        <Menu.Item component={Link} to="/account">
          {t('nav.account')}
        </Menu.Item>
        <Menu.Item component={Link} to="/notifications">
          {t('nav.notifications')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('language.label')}</Menu.Label>
        {LOCALES.map((locale) => (
          <Menu.Item
            key={locale}
            lang={locale}
            aria-current={locale === me.user.locale ? 'true' : undefined}
            leftSection={<span aria-hidden="true">{locale === me.user.locale ? '✓' : ''}</span>}
            onClick={() => changeLocale.mutate(locale)}
          >
            {t(`language.names.${locale}`)}
          </Menu.Item>
        ))}
        <Menu.Divider />
        <Menu.Item onClick={() => void signOut()}>{t('shell.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
