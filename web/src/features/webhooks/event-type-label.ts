import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/i18n.ts';

/** `user.mfa_enabled` → "User mfa enabled": for event types newer than this app's translations. */
export function readableEventType(type: string): string {
  const words = type.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * An event type as people say it, in their language. The ids nest as translation keys
 * (`webhooks.eventTypes.organisation.created`); unknown ones fall back to a readable form.
 */
export function useEventTypeLabel(): (type: string) => string {
  const { t, i18n } = useTranslation();
  return (type) => {
    const key = `webhooks.eventTypes.${type}`;
    return i18n.exists(key) ? t(key as MessageKey) : readableEventType(type);
  };
}
