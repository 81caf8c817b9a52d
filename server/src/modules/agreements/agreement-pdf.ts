import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';

const PAGE = { width: 595.28, height: 841.89 }; // A4 in points
const MARGIN = 56;
const BODY_SIZE = 10.5;
const LINE_GAP = 4;

/** Line breaks and tabs are layout, not glyphs; everything else must exist in the font. */
const LAYOUT_CHARACTERS = new Set(['\n', '\r', '\t']);

let helveticaCharacters: Promise<Set<number>> | undefined;

/**
 * The characters pdf-lib's standard fonts can draw (WinAnsi: Latin letters with accents, common
 * punctuation, €). Checked when a version is published, so an acceptance can never fail halfway
 * because its PDF cannot be drawn.
 */
async function drawableCharacters(): Promise<Set<number>> {
  helveticaCharacters ??= PDFDocument.create()
    .then((document) => document.embedFont(StandardFonts.Helvetica))
    .then((font) => new Set(font.getCharacterSet()));
  return helveticaCharacters;
}

/** The distinct characters of `text` the PDF cannot draw, in order of appearance. */
export async function undrawableCharacters(text: string): Promise<string[]> {
  const drawable = await drawableCharacters();
  const found = new Set<string>();
  for (const character of text) {
    if (LAYOUT_CHARACTERS.has(character)) continue;
    if (!drawable.has(character.codePointAt(0)!)) found.add(character);
  }
  return [...found];
}

/** Names and e-mails come from elsewhere; a character the font lacks is printed as "?". */
async function drawable(text: string): Promise<string> {
  const characters = await drawableCharacters();
  return [...text].map((character) => (characters.has(character.codePointAt(0)!) ? character : '?')).join('');
}

export type AcceptanceRecord = {
  title: string;
  body: string;
  templateName: string;
  versionNumber: number;
  signerName: string;
  signerEmail: string;
  organisationName: string;
  acceptedAt: Date;
  ip: string | null;
  textSha256: string;
};

/** The accepted text exactly as published, then who accepted it, when, from where, and its hash. */
export async function renderAcceptancePdf(record: AcceptanceRecord): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle(`${await drawable(record.templateName)} v${record.versionNumber}`);
  document.setCreationDate(record.acceptedAt);
  document.setModificationDate(record.acceptedAt);
  const regular = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const mono = await document.embedFont(StandardFonts.Courier);
  const writer = pageWriter(document);

  writer.paragraph(record.title, bold, 16);
  writer.space(8);
  writer.paragraph(record.body, regular, BODY_SIZE);
  writer.space(24);
  writer.paragraph('Electronic acceptance', bold, 12);
  writer.space(4);
  const details: [string, string][] = [
    ['Agreement', `${await drawable(record.templateName)}, version ${record.versionNumber}`],
    ['Accepted by', `${await drawable(record.signerName)} <${await drawable(record.signerEmail)}>`],
    ['On behalf of', await drawable(record.organisationName)],
    ['Accepted at (UTC)', record.acceptedAt.toISOString()],
    ['IP address', record.ip ?? 'unknown'],
  ];
  for (const [label, value] of details) writer.paragraph(`${label}: ${value}`, regular, BODY_SIZE);
  writer.paragraph('SHA-256 of the accepted text (title, blank line, body; UTF-8):', regular, BODY_SIZE);
  writer.paragraph(record.textSha256, mono, 9);
  return document.save();
}

function pageWriter(document: PDFDocument) {
  let page = document.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - MARGIN;
  const width = PAGE.width - 2 * MARGIN;

  const line = (text: string, font: PDFFont, size: number) => {
    if (y - size < MARGIN) {
      page = document.addPage([PAGE.width, PAGE.height]);
      y = PAGE.height - MARGIN;
    }
    y -= size;
    if (text) page.drawText(text, { x: MARGIN, y, size, font });
    y -= LINE_GAP;
  };

  return {
    space: (points: number) => {
      y -= points;
    },
    paragraph: (text: string, font: PDFFont, size: number) => {
      const lines = text.replaceAll('\r\n', '\n').replaceAll('\r', '\n').replaceAll('\t', '    ').split('\n');
      for (const raw of lines) for (const wrapped of wrap(raw, font, size, width)) line(wrapped, font, size);
    },
  };
}

/** Breaks at spaces to fit the width; a word longer than a line is cut where it overflows. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  if (text === '') return [''];
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    const candidate = current ? `${current} ${word}` : word;
    if (fits(candidate)) {
      current = candidate;
      continue;
    }
    if (current) lines.push(current);
    current = word;
    while (!fits(current)) {
      let cut = current.length - 1;
      while (cut > 1 && !fits(current.slice(0, cut))) cut--;
      lines.push(current.slice(0, cut));
      current = current.slice(cut);
    }
  }
  lines.push(current);
  return lines;
}
