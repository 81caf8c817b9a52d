import { Secret, TOTP } from 'otpauth';

const ISSUER = 'Trellis';

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secretBase32: string, email: string): string {
  return new TOTP({ issuer: ISSUER, label: email, secret: Secret.fromBase32(secretBase32) }).toString();
}

/** Accepts the current code and one step either side, for clocks that drift a little. */
export function isValidTotp(secretBase32: string, code: string, now: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const totp = new TOTP({ issuer: ISSUER, secret: Secret.fromBase32(secretBase32) });
  return totp.validate({ token: code, timestamp: now.getTime(), window: 1 }) !== null;
}

export function totpCodeAt(secretBase32: string, now: Date): string {
  return new TOTP({ issuer: ISSUER, secret: Secret.fromBase32(secretBase32) }).generate({
    timestamp: now.getTime(),
  });
}
