import { z } from 'zod';

type Issue = Parameters<z.core.$ZodErrorMap>[0];

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  date: 'a date',
};

const FORMATS: Record<string, string> = {
  email: 'must be an e-mail address',
  url: 'must be a URL such as "https://example.com"',
  datetime: 'must be a date and time such as "2026-03-01T09:00:00Z"',
  date: 'must be a date such as "2026-03-01"',
  uuid: 'must be a UUID',
};

const plural = (count: number | bigint, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The words a field is refused in, when its schema gives none of its own. Zod's defaults ("Too
 * small: expected string to have >=3 characters") would reach the person who typed the value,
 * under the field; these read the way our schemas word their own messages ("must be at least 3
 * characters"). Anything not listed keeps zod's words.
 */
export function fieldMessageOf(issue: Issue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return KINDS[issue.expected] ? `must be ${KINDS[issue.expected]}` : undefined;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? 'must not be empty'
          : `must be at least ${plural(issue.minimum, 'character', 'characters')}`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `needs at least ${plural(issue.minimum, 'item', 'items')}`;
      }
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false
          ? `must be more than ${issue.minimum}`
          : `must be at least ${issue.minimum}`;
      }
      return undefined;
    case 'too_big':
      if (issue.origin === 'string') {
        return `must be at most ${plural(issue.maximum, 'character', 'characters')}`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `allows at most ${plural(issue.maximum, 'item', 'items')}`;
      }
      if (issue.origin === 'number' || issue.origin === 'int' || issue.origin === 'bigint') {
        return issue.inclusive === false
          ? `must be less than ${issue.maximum}`
          : `must be at most ${issue.maximum}`;
      }
      return undefined;
    case 'invalid_value':
      return issue.values.length === 1
        ? `must be ${JSON.stringify(issue.values[0])}`
        : `must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`;
    case 'invalid_format':
      return FORMATS[issue.format];
    default:
      return undefined;
  }
}

z.config({ customError: fieldMessageOf });
