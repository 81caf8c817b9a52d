import { describe, expect, it } from 'vitest';
import { findUnsafeText } from './text-safety.ts';

describe('findUnsafeText', () => {
  it('names the first field holding a NUL or half a character, in values and keys', () => {
    expect(findUnsafeText({ name: 'Acme', tags: ['ok', 'a\u0000b'] }, 'body')).toEqual({
      field: 'body.tags.1',
      message: 'must not contain NUL (U+0000) characters',
    });
    expect(findUnsafeText({ reason: '\ud800_' }, 'body')).toEqual({
      field: 'body.reason',
      message: 'must be well-formed Unicode (no lone surrogate halves)',
    });
    expect(findUnsafeText({ 'x\udfff': 1 }, 'body')?.message).toMatch(/well-formed/);
  });

  it('accepts any well-formed text, emoji and other scripts included', () => {
    expect(findUnsafeText({ name: 'Ünïcødé 🚀 パートナー', nested: [{ note: '' }] }, 'body')).toBeNull();
  });
});
