import { Box, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { currentLocale, setLocale } from '../../i18n/i18n.ts';
import { LanguageSelect } from '../../ui/language-select.tsx';

type SignedOutLayoutProps = {
  title: string;
  subtitle?: string;
  /** Above the card: why the reader is here again (their session ended, their password changed). */
  notices?: ReactNode;
  /** Under the card: a way elsewhere. */
  footer?: ReactNode;
  /** The card: a form, or why it cannot be shown. */
  children: ReactNode;
};

/** The pages before sign-in: a language choice, a heading, and one card on a quiet background. */
export function SignedOutLayout({ title, subtitle, notices, footer, children }: SignedOutLayoutProps) {
  return (
    <Box component="main" mih="100vh" bg="gray.0">
      <Container size={440} py={48}>
        <Group justify="flex-end" mb="lg">
          <LanguageSelect value={currentLocale()} onChange={setLocale} />
        </Group>
        <Stack gap={4} align="center" mb="lg">
          <Title order={1} ta="center">
            {title}
          </Title>
          {subtitle ? (
            <Text c="dimmed" ta="center">
              {subtitle}
            </Text>
          ) : null}
        </Stack>
        {notices}
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
        {footer}
      </Container>
    </Box>
  );
}
