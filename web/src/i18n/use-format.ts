import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers and dates in the interface language's conventions (Intl does the work). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(locale);
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    return {
      number: (value: number) => numberFormat.format(value),
      dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
    };
  }, [locale]);
}
