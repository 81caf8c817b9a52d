/**
 * `npm run test:e2e`: Playwright against Debian's Chromium. Without it the suite is skipped —
 * loudly, because a silently skipped browser suite looks exactly like a passing one.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { CHROMIUM_PATH, hasChromium } from './chromium.ts';

if (!hasChromium()) {
  const line = '='.repeat(78);
  console.error(
    [
      line,
      `E2E TESTS SKIPPED: no Chromium at ${CHROMIUM_PATH}.`,
      "Install Debian's: apt-get update && apt-get install -y chromium  (CI does: .ci/run)",
      'or point CHROMIUM_PATH at another Chromium. Playwright never downloads a browser here.',
      line,
    ].join('\n'),
  );
  process.exit(0);
}

const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const result = spawnSync(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
