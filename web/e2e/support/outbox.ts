import { type APIRequestContext, type BrowserContext, expect, type Page, request } from '@playwright/test';

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
      { message: `an e-mail to ${to} with a ${path} link` },
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

/**
 * A user of one's own for tests that change what demo users must keep (role, status, password):
 * invited by the signed-in administrator on `page`, accepted through the API.
 */
export async function createInvitedUser(
  page: Page,
  {
    email,
    name,
    password,
    role,
    organisation,
  }: { email: string; name: string; password: string; role: string; organisation: string },
): Promise<void> {
  const invited = await page.request.post('/api/v1/invitations', {
    headers: await csrfHeaders(page.context()),
    data: { email, role, organisationId: await organisationIdByName(page.request, organisation) },
  });
  expect(invited.status()).toBe(201);
  const token = tokenOf(await linkFromOutbox(page.request, email, '/accept-invitation'));
  // Its own cookie jar: accepting signs the newcomer in, which must not sign the administrator out.
  const newcomer = await request.newContext({ baseURL: new URL(page.url()).origin });
  try {
    const accepted = await newcomer.post('/api/v1/invitations/accept', { data: { token, name, password } });
    expect(accepted.status()).toBe(201);
  } finally {
    await newcomer.dispose();
  }
}
