import type { ProblemMessages } from '../../api/form-problems.ts';

/** Problem codes of people and invitations the reader gets in their own language. */
export const USER_MESSAGES: ProblemMessages = {
  role_not_assignable: 'users.errors.roleNotAssignable',
  role_does_not_fit_organisation: 'users.errors.roleDoesNotFit',
  regions_required: 'users.errors.regionsRequired',
  regions_only_for_regional_managers: 'users.errors.regionsOnlyForRegionalManagers',
  cannot_change_own_access: 'users.errors.cannotChangeOwnAccess',
  email_taken: 'invitations.errors.emailTaken',
  organisation_not_found: 'invitations.errors.organisationNotFound',
  invitation_not_pending: 'invitations.errors.notPending',
};
