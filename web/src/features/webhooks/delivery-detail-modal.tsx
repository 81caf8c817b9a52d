import { Alert, Button, Code, Group, Modal, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEventTypeLabels } from '../../i18n/event-type-label.ts';
import { useFormat } from '../../i18n/use-format.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { ProblemAlert } from '../../ui/problem-alert.tsx';
import { DeliveryStatusBadge } from './delivery-status-badge.tsx';
import { useReplayWebhookDelivery, useWebhookDelivery } from './webhook-queries.ts';

type DeliveryDetailModalProps = { deliveryId: string | null; onClose: () => void };

/** One delivery: what was sent, every attempt with what the receiver answered, and a replay. */
export function DeliveryDetailModal({ deliveryId, onClose }: DeliveryDetailModalProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const labels = useEventTypeLabels();
  const delivery = useWebhookDelivery(deliveryId);
  const replay = useReplayWebhookDelivery();
  const close = () => {
    replay.reset();
    onClose();
  };

  const content = () => {
    if (delivery.isPending) return <LoadingState />;
    if (delivery.error) return <ErrorState error={delivery.error} onRetry={() => void delivery.refetch()} />;
    const detail = delivery.data;
    return (
      <Stack>
        <Group gap="sm">
          <DeliveryStatusBadge status={detail.status} />
          <Text size="sm">
            {t('webhooks.deliveries.detail.summary', {
              event: labels.eventType(detail.eventType),
              created: format.dateTime(detail.createdAt),
            })}
          </Text>
        </Group>
        <Text size="sm" c="dimmed">
          {t('webhooks.deliveries.detail.webhookId')} <Code>{detail.id}</Code>
        </Text>
        {replay.isSuccess ? (
          <Alert color="green" variant="light" role="status">
            {t('webhooks.deliveries.replayQueued')}
          </Alert>
        ) : null}
        <ProblemAlert error={replay.error} />
        <Title order={3} size="h4">
          {t('webhooks.deliveries.detail.attempts')}
        </Title>
        {detail.attemptLog.length === 0 ? (
          <Text size="sm">{t('webhooks.deliveries.detail.noAttempts')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('webhooks.deliveries.detail.attemptedAt')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.detail.response')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.detail.duration')}</Table.Th>
                  <Table.Th>{t('webhooks.deliveries.detail.body')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {detail.attemptLog.map((attempt) => (
                  <Table.Tr key={attempt.id}>
                    <Table.Td>{format.dateTime(attempt.attemptedAt)}</Table.Td>
                    <Table.Td>{attempt.statusCode ?? attempt.error ?? '–'}</Table.Td>
                    <Table.Td>
                      {t('webhooks.deliveries.detail.ms', { value: format.number(attempt.durationMs) })}
                    </Table.Td>
                    <Table.Td maw={260}>
                      {attempt.responseBody ? (
                        <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
                          {attempt.responseBody}
                        </Code>
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        <Title order={3} size="h4">
          {t('webhooks.deliveries.detail.payload')}
        </Title>
        <Paper withBorder radius="sm">
          {/* Focusable so keyboard users can scroll a long payload too. */}
          <Code
            block
            mah={280}
            style={{ overflow: 'auto' }}
            tabIndex={0}
            aria-label={t('webhooks.deliveries.detail.payload')}
          >
            {JSON.stringify(detail.payload, null, 2)}
          </Code>
        </Paper>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common.close')}
          </Button>
          {detail.status !== 'pending' ? (
            <Button loading={replay.isPending} onClick={() => replay.mutate(detail.id)}>
              {t('webhooks.deliveries.replay')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    );
  };

  return (
    <Modal
      opened={deliveryId !== null}
      onClose={close}
      title={t('webhooks.deliveries.detail.title')}
      size="xl"
    >
      {content()}
    </Modal>
  );
}
