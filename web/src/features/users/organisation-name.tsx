import { Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/me-query.ts';
import { useOrganisation } from './users-api.ts';

/** An organisation's name in a table cell; the reader's own needs no request. */
export function OrganisationName({ id }: { id: string }) {
  const me = useMe();
  if (id === me.organisation.id) return <Text size="sm">{me.organisation.name}</Text>;
  return <FetchedOrganisationName id={id} />;
}

function FetchedOrganisationName({ id }: { id: string }) {
  const { t } = useTranslation();
  const organisation = useOrganisation(id);
  if (organisation.isPending) return <Skeleton height={14} width={100} />;
  return (
    <Text size="sm" c={organisation.data ? undefined : 'dimmed'}>
      {organisation.data?.name ?? t('users.unknownOrganisation')}
    </Text>
  );
}
