import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../ui/empty-state.tsx';

/** Vendor-only (audit:read). The viewer itself comes with a later slice of the web app. */
export function AuditPage() {
  const { t } = useTranslation();
  useDocumentTitle(`${t('audit.title')} · Trellis`);
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('audit.title')}</Title>
      <EmptyState>{t('audit.comingSoon')}</EmptyState>
    </Stack>
  );
}
