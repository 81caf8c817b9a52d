import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.ts';
import { randomToken } from './secrets.ts';

/**
 * TRELLIS_SECRET when set (required in production); otherwise one generated on first start and
 * kept in the data directory, so sessions and TOTP seeds survive restarts of a local install.
 */
export async function loadInstanceSecret(config: Config): Promise<string> {
  if (config.TRELLIS_SECRET) return config.TRELLIS_SECRET;
  if (config.NODE_ENV === 'production') throw new Error('Set TRELLIS_SECRET (32+ characters) in production.');
  const file = path.resolve(config.TRELLIS_DATA_DIR, 'instance-secret');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  await mkdir(path.dirname(file), { recursive: true });
  const secret = randomToken(48);
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
