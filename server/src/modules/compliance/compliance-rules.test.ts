import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from './compliance-dates.ts';
import { requirementState } from './compliance-rules.ts';
import { parseDocumentFile } from './document-file.ts';
import { parseSanctionsList, readCsv } from './sanctions-csv.ts';
import { normaliseName } from './sanctions-names.ts';

const dataUrl = (type: string, bytes: Buffer) => `data:${type};base64,${bytes.toString('base64')}`;

describe('compliance dates', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2026-03-15', 12, '2027-03-15'],
    ['2024-02-29', 12, '2025-02-28'],
  ])('%s plus %i months is %s', (day, months, expected) => {
    expect(addMonths(day, months)).toBe(expected);
  });

  it('counts days across a month end', () => {
    expect(addDays('2026-03-01', -30)).toBe('2026-01-30');
  });
});

describe('requirement state', () => {
  const today = '2026-06-01';
  const state = (documents: Parameters<typeof requirementState>[0]) =>
    requirementState(documents, { today, reminderDaysBeforeExpiry: 30 });

  it.each([
    ['nothing submitted', [], 'missing'],
    ['approved without expiry', [{ status: 'approved', expiresOn: null }], 'met'],
    ['approved, expiring in a year', [{ status: 'approved', expiresOn: '2027-06-01' }], 'met'],
    ['approved, inside the reminder window', [{ status: 'approved', expiresOn: '2026-06-20' }], 'expiring'],
    ['approved but past its expiry day', [{ status: 'approved', expiresOn: '2026-06-01' }], 'expired'],
    ['marked expired', [{ status: 'expired', expiresOn: '2026-05-01' }], 'expired'],
    ['waiting for review', [{ status: 'submitted', expiresOn: null }], 'submitted'],
    ['rejected', [{ status: 'rejected', expiresOn: null }], 'rejected'],
    [
      'a pending renewal next to a valid approval',
      [
        { status: 'submitted', expiresOn: '2028-01-01' },
        { status: 'approved', expiresOn: '2027-01-01' },
      ],
      'met',
    ],
  ] as const)('%s → %s', (_label, documents, expected) => {
    expect(state(documents)).toBe(expected);
  });
});

describe('document sniffing', () => {
  it('accepts a PDF, PNG and JPEG by their bytes', () => {
    expect(parseDocumentFile(dataUrl('application/pdf', Buffer.from('%PDF-1.7\n'))).contentType).toBe(
      'application/pdf',
    );
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(parseDocumentFile(dataUrl('image/png', png)).contentType).toBe('image/png');
    expect(parseDocumentFile(dataUrl('image/jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).contentType).toBe(
      'image/jpeg',
    );
  });

  it('refuses an HTML page named as a PDF, naming the field', () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>');
    expect(() => parseDocumentFile(dataUrl('application/pdf', html))).toThrow(
      expect.objectContaining({
        fields: [{ field: 'body.file', message: 'is not a PDF, PNG or JPEG file' }],
      }),
    );
  });

  it('refuses a PNG that claims to be a PDF', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]);
    expect(() => parseDocumentFile(dataUrl('application/pdf', png))).toThrow(/image\/png/);
  });
});

describe('sanctions names', () => {
  it.each([
    ['Acme Trading L.L.C.', 'acme trading'],
    ['ACME TRADING LLC', 'acme trading'],
    ['Société Générale S.A.', 'societe generale'],
    ['  Müller   GmbH ', 'muller'],
    ['LLC', 'llc'],
  ])('%s → %s', (name, expected) => {
    expect(normaliseName(name)).toBe(expected);
  });
});

describe('sanctions CSV', () => {
  it('reads quoted fields, doubled quotes and both line endings', () => {
    expect(readCsv('a,"b, c","say ""hi"""\r\n1,2,3\n')).toEqual([
      ['a', 'b, c', 'say "hi"'],
      ['1', '2', '3'],
    ]);
    expect(readCsv('a,"never closed')).toBeNull();
  });

  it('maps the columns by the header and splits aliases', () => {
    const entries = parseSanctionsList(
      'Name,Aliases,Country,List,Reference\n"ACME TRADING LLC","Acme Trade; ACT",IR,OFAC SDN,12345\n',
    );
    expect(entries).toEqual([
      {
        name: 'ACME TRADING LLC',
        aliases: ['Acme Trade', 'ACT'],
        country: 'IR',
        source: 'OFAC SDN',
        reference: '12345',
      },
    ]);
  });

  it('names the field and the row when something is wrong', () => {
    expect(() => parseSanctionsList('country\nIR\n')).toThrow(/no "name" column/);
    expect(() => parseSanctionsList('name,country\n,IR\n')).toThrow(
      expect.objectContaining({ fields: [{ field: 'body.csv', message: 'row 2 has no name' }] }),
    );
  });
});
