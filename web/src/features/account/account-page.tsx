import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';
import { useMe } from '../auth/me-query.ts';
import { NotificationPreferencesSection } from './notification-preferences-section.tsx';
import { PasswordSection } from './password-section.tsx';
import { ProfileSection } from './profile-section.tsx';
import { TwoStepSection } from './two-step-section.tsx';

/** The signed-in person's own settings: profile, sign-in security and what they hear about. */
export function AccountPage() {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <>
      <PageHeader title={t('account.title')} description={t('account.description')} />
      <Stack gap="lg" maw={880}>
        <ProfileSection me={me} />
        <PasswordSection />
        <TwoStepSection me={me} />
        <NotificationPreferencesSection />
      </Stack>
    </>
  );
}
