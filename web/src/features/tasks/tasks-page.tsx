import { Button, Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import { unwrap } from '../../api/problem.ts';
import { useCursorList } from '../../api/use-cursor-list.ts';
import { DataTable } from '../../ui/data-table.tsx';
import { PageHeader } from '../../ui/page-header.tsx';
import { PagedList } from '../../ui/paged-list.tsx';
import { useMe } from '../auth/me-query.ts';
import { CreateTaskModal } from './create-task-modal.tsx';
import { TASKS_QUERY_KEY, type TaskStatus, useVisibleUsers } from './task-queries.ts';
import { TaskRow } from './task-row.tsx';

type StatusFilter = TaskStatus | 'all';

/**
 * Everyone's own tasks; people who assign tasks (tasks:assign) may look at anyone's they can see
 * and give tasks to them.
 */
export function TasksPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canAssign = me.permissions.includes('tasks:assign');
  const users = useVisibleUsers();
  const [assigneeId, setAssigneeId] = useState(me.user.id);
  const [status, setStatus] = useState<StatusFilter>('open');
  const [isCreating, creating] = useDisclosure(false);
  const isMine = assigneeId === me.user.id;

  const tasks = useCursorList({
    queryKey: [...TASKS_QUERY_KEY, assigneeId, status],
    fetchPage: async (cursor) =>
      unwrap(
        await api.GET('/api/v1/tasks', {
          params: {
            query: {
              cursor,
              assigneeId: isMine ? undefined : assigneeId,
              status: status === 'all' ? undefined : status,
            },
          },
        }),
      ),
  });

  const emptyMessage = isMine
    ? status === 'open'
      ? t('tasks.emptyMine')
      : t('tasks.emptyFiltered')
    : t('tasks.emptyOther');

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('tasks.title')}
        description={canAssign ? t('tasks.introAssigner') : t('tasks.intro')}
        actions={<Button onClick={creating.open}>{t('tasks.newTask')}</Button>}
      />
      <Group align="flex-end" gap="md">
        {canAssign ? (
          <Select
            label={t('tasks.whose')}
            data={users.activeOptions}
            value={assigneeId}
            onChange={(next) => setAssigneeId(next ?? me.user.id)}
            searchable
            allowDeselect={false}
            w={320}
          />
        ) : null}
        <Stack gap={4}>
          <Text size="sm" fw={500} id="task-status-filter">
            {t('tasks.statusFilter')}
          </Text>
          <SegmentedControl
            aria-labelledby="task-status-filter"
            value={status}
            onChange={(next) => setStatus(next as StatusFilter)}
            data={[
              { value: 'open', label: t('tasks.statuses.open') },
              { value: 'done', label: t('tasks.statuses.done') },
              { value: 'cancelled', label: t('tasks.statuses.cancelled') },
              { value: 'all', label: t('tasks.allStatuses') },
            ]}
          />
        </Stack>
      </Group>
      <PagedList list={tasks} empty={emptyMessage}>
        <DataTable
          minWidth={720}
          columns={[
            t('tasks.columns.task'),
            t('tasks.columns.due'),
            t('tasks.columns.status'),
            t('common.actions'),
          ]}
        >
          {tasks.items.map((task) => (
            <TaskRow key={task.id} task={task} />
          ))}
        </DataTable>
      </PagedList>
      <CreateTaskModal
        isOpen={isCreating}
        onClose={creating.close}
        canAssign={canAssign}
        defaultAssigneeId={assigneeId}
      />
    </Stack>
  );
}
