import { assertNever } from '../../../platform/errors.ts';
import { de } from './email-templates/de.ts';
import { en } from './email-templates/en.ts';
import { es } from './email-templates/es.ts';
import { fr } from './email-templates/fr.ts';
import { ja } from './email-templates/ja.ts';
import { DEFAULT_PRIMARY_COLOR, layoutHtml, layoutText } from './email-templates/layout.ts';
import {
  EMAIL_LOCALES,
  type EmailBranding,
  type EmailCatalogue,
  type EmailLocale,
  type EmailTemplateName,
  type EmailTemplateVars,
} from './email-templates/types.ts';

export { DEFAULT_PRIMARY_COLOR, escapeHtml } from './email-templates/layout.ts';
export {
  EMAIL_LOCALES,
  type EmailBranding,
  type EmailLocale,
  type EmailTemplateName,
  type EmailTemplateVars,
} from './email-templates/types.ts';

const catalogues: Record<EmailLocale, EmailCatalogue> = { en, de, fr, es, ja };

export const DEFAULT_EMAIL_BRANDING: EmailBranding = {
  productName: 'Trellis',
  primaryColor: DEFAULT_PRIMARY_COLOR,
};

/** One member per template, so `template` narrows `vars` for callers that switch or store both. */
export type RenderEmailInput = {
  [T in EmailTemplateName]: {
    template: T;
    /** BCP 47 tag as stored on the user ("de", "de-AT", "ja_JP"); unknown or missing means English. */
    locale?: string | null;
    branding: EmailBranding;
    vars: EmailTemplateVars[T];
  };
}[EmailTemplateName];

export type RenderedEmail = { subject: string; text: string; html: string };

export function resolveEmailLocale(locale: string | null | undefined): EmailLocale {
  const language = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return EMAIL_LOCALES.find((supported) => supported === language) ?? 'en';
}

export function renderEmail(input: RenderEmailInput): RenderedEmail {
  const locale = resolveEmailLocale(input.locale);
  const catalogue = catalogues[locale];
  const context = { productName: input.branding.productName };
  const parts = renderParts(catalogue, input, context);
  // A subject is a header: line breaks from a variable must not reach it.
  const subject = parts.subject.replace(/\s+/g, ' ').trim();
  const footer = catalogue.footer(input.branding.productName);
  const laidOut = {
    parts: { ...parts, subject },
    locale,
    branding: input.branding,
    footer,
    colon: catalogue.colon,
    fallbackLink: catalogue.fallbackLink,
  };
  return { subject, text: layoutText(laidOut), html: layoutHtml(laidOut) };
}

// TypeScript cannot correlate `input.template` with `input.vars` through an indexed call, so each
// template is named once here; the switch keeps adding a template a compile error until handled.
function renderParts(catalogue: EmailCatalogue, input: RenderEmailInput, context: { productName: string }) {
  switch (input.template) {
    case 'user.invited':
      return catalogue.templates['user.invited'](input.vars, context);
    case 'user.password_reset_requested':
      return catalogue.templates['user.password_reset_requested'](input.vars, context);
    case 'partner_application.received':
      return catalogue.templates['partner_application.received'](input.vars, context);
    case 'partner_application.rejected':
      return catalogue.templates['partner_application.rejected'](input.vars, context);
    case 'compliance.document':
      return catalogue.templates['compliance.document'](input.vars, context);
    case 'onboarding.welcome':
      return catalogue.templates['onboarding.welcome'](input.vars, context);
    case 'onboarding.milestone':
      return catalogue.templates['onboarding.milestone'](input.vars, context);
    case 'notification':
      return catalogue.templates.notification(input.vars, context);
    default:
      return assertNever(input);
  }
}
