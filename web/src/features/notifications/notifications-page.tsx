import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../ui/page-header.tsx';

export function NotificationsPage() {
  const { t } = useTranslation();
  return <PageHeader title={t('notifications.title')} />;
}
