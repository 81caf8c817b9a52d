import { z } from 'zod';
// Every schema's unworded refusals read as ours do; installed wherever field shapes are in use.
import './field-messages.ts';

/** Shared field shapes, so every module validates an e-mail or a region the same way. */
export const emailField = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'must be an e-mail address' }))
  .transform((email) => email.toLowerCase());

export const nameField = z.string().trim().min(1, 'must not be empty').max(200);

export const regionField = z
  .string()
  .regex(/^[a-z][a-z0-9-]{1,31}$/, 'must be a lower-case region code such as "emea" or "north-america"');

export const countryField = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "DE"');

export const currencyField = z
  .string()
  .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "EUR"');

export const domainField = z
  .string()
  .trim()
  .toLowerCase()
  .max(253)
  .regex(
    /^(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))+$/,
    'must be a web domain such as "example.com"',
  );

export const localeField = z.enum(['en', 'de', 'fr', 'es', 'ja']);

export const idParam = (prefix: string) =>
  z.object({
    id: z.string().regex(new RegExp(`^${prefix}_[0-9a-z]{26}$`), `must be an id starting with ${prefix}_`),
  });

export const timestamp = z.iso.datetime({ offset: true });

export function iso(date: Date): string;
export function iso(date: Date | null): string | null;
export function iso(date: Date | null): string | null {
  return date ? date.toISOString() : null;
}
