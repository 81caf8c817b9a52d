import { Alert, Anchor, Box, Container, Group, Paper, Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale, setLocale } from '../../i18n/i18n.ts';
import { LanguageSelect } from '../../ui/language-select.tsx';
import { ResetPasswordChooseForm } from './reset-password-choose-form.tsx';
import { ResetPasswordRequestForm } from './reset-password-request-form.tsx';

/**
 * Two steps on one address: without a token, ask for a link by e-mail; with the token from that
 * link, choose the new password.
 */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/reset-password' });
  const navigate = useNavigate();
  const [isTokenInvalid, setIsTokenInvalid] = useState(false);
  useDocumentTitle(`${t('resetPassword.title')} · Trellis`);

  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Container size={440} py={48}>
        <Group justify="flex-end" mb="lg">
          <LanguageSelect value={currentLocale()} onChange={setLocale} />
        </Group>
        <Title order={1} ta="center" mb="lg">
          {t('resetPassword.title')}
        </Title>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {!token ? (
            <ResetPasswordRequestForm />
          ) : isTokenInvalid ? (
            <Stack>
              <Alert color="orange" variant="light" role="alert">
                {t('resetPassword.invalidToken')}
              </Alert>
              <Anchor
                component={Link}
                to="/reset-password"
                ta="center"
                onClick={() => setIsTokenInvalid(false)}
              >
                {t('resetPassword.requestAgain')}
              </Anchor>
            </Stack>
          ) : (
            <ResetPasswordChooseForm
              token={token}
              onInvalidToken={() => setIsTokenInvalid(true)}
              onDone={() => navigate({ to: '/sign-in', search: { reason: 'password-reset' } })}
            />
          )}
        </Paper>
        <Group justify="center" mt="md">
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('resetPassword.toSignIn')}
          </Anchor>
        </Group>
      </Container>
    </Box>
  );
}
