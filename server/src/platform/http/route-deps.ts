import type { Config } from '../../config.ts';
import type { Database } from '../db/connection.ts';

/** What every module's routes receive from buildApp. */
export type RouteDeps = {
  db: Database;
  config: Config;
  /** Signs CSRF tokens, encrypts TOTP seeds. */
  secret: string;
  /** Injected so tests can move time (lock-outs, expiries) without sleeping. */
  clock: () => Date;
};
