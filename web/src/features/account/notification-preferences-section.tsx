import { Button, Checkbox, Group, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import type { components } from '../../api/schema.d.ts';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { EmptyState } from '../../ui/empty-state.tsx';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { PageSection } from '../../ui/page-section.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';

type Preference = components['schemas']['NotificationPreference'];
type Channel = Preference['channel'];

const CHANNELS = ['in_app', 'email'] as const satisfies readonly Channel[];

const preferencesQueryOptions = queryOptions({
  queryKey: ['notification-preferences'],
  queryFn: async () => unwrap(await api.GET('/api/v1/notification-preferences')).data,
});

const keyOf = (eventType: string, channel: Channel) => `${eventType}|${channel}`;

/** Which events reach the user on which channel: one row per event type, one switch per channel. */
export function NotificationPreferencesSection() {
  const { t } = useTranslation();
  const query = useQuery(preferencesQueryOptions);
  return (
    <PageSection title={t('account.preferences.title')} description={t('account.preferences.description')}>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState
          error={query.error}
          onRetry={() => void query.refetch()}
          title={t('account.preferences.loadFailed')}
        />
      ) : query.data.length === 0 ? (
        <EmptyState>{t('account.preferences.empty')}</EmptyState>
      ) : (
        <PreferencesForm preferences={query.data} />
      )}
    </PageSection>
  );
}

function PreferencesForm({ preferences }: { preferences: Preference[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const labels = useEventTypeLabels();
  // Only what the user changed is sent: untouched pairs keep following the default.
  const [changes, setChanges] = useState<Record<string, boolean>>({});
  const save = useMutation({
    mutationFn: async (body: { preferences: Pick<Preference, 'eventType' | 'channel' | 'isEnabled'>[] }) =>
      unwrap(await api.PUT('/api/v1/notification-preferences', { body })).data,
  });

  const saved = new Map(preferences.map((row) => [keyOf(row.eventType, row.channel), row.isEnabled]));
  const isOn = (eventType: string, channel: Channel) =>
    changes[keyOf(eventType, channel)] ?? saved.get(keyOf(eventType, channel)) ?? false;
  const eventTypes = [...new Map(preferences.map((row) => [row.eventType, row.label])).entries()];
  const changed = preferences.filter((row) => isOn(row.eventType, row.channel) !== row.isEnabled);

  const submit = () =>
    save.mutate(
      {
        preferences: changed.map(({ eventType, channel }) => ({
          eventType,
          channel,
          isEnabled: isOn(eventType, channel),
        })),
      },
      {
        onSuccess: (data) => {
          queryClient.setQueryData(preferencesQueryOptions.queryKey, data);
          setChanges({});
          notifications.show({ color: 'green', message: t('account.preferences.saved') });
        },
      },
    );

  const channelLabel = (channel: Channel) =>
    channel === 'in_app' ? t('account.preferences.inApp') : t('account.preferences.email');

  return (
    <>
      <ProblemAlert error={save.error} />
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('account.preferences.eventType')}</Table.Th>
              {CHANNELS.map((channel) => (
                <Table.Th key={channel} scope="col" ta="center" w={120}>
                  {channelLabel(channel)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {eventTypes.map(([eventType, serverLabel]) => {
              const label = labels.eventType(eventType, serverLabel);
              return (
                <Table.Tr key={eventType}>
                  <Table.Th scope="row" fw={400}>
                    {label}
                  </Table.Th>
                  {CHANNELS.map((channel) => (
                    <Table.Td key={channel}>
                      <Group justify="center">
                        <Checkbox
                          aria-label={`${channelLabel(channel)}: ${label}`}
                          checked={isOn(eventType, channel)}
                          onChange={(event) => {
                            const isChecked = event.currentTarget.checked;
                            setChanges((current) => ({ ...current, [keyOf(eventType, channel)]: isChecked }));
                          }}
                        />
                      </Group>
                    </Table.Td>
                  ))}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="sm">
        <Button onClick={submit} loading={save.isPending} disabled={changed.length === 0}>
          {t('account.preferences.save')}
        </Button>
        {changed.length > 0 ? (
          <>
            <Button variant="default" onClick={() => setChanges({})} disabled={save.isPending}>
              {t('account.preferences.discard')}
            </Button>
            <Text size="sm" c="dimmed" role="status">
              {t('account.preferences.unsaved')}
            </Text>
          </>
        ) : null}
      </Group>
    </>
  );
}
