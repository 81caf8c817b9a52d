import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../src/modules/auth/passwords.ts';
import { csrfTokenFor, SESSION_COOKIE } from '../src/modules/auth/request-authentication.ts';
import { PARTNER_ROLES, ROLES, type Role } from '../src/platform/permissions.ts';
import {
  AUTHORIZATION_MATRIX,
  type MatrixEntry,
  type Place,
  SCOPES,
  type Scope,
} from './authorization-matrix.ts';
import { createTestWorkspace, TEST_PASSWORD, type TestWorkspace } from './factories.ts';
import { insertSession, insertUser } from './fixtures.ts';
import { createTestApp, TEST_SECRET, type TestApp } from './harness.ts';

let t: TestApp;
let world: TestWorkspace;
let other: TestWorkspace;
let passwordHash: string;

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db, 'Acme');
  other = await createTestWorkspace(t.database.db, 'Globex');
  passwordHash = await hashPassword(TEST_PASSWORD);
});
afterAll(() => t.close());

const isPartner = (role: Role) => (PARTNER_ROLES as readonly string[]).includes(role);

function placeOf(scope: Scope, role: Role): Place {
  if (scope === 'other_partner') {
    return partnerPlace(world, 'partnerB');
  }
  if (scope === 'other_workspace') return partnerPlace(other, 'partnerA');
  if (isPartner(role)) return partnerPlace(world, 'partnerA');
  return {
    workspaceId: world.workspaceId,
    organisationId: world.vendorOrganisationId,
    kind: 'vendor',
    adminUserId: world.vendor.admin.userId,
  };
}

function partnerPlace(workspace: TestWorkspace, which: 'partnerA' | 'partnerB'): Place {
  const partner = workspace[which];
  return {
    workspaceId: workspace.workspaceId,
    organisationId: partner.id,
    kind: 'partner',
    adminUserId: partner.users.partner_admin.userId,
  };
}

/** Ids the caller must never find in a list answer. */
function foreignIds(role: Role): string[] {
  const idsOf = (workspace: TestWorkspace, which: 'partnerA' | 'partnerB') => [
    workspace[which].id,
    ...Object.values(workspace[which].users).map((user) => user.userId),
  ];
  const otherWorkspace = [
    other.workspaceId,
    other.vendorOrganisationId,
    ...Object.values(other.vendor).map((user) => user.userId),
    ...idsOf(other, 'partnerA'),
    ...idsOf(other, 'partnerB'),
  ];
  if (isPartner(role)) {
    return [
      ...otherWorkspace,
      ...idsOf(world, 'partnerB'),
      ...Object.values(world.vendor).map((user) => user.userId),
    ];
  }
  if (role === 'regional_manager') return [...otherWorkspace, ...idsOf(world, 'partnerB')];
  return otherWorkspace;
}

type Finding = { caller: string; scope: Scope; expected: number; actual: number; detail?: string };

/**
 * Each call gets a brand-new user of the role, signed in with a fresh session, so no call can
 * depend on what an earlier one changed (a password, an enrolment, a logout).
 */
async function runCase(
  entry: MatrixEntry,
  role: Role,
  scope: Scope,
  isAnonymous: boolean,
): Promise<Finding | null> {
  const home = placeOf('own', role);
  const caller = await insertUser(t.database.db, home, role, {
    passwordHash,
    regions: role === 'regional_manager' ? ['emea'] : null,
  });
  const sessionToken = await insertSession(t.database.db, { ...home, userId: caller.id });
  const request = await entry.request({
    db: t.database.db,
    world,
    place: placeOf(scope, role),
    caller: {
      userId: caller.id,
      email: caller.email,
      role,
      organisationId: home.organisationId,
      workspaceId: home.workspaceId,
      sessionToken,
    },
  });
  const response = await t.app.inject({
    method: request.method,
    url: request.url,
    ...(request.body !== undefined ? { payload: request.body as object } : {}),
    ...(isAnonymous
      ? {}
      : {
          cookies: { [SESSION_COOKIE]: sessionToken },
          headers: { 'x-csrf-token': csrfTokenFor(TEST_SECRET, sessionToken) },
        }),
  });
  const expected = isAnonymous && !entry.isPublic ? 401 : entry.expected(role, scope);
  const caller_ = isAnonymous ? 'anonymous' : role;
  if (response.statusCode !== expected) {
    return {
      caller: caller_,
      scope,
      expected,
      actual: response.statusCode,
      detail: response.body.slice(0, 200),
    };
  }
  if (
    response.statusCode >= 400 &&
    !String(response.headers['content-type']).includes('application/problem+json')
  ) {
    return { caller: caller_, scope, expected, actual: response.statusCode, detail: 'not problem+json' };
  }
  if (entry.isList && response.statusCode === 200) {
    const leaked = foreignIds(role).filter((id) => response.body.includes(id));
    if (leaked.length > 0) {
      return { caller: caller_, scope, expected, actual: 200, detail: `leaked ${leaked.join(', ')}` };
    }
  }
  return null;
}

describe('authorization matrix', () => {
  it('has exactly one entry for every route the app serves', async () => {
    const document = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const served = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(served.length).toBeGreaterThan(20);
    expect(served.filter((route) => !(route in AUTHORIZATION_MATRIX))).toEqual([]);
    expect(Object.keys(AUTHORIZATION_MATRIX).filter((route) => !served.includes(route))).toEqual([]);
  });

  for (const [route, entry] of Object.entries(AUTHORIZATION_MATRIX)) {
    it(`${route}: every role × scope gets what the matrix says, anonymous callers ${entry.isPublic ? 'too' : 'get 401'}`, async () => {
      const findings: Finding[] = [];
      const scopes = entry.isScoped ? SCOPES : (['own'] as const);
      for (const role of ROLES) {
        for (const scope of scopes) {
          const finding = await runCase(entry, role, scope, false);
          if (finding) findings.push(finding);
        }
      }
      const anonymous = await runCase(entry, 'partner_sales', 'own', true);
      if (anonymous) findings.push(anonymous);
      expect(findings).toEqual([]);
    });
  }
});
