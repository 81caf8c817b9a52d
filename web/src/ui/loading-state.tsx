import { Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner that says what it is to screen readers; `isFullPage` centres it in the window. */
export function LoadingState({ isFullPage = false }: { isFullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center mih={isFullPage ? '100vh' : 120} role="status" aria-live="polite">
      <Loader aria-label={t('common.loading')} />
    </Center>
  );
}
