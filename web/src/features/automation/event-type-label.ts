import { useTranslation } from 'react-i18next';
import type { MessageKey } from '../../i18n/i18n.ts';

/**
 * Readable names for event types (`organisation.created`) and entity types (`api_key`). The API
 * gives only the ids; one it adds later is shown as its id until it is translated here.
 */
export function useEventLabels() {
  const { t, i18n } = useTranslation();
  const labelOr = (key: string, fallback: string) => (i18n.exists(key) ? t(key as MessageKey) : fallback);
  return {
    eventType: (type: string) => labelOr(`automation.eventTypes.${type}`, type),
    entityType: (type: string) => labelOr(`automation.entityTypes.${type}`, type),
  };
}
