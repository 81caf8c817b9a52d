import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';

/** Length over composition rules (NIST SP 800-63B); the upper bound keeps hashing cheap to refuse. */
export const passwordField = z.string().min(10, 'must be at least 10 characters').max(200);

// argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane).
const ARGON2_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  // Hash something even for unknown users, so response time does not reveal which e-mails exist.
  if (!passwordHash) {
    await hash(password, ARGON2_OPTIONS);
    return false;
  }
  return verify(passwordHash, password);
}
