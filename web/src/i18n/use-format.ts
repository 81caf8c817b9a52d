import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, money and dates in the interface language's conventions (Intl does the work). */
export function useFormat() {
  const { i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useMemo(() => {
    const numberFormat = new Intl.NumberFormat(locale);
    const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' });
    const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    return {
      number: (value: number) => numberFormat.format(value),
      /** An amount in its own currency: `money(1234.5, 'EUR')` → "1.234,50 €" in German. */
      money: (amount: number, currency: string) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount),
      date: (iso: string) => dateFormat.format(new Date(iso)),
      dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
      /** "5 minutes ago", "in 2 days": for times near now (notifications, deliveries). */
      relative: (iso: string, now: number = Date.now()) => relativeTime(relativeFormat, iso, now),
    };
  }, [locale]);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

function relativeTime(format: Intl.RelativeTimeFormat, iso: string, now: number): string {
  const seconds = (new Date(iso).getTime() - now) / 1000;
  const [unit, size] = UNITS.find(([, unitSeconds]) => Math.abs(seconds) >= unitSeconds) ?? ['second', 1];
  return format.format(Math.round(seconds / size), unit);
}
