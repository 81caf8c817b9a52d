import { Alert, Box, Container, Group, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem.ts';
import { currentLocale, setLocale } from '../../i18n/i18n.ts';
import { ErrorState } from '../../ui/error-state.tsx';
import { LanguageSelect } from '../../ui/language-select.tsx';
import { LoadingState } from '../../ui/loading-state.tsx';
import { ApplicationForm } from './application-form.tsx';
import { programName } from './program-name.ts';
import { useApplicationForm } from './recruitment-queries.ts';

/** The public page where a company applies to a vendor's partner program, in the vendor's colours. */
export function ApplyPage() {
  const { t } = useTranslation();
  const { workspaceSlug } = useParams({ from: '/apply/$workspaceSlug' });
  const form = useApplicationForm(workspaceSlug);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const program = form.data ? programName(form.data) : '';
  useDocumentTitle(form.data ? t('apply.title', { program }) : 'Trellis');

  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Box bg={form.data?.workspace.primaryColor ?? 'blue.8'} c="white" py="md">
        <Container size={720}>
          <Group justify="space-between">
            <Group gap="sm">
              {form.data?.workspace.logoUrl ? (
                <Image
                  src={form.data.workspace.logoUrl}
                  alt=""
                  h={32}
                  w="auto"
                  bg="white"
                  radius="sm"
                  p={2}
                />
              ) : null}
              <Text fw={700}>{program}</Text>
            </Group>
            <Box bg="white" c="dark" px="xs" py={4} style={{ borderRadius: 4 }}>
              <LanguageSelect value={currentLocale()} onChange={setLocale} />
            </Box>
          </Group>
        </Container>
      </Box>
      <Container size={720} py="xl">
        {form.isPending ? <LoadingState /> : null}
        {form.error ? (
          isApiError(form.error, 404) ? (
            <Alert color="orange" variant="light" role="alert">
              <Title order={1} size="h3" mb="xs">
                {t('notFound.title')}
              </Title>
              {t('apply.notFound')}
            </Alert>
          ) : (
            <ErrorState error={form.error} onRetry={() => void form.refetch()} />
          )
        ) : null}
        {form.data ? (
          <Stack gap="lg">
            <Stack gap={4}>
              <Title order={1}>{t('apply.title', { program })}</Title>
              <Text c="dimmed">{t('apply.subtitle')}</Text>
            </Stack>
            <Paper withBorder shadow="sm" p="xl" radius="md">
              {sentTo ? (
                <Alert color="green" variant="light" role="status" title={t('apply.sentTitle')}>
                  {t('apply.sentBody', { email: sentTo, program })}
                </Alert>
              ) : (
                <ApplicationForm slug={workspaceSlug} form={form.data} onSent={setSentTo} />
              )}
            </Paper>
          </Stack>
        ) : null}
      </Container>
    </Box>
  );
}
