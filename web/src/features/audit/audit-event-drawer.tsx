import { Badge, Checkbox, Code, Drawer, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema.d.ts';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { changeDiff } from './change-diff.ts';

export type AuditEvent = components['schemas']['AuditEvent'];

type Props = {
  event: AuditEvent | null;
  actorName: (event: AuditEvent) => string;
  onClose: () => void;
};

/** One audit event: who, what and when, and the entity's fields before and after, changes first. */
export function AuditEventDrawer({ event, actorName, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={event !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={t('audit.detail.title')}
    >
      {event ? <AuditEventDetail event={event} actorName={actorName} /> : null}
    </Drawer>
  );
}

function AuditEventDetail({
  event,
  actorName,
}: {
  event: AuditEvent;
  actorName: (event: AuditEvent) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useEventTypeLabels();
  const [isShowingAll, setIsShowingAll] = useState(false);
  const changes = changeDiff(event.before, event.after);
  const changed = changes.filter((change) => change.isChanged);
  const shown = isShowingAll ? changes : changed;
  const facts: [string, string][] = [
    [t('audit.detail.action'), labels.eventType(event.action)],
    [t('audit.detail.time'), format.dateTime(event.occurredAt)],
    [t('audit.detail.actor'), actorName(event)],
    [t('audit.detail.entity'), `${labels.entityType(event.entityType)} · ${event.entityId}`],
    [t('audit.detail.organisation'), event.organisationId ?? '—'],
    [t('audit.detail.request'), event.requestId ?? '—'],
    [t('audit.detail.ip'), event.ip ?? '—'],
    [t('audit.detail.sequence'), String(event.sequence)],
  ];

  return (
    <Stack gap="lg">
      <Table variant="vertical" withTableBorder layout="fixed">
        <Table.Tbody>
          {facts.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th w={180}>{label}</Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('audit.detail.changes')}
        </Title>
        <Text size="sm" c="dimmed">
          {event.before === null && event.after === null
            ? t('audit.detail.nothing')
            : event.before === null
              ? t('audit.detail.onlyAfter')
              : event.after === null
                ? t('audit.detail.onlyBefore')
                : t('audit.detail.changedCount', { count: changed.length })}
        </Text>
        {changes.length > changed.length ? (
          <Checkbox
            label={t('audit.detail.showUnchanged')}
            checked={isShowingAll}
            onChange={(change) => setIsShowingAll(change.currentTarget.checked)}
          />
        ) : null}
        {shown.length > 0 ? (
          <Table withTableBorder layout="fixed" aria-label={t('audit.detail.changes')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w="28%">{t('audit.detail.field')}</Table.Th>
                <Table.Th>{t('audit.detail.before')}</Table.Th>
                <Table.Th>{t('audit.detail.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((change) => (
                <Table.Tr key={change.field}>
                  <Table.Td>
                    <Code>{change.field}</Code>
                    {change.isChanged && isShowingAll ? (
                      <Badge ml={6} size="xs" variant="light">
                        {t('audit.detail.changedBadge')}
                      </Badge>
                    ) : null}
                  </Table.Td>
                  <Table.Td bg={change.isChanged ? 'red.0' : undefined}>
                    <FieldValue value={change.before} />
                  </Table.Td>
                  <Table.Td bg={change.isChanged ? 'green.0' : undefined}>
                    <FieldValue value={change.after} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
      </Stack>
    </Stack>
  );
}

function FieldValue({ value }: { value: unknown }) {
  const { t } = useTranslation();
  if (value === undefined || value === null) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {value === undefined ? t('audit.detail.absent') : t('audit.detail.empty')}
      </Text>
    );
  }
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return (
    <Text size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
      {text}
    </Text>
  );
}
