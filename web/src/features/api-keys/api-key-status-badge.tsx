import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiKeyStatus } from './api-key-queries.ts';

const COLORS: Record<ApiKeyStatus, string> = { active: 'green', expired: 'gray', revoked: 'red' };

export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="dot" color={COLORS[status]}>
      {t(`apiKeys.status.${status}`)}
    </Badge>
  );
}
