import { useTranslation } from 'react-i18next';
import { StatusBadge, type StatusColour } from '../../ui/status-badge.tsx';
import type { ApiKeyStatus } from './api-key-queries.ts';

const COLOURS: Record<ApiKeyStatus, StatusColour> = { active: 'green', expired: 'gray', revoked: 'red' };

export function ApiKeyStatusBadge({ status }: { status: ApiKeyStatus }) {
  const { t } = useTranslation();
  return <StatusBadge colour={COLOURS[status]} label={t(`apiKeys.status.${status}`)} />;
}
