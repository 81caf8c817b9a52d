import type { Database } from '../../src/platform/db/connection.ts';
import { PARTNER_ROLES, type Role, VENDOR_ROLES } from '../../src/platform/permissions.ts';
import type { Principal, TestWorkspace } from '../factories.ts';

/**
 * Who may do what, written out by hand — deliberately not derived from the permission table, so a
 * change to either one without the other fails the test. Every route the app documents must have
 * an entry here.
 *
 * Scopes name where the target lives relative to the caller:
 * - own: the caller's own organisation (the vendor for vendor staff);
 * - other_partner: a partner that is not the caller's, in a region (north-america) the EMEA
 *   regional manager does not cover;
 * - other_workspace: a partner of another vendor on the same deployment.
 */
export type Scope = 'own' | 'other_partner' | 'other_workspace';
export const SCOPES: readonly Scope[] = ['own', 'other_partner', 'other_workspace'];

export type Place = {
  workspaceId: string;
  organisationId: string;
  kind: 'vendor' | 'partner';
  adminUserId: string;
};

export type MatrixEnv = {
  db: Database;
  world: TestWorkspace;
  caller: Principal;
  /** Where the target lives for this scope. */
  place: Place;
};

export type MatrixRequest = {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
};

export type MatrixEntry = {
  /** Reachable without signing in; anonymous callers get the same answer as everyone. */
  isPublic?: boolean;
  /** Acts on a target resource, so every scope is exercised; otherwise only `own`. */
  isScoped?: boolean;
  /** A list: the runner also checks that nothing outside the caller's view appears in it. */
  isList?: boolean;
  request: (env: MatrixEnv) => Promise<MatrixRequest> | MatrixRequest;
  expected: (role: Role, scope: Scope) => number;
};

export const ALL: readonly Role[] = [...VENDOR_ROLES, ...PARTNER_ROLES];
export const isPartner = (role: Role) => (PARTNER_ROLES as readonly string[]).includes(role);

/** Forbidden unless the role is listed. */
export const only =
  (roles: readonly Role[], then: (role: Role, scope: Scope) => number) => (role: Role, scope: Scope) =>
    roles.includes(role) ? then(role, scope) : 403;

/**
 * The visibility rule of partner-owned data: a partner sees only its own; the EMEA regional
 * manager sees partners in EMEA only; nobody sees another workspace.
 */
export const visible =
  (success: number, hidden = 404) =>
  (role: Role, scope: Scope) => {
    if (scope === 'own') return success;
    if (scope === 'other_workspace') return hidden;
    return isPartner(role) || role === 'regional_manager' ? hidden : success;
  };

export const always = (status: number) => () => status;

/** A role that fits the place's organisation kind and that every inviter of it may hand out. */
export const juniorRole = (place: Place): Role => (place.kind === 'vendor' ? 'sales_rep' : 'partner_sales');
let sequence = 0;
export const nextSequence = () => sequence++;
export const freshEmail = () => `matrix.${Date.now().toString(36)}.${sequence++}@example.test`;

export const USER_MANAGERS: Role[] = ['owner', 'admin', 'partner_admin'];
export const INVITERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager', 'partner_admin'];
export const ORGANISATION_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager', 'regional_manager'];
export const KEY_MANAGERS: Role[] = ['owner', 'admin', 'partner_admin'];
export const WEBHOOK_MANAGERS: Role[] = ['owner', 'admin', 'partner_admin'];
export const AUDITORS: Role[] = ['owner', 'admin', 'analyst'];
export const WORKSPACE_MANAGERS: Role[] = ['owner', 'admin'];
export const TASK_ASSIGNERS: Role[] = [
  'owner',
  'admin',
  'channel_manager',
  'regional_manager',
  'partner_admin',
];
export const RULE_MANAGERS: Role[] = ['owner', 'admin'];
export const AGREEMENT_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager'];
export const TIER_MANAGERS: Role[] = ['owner', 'admin', 'channel_manager'];
