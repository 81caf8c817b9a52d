import { type APIRequestContext, expect, type Page, request } from '@playwright/test';
import { DEMO_PASSWORD } from './journeys.ts';

/**
 * People of the tests' own, made through the API the way an administrator would: tests that
 * change a password, the language or two-step verification must never do it to a demo user,
 * whom other specs sign in as at the same time.
 */
export type InvitedUser = { id: string; email: string; name: string; password: string };

const VENDOR_ADMIN = 'admin@acme.test';

/** A unique suffix for names and addresses: specs run in parallel against one server. */
export function uniqueSuffix(): string {
  return `${Date.now()}${Math.floor(Math.random() * 1000)}`;
}

/** An API session of its own (not the browser's), signed in with e-mail and password. */
export async function apiSession(baseURL: string, email: string, password = DEMO_PASSWORD) {
  const context = await request.newContext({ baseURL });
  const login = await context.post('/api/v1/auth/login', { data: { email, password } });
  expect(login.status(), `sign-in of ${email}`).toBe(200);
  const headers = { 'x-csrf-token': (await login.json()).csrfToken as string };
  return {
    get: async (path: string) => {
      const response = await context.get(path);
      expect(response.ok(), `GET ${path}: ${response.status()}`).toBe(true);
      return response.json();
    },
    post: async (path: string, data?: unknown) => {
      const response = await context.post(path, { headers, data });
      expect(response.ok(), `POST ${path}: ${response.status()} ${await response.text()}`).toBe(true);
      return response.status() === 204 ? null : response.json();
    },
    dispose: () => context.dispose(),
  };
}

export type ApiSession = Awaited<ReturnType<typeof apiSession>>;

/** The vendor administrator's session, for inviting people and adding partners. */
export function vendorAdminSession(baseURL: string): Promise<ApiSession> {
  return apiSession(baseURL, VENDOR_ADMIN);
}

export async function createPartnerOrganisation(admin: ApiSession, name: string): Promise<{ id: string }> {
  return admin.post('/api/v1/organisations', { name });
}

/**
 * The token from the invitation e-mail. Without SMTP the server holds its e-mails in the
 * outbox, which an administrator can read.
 */
async function invitationToken(admin: ApiSession, email: string): Promise<string> {
  let token: string | undefined;
  await expect
    .poll(
      async () => {
        const outbox = await admin.get(`/api/v1/email-outbox?toAddress=${encodeURIComponent(email)}`);
        const messages = outbox.data as { textBody: string }[];
        token = messages.map((message) => /token=([\w-]+)/.exec(message.textBody)?.[1]).find(Boolean);
        return token;
      },
      { message: `invitation e-mail to ${email}`, timeout: 15_000 },
    )
    .toBeTruthy();
  return token!;
}

async function acceptInvitation(baseURL: string, token: string, password: string) {
  const context: APIRequestContext = await request.newContext({ baseURL });
  const accepted = await context.post('/api/v1/invitations/accept', { data: { token, password } });
  expect(accepted.status(), await accepted.text()).toBe(201);
  const { user } = (await accepted.json()) as { user: { id: string } };
  await context.dispose();
  return user.id;
}

/** Invites someone as `admin` would, and accepts on their behalf: a real user with a password. */
export async function createInvitedUser(
  admin: ApiSession,
  baseURL: string,
  { role, organisationId, label }: { role: string; organisationId?: string; label: string },
): Promise<InvitedUser> {
  const suffix = uniqueSuffix();
  const email = `${label}-${suffix}@example.test`;
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} ${suffix}`;
  await admin.post('/api/v1/invitations', { email, name, role, organisationId });
  const password = `first-password-${suffix}`;
  const id = await acceptInvitation(baseURL, await invitationToken(admin, email), password);
  return { id, email, name, password };
}

/** Signs in through the form with any password (journeys.signIn knows only the demo one). */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
