import { assertNever } from '../../platform/errors.ts';
import type { ChatKind } from './chat-url.ts';

/** What a notice says, whichever chat it goes to; `link` is absolute or absent. */
export type ChatMessage = { title: string; body: string; link: string | null };

/** Slack's limit for a section block's text. */
export const SLACK_SECTION_TEXT_LIMIT = 3000;
export const LINK_LABEL = 'Open in Trellis';

/**
 * Slack mrkdwn reserves `&`, `<` and `>` (they start entities, links and mentions); the documented
 * escapes are exactly these three. Anything else, `*` and `_` included, is left as typed.
 */
export function escapeSlackText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

/** Escaped text of at most `limit` characters, never cutting an entity in half. */
function escapedWithin(text: string, limit: number): string {
  let out = '';
  for (const char of text) {
    const piece = escapeSlackText(char);
    if (out.length + piece.length > limit - 1) return `${out}…`;
    out += piece;
  }
  return out;
}

/** `<url|label>`: the URL must not contain `|` or `>`, which would end it early. */
function slackLink(url: string, label: string): string {
  const safeUrl = escapeSlackText(url).replaceAll('|', '%7C');
  return `<${safeUrl}|${escapeSlackText(label)}>`;
}

type SlackSection = { type: 'section'; text: { type: 'mrkdwn'; text: string } };
export type SlackPayload = { text: string; blocks: SlackSection[] };

const section = (text: string): SlackSection => ({ type: 'section', text: { type: 'mrkdwn', text } });

/**
 * A Slack incoming-webhook message: `text` is the notification fallback, `blocks` what the channel
 * shows — the title in bold, the body, and a link back into Trellis.
 */
export function slackPayload({ title, body, link }: ChatMessage): SlackPayload {
  const boldTitle = `*${escapedWithin(title, SLACK_SECTION_TEXT_LIMIT - 2)}*`;
  const blocks = [section(boldTitle), section(escapedWithin(body, SLACK_SECTION_TEXT_LIMIT))];
  if (link) blocks.push(section(slackLink(link, LINK_LABEL)));
  return { text: escapedWithin(`${title}\n${body}`, SLACK_SECTION_TEXT_LIMIT), blocks };
}

type TextBlock = { type: 'TextBlock'; text: string; wrap: true; weight?: 'Bolder' };
type OpenUrlAction = { type: 'Action.OpenUrl'; title: string; url: string };
export type TeamsPayload = {
  type: 'message';
  attachments: [
    {
      contentType: 'application/vnd.microsoft.card.adaptive';
      content: {
        $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
        type: 'AdaptiveCard';
        version: '1.4';
        body: TextBlock[];
        actions: OpenUrlAction[];
      };
    },
  ];
};

/**
 * A Teams message carrying one Adaptive Card (1.4, the version Teams renders everywhere), as both
 * incoming-webhook connectors and Workflows expect it.
 */
export function teamsPayload({ title, body, link }: ChatMessage): TeamsPayload {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
            { type: 'TextBlock', text: body, wrap: true },
          ],
          actions: link ? [{ type: 'Action.OpenUrl', title: 'Open', url: link }] : [],
        },
      },
    ],
  };
}

export function chatPayload(kind: ChatKind, message: ChatMessage): SlackPayload | TeamsPayload {
  switch (kind) {
    case 'slack':
      return slackPayload(message);
    case 'teams':
      return teamsPayload(message);
    default:
      return assertNever(kind);
  }
}
