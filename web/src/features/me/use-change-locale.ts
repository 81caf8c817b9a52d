import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { isApiError, unwrap } from '../../api/problem.ts';
import { type Locale, setLocale } from '../../i18n/i18n.ts';
import { type Me, meQueryOptions } from '../auth/me-query.ts';

/** Saves the language on the user's profile (it follows them to other browsers), then shows it. */
export function useChangeLocale() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (locale: Locale) => unwrap(await api.PATCH('/api/v1/me', { body: { locale } })),
    onSuccess: async (user) => {
      queryClient.setQueryData(meQueryOptions.queryKey, (me: Me | undefined) => (me ? { ...me, user } : me));
      await setLocale(user.locale);
    },
    onError: (error) => {
      // A 401 has already sent the user to the sign-in page; anything else is worth a notice.
      if (isApiError(error, 401)) return;
      notifications.show({ color: 'red', message: t('language.saveFailed') });
    },
  });
}
