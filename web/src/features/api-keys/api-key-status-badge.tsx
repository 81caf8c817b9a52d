import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKeyStatus } from './api-key-queries.ts';

const COLORS: Record<ApiKeyStatus, string> = { active: 'green', expired: 'gray', revoked: 'red' };

export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={COLORS[status]} c={`${COLORS[status]}.9`}>
      {t(`apiKeys.status.${status}`)}
    </Badge>
  );
}
