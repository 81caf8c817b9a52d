import { createHash } from 'node:crypto';
import { DomainError } from '../../platform/errors.ts';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/**
 * The first bytes of each accepted format. The bytes decide the type, not the name or the
 * browser's guess: an HTML page renamed to .pdf must never be stored and served back as a PDF.
 */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'application/pdf': (bytes) => bytes.subarray(0, 5).toString('latin1') === '%PDF-',
  'image/png': (bytes) =>
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
};

const badFile = (message: string) =>
  new DomainError('validation', 'invalid_compliance_document', `The file ${message}.`, [
    { field: 'body.file', message },
  ]);

export type DocumentFile = { contentType: string; bytes: Buffer; sha256: string };

/** Decodes and checks an uploaded document: `data:<type>;base64,<bytes>` of a PDF, PNG or JPEG. */
export function parseDocumentFile(dataUrl: string): DocumentFile {
  const match = /^data:([a-z]+\/[a-z0-9.+-]+)?;base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl);
  if (!match) throw badFile('must be a base64 data URL (data:application/pdf;base64,…)');
  const bytes = Buffer.from(match[2]!, 'base64');
  if (bytes.length === 0) throw badFile('is empty');
  if (bytes.length > MAX_DOCUMENT_BYTES) throw badFile('must be at most 10 MB');
  const contentType = Object.keys(SIGNATURES).find((type) => SIGNATURES[type]!(bytes));
  if (!contentType) throw badFile('is not a PDF, PNG or JPEG file');
  const declared = match[1];
  if (declared && declared !== contentType && declared !== 'application/octet-stream') {
    throw badFile(`says it is ${declared} but its content is ${contentType}`);
  }
  return { contentType, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** A name safe for a Content-Disposition header; the original (UTF-8) goes in `filename*`. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
