import i18n, { type BackendModule, type ParseKeys } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en/index.ts';

export const LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type Locale = (typeof LOCALES)[number];
export type Messages = typeof en;
/** Any interface string's key, checked against the English files: `'users.title'`. */
export type MessageKey = ParseKeys;

declare module 'i18next' {
  // Module augmentation needs an interface. Typing the resources makes every t('…') key checked.
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Messages };
  }
}

const STORAGE_KEY = 'trellis.locale';

/** English ships with the app; the others load on demand, typed so a missing key fails the build. */
const LOADERS: Record<Exclude<Locale, 'en'>, () => Promise<{ default: Messages }>> = {
  de: () => import('./locales/de/index.ts'),
  fr: () => import('./locales/fr/index.ts'),
  es: () => import('./locales/es/index.ts'),
  ja: () => import('./locales/ja/index.ts'),
};

const lazyLocales: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, _namespace, callback) {
    const load = LOADERS[language as keyof typeof LOADERS];
    if (!load) return callback(null, {});
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Before sign-in: the language chosen last time on this browser, else the browser's own. */
function preferredLocale(): Locale {
  const stored = localStorage.getItem(STORAGE_KEY);
  if (isLocale(stored)) return stored;
  const fromBrowser = navigator.languages.map((tag) => tag.split('-')[0]).find(isLocale);
  return fromBrowser ?? 'en';
}

export async function initI18n(): Promise<void> {
  i18n.on('languageChanged', (language) => {
    document.documentElement.lang = language;
  });
  await i18n
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: preferredLocale(),
      fallbackLng: 'en',
      supportedLngs: LOCALES,
      resources: { en: { translation: en } },
      partialBundledLanguages: true,
      interpolation: { escapeValue: false },
    });
}

export function currentLocale(): Locale {
  return isLocale(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
}

/** Switches the interface language and remembers it for the next visit's sign-in page. */
export async function setLocale(locale: Locale): Promise<void> {
  localStorage.setItem(STORAGE_KEY, locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}
