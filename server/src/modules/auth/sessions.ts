import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { randomToken, sha256Hex } from '../../platform/secrets.ts';
import { sessions } from './tables.ts';

export const SESSION_LIFETIME_MS = 14 * 24 * 60 * 60 * 1000;

type NewSession = {
  workspaceId: string;
  organisationId: string;
  userId: string;
  isMfaPending: boolean;
  ip: string | null;
  userAgent: string | null;
  now: Date;
};

/** Returns the token for the cookie; only its hash is stored. */
export async function createSession(tx: Transaction, session: NewSession): Promise<string> {
  const token = randomToken();
  await tx.insert(sessions).values({
    id: newId('session'),
    workspaceId: session.workspaceId,
    organisationId: session.organisationId,
    userId: session.userId,
    tokenHash: sha256Hex(token),
    isMfaPending: session.isMfaPending,
    ip: session.ip,
    userAgent: session.userAgent?.slice(0, 300) ?? null,
    createdAt: session.now,
    lastSeenAt: session.now,
    expiresAt: new Date(session.now.getTime() + SESSION_LIFETIME_MS),
  });
  return token;
}
