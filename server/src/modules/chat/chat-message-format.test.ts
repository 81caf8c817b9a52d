import { describe, expect, it } from 'vitest';
import {
  chatPayload,
  escapeSlackText,
  LINK_LABEL,
  SLACK_SECTION_TEXT_LIMIT,
  slackPayload,
  teamsPayload,
} from './chat-message-format.ts';

const link = 'https://trellis.example.test/partners/org_01';

describe('escapeSlackText', () => {
  it.each([
    ['plain', 'plain'],
    ['Fish & Chips', 'Fish &amp; Chips'],
    ['<b>bold</b>', '&lt;b&gt;bold&lt;/b&gt;'],
    ['<!channel> ping', '&lt;!channel&gt; ping'], // no mass mentions from a partner's name
    ['already &amp; escaped', 'already &amp;amp; escaped'],
    ['*stars* and _underscores_', '*stars* and _underscores_'],
  ])('%j → %j', (input, expected) => {
    expect(escapeSlackText(input)).toBe(expected);
  });
});

describe('slackPayload', () => {
  it('has the fallback text and a section per part, the link last', () => {
    expect(slackPayload({ title: 'New partner: A&B', body: 'A&B was added.', link })).toEqual({
      text: 'New partner: A&amp;B\nA&amp;B was added.',
      blocks: [
        { type: 'section', text: { type: 'mrkdwn', text: '*New partner: A&amp;B*' } },
        { type: 'section', text: { type: 'mrkdwn', text: 'A&amp;B was added.' } },
        { type: 'section', text: { type: 'mrkdwn', text: `<${link}|${LINK_LABEL}>` } },
      ],
    });
  });

  it.each([
    ['no link', null, 2],
    ['a link', link, 3],
  ])('with %s has %i blocks', (_, maybeLink, count) => {
    expect(slackPayload({ title: 't', body: 'b', link: maybeLink }).blocks).toHaveLength(count);
  });

  it('keeps a link from ending early or smuggling markup', () => {
    const tricky = 'https://trellis.example.test/a?x=1&y=2|z>';
    const [, , linkBlock] = slackPayload({ title: 't', body: 'b', link: tricky }).blocks;
    expect(linkBlock!.text.text).toBe(`<https://trellis.example.test/a?x=1&amp;y=2%7Cz&gt;|${LINK_LABEL}>`);
  });

  it('stays within the section limit without cutting an entity in half', () => {
    const body = '&'.repeat(SLACK_SECTION_TEXT_LIMIT);
    const { blocks, text } = slackPayload({ title: '<'.repeat(5000), body, link: null });
    for (const part of [text, ...blocks.map((block) => block.text.text)]) {
      expect(part.length).toBeLessThanOrEqual(SLACK_SECTION_TEXT_LIMIT);
      expect(part).toMatch(/(&amp;|&lt;)…\*?$/);
    }
  });
});

describe('teamsPayload', () => {
  it('is a message with one Adaptive Card 1.4: bold title, body, an Open action', () => {
    expect(teamsPayload({ title: 'New partner: A&B', body: 'A&B was added.', link })).toEqual({
      type: 'message',
      attachments: [
        {
          contentType: 'application/vnd.microsoft.card.adaptive',
          content: {
            $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
            type: 'AdaptiveCard',
            version: '1.4',
            body: [
              { type: 'TextBlock', text: 'New partner: A&B', weight: 'Bolder', wrap: true },
              { type: 'TextBlock', text: 'A&B was added.', wrap: true },
            ],
            actions: [{ type: 'Action.OpenUrl', title: 'Open', url: link }],
          },
        },
      ],
    });
  });

  it('has no actions without a link', () => {
    expect(teamsPayload({ title: 't', body: 'b', link: null }).attachments[0].content.actions).toEqual([]);
  });
});

describe('chatPayload', () => {
  it.each([
    ['slack', 'blocks'],
    ['teams', 'attachments'],
  ] as const)('picks the format by kind: %s has %s', (kind, field) => {
    expect(chatPayload(kind, { title: 't', body: 'b', link: null })).toHaveProperty(field);
  });
});
