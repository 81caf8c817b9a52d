import { useTranslation } from 'react-i18next';

/**
 * The actions the trail records and the entity types they are about. They are the event types
 * automation rules listen for, whose readable names live under `automation.eventTypes`; readers
 * of the trail need not manage automation, so the list comes from there rather than the catalogue.
 */
export function useAuditVocabulary() {
  const { t } = useTranslation();
  const tree = t('automation.eventTypes', { returnObjects: true }) as Record<string, Record<string, string>>;
  const actions = Object.entries(tree).flatMap(([entity, verbs]) =>
    Object.keys(verbs).map((verb) => `${entity}.${verb}`),
  );
  const entityTypes = Object.keys(
    t('automation.entityTypes', { returnObjects: true }) as Record<string, string>,
  );
  return { actions, entityTypes };
}
