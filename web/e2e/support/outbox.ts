import { type APIRequestContext, type BrowserContext, expect } from '@playwright/test';

type LinkPath = '/accept-invitation' | '/reset-password';
type OutboxEmail = { toAddress: string; template: string; textBody: string };

/**
 * The link in the newest e-mail to `to` that leads to `path`. Without an SMTP server the server
 * holds its e-mails in the outbox, which an administrator of the workspace may read: `request`
 * must be signed in as one (a page's `page.request` shares its cookies).
 */
export async function linkFromOutbox(admin: APIRequestContext, to: string, path: LinkPath): Promise<string> {
  const pattern = new RegExp(`${path}\\?token=([A-Za-z0-9_-]+)`);
  let link = '';
  await expect
    .poll(
      async () => {
        const response = await admin.get('/api/v1/email-outbox', { params: { toAddress: to, limit: 20 } });
        expect(response.status(), 'reading the outbox needs an administrator').toBe(200);
        const { data } = (await response.json()) as { data: OutboxEmail[] };
        const token = data.map((email) => pattern.exec(email.textBody)?.[1]).find(Boolean);
        link = token ? `${path}?token=${token}` : '';
        return link;
      },
      { message: `an e-mail to ${to} with a ${path} link`, timeout: 15_000 },
    )
    .not.toBe('');
  return link;
}

export function tokenOf(link: string): string {
  return new URLSearchParams(link.split('?')[1]).get('token') ?? '';
}

/** Writes with the session cookie echo the CSRF cookie, as the web app does. */
export async function csrfHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find(({ name }) => name === 'trellis_csrf');
  if (!cookie) throw new Error('not signed in: no trellis_csrf cookie');
  return { 'x-csrf-token': decodeURIComponent(cookie.value) };
}

export async function organisationIdByName(admin: APIRequestContext, name: string): Promise<string> {
  const response = await admin.get('/api/v1/organisations', { params: { q: name, limit: 10 } });
  expect(response.status()).toBe(200);
  const { data } = (await response.json()) as { data: { id: string; name: string }[] };
  const found = data.find((organisation) => organisation.name === name);
  if (!found) throw new Error(`no organisation named ${name}`);
  return found.id;
}
