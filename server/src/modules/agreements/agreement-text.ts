import { createHash } from 'node:crypto';

/** What an acceptance's `textSha256` covers: the title, a blank line, then the body, as UTF-8. */
export function agreementText(version: { title: string; body: string }): string {
  return `${version.title}\n\n${version.body}`;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
