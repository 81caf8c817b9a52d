import { useTranslation } from 'react-i18next';
import type { MessageKey } from './i18n.ts';

/** `user.mfa_enabled` → "User mfa enabled": for types newer than this app's translations. */
export function readableEventType(type: string): string {
  const words = type.replace(/[._]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

type EventTypeTree = Record<string, Record<string, string>>;

/**
 * Domain event types (`organisation.created`) and the entity types they are about (`api_key`) as
 * people say them, in their language. The API gives only the ids; the ids nest as translation keys
 * (`eventTypes.organisation.created`). A type the server adds before it is translated here shows
 * the caller's fallback (the server's own label, say) or else a readable form of its id.
 */
export function useEventTypeLabels() {
  const { t, i18n } = useTranslation();
  const labelOr = (key: string, fallback: string) => {
    // A key that names a group (`eventTypes.user`) exists too, but is no label.
    const label: unknown = i18n.exists(key) ? t(key as MessageKey, { returnObjects: true }) : undefined;
    return typeof label === 'string' ? label : fallback;
  };
  return {
    eventType: (type: string, fallback: string = readableEventType(type)) =>
      labelOr(`eventTypes.${type}`, fallback),
    entityType: (type: string) => labelOr(`entityTypes.${type}`, readableEventType(type)),
    /** Every event type this app can name, `entity.action`, in the order of the translations. */
    knownEventTypes: (): string[] =>
      Object.entries(t('eventTypes', { returnObjects: true }) as EventTypeTree).flatMap(([entity, actions]) =>
        Object.keys(actions).map((action) => `${entity}.${action}`),
      ),
    /** Every entity type this app can name. */
    knownEntityTypes: (): string[] =>
      Object.keys(t('entityTypes', { returnObjects: true }) as Record<string, string>),
  };
}
