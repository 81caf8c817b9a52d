import { describe, expect, it } from 'vitest';
import { csvLine } from './csv.ts';

describe('csvLine', () => {
  it.each([
    [['plain', 3, null, undefined], 'plain,3,,\r\n'],
    [['with, comma', 'with "quotes"', 'two\nlines'], '"with, comma","with ""quotes""","two\nlines"\r\n'],
    [['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'], `"'=HYPERLINK(""x"")",'+1,'-2,'@SUM(A1)\r\n`],
    [['\tcmd', 'a=b'], "'\tcmd,a=b\r\n"],
    [[-5], '-5\r\n'],
  ])('writes %j as %j', (cells, line) => {
    expect(csvLine(cells)).toBe(line);
  });
});
