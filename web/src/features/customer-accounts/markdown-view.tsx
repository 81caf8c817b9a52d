import { Typography } from '@mantine/core';
import Markdown from 'react-markdown';

/**
 * Rules of engagement as the vendor wrote them. react-markdown builds React elements from the
 * Markdown and never renders raw HTML in it, so a pasted `<script>` shows as text; links may only
 * use safe protocols (its default URL filter). Its headings move one level down: the page's title
 * is the only h1, so a "# Rules" in the text reads as a section of the page.
 */
const HEADINGS_ONE_LEVEL_DOWN = { h1: 'h2', h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6' } as const;

export function MarkdownView({ children }: { children: string }) {
  return (
    <Typography>
      <Markdown components={HEADINGS_ONE_LEVEL_DOWN}>{children}</Markdown>
    </Typography>
  );
}
