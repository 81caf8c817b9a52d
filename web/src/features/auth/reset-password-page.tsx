import { Alert, Anchor, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ResetPasswordChooseForm } from './reset-password-choose-form.tsx';
import { ResetPasswordRequestForm } from './reset-password-request-form.tsx';
import { SignedOutLayout } from './signed-out-layout.tsx';

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
    <SignedOutLayout
      title={t('resetPassword.title')}
      footer={
        <Group justify="center" mt="md">
          <Anchor component={Link} to="/sign-in" size="sm">
            {t('resetPassword.toSignIn')}
          </Anchor>
        </Group>
      }
    >
      {!token ? (
        <ResetPasswordRequestForm />
      ) : isTokenInvalid ? (
        <Stack>
          <Alert color="orange" variant="light" role="alert">
            {t('resetPassword.invalidToken')}
          </Alert>
          <Anchor component={Link} to="/reset-password" ta="center" onClick={() => setIsTokenInvalid(false)}>
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
    </SignedOutLayout>
  );
}
