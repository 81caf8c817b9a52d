import type { UserActor } from '../../platform/context.ts';
import { DomainError, forbidden } from '../../platform/errors.ts';
import type { ApprovalLevelPolicy } from './tables.ts';

/** Roles that may decide any approval level, whatever its region. */
const PROGRAMME_DECIDERS = ['owner', 'admin', 'channel_manager'] as const;

/**
 * Whether this person may decide a level. A regional level belongs to the managers of the
 * registration's region, and channel managers above them may always step in; a channel manager
 * level is theirs alone.
 */
export function mayDecideLevel(
  actor: Pick<UserActor, 'role' | 'regions' | 'organisationKind'>,
  role: ApprovalLevelPolicy['role'],
  region: string | null,
): boolean {
  if (actor.organisationKind !== 'vendor') return false;
  if ((PROGRAMME_DECIDERS as readonly string[]).includes(actor.role)) return true;
  if (role !== 'regional_manager' || actor.role !== 'regional_manager') return false;
  return actor.regions === null || (region !== null && actor.regions.includes(region));
}

export function assertMayDecideLevel(
  actor: UserActor,
  role: ApprovalLevelPolicy['role'],
  region: string | null,
): void {
  if (actor.organisationKind !== 'vendor') {
    throw forbidden('Deal registrations are decided by the vendor’s approvers.');
  }
  if (!mayDecideLevel(actor, role, region)) {
    throw forbidden(
      role === 'channel_manager'
        ? 'This approval level is decided by a channel manager.'
        : 'This approval level is decided by a regional manager of the partner’s region or a channel manager.',
    );
  }
}

/** The registration moved on while the caller looked at it (another approver decided first). */
export const alreadyDecided = (what = 'This registration') =>
  new DomainError(
    'conflict',
    'already_decided',
    `${what} is no longer waiting for this decision: someone else decided it first. Reload to see where it stands.`,
  );

export const DAY_MS = 24 * 60 * 60 * 1000;
