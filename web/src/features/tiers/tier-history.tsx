import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { fetchTierChangesPage, tierChangesKey } from './tiers-api.ts';

/** Every tier change of a partner, newest first, with why. */
export function TierHistory({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const changes = useCursorList({
    queryKey: tierChangesKey(organisationId),
    fetchPage: (cursor) => fetchTierChangesPage(organisationId, cursor),
  });
  return (
    <PagedList list={changes} empty={t('tiers.history.empty')}>
      <DataTable
        minWidth={560}
        columns={[t('tiers.history.when'), t('tiers.history.change'), t('tiers.history.why')]}
      >
        {changes.items.map((change) => (
          <Table.Tr key={change.id}>
            <Table.Td>{format.dateTime(change.changedAt)}</Table.Td>
            <Table.Td>
              {t('tiers.history.fromTo', {
                from: change.fromTier ?? t('tiers.none'),
                to: change.toTier ?? t('tiers.none'),
              })}
            </Table.Td>
            <Table.Td>
              {t(`tiers.history.reasons.${change.reason}`)}
              {change.note ? `: ${change.note}` : ''}
            </Table.Td>
          </Table.Tr>
        ))}
      </DataTable>
    </PagedList>
  );
}
