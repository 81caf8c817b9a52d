import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { as, createTestWorkspace, TEST_PASSWORD, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, ownerQuery, type TestApp } from '../../../test/harness.ts';
import { LOCKOUT_MS, MAX_FAILED_ATTEMPTS } from './login.ts';
import { SESSION_COOKIE } from './request-authentication.ts';
import { SESSION_IDLE_MS } from './resolve-actor.ts';
import { totpCodeAt } from './totp.ts';

let t: TestApp;
let world: TestWorkspace;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db);
});
afterAll(() => t.close());

async function login(email: string, password = TEST_PASSWORD, app = t.app) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
  });
  const cookie = response.cookies.find((c) => c.name === SESSION_COOKIE);
  return {
    response,
    token: cookie?.value ?? '',
    cookie,
    csrf: response.json().csrfToken as string | undefined,
  };
}

function withSession(token: string, csrf?: string) {
  return { cookies: { [SESSION_COOKIE]: token }, headers: csrf ? { 'x-csrf-token': csrf } : {} };
}

function outboxFor(email: string) {
  return ownerQuery<{ subject: string; text_body: string; template: string }>(
    t.ownerUrl,
    'SELECT subject, text_body, template FROM email_outbox WHERE to_address = $1 ORDER BY created_at',
    [email],
  );
}

describe('sign-in with e-mail and password', () => {
  it('sets an httpOnly SameSite session cookie and lets the user in', async () => {
    const { response, cookie, token } = await login(world.partnerA.users.partner_sales.email);
    expect(response.statusCode).toBe(200);
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(response.json().me.user.email).toBe(world.partnerA.users.partner_sales.email);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', ...withSession(token) });
    expect(me.statusCode).toBe(200);
    expect(me.json().organisation.id).toBe(world.partnerA.id);
  });

  it('refuses a wrong password with a problem naming the field, and logs nobody in', async () => {
    const { response, cookie } = await login(world.partnerB.users.partner_sales.email, 'not-the-password');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json().errors).toEqual([
      { field: 'body.password', message: 'does not match this e-mail' },
    ]);
    expect(cookie).toBeUndefined();
  });

  it('answers an unknown e-mail exactly like a wrong password', async () => {
    const { response } = await login('nobody@nowhere.test', 'whatever-password');
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('invalid_credentials');
  });

  it('ends the session on logout', async () => {
    const { token, csrf } = await login(world.partnerB.users.partner_marketing.email);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      ...withSession(token, csrf),
    });
    expect(out.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', ...withSession(token) });
    expect(me.statusCode).toBe(401);
  });

  it('ends an idle session after a day without use', async () => {
    const { token } = await login(world.vendor.marketing.email);
    // Age this one session rather than the shared clock, which every other session also reads.
    await ownerQuery(
      t.ownerUrl,
      `UPDATE sessions SET last_seen_at = $1 WHERE token_hash = encode(sha256($2::bytea), 'hex')`,
      [new Date(t.clock.now().getTime() - SESSION_IDLE_MS - 60_000), token],
    );
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', ...withSession(token) });
    expect(me.statusCode).toBe(401);
    expect(me.json().detail).toMatch(/session has ended/);
  });
});

describe('who am I', () => {
  it('tells each person which roles they may give, so forms offer nothing the API would refuse', async () => {
    const assignable = async (principal: typeof world.vendor.admin) =>
      (await as(t.app, principal).get('/api/v1/me')).json().assignableRoles as string[];
    expect(await assignable(world.partnerA.users.partner_admin)).toEqual([
      'partner_admin',
      'partner_sales',
      'partner_marketing',
      'partner_finance',
    ]);
    expect(await assignable(world.vendor.admin)).toContain('channel_manager');
    expect(await assignable(world.vendor.admin)).not.toContain('owner');
    expect(await assignable(world.vendor.channel_manager)).not.toContain('sales_rep');
    expect(await assignable(world.vendor.finance)).toEqual([]);
    expect(await assignable(world.partnerA.users.partner_sales)).toEqual([]);
  });
});

