import { Box, Container, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('resetPassword.title'));
  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Container size={440} py={48}>
        <Title order={1}>{t('resetPassword.title')}</Title>
      </Container>
    </Box>
  );
}
