import { test as base, expect, type Page, request } from '@playwright/test';
import { DEMO_PASSWORD } from './journeys.ts';
import { linkFromOutbox, tokenOf } from './outbox.ts';

/**
 * People of the tests' own, made through the API the way an administrator would: tests that
 * change a password, the language, a role or two-step verification must never do it to a demo
 * user, whom other specs sign in as at the same time.
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
    baseURL,
    /** For reads with their own checks, such as the outbox helpers. */
    request: context,
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

/**
 * Playwright's `test` with `admin`: the vendor administrator's API session, signed in once per
 * worker, for specs that set up people and partners of their own.
 */
export const test = base.extend<object, { admin: ApiSession }>({
  admin: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads which fixtures it needs from this pattern.
    async ({}, use, workerInfo) => {
      const session = await vendorAdminSession(workerInfo.project.use.baseURL!);
      await use(session);
      await session.dispose();
    },
    { scope: 'worker' },
  ],
});

export async function createPartnerOrganisation(admin: ApiSession, name: string): Promise<{ id: string }> {
  return admin.post('/api/v1/organisations', { name });
}

/** Accepts in a cookie jar of its own: accepting signs the newcomer in, not the administrator out. */
async function acceptInvitation(baseURL: string, token: string, password: string): Promise<string> {
  const newcomer = await request.newContext({ baseURL });
  try {
    const accepted = await newcomer.post('/api/v1/invitations/accept', { data: { token, password } });
    expect(accepted.status(), await accepted.text()).toBe(201);
    const { user } = (await accepted.json()) as { user: { id: string } };
    return user.id;
  } finally {
    await newcomer.dispose();
  }
}

/** Invites someone as `admin` would, and accepts on their behalf: a real user with a password. */
export async function createInvitedUser(
  admin: ApiSession,
  { role, organisationId, label }: { role: string; organisationId?: string; label: string },
): Promise<InvitedUser> {
  const suffix = uniqueSuffix();
  const email = `${label}-${suffix}@example.test`;
  const name = `${label[0]!.toUpperCase()}${label.slice(1)} ${suffix}`;
  await admin.post('/api/v1/invitations', { email, name, role, organisationId });
  const token = tokenOf(await linkFromOutbox(admin.request, email, '/accept-invitation'));
  const password = `first-password-${suffix}`;
  const id = await acceptInvitation(admin.baseURL, token, password);
  return { id, email, name, password };
}

/**
 * A partner of the test's own with an administrator who accepted an invitation, and an API session
 * as that person. In APAC, outside the regions the demo's mandatory DPA covers, so it may register
 * deals at once.
 */
export async function partnerWithAdmin(admin: ApiSession, { name, label }: { name: string; label: string }) {
  const partner = (await admin.post('/api/v1/organisations', { name, region: 'apac' })) as { id: string };
  const user = await createInvitedUser(admin, { role: 'partner_admin', organisationId: partner.id, label });
  const api = await apiSession(admin.baseURL, user.email, user.password);
  return { partner, user, api };
}

/** Signs in through the form with any password (journeys.signIn knows only the demo one). */
export async function signInWithPassword(page: Page, email: string, password: string) {
  await page.goto('/sign-in');
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
