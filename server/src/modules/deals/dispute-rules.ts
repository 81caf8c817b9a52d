import type { DealRegistrationRow } from './schemas.ts';

/**
 * What a disputer may contest now. A partner contests a rejection; vendor staff may also contest
 * an approval (a sales rep claiming the customer is theirs). Anyone with the right may contest
 * not being first-in, as long as the registration still stands.
 */
export function disputableSubjects(
  registration: Pick<DealRegistrationRow, 'status' | 'isFirstIn' | 'firstInRegistrationId'>,
  side: 'vendor' | 'partner',
) {
  const standing = registration.status !== 'withdrawn' && registration.status !== 'expired';
  return {
    decision: registration.status === 'rejected' || (side === 'vendor' && registration.status === 'approved'),
    conflict: standing && !registration.isFirstIn && registration.firstInRegistrationId !== null,
  };
}
