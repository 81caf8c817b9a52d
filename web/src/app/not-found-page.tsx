import { Box, Container } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { MessagePage } from '../ui/message-page.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Box component="main">
      <Container>
        <MessagePage
          title={t('notFound.title')}
          body={t('notFound.body')}
          action={{ label: t('common.backHome'), onClick: () => navigate({ to: '/' }) }}
        />
      </Container>
    </Box>
  );
}
