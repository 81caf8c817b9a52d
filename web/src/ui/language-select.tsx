import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES, type Locale } from '../i18n/i18n.ts';

/** The five interface languages, each named in its own language. */
export function LanguageSelect({ value, onChange }: { value: Locale; onChange: (locale: Locale) => void }) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      label={t('language.label')}
      size="xs"
      value={value}
      data={LOCALES.map((locale) => ({ value: locale, label: t(`language.names.${locale}`) }))}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) onChange(next);
      }}
    />
  );
}
