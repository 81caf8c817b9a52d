import { Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { visibleUsersQueryOptions } from '../tasks/task-queries.ts';
import { type AuditEvent, AuditEventDrawer } from './audit-event-drawer.tsx';
import { AuditFilters } from './audit-filters.tsx';
import { type AuditSearch, auditQueryOf } from './audit-search.ts';
import { useActorName } from './use-actor-name.ts';

/** Vendor-only (audit:read): who changed what and when, filtered, with each change in detail. */
export function AuditPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useEventTypeLabels();
  const search = useSearch({ from: '/signed-in/console/audit' });
  const navigate = useNavigate({ from: '/console/audit' });
  const [selected, setSelected] = useState<AuditEvent | null>(null);
  const users = useQuery(visibleUsersQueryOptions);
  const actorName = useActorName(users.data ?? []);
  const events = useCursorList({
    queryKey: ['audit-events', search],
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/audit-events', { params: { query: { cursor, ...auditQueryOf(search) } } }),
      ),
  });
  const hasFilters = Object.keys(search).length > 0;
  const setSearch = (next: AuditSearch) => void navigate({ search: next, replace: true });

  return (
    <Stack gap="lg">
      <PageHeader title={t('audit.title')} description={t('audit.intro')} />
      <AuditFilters
        search={search}
        onChange={setSearch}
        actorOptions={(users.data ?? []).map((user) => ({
          value: user.id,
          label: `${user.name} (${user.email})`,
        }))}
      />
      <PagedList list={events} empty={hasFilters ? t('audit.emptyFiltered') : t('audit.empty')}>
        <DataTable
          minWidth={800}
          verticalSpacing="xs"
          highlightOnHover
          aria-label={t('audit.title')}
          columns={[
            t('audit.columns.time'),
            t('audit.columns.actor'),
            t('audit.columns.action'),
            t('audit.columns.entity'),
            t('audit.columns.details'),
          ]}
        >
          {events.items.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td>{format.dateTime(event.occurredAt)}</Table.Td>
              <Table.Td>{actorName(event)}</Table.Td>
              <Table.Td>{labels.eventType(event.action)}</Table.Td>
              <Table.Td>
                <Text size="sm">{labels.entityType(event.entityType)}</Text>
                <Text size="xs" c="dimmed" ff="monospace">
                  {event.entityId}
                </Text>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => setSelected(event)}
                  aria-label={t('audit.viewFor', {
                    action: labels.eventType(event.action),
                    time: format.dateTime(event.occurredAt),
                  })}
                >
                  {t('audit.view')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </DataTable>
      </PagedList>
      <AuditEventDrawer event={selected} actorName={actorName} onClose={() => setSelected(null)} />
    </Stack>
  );
}
