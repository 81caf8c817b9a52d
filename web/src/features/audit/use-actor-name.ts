import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema.d.ts';

type User = components['schemas']['User'];
type Actor = { actorType: 'user' | 'api_key' | 'system'; actorId: string | null };

/** Who did it, in words: a person by name, an API key or Trellis itself (a rule, a job) by id. */
export function useActorName(users: User[]) {
  const { t } = useTranslation();
  const byId = new Map(users.map((user) => [user.id, user]));
  return ({ actorType, actorId }: Actor): string => {
    switch (actorType) {
      case 'user': {
        const user = actorId ? byId.get(actorId) : undefined;
        return user ? `${user.name} (${user.email})` : (actorId ?? t('audit.actors.unknown'));
      }
      case 'api_key':
        return t('audit.actors.apiKey', { id: actorId ?? '' });
      case 'system':
        return actorId ? t('audit.actors.systemWith', { id: actorId }) : t('audit.actors.system');
    }
  };
}
