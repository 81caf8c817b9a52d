import { Alert, Anchor, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { homePathOf } from '../../app/access.ts';
import { currentLocale, setLocale } from '../../i18n/i18n.ts';
import { AcceptInvitationForm, type AcceptOutcome } from './accept-invitation-form.tsx';
import { type Me, meQueryOptions } from './me-query.ts';
import { SignedOutLayout } from './signed-out-layout.tsx';

/** Accepting signs the newcomer in; their account keeps the language they read this page in. */
async function loadNewcomer(): Promise<Me> {
  const me = unwrap(await api.GET('/api/v1/me'));
  const locale = currentLocale();
  if (me.user.locale === locale) return me;
  const saved = await api.PATCH('/api/v1/me', { body: { locale } });
  return saved.data ? { ...me, user: saved.data } : me;
}

/** Where an invitation e-mail's link leads: choose a name and password, and you are in. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/accept-invitation' });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [problem, setProblem] = useState<Exclude<AcceptOutcome, 'accepted'> | null>(null);
  useDocumentTitle(`${t('acceptInvitation.title')} · Trellis`);

  const handleOutcome = async (outcome: AcceptOutcome) => {
    if (outcome !== 'accepted') return setProblem(outcome);
    const me = await loadNewcomer();
    // Whoever was signed in on this browser before is not the newcomer.
    queryClient.clear();
    queryClient.setQueryData(meQueryOptions.queryKey, me);
    await setLocale(me.user.locale);
    await navigate({ to: homePathOf(me) });
  };

  const notice = !token
    ? t('acceptInvitation.missingToken')
    : problem === 'invalid-token'
      ? t('acceptInvitation.invalidToken')
      : problem === 'email-taken'
        ? t('acceptInvitation.emailTaken')
        : null;

  return (
    <SignedOutLayout title={t('acceptInvitation.title')} subtitle={t('acceptInvitation.subtitle')}>
      {token && notice === null ? (
        <AcceptInvitationForm token={token} onOutcome={handleOutcome} />
      ) : (
        <Stack>
          <Alert color="orange" variant="light" role="alert">
            {notice}
          </Alert>
          <Anchor component={Link} to="/sign-in" ta="center">
            {t('acceptInvitation.toSignIn')}
          </Anchor>
        </Stack>
      )}
    </SignedOutLayout>
  );
}
