import { assertNever } from '../../platform/errors.ts';
import { addDays } from './compliance-dates.ts';

export type RequirementState = 'met' | 'expiring' | 'expired' | 'submitted' | 'rejected' | 'missing';

type Submission = {
  status: 'submitted' | 'approved' | 'rejected' | 'expired' | 'superseded';
  expiresOn: string | null;
};

/** A submission counts while it is approved and today is before its expiry day. */
export function isValidOn(document: Submission, today: string): boolean {
  return document.status === 'approved' && (document.expiresOn === null || today < document.expiresOn);
}

/**
 * Where a partner stands on one requirement, from its submissions newest first. A valid approved
 * one wins (a pending renewal does not undo it); otherwise the newest submission says what is wrong.
 */
export function requirementState(
  documents: readonly Submission[],
  { today, reminderDaysBeforeExpiry }: { today: string; reminderDaysBeforeExpiry: number },
): RequirementState {
  const approved = documents.find((document) => document.status === 'approved');
  if (approved && isValidOn(approved, today)) {
    const remindFrom = approved.expiresOn ? addDays(approved.expiresOn, -reminderDaysBeforeExpiry) : null;
    return remindFrom !== null && today >= remindFrom ? 'expiring' : 'met';
  }
  const latest = documents.find((document) => document.status !== 'superseded');
  if (!latest) return 'missing';
  switch (latest.status) {
    case 'submitted':
      return 'submitted';
    case 'rejected':
      return 'rejected';
    case 'approved':
    case 'expired':
      return 'expired';
    case 'superseded':
      return 'missing';
    default:
      return assertNever(latest.status);
  }
}

export function isStateMet(state: RequirementState): boolean {
  return state === 'met' || state === 'expiring';
}
