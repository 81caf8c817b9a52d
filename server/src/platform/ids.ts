import { typeid } from 'typeid-js';

/**
 * Object ids carry a readable prefix (`user_…`, `org_…`) and a UUIDv7 suffix, so they sort by
 * creation time; cursor pagination relies on that ordering.
 */
export const ID_PREFIXES = {
  workspace: 'wksp',
  organisation: 'org',
  user: 'user',
  invitation: 'inv',
  session: 'sess',
  apiKey: 'key',
  auditEvent: 'aud',
  passwordReset: 'pwr',
  email: 'mail',
  event: 'evt',
  notification: 'ntf',
  webhookEndpoint: 'whep',
  webhookDelivery: 'whdl',
  webhookAttempt: 'what',
  task: 'task',
  automationRule: 'rule',
  automationRuleRun: 'rrun',
  chatIntegration: 'chat',
  partnerContact: 'pcon',
  savedView: 'view',
  agreementTemplate: 'agrt',
  agreementVersion: 'agrv',
  agreementAcceptance: 'agra',
  idealPartnerProfile: 'ipp',
  partnerApplication: 'papp',
  complianceRequirement: 'creq',
  complianceDocument: 'cdoc',
  sanctionsListUpload: 'sanl',
  sanctionsEntry: 'sane',
  sanctionsEntryName: 'sann',
  sanctionsHit: 'sanh',
  partnerTier: 'tier',
  partnerTierChange: 'tchg',
  onboardingJourney: 'onbj',
  onboardingEnrolment: 'onbe',
  onboardingStep: 'onbs',
  partnerImport: 'import',
  customerAccount: 'acct',
  customerOpportunity: 'opp',
  dealRegistration: 'deal',
  dealConflict: 'dcon',
  dealApproval: 'dapr',
  dealExtension: 'dext',
  dealDispute: 'disp',
  dealDisputeComment: 'dcmt',
  dealPartner: 'dptn',
  dealStageChange: 'dstg',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;

export function newId(kind: IdKind): string {
  return typeid(ID_PREFIXES[kind]).toString();
}
