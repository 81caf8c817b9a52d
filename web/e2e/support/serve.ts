/**
 * Playwright's webServer: starts the test server on TRELLIS_E2E_PORT and keeps it up until
 * Playwright sends SIGTERM, then stops it and removes its data directory.
 */
import { startTestServer } from './test-server.ts';

const server = await startTestServer({ port: Number(process.env.TRELLIS_E2E_PORT) || undefined });
console.log(`e2e server ready at ${server.baseUrl}`);

let isStopping = false;
const stop = async () => {
  if (isStopping) return;
  isStopping = true;
  await server.stop();
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
