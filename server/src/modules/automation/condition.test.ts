import { describe, expect, it } from 'vitest';
import { conditionHolds, conditionProblem, SAMPLE_CONDITION_DATA } from './condition.ts';
import { fillPlaceholders } from './placeholders.ts';

const data = SAMPLE_CONDITION_DATA;
const inactive = { '==': [{ var: 'after.status' }, 'inactive'] };

describe('conditionProblem', () => {
  it.each([
    ['null (always)', null],
    ['true', true],
    ['false', false],
    ['a comparison', inactive],
    [
      'nested logic',
      { and: [inactive, { in: ['b', { var: 'after.tags' }] }, { '>': [{ var: 'after.count' }, 1] }] },
    ],
    ['a skipped branch with known operators', { or: [true, { '!': { var: 'before.name' } }] }],
  ])('accepts %s', (_, condition) => {
    expect(conditionProblem(condition)).toBeNull();
  });

  it.each([
    ['a number', 5, /JSON Logic object/],
    ['a string', 'after.status == inactive', /JSON Logic object/],
    ['an array', [inactive], /JSON Logic object/],
    ['an unknown operator', { equals: [1, 1] }, /"equals", which is not a JSON Logic operator/],
    ['an unknown operator in a branch never reached', { or: [true, { nope: [] }] }, /"nope"/],
    ['the console-writing log operator', { log: 'x' }, /"log"/],
    ['a prototype key', JSON.parse('{"__proto__": [1]}'), /"__proto__"/],
    ['an object with two operators', { '==': [1, 1], '!=': [1, 2] }, /exactly one operator/],
    ['deep nesting', JSON.parse(`${'{"!":'.repeat(40)}true${'}'.repeat(40)}`), /deeper than 32/],
    ['a huge condition', { in: ['x', Array.from({ length: 5000 }, () => 'yy')] }, /at most 10000 characters/],
  ])('refuses %s', (_, condition, message) => {
    expect(conditionProblem(condition)).toMatch(message);
  });
});

describe('conditionHolds', () => {
  it.each([
    [null, true],
    [true, true],
    [false, false],
    [inactive, true],
    [{ '==': [{ var: 'before.status' }, 'inactive'] }, false],
    [{ '==': [{ var: 'event.actor.type' }, 'user'] }, true],
    [{ var: 'after.missing' }, false],
  ])('%j → %s', (condition, expected) => {
    expect(conditionHolds(condition, data)).toBe(expected);
  });
});

describe('fillPlaceholders', () => {
  it.each([
    ['{{after.name}} is now {{ after.status }}', 'Sample is now inactive'],
    ['Tags: {{after.tags}}, count {{after.count}}', 'Tags: a, b, count 2'],
    ['By {{event.actor}}', 'By {"type":"user","id":"user_01jzzzzzzzzzzzzzzzzzzzzzzz"}'],
    ['Missing: [{{after.nothing.here}}]', 'Missing: []'],
    ['No prototype: [{{after.constructor}}] [{{after.name.length}}]', 'No prototype: [] []'],
    [
      'Not a placeholder: {{after.name + 1}} {after.name}',
      'Not a placeholder: {{after.name + 1}} {after.name}',
    ],
  ])('%s', (template, expected) => {
    expect(fillPlaceholders(template, data)).toBe(expected);
  });

  it('cuts what grows too long', () => {
    expect(fillPlaceholders('{{after.name}}'.repeat(10), data, { maxLength: 20 })).toHaveLength(20);
  });
});

describe('hostile depth', () => {
  const deep = (depth: number) => JSON.parse(`${'{"!":['.repeat(depth)}true${']}'.repeat(depth)}`);
  it('refuses a condition nested far deeper than the stack, without overflowing it', () => {
    expect(conditionProblem(deep(100_000))).toMatch(/deeper than 32/);
  });
  it('leaves a placeholder empty rather than overflow on a value nested that deep', () => {
    expect(fillPlaceholders('[{{after.x}}]', { after: { x: deep(100_000) } })).toBe('[]');
  });
});
