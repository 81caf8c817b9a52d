import type { SMTPSentMessageInfo, SMTPTransportOptions, Transporter } from 'nodemailer';
import nodemailer from 'nodemailer';
import { z } from 'zod';

// Environment variables arrive as strings and an unset one is often "", which means "not set".
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());
const milliseconds = (fallback: number) => z.coerce.number().int().positive().default(fallback);

export const smtpConfigSchema = z
  .object({
    host: z.string().min(1),
    port: z.coerce.number().int().min(1).max(65535).default(587),
    /** Implicit TLS (port 465). Without it nodemailer still upgrades with STARTTLS when offered. */
    secure: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.union([z.boolean(), z.stringbool()]).optional(),
    ),
    user: optionalText,
    password: optionalText,
    /** "Trellis <no-reply@example.com>" or a bare address. */
    from: z.string().min(3).includes('@'),
    // Defaults are short because a retrying outbox would rather try again later than hold a worker.
    connectionTimeoutMs: milliseconds(5_000),
    greetingTimeoutMs: milliseconds(5_000),
    socketTimeoutMs: milliseconds(15_000),
  })
  .refine((config) => (config.user === undefined) === (config.password === undefined), {
    message: 'set both user and password, or neither',
    path: ['password'],
  })
  .transform((config) => ({ ...config, secure: config.secure ?? config.port === 465 }));

export type SmtpConfig = z.output<typeof smtpConfigSchema>;
export type SmtpConfigInput = z.input<typeof smtpConfigSchema>;

export type Mailer = {
  transporter: Transporter<SMTPSentMessageInfo, SMTPTransportOptions>;
  from: string;
};

export function createMailer(config: SmtpConfigInput): Mailer {
  const parsed = smtpConfigSchema.parse(config);
  const transporter = nodemailer.createTransport({
    host: parsed.host,
    port: parsed.port,
    secure: parsed.secure,
    auth: parsed.user ? { user: parsed.user, pass: parsed.password } : undefined,
    connectionTimeout: parsed.connectionTimeoutMs,
    greetingTimeout: parsed.greetingTimeoutMs,
    socketTimeout: parsed.socketTimeoutMs,
    dnsTimeout: parsed.connectionTimeoutMs,
  });
  return { transporter, from: parsed.from };
}

export type OutgoingEmail = {
  to: string | string[];
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
};

export type SentEmail = { messageId: string; accepted: string[]; rejected: string[] };

/**
 * Why a send failed, in the terms a retrying outbox needs: `isPermanent` means the same message
 * would be refused again (stop retrying); otherwise try later.
 */
export class EmailDeliveryError extends Error {
  readonly isPermanent: boolean;
  /** Nodemailer's code: EENVELOPE, EMESSAGE, ECONNECTION, ETIMEDOUT, ESOCKET, EAUTH… */
  readonly code: string | null;
  /** The SMTP command that drew the reply: "RCPT TO", "DATA", "CONN"… */
  readonly command: string | null;
  readonly responseCode: number | null;
  readonly response: string | null;
  readonly rejected: string[];

  constructor({
    message,
    isPermanent,
    code,
    command,
    responseCode,
    response,
    rejected,
    cause,
  }: {
    message: string;
    isPermanent: boolean;
    code: string | null;
    command: string | null;
    responseCode: number | null;
    response: string | null;
    rejected: string[];
    cause: unknown;
  }) {
    super(message, { cause });
    this.name = 'EmailDeliveryError';
    this.isPermanent = isPermanent;
    this.code = code;
    this.command = command;
    this.responseCode = responseCode;
    this.response = response;
    this.rejected = rejected;
  }
}

/**
 * Only a refusal of this message is permanent: the server's 5yz reply to its envelope or content
 * (RFC 5321), or an envelope or message the client itself refuses (no valid recipient, too
 * large). 503 (bad sequence) is the session's fault, not the message's. Everything else — 4yz,
 * refused connections, timeouts, DNS, a refused login, a 5yz greeting — is about the server or
 * our configuration, which an operator fixes while the mail waits; failing every queued message
 * for it would lose them all.
 */
export function isPermanentSmtpFailure({
  code,
  responseCode,
}: {
  code: string | null;
  responseCode: number | null;
}): boolean {
  if (code !== 'EENVELOPE' && code !== 'EMESSAGE') return false;
  if (responseCode === null) return true;
  return responseCode >= 500 && responseCode < 600 && responseCode !== 503;
}

export function toEmailDeliveryError(error: unknown): EmailDeliveryError {
  if (error instanceof EmailDeliveryError) return error;
  const details = (typeof error === 'object' && error !== null ? error : {}) as {
    message?: unknown;
    code?: unknown;
    command?: unknown;
    responseCode?: unknown;
    response?: unknown;
    rejected?: unknown;
  };
  const code = typeof details.code === 'string' ? details.code : null;
  const responseCode = typeof details.responseCode === 'number' ? details.responseCode : null;
  return new EmailDeliveryError({
    message: typeof details.message === 'string' ? details.message : String(error),
    isPermanent: isPermanentSmtpFailure({ code, responseCode }),
    code,
    command: typeof details.command === 'string' ? details.command : null,
    responseCode,
    response: typeof details.response === 'string' ? details.response : null,
    rejected: Array.isArray(details.rejected) ? details.rejected.map(String) : [],
    cause: error,
  });
}

/**
 * Sends one message. Resolves when the server accepted it for at least one recipient (`rejected`
 * lists the others); throws EmailDeliveryError otherwise.
 */
export async function sendEmail(mailer: Mailer, email: OutgoingEmail): Promise<SentEmail> {
  try {
    const info = await mailer.transporter.sendMail({
      from: mailer.from,
      to: email.to,
      subject: email.subject,
      text: email.text,
      html: email.html,
      headers: email.headers,
    });
    return {
      messageId: info.messageId,
      accepted: (info.accepted ?? []).map(String),
      rejected: (info.rejected ?? []).map(String),
    };
  } catch (error) {
    throw toEmailDeliveryError(error);
  }
}
