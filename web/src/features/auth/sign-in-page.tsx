import { Alert } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { homePathOf } from '../../app/access.ts';
import { setLocale } from '../../i18n/i18n.ts';
import { type Me, meQueryOptions } from './me-query.ts';
import { MfaChallengeForm } from './mfa-challenge-form.tsx';
import { SignInForm } from './sign-in-form.tsx';
import { SignedOutLayout } from './signed-out-layout.tsx';

export function SignInPage() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/sign-in' });
  const queryClient = useQueryClient();
  const router = useRouter();
  const [step, setStep] = useState<'password' | 'mfa'>('password');
  useDocumentTitle(`${t('signIn.title')}`);

  const completeSignIn = async (me: Me) => {
    queryClient.setQueryData(meQueryOptions.queryKey, me);
    await setLocale(me.user.locale);
    router.history.push(search.redirect ?? homePathOf(me));
  };

  return (
    <SignedOutLayout
      title={t('signIn.title')}
      subtitle={t('signIn.subtitle')}
      notices={
        step === 'password' ? (
          <>
            {search.reason === 'session-ended' ? (
              <Alert color="blue" variant="light" mb="md" role="status">
                {t('signIn.sessionEnded')}
              </Alert>
            ) : null}
            {search.reason === 'password-reset' ? (
              <Alert color="green" variant="light" mb="md" role="status">
                {t('resetPassword.doneNotice')}
              </Alert>
            ) : null}
          </>
        ) : null
      }
    >
      {step === 'password' ? (
        <SignInForm onSignedIn={completeSignIn} onMfaRequired={() => setStep('mfa')} />
      ) : (
        <MfaChallengeForm onSignedIn={completeSignIn} onCancel={() => setStep('password')} />
      )}
    </SignedOutLayout>
  );
}