describe('CSRF protection of cookie-authenticated writes', () => {
  it('refuses a write without the CSRF header and accepts it with the header', async () => {
    const principal = world.vendor.sales_rep;
    const cookies = { [SESSION_COOKIE]: principal.sessionToken };
    const missing = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      cookies,
      payload: { name: 'Forged' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().code).toBe('csrf_token_invalid');
    const wrong = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      cookies,
      headers: { 'x-csrf-token': 'a'.repeat(64) },
      payload: { name: 'Forged' },
    });
    expect(wrong.statusCode).toBe(403);
    const me = await as(t.app, principal).get('/api/v1/me');
    expect(me.json().user.name).not.toBe('Forged');
    const right = await as(t.app, principal).patch('/api/v1/me', { name: 'Sam Real' });
    expect(right.statusCode).toBe(200);
    expect(right.json().name).toBe('Sam Real');
  });
});

describe('throttling and lock-out', () => {
  it(`locks the account after ${MAX_FAILED_ATTEMPTS} wrong passwords, even for the right one, until the lock ends`, async () => {
    const email = world.partnerB.users.partner_finance.email;
    for (let attempt = 0; attempt < MAX_FAILED_ATTEMPTS; attempt++) {
      expect((await login(email, 'wrong-password-guess')).response.statusCode).toBe(401);
    }
    const locked = await login(email);
    expect(locked.response.statusCode).toBe(423);
    expect(locked.response.json().code).toBe('account_locked');
    t.clock.advance(LOCKOUT_MS + 1000);
    expect((await login(email)).response.statusCode).toBe(200);
  });

  it('throttles sign-in attempts per address', async () => {
    const strict = await createTestApp({ LOGIN_RATE_LIMIT_MAX: '3' });
    try {
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) {
        statuses.push((await login('someone@example.test', 'some-password', strict.app)).response.statusCode);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await strict.close();
    }
  });
});

describe('TOTP multi-factor authentication', () => {
  it('enrols an authenticator, then asks for its code at sign-in', async () => {
    const principal = world.vendor.finance;
    const user = as(t.app, principal);
    const started = await user.post('/api/v1/me/mfa/totp');
    expect(started.statusCode).toBe(201);
    const { secret, otpauthUri } = started.json();
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\/Trellis:/);
    expect((await user.post('/api/v1/me/mfa/totp/confirm', { code: '000000' })).statusCode).toBe(422);
    expect(
      (await user.post('/api/v1/me/mfa/totp/confirm', { code: totpCodeAt(secret, t.clock.now()) }))
        .statusCode,
    ).toBe(204);

    const first = await login(principal.email);
    expect(first.response.json()).toMatchObject({ isMfaRequired: true, me: null });
    const blocked = await t.app.inject({ method: 'GET', url: '/api/v1/me', ...withSession(first.token) });
    expect(blocked.statusCode).toBe(401);

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      ...withSession(first.token, first.csrf),
      payload: { code: '123456' === totpCodeAt(secret, t.clock.now()) ? '654321' : '123456' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().errors[0].field).toBe('body.code');

    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa',
      ...withSession(first.token, first.csrf),
      payload: { code: totpCodeAt(secret, t.clock.now()) },
    });
    expect(right.statusCode).toBe(200);
    const fresh = right.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    expect(fresh).not.toBe(first.token);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...withSession(fresh) })).json().user
        .isMfaEnabled,
    ).toBe(true);
    // The half-signed-in token is worthless once the challenge is met.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', ...withSession(first.token) })).statusCode,
    ).toBe(401);
  });
});

describe('password reset by e-mail', () => {
  it('mails a link whose token sets a new password and signs out every session', async () => {
    const principal = world.partnerA.users.partner_finance;
    const request = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: principal.email.toUpperCase() },
    });
    expect(request.statusCode).toBe(202);
    const [mail] = await outboxFor(principal.email);
    expect(mail?.template).toBe('user.password_reset_requested');
    const token = /token=([\w-]+)/.exec(mail!.text_body)![1]!;

    const weak = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'short' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].field).toBe('body.password');

    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'a-brand-new-password' },
    });
    expect(reset.statusCode).toBe(204);
    expect((await as(t.app, principal).get('/api/v1/me')).statusCode).toBe(401);
    expect((await login(principal.email)).response.statusCode).toBe(401);
    expect((await login(principal.email, 'a-brand-new-password')).response.statusCode).toBe(200);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset/confirm',
      payload: { token, password: 'yet-another-password' },
    });
    expect(reused.statusCode).toBe(404);
  });

  it('answers the same for an unknown address and sends nothing', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { email: 'ghost@example.test' },
    });
    expect(response.statusCode).toBe(202);
    expect(await outboxFor('ghost@example.test')).toEqual([]);
  });
});

