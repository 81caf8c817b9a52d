import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const TRELLIS_BIN = path.resolve(import.meta.dirname, '../../../server/bin/trellis.js');

/** A port nobody listens on right now, from the kernel. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('could not find a free port');
  return address.port;
}

async function waitUntilReady(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`trellis serve exited with code ${child.exitCode}`);
    const isReady = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (isReady) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`trellis serve was not ready at ${url} within ${timeoutMs / 1000} s`);
}

export type TestServer = { baseUrl: string; stop: () => Promise<void> };

/**
 * The real `trellis serve` — embedded PostgreSQL in a throw-away directory, migrations, the demo
 * data, the built web app — on loopback. Sign-in throttles are lifted: tests sign in a lot.
 */
export async function startTestServer({
  port,
  postgresPort,
  log = false,
}: {
  port?: number;
  postgresPort?: number;
  log?: boolean;
} = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'trellis-e2e-'));
  const serverPort = port ?? (await freePort());
  const baseUrl = `http://127.0.0.1:${serverPort}`;
  const child = spawn(process.execPath, [TRELLIS_BIN, 'serve'], {
    env: {
      ...process.env,
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: String(serverPort),
      PUBLIC_URL: baseUrl,
      EMBEDDED_PG_PORT: String(postgresPort ?? (await freePort())),
      TRELLIS_DATA_DIR: dataDir,
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: log ? 'info' : 'warn',
      RATE_LIMIT_MAX: '100000',
      LOGIN_RATE_LIMIT_MAX: '100000',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = once(child, 'exit');
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    await waitUntilReady(`${baseUrl}/readyz`, child, 120_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}
