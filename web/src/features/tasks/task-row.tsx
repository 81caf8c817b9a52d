import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api, ifMatch } from '../../api/client.ts';
import { formProblemsOf } from '../../api/form-problems.ts';
import { unwrap } from '../../api/problem.ts';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import { useMe } from '../auth/me-query.ts';
import { isOverdue, TASKS_QUERY_KEY, type Task, type TaskStatus } from './task-queries.ts';

const STATUS_COLOURS: Record<TaskStatus, StatusColour> = { open: 'blue', done: 'green', cancelled: 'gray' };

export function TaskRow({ task }: { task: Task }) {
  const { t } = useTranslation();
  const format = useFormat();
  const queryClient = useQueryClient();
  const setStatus = useMutation({
    mutationFn: async (status: TaskStatus) =>
      unwrap(
        await api.PATCH('/api/v1/tasks/{id}', {
          params: { path: { id: task.id } },
          headers: ifMatch(task.version),
          body: { status },
        }),
      ),
    onSuccess: (updated) =>
      notifications.show({
        color: 'green',
        message: updated.status === 'done' ? t('tasks.markedDone') : t('tasks.reopened'),
      }),
    onError: (error) =>
      notifications.show({
        color: 'red',
        message: formProblemsOf(error, t).form ?? error.message,
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: TASKS_QUERY_KEY }),
  });
  const overdue = isOverdue(task);
  return (
    <Table.Tr>
      <Table.Td>
        <Stack gap={2}>
          <Text fw={500}>{task.title}</Text>
          {task.description ? (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {task.description}
            </Text>
          ) : null}
          <TaskOrigin task={task} />
        </Stack>
      </Table.Td>
      <Table.Td>
        {task.dueAt ? (
          <Group gap="xs" wrap="nowrap">
            <Text size="sm" c={overdue ? 'red.8' : undefined} fw={overdue ? 600 : undefined}>
              {format.date(task.dueAt)}
            </Text>
            {overdue ? (
              <Badge color="red" variant="light">
                {t('tasks.overdue')}
              </Badge>
            ) : null}
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('tasks.noDueDate')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge colour={STATUS_COLOURS[task.status]} label={t(`tasks.statuses.${task.status}`)} />
      </Table.Td>
      <Table.Td>
        {task.status === 'open' ? (
          <Button
            size="compact-sm"
            variant="light"
            loading={setStatus.isPending}
            onClick={() => setStatus.mutate('done')}
            aria-label={t('tasks.markDoneFor', { title: task.title })}
          >
            {t('tasks.markDone')}
          </Button>
        ) : (
          <Button
            size="compact-sm"
            variant="default"
            loading={setStatus.isPending}
            onClick={() => setStatus.mutate('open')}
            aria-label={t('tasks.reopenFor', { title: task.title })}
          >
            {t('tasks.reopen')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** Where a task came from: an automation rule (linked for those who manage rules), and what it is about. */
function TaskOrigin({ task }: { task: Task }) {
  const { t } = useTranslation();
  const me = useMe();
  const labels = useEventTypeLabels();
  const canManageRules = me.permissions.includes('automation:manage') && me.organisation.kind === 'vendor';
  const about =
    task.entityType && task.entityId
      ? t('tasks.about', { entity: labels.entityType(task.entityType), id: task.entityId })
      : null;
  if (task.createdByType !== 'rule' && !about) return null;
  return (
    <Text size="xs" c="dimmed">
      {task.createdByType === 'rule' ? (
        canManageRules && task.createdById ? (
          <Anchor
            size="xs"
            renderRoot={(props) => (
              <Link {...props} to="/console/automation/$ruleId" params={{ ruleId: task.createdById ?? '' }} />
            )}
          >
            {t('tasks.fromRule')}
          </Anchor>
        ) : (
          t('tasks.fromRule')
        )
      ) : null}
      {task.createdByType === 'rule' && about ? ' · ' : null}
      {about}
    </Text>
  );
}