describe('API keys', () => {
  it('shows the secret once, acts within its scopes, and stops working when revoked', async () => {
    const admin = as(t.app, world.vendor.admin);
    const created = await admin.post('/api/v1/api-keys', {
      name: 'CRM sync',
      scopes: ['organisations:read'],
    });
    expect(created.statusCode).toBe(201);
    const { secret, id } = created.json();
    expect(secret).toMatch(/^trl_/);
    const listed = await admin.get('/api/v1/api-keys');
    expect(JSON.stringify(listed.json())).not.toContain(secret);

    const bearer = { authorization: `Bearer ${secret}` };
    const read = await t.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: bearer });
    expect(read.statusCode).toBe(200);
    const outOfScope = await t.app.inject({ method: 'GET', url: '/api/v1/users', headers: bearer });
    expect(outOfScope.statusCode).toBe(403);
    // No CSRF header needed: browsers never attach a bearer key on their own.
    const write = await t.app.inject({
      method: 'POST',
      url: '/api/v1/organisations',
      headers: bearer,
      payload: { name: 'Should fail: read-only key' },
    });
    expect(write.statusCode).toBe(403);

    const used = await admin.get('/api/v1/api-keys');
    expect(used.json().data.find((key: { id: string }) => key.id === id).lastUsedAt).not.toBeNull();

    expect((await admin.delete(`/api/v1/api-keys/${id}`)).statusCode).toBe(200);
    const afterRevoke = await t.app.inject({ method: 'GET', url: '/api/v1/organisations', headers: bearer });
    expect(afterRevoke.statusCode).toBe(401);
  });

  it('cannot be given permissions its creator lacks', async () => {
    const partnerAdmin = as(t.app, world.partnerA.users.partner_admin);
    const response = await partnerAdmin.post('/api/v1/api-keys', {
      name: 'Too much',
      scopes: ['audit:read'],
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().errors[0].field).toBe('body.scopes');
  });
});

describe('invitations', () => {
  it('invites a partner user by e-mail; accepting signs them in with the invited role', async () => {
    const inviter = as(t.app, world.partnerA.users.partner_admin);
    const email = `new.rep.${Date.now()}@example.test`;
    const invited = await inviter.post('/api/v1/invitations', {
      email,
      role: 'partner_sales',
      name: 'Nia New',
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({ status: 'pending', organisationId: world.partnerA.id });
    const [mail] = await outboxFor(email);
    const token = /token=([\w-]+)/.exec(mail!.text_body)![1]!;

    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'my-own-password-1' },
    });
    expect(accepted.statusCode).toBe(201);
    const session = accepted.cookies.find((c) => c.name === SESSION_COOKIE)!.value;
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', ...withSession(session) });
    expect(me.json().user).toMatchObject({ email, role: 'partner_sales', name: 'Nia New' });
    expect(me.json().organisation.id).toBe(world.partnerA.id);

    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      payload: { token, password: 'my-own-password-2' },
    });
    expect(again.statusCode).toBe(404);
  });

  it('does not let a partner admin invite into another partner or hand out vendor roles', async () => {
    const inviter = as(t.app, world.partnerA.users.partner_admin);
    const otherPartner = await inviter.post('/api/v1/invitations', {
      email: 'sneaky@example.test',
      role: 'partner_sales',
      organisationId: world.partnerB.id,
    });
    expect(otherPartner.statusCode).toBe(422);
    expect(otherPartner.json().errors[0].field).toBe('body.organisationId');
    const vendorRole = await inviter.post('/api/v1/invitations', {
      email: 'sneaky@example.test',
      role: 'admin',
    });
    expect(vendorRole.statusCode).toBe(403);
  });
});
