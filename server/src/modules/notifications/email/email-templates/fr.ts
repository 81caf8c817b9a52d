import { complianceDocumentEmail } from './compliance-document.ts';
import { hoursOrMinutes, paragraphsOf } from './duration.ts';
import type { EmailCatalogue, Role } from './types.ts';

const roleLabels: Record<Role, string> = {
  owner: 'propriétaire',
  admin: 'administrateur',
  channel_manager: 'responsable des ventes indirectes',
  regional_manager: 'responsable de région',
  finance: 'membre de l’équipe finance',
  marketing: 'membre de l’équipe marketing',
  sales_rep: 'commercial',
  analyst: 'analyste',
  partner_admin: 'administrateur partenaire',
  partner_sales: 'commercial partenaire',
  partner_marketing: 'membre de l’équipe marketing du partenaire',
  partner_finance: 'membre de l’équipe finance du partenaire',
};

// French elides "que" before a vowel: « en tant qu’analyste ».
const asRole = (label: string) =>
  /^[aeiouyéè]/i.test(label) ? `en tant qu’${label}` : `en tant que ${label}`;
// French counts 0 and 1 as singular.
const count = (n: number, [singular, pluralForm]: readonly [string, string]) =>
  `${n} ${n < 2 ? singular : pluralForm}`;
const units = { hour: ['heure', 'heures'], minute: ['minute', 'minutes'] } as const;

export const fr: EmailCatalogue = {
  colon: '\u00a0:',
  fallbackLink: 'Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:',
  footer: (productName) => `Ce message vous a été envoyé par ${productName}.`,
  templates: {
    'user.invited': (vars, { productName }) => ({
      subject: `Invitation à rejoindre ${vars.organisationName} sur ${productName}`,
      greeting: vars.inviteeName ? `Bonjour ${vars.inviteeName},` : 'Bonjour,',
      paragraphs: [
        `Vous avez reçu une invitation à rejoindre ${vars.organisationName} sur ${productName} ${asRole(roleLabels[vars.role])}.`,
      ],
      action: { label: 'Accepter l’invitation', url: vars.acceptUrl },
      notes: [
        `Cette invitation est valable ${count(vars.expiresInDays, ['jour', 'jours'])}.`,
        'Si vous n’attendiez pas cette invitation, vous pouvez ignorer cet e-mail.',
      ],
    }),
    'user.password_reset_requested': (vars, { productName }) => {
      const lifetime = vars.expiresInMinutes ? hoursOrMinutes(vars.expiresInMinutes) : null;
      return {
        subject: `Réinitialisez votre mot de passe ${productName}`,
        greeting: `Bonjour ${vars.userName},`,
        paragraphs: [
          `Quelqu’un a demandé la réinitialisation du mot de passe de votre compte ${productName}. Si c’est bien vous, choisissez un nouveau mot de passe à l’aide du lien ci-dessous.`,
        ],
        action: { label: 'Choisir un nouveau mot de passe', url: vars.resetUrl },
        notes: [
          ...(lifetime ? [`Ce lien est valable ${count(lifetime.count, units[lifetime.unit])}.`] : []),
          'Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail\u00a0: votre mot de passe reste inchangé.',
        ],
      };
    },
    'partner_application.received': (vars, { productName }) => ({
      subject: `Nous avons bien reçu la candidature de ${vars.companyName} au programme partenaires ${productName}`,
      greeting: `Bonjour ${vars.applicantName},`,
      paragraphs: [
        `Merci d’avoir présenté la candidature de ${vars.companyName} pour devenir partenaire ${productName}. Notre équipe channel examine chaque candidature et vous répondra par e-mail.`,
      ],
      action: null,
      notes: ['Si vous n’avez pas envoyé cette candidature, vous pouvez ignorer cet e-mail.'],
    }),
    'partner_application.rejected': (vars, { productName }) => ({
      subject: `Votre candidature au programme partenaires ${productName}`,
      greeting: `Bonjour ${vars.applicantName},`,
      paragraphs: [
        `Merci de l’intérêt que vous portez au programme partenaires ${productName}. Après examen de la candidature de ${vars.companyName}, nous ne sommes pas en mesure de l’accepter pour le moment.`,
        ...paragraphsOf(vars.message),
      ],
      action: null,
      notes: [],
    }),
    'compliance.document': complianceDocumentEmail.fr,
    'onboarding.welcome': (vars, { productName }) => ({
      subject: `Bienvenue dans le programme partenaires ${productName}, ${vars.organisationName}`,
      greeting: 'Bonjour,',
      paragraphs: [
        `Bienvenue ! ${vars.organisationName} a commencé le parcours d’intégration « ${vars.journeyName} ».`,
        `Votre liste compte ${vars.totalSteps} étape${vars.totalSteps === 1 ? '' : 's'}, chacune avec une échéance. La plupart se cochent d’elles-mêmes au fil de vos actions.`,
      ],
      action: { label: 'Ouvrir votre liste', url: vars.checklistUrl },
      notes: [],
    }),
    'onboarding.milestone': (vars) => ({
      subject: `Jour ${vars.day} de l’intégration : ${vars.completedSteps} étape${vars.completedSteps > 1 ? 's' : ''} sur ${vars.totalSteps} terminée${vars.completedSteps > 1 ? 's' : ''}`,
      greeting: 'Bonjour,',
      paragraphs: [
        `${vars.organisationName} a commencé « ${vars.journeyName} » il y a ${vars.day} jours et a terminé ${vars.completedSteps} étape${vars.completedSteps > 1 ? 's' : ''} sur ${vars.totalSteps}.`,
        'La liste indique ce qui reste à faire et ce qui est en retard.',
      ],
      action: { label: 'Ouvrir la liste', url: vars.checklistUrl },
      notes: [],
    }),
    notification: (vars, { productName }) => ({
      subject: vars.title,
      greeting: null,
      paragraphs: paragraphsOf(vars.body),
      action: vars.actionUrl
        ? { label: vars.actionLabel || `Ouvrir dans ${productName}`, url: vars.actionUrl }
        : null,
      notes: [],
    }),
  },
};
