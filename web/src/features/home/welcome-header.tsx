import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/use-format.ts';
import type { Me } from '../auth/me-query.ts';

/** Who is signed in, as what, and since when: the top of both home pages. */
export function WelcomeHeader({ me }: { me: Me }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap={4}>
      <Title order={1}>{t('home.welcome', { name: me.user.name })}</Title>
      <Text>
        {t('home.signedInAs', { role: t(`roles.${me.user.role}`), organisation: me.organisation.name })}
      </Text>
      {me.user.lastLoginAt ? (
        <Text size="sm" c="dimmed">
          {t('home.lastSignIn', { date: format.dateTime(me.user.lastLoginAt) })}
        </Text>
      ) : null}
    </Stack>
  );
}
