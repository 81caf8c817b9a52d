import { DomainError } from '../../platform/errors.ts';
import type { workspaces } from './tables.ts';

/** A workspace as read for display: everything but the logo's bytes. */
export type WorkspaceRow = Omit<typeof workspaces.$inferSelect, 'logo'>;

export const MAX_LOGO_BYTES = 256 * 1024;

export const API_PATH_OF_LOGO = (workspaceId: string) => `/api/v1/workspaces/${workspaceId}/logo`;

/**
 * The first bytes of each accepted format. The declared type must match what the bytes are:
 * the logo is served publicly from our origin, so nothing else (HTML, SVG with scripts) may pass.
 */
const SIGNATURES: Record<string, (bytes: Buffer) => boolean> = {
  'image/png': (bytes) =>
    bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])),
  'image/jpeg': (bytes) => bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])),
  'image/webp': (bytes) =>
    bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP',
};

const badImage = (message: string) =>
  new DomainError('validation', 'invalid_logo', `The logo ${message}.`, [{ field: 'body.image', message }]);

/** Decodes and checks an uploaded logo: `data:<type>;base64,<bytes>` of an accepted format. */
export function parseLogo(dataUrl: string): { contentType: string; bytes: Buffer } {
  const match = /^data:(image\/[a-z]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(dataUrl);
  if (!match) throw badImage('must be an image as a base64 data URL (data:image/png;base64,…)');
  const contentType = match[1]!;
  const isFormat = SIGNATURES[contentType];
  if (!isFormat) throw badImage('must be a PNG, JPEG or WebP image');
  const bytes = Buffer.from(match[2]!, 'base64');
  if (bytes.length > MAX_LOGO_BYTES) throw badImage('must be at most 256 KB');
  if (!isFormat(bytes))
    throw badImage(`is not a valid ${contentType.slice('image/'.length).toUpperCase()} file`);
  return { contentType, bytes };
}
