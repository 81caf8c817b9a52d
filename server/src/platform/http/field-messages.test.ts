import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import './field-messages.ts';

const messagesOf = (schema: z.ZodType, input: unknown) =>
  Object.fromEntries(
    (schema.safeParse(input).error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  );

describe('field messages', () => {
  it('words the refusals a schema leaves unworded the way a person reads them', () => {
    const schema = z.object({
      name: z.string().min(1),
      reason: z.string().min(3).max(10),
      seats: z.number().int().min(1).max(500),
      share: z.number().positive().lt(100),
      tags: z.array(z.string()).max(2),
      role: z.enum(['admin', 'sales']),
      website: z.url(),
      startsAt: z.iso.datetime(),
      notes: z.string(),
    });
    expect(
      messagesOf(schema, {
        name: '',
        reason: 'no',
        seats: 2.5,
        share: 0,
        tags: ['a', 'b', 'c'],
        role: 'owner',
        website: 'nowhere',
        startsAt: 'tomorrow',
      }),
    ).toEqual({
      name: 'must not be empty',
      reason: 'must be at least 3 characters',
      seats: 'must be a whole number',
      share: 'must be more than 0',
      tags: 'allows at most 2 items',
      role: 'must be one of "admin", "sales"',
      website: 'must be a URL such as "https://example.com"',
      startsAt: 'must be a date and time such as "2026-03-01T09:00:00Z"',
      notes: 'is required',
    });
    expect(messagesOf(schema.shape.seats, 501)).toEqual({ '': 'must be at most 500' });
    expect(messagesOf(schema.shape.reason, 'far too long here')).toEqual({
      '': 'must be at most 10 characters',
    });
    expect(messagesOf(schema.shape.notes, 7)).toEqual({ '': 'must be text' });
  });

  it('leaves a schema its own words', () => {
    expect(messagesOf(z.number().min(1, 'must be at least 1 hour'), 0)).toEqual({
      '': 'must be at least 1 hour',
    });
  });
});
