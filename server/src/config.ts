import { z } from 'zod';

const booleanFlag = z
  .enum(['true', 'false', '1', '0'])
  .transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** External PostgreSQL 14+. When absent, an embedded PostgreSQL is started in TRELLIS_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  TRELLIS_DATA_DIR: z.string().default('./data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1).max(65535).default(5488),
  /** Signs CSRF tokens and encrypts TOTP secrets. Generated into the data dir when absent. */
  TRELLIS_SECRET: z.string().min(32).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests per minute per caller (session, API key or IP) outside the login throttle. */
  RATE_LIMIT_MAX: z.coerce.number().int().positive().default(600),
  /** Sign-in, MFA and password-reset attempts, and public partner applications, per minute per IP address. */
  LOGIN_RATE_LIMIT_MAX: z.coerce.number().int().positive().default(10),
  SEED_DEMO_DATA: booleanFlag.default(true),
  /** Run event dispatch and background jobs inside `trellis serve`; off when separate workers run. */
  RUN_WORKERS: booleanFlag.default(true),
  PUBLIC_URL: z.string().url().default('http://localhost:3000'),
  /** Outgoing e-mail. Without SMTP_HOST messages are held in the outbox, readable in the API. */
  SMTP_HOST: z.string().min(1).optional(),
  SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
  /** Implicit TLS; when unset, on for port 465 only (STARTTLS is still used when offered). */
  SMTP_SECURE: booleanFlag.optional(),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_FROM: z.string().default('Trellis <no-reply@trellis.localhost>'),
  /** Webhook URLs on loopback or private networks; on for local installs, off on the internet. */
  WEBHOOKS_ALLOW_PRIVATE_NETWORKS: booleanFlag.default(true),
  WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
});

export type Config = z.infer<typeof environmentSchema>;

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
