import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

type MessagePageProps = {
  title: string;
  body: string;
  action?: { label: string; onClick: () => void };
  children?: ReactNode;
};

/** A page that only says something: not found, not available for your role. */
export function MessagePage({ title, body, action, children }: MessagePageProps) {
  useDocumentTitle(`${title} · Trellis`);
  return (
    <Stack gap="md" maw={560} py="xl">
      <Title order={1}>{title}</Title>
      <Text>{body}</Text>
      {children}
      {action ? (
        <Button variant="light" w="fit-content" onClick={action.onClick}>
          {action.label}
        </Button>
      ) : null}
    </Stack>
  );
}
