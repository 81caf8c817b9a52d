import { Paper, ScrollArea, Text, Title } from '@mantine/core';

/** An agreement's title and body exactly as written: line breaks kept, long text scrolls. */
export function AgreementText({
  title,
  body,
  headingOrder = 3,
}: {
  title: string;
  body: string;
  headingOrder?: 2 | 3 | 4;
}) {
  return (
    <Paper withBorder p="md">
      <Title order={headingOrder} size="h4" mb="sm">
        {title}
      </Title>
      {/* Focusable, so keyboard users can scroll a long text too. */}
      <ScrollArea.Autosize mah={360} type="auto" viewportProps={{ tabIndex: 0 }}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {body}
        </Text>
      </ScrollArea.Autosize>
    </Paper>
  );
}
