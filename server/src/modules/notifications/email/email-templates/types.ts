import type { Role } from '../../../../platform/permissions.ts';

export const EMAIL_LOCALES = ['en', 'de', 'fr', 'es', 'ja'] as const;
export type EmailLocale = (typeof EMAIL_LOCALES)[number];

export type EmailBranding = {
  productName: string;
  /** `#rgb` or `#rrggbb`; anything else falls back to the default colour. */
  primaryColor: string;
  logoUrl?: string | null;
};

/** What each template needs; the template name binds its vars at every call site. */
export type EmailTemplateVars = {
  'user.invited': {
    inviteeName?: string | null;
    organisationName: string;
    role: Role;
    acceptUrl: string;
    expiresInDays: number;
  };
  'user.password_reset_requested': {
    userName: string;
    resetUrl: string;
    /** Optional so callers can leave the lifetime out; 60 reads as "1 hour". */
    expiresInMinutes?: number | null;
  };
  'partner_application.received': { applicantName: string; companyName: string };
  'partner_application.rejected': {
    applicantName: string;
    companyName: string;
    /** The reviewer's own words, plain text. */
    message: string;
  };
  /** A partner's compliance submission was reviewed, is about to expire, or expired (or, for reviewers, arrived). */
  'compliance.document': {
    event: 'submitted' | 'approved' | 'rejected' | 'expiring' | 'expired';
    organisationName: string;
    requirementName: string;
    reason?: string | null;
    /** `YYYY-MM-DD`: the first day the document is no longer valid. */
    expiresOn?: string | null;
    actionUrl: string;
  };
  'onboarding.welcome': {
    organisationName: string;
    journeyName: string;
    totalSteps: number;
    checklistUrl: string;
  };
  'onboarding.milestone': {
    organisationName: string;
    journeyName: string;
    /** 30, 60 or 90 days after the journey started. */
    day: number;
    completedSteps: number;
    totalSteps: number;
    checklistUrl: string;
  };
  notification: {
    title: string;
    /** Plain text; blank lines separate paragraphs. */
    body: string;
    actionUrl?: string | null;
    actionLabel?: string | null;
  };
};

export type EmailTemplateName = keyof EmailTemplateVars;

/**
 * The words of one e-mail before layout. Every string is plain text: the layout escapes all of
 * it for HTML, so no translation may carry markup and no variable can smuggle any in.
 */
export type EmailParts = {
  subject: string;
  greeting: string | null;
  paragraphs: string[];
  action: { label: string; url: string } | null;
  /** Shown after the button: expiry, "ignore this if…". */
  notes: string[];
};

export type TemplateContext = { productName: string };

export type EmailCatalogue = {
  /** Introduces the bare link in the plain-text part: French spaces it, Japanese uses a full-width one. */
  colon: string;
  /** Shown under the button with the raw link, for clients that mangle buttons. */
  fallbackLink: string;
  footer: (productName: string) => string;
  templates: {
    [T in EmailTemplateName]: (vars: EmailTemplateVars[T], context: TemplateContext) => EmailParts;
  };
};

export type { Role };
