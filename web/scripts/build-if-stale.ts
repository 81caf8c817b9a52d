/**
 * `npm start` serves web/dist: build it first when it is missing or older than its sources, so a
 * fresh clone works with `npm ci && npm start` and a restart without changes costs nothing.
 * (The checks — types, translations, API client — belong to `npm run build`/`npm test`.)
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

const WEB_DIR = path.resolve(import.meta.dirname, '..');
const BUILT = path.join(WEB_DIR, 'dist', 'index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json'];

function newestChange(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestChange(path.join(entry, name))));
}

const builtAt = existsSync(BUILT) ? statSync(BUILT).mtimeMs : 0;
const changedAt = Math.max(...SOURCES.map((source) => newestChange(path.join(WEB_DIR, source))));
if (builtAt >= changedAt) {
  console.error('web app: web/dist is up to date');
} else {
  console.error(builtAt ? 'web app: sources changed, rebuilding web/dist' : 'web app: building web/dist');
  await build({ root: WEB_DIR, logLevel: 'warn' });
}
