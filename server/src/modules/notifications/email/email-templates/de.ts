import { complianceDocumentEmail } from './compliance-document.ts';
import { hoursOrMinutes, paragraphsOf } from './duration.ts';
import type { EmailCatalogue, Role } from './types.ts';

// Areas of work rather than person nouns keep most roles gender-neutral ("in der Rolle „Vertrieb“").
const roleLabels: Record<Role, string> = {
  owner: 'Inhaber',
  admin: 'Administration',
  channel_manager: 'Channel-Management',
  regional_manager: 'Regionalleitung',
  finance: 'Finanzen',
  marketing: 'Marketing',
  sales_rep: 'Vertrieb',
  analyst: 'Analyse',
  partner_admin: 'Partner-Administration',
  partner_sales: 'Partner-Vertrieb',
  partner_marketing: 'Partner-Marketing',
  partner_finance: 'Partner-Finanzen',
};

const count = (n: number, [singular, pluralForm]: readonly [string, string]) =>
  `${n} ${n === 1 ? singular : pluralForm}`;
const units = { hour: ['Stunde', 'Stunden'], minute: ['Minute', 'Minuten'] } as const;

export const de: EmailCatalogue = {
  colon: ':',
  fallbackLink: 'Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:',
  footer: (productName) => `Diese Nachricht wurde von ${productName} versendet.`,
  templates: {
    'user.invited': (vars, { productName }) => ({
      subject: `Einladung zu ${vars.organisationName} auf ${productName}`,
      greeting: vars.inviteeName ? `Hallo ${vars.inviteeName},` : 'Hallo,',
      paragraphs: [
        `Sie wurden eingeladen, ${vars.organisationName} auf ${productName} in der Rolle „${roleLabels[vars.role]}“ beizutreten.`,
      ],
      action: { label: 'Einladung annehmen', url: vars.acceptUrl },
      notes: [
        `Die Einladung ist ${count(vars.expiresInDays, ['Tag', 'Tage'])} gültig.`,
        'Wenn Sie diese Einladung nicht erwartet haben, können Sie diese E-Mail ignorieren.',
      ],
    }),
    'user.password_reset_requested': (vars, { productName }) => {
      const lifetime = vars.expiresInMinutes ? hoursOrMinutes(vars.expiresInMinutes) : null;
      return {
        subject: `Passwort für ${productName} zurücksetzen`,
        greeting: `Hallo ${vars.userName},`,
        paragraphs: [
          `Jemand hat angefordert, das Passwort Ihres ${productName}-Kontos zurückzusetzen. Wenn Sie das waren, wählen Sie über den folgenden Link ein neues Passwort.`,
        ],
        action: { label: 'Neues Passwort festlegen', url: vars.resetUrl },
        notes: [
          ...(lifetime ? [`Der Link ist ${count(lifetime.count, units[lifetime.unit])} gültig.`] : []),
          'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt unverändert.',
        ],
      };
    },
    'partner_application.received': (vars, { productName }) => ({
      subject: `Bewerbung von ${vars.companyName} für das ${productName}-Partnerprogramm erhalten`,
      greeting: `Hallo ${vars.applicantName},`,
      paragraphs: [
        `Vielen Dank, dass Sie sich für ${vars.companyName} als Partner von ${productName} beworben haben. Unser Channel-Team prüft jede Bewerbung und meldet sich per E-Mail bei Ihnen.`,
      ],
      action: null,
      notes: ['Wenn Sie diese Bewerbung nicht gesendet haben, können Sie diese E-Mail ignorieren.'],
    }),
    'partner_application.rejected': (vars, { productName }) => ({
      subject: `Ihre Bewerbung für das ${productName}-Partnerprogramm`,
      greeting: `Hallo ${vars.applicantName},`,
      paragraphs: [
        `Vielen Dank für Ihr Interesse am ${productName}-Partnerprogramm. Nach Prüfung der Bewerbung von ${vars.companyName} können wir sie derzeit leider nicht annehmen.`,
        ...paragraphsOf(vars.message),
      ],
      action: null,
      notes: [],
    }),
    'compliance.document': complianceDocumentEmail.de,
    'onboarding.welcome': (vars, { productName }) => ({
      subject: `Willkommen im Partnerprogramm von ${productName}, ${vars.organisationName}`,
      greeting: 'Hallo,',
      paragraphs: [
        `Willkommen an Bord! ${vars.organisationName} hat das Onboarding „${vars.journeyName}“ begonnen.`,
        `Ihre Checkliste hat ${count(vars.totalSteps, ['Schritt', 'Schritte'])}, jeweils mit Fälligkeitsdatum. Die meisten werden automatisch abgehakt, sobald Sie sie erledigen.`,
      ],
      action: { label: 'Checkliste öffnen', url: vars.checklistUrl },
      notes: [],
    }),
    'onboarding.milestone': (vars) => ({
      subject: `Tag ${vars.day} des Onboardings: ${vars.completedSteps} von ${vars.totalSteps} Schritten erledigt`,
      greeting: 'Hallo,',
      paragraphs: [
        `${vars.organisationName} hat „${vars.journeyName}“ vor ${vars.day} Tagen begonnen und ${vars.completedSteps} von ${count(vars.totalSteps, ['Schritt', 'Schritten'])} erledigt.`,
        'Die Checkliste zeigt, was noch offen und was überfällig ist.',
      ],
      action: { label: 'Checkliste öffnen', url: vars.checklistUrl },
      notes: [],
    }),
    notification: (vars, { productName }) => ({
      subject: vars.title,
      greeting: null,
      paragraphs: paragraphsOf(vars.body),
      action: vars.actionUrl
        ? { label: vars.actionLabel || `In ${productName} öffnen`, url: vars.actionUrl }
        : null,
      notes: [],
    }),
  },
};
