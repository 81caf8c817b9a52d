import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * A spinner that says what it is to screen readers; `isFullPage` centres it in the window. The
 * words are hidden text, not an aria-label: the spinner is a plain span, which may not carry one.
 */
export function LoadingState({ isFullPage = false }: { isFullPage?: boolean }) {
  const { t } = useTranslation();
  return (
    <Center mih={isFullPage ? '100vh' : 120} role="status" aria-live="polite">
      <Loader />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}
