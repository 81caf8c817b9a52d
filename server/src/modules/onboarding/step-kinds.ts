/**
 * What a partner has to do in an onboarding step, and what completes it:
 * - accept_agreement: the partner accepts the named agreement (or, with none named, every
 *   mandatory agreement that applies to it) — `agreement.accepted`;
 * - upload_compliance_documents: the vendor approves one of its compliance documents —
 *   `compliance_document.approved`;
 * - complete_profile: its company profile has every field in `REQUIRED_PROFILE_FIELDS` —
 *   checked at start and on `organisation.updated`;
 * - complete_course: a partner admin marks it done (until courses exist);
 * - register_first_deal: its first deal registration — `deal_registration.created` (deals do not
 *   exist yet, so until then this step stays open);
 * - custom: a checklist item a partner admin ticks.
 */
export const STEP_KINDS = [
  'accept_agreement',
  'upload_compliance_documents',
  'complete_profile',
  'complete_course',
  'register_first_deal',
  'custom',
] as const;

export type StepKind = (typeof STEP_KINDS)[number];

/** Steps people tick by hand; every other kind completes itself from what the partner does. */
export const MANUAL_STEP_KINDS: readonly StepKind[] = ['complete_course', 'custom'];

export function isManualStep(kind: StepKind): boolean {
  return MANUAL_STEP_KINDS.includes(kind);
}
