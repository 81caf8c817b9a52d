import { Alert, Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { homePathOf } from '../../app/access.ts';
import { currentLocale, setLocale } from '../../i18n/i18n.ts';
import { LanguageSelect } from '../../ui/language-select.tsx';
import { type Me, meQueryOptions } from './me-query.ts';
import { MfaChallengeForm } from './mfa-challenge-form.tsx';
import { SignInForm } from './sign-in-form.tsx';

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
    <Box component="main" mih="100vh" bg="gray.0">
      <Container size={440} py={48}>
        <Group justify="flex-end" mb="lg">
          <LanguageSelect value={currentLocale()} onChange={setLocale} />
        </Group>
        <Stack gap={4} align="center" mb="lg">
          <Title order={1} ta="center">
            {t('signIn.title')}
          </Title>
          <Text c="dimmed">{t('signIn.subtitle')}</Text>
        </Stack>
        {search.reason === 'session-ended' && step === 'password' ? (
          <Alert color="blue" variant="light" mb="md" role="status">
            {t('signIn.sessionEnded')}
          </Alert>
        ) : null}
        {search.reason === 'password-reset' && step === 'password' ? (
          <Alert color="green" variant="light" mb="md" role="status">
            {t('resetPassword.doneNotice')}
          </Alert>
        ) : null}
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {step === 'password' ? (
            <SignInForm onSignedIn={completeSignIn} onMfaRequired={() => setStep('mfa')} />
          ) : (
            <MfaChallengeForm onSignedIn={completeSignIn} onCancel={() => setStep('password')} />
          )}
        </Paper>
      </Container>
    </Box>
  );
}
