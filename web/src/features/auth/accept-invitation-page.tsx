import { Box, Container, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('acceptInvitation.title'));
  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Container size={440} py={48}>
        <Title order={1}>{t('acceptInvitation.title')}</Title>
      </Container>
    </Box>
  );
}
