import { Alert, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChatIntegration, ChatTestResult } from './chat-queries.ts';

type ChatTestResultAlertProps = { integration: ChatIntegration; result: ChatTestResult; onClose: () => void };

/** What Slack or Teams answered to the test message, so a wrong URL shows at once. */
export function ChatTestResultAlert({ integration, result, onClose }: ChatTestResultAlertProps) {
  const { t } = useTranslation();
  const isDelivered = result.outcome === 'delivered';
  return (
    <Alert
      color={isDelivered ? 'blue' : 'red'}
      variant="light"
      role={isDelivered ? 'status' : 'alert'}
      mb="md"
      withCloseButton
      closeButtonLabel={t('common.close')}
      onClose={onClose}
      title={t(isDelivered ? 'chat.test.delivered' : 'chat.test.failed', { name: integration.name })}
    >
      <Stack gap={4}>
        <Text size="sm">
          {result.statusCode === null
            ? t('chat.test.noAnswer')
            : t('chat.test.answered', { status: result.statusCode })}
        </Text>
        {result.error ? <Text size="sm">{result.error}</Text> : null}
        {result.responseBody ? (
          <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}>
            {result.responseBody}
          </Code>
        ) : null}
        {result.isIntegrationDisabled ? <Text size="sm">{t('chat.test.disabled')}</Text> : null}
      </Stack>
    </Alert>
  );
}
