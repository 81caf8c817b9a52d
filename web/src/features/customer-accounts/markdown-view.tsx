import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

/**
 * Rules of engagement as the vendor wrote them. react-markdown builds React elements from the
 * Markdown and never renders raw HTML in it, so a pasted `<script>` shows as text; links may only
 * use safe protocols (its default URL filter).
 */
export function MarkdownView({ children }: { children: string }) {
  return (
    <Typography>
      <Markdown>{children}</Markdown>
    </Typography>
  );
}
