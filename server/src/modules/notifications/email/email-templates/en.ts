import { complianceDocumentEmail } from './compliance-document.ts';
import { hoursOrMinutes, paragraphsOf } from './duration.ts';
import type { EmailCatalogue, Role } from './types.ts';

const roleLabels: Record<Role, string> = {
  owner: 'owner',
  admin: 'administrator',
  channel_manager: 'channel manager',
  regional_manager: 'regional manager',
  finance: 'finance team member',
  marketing: 'marketing team member',
  sales_rep: 'sales rep',
  analyst: 'analyst',
  partner_admin: 'partner administrator',
  partner_sales: 'partner sales rep',
  partner_marketing: 'partner marketing team member',
  partner_finance: 'partner finance team member',
};

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
const plural = (count: number, singular: string) => `${count} ${singular}${count === 1 ? '' : 's'}`;

export const en: EmailCatalogue = {
  colon: ':',
  fallbackLink: 'If the button does not work, copy this link into your browser:',
  footer: (productName) => `This message was sent by ${productName}.`,
  templates: {
    'user.invited': (vars, { productName }) => ({
      subject: `You are invited to join ${vars.organisationName} on ${productName}`,
      greeting: vars.inviteeName ? `Hello ${vars.inviteeName},` : 'Hello,',
      paragraphs: [
        `You have been invited to join ${vars.organisationName} on ${productName} as ${withArticle(roleLabels[vars.role])}.`,
      ],
      action: { label: 'Accept invitation', url: vars.acceptUrl },
      notes: [
        `This invitation is valid for ${plural(vars.expiresInDays, 'day')}.`,
        'If you were not expecting this invitation, you can ignore this e-mail.',
      ],
    }),
    'user.password_reset_requested': (vars, { productName }) => {
      const lifetime = vars.expiresInMinutes ? hoursOrMinutes(vars.expiresInMinutes) : null;
      return {
        subject: `Reset your ${productName} password`,
        greeting: `Hello ${vars.userName},`,
        paragraphs: [
          `Someone asked to reset the password of your ${productName} account. If it was you, choose a new password with the link below.`,
        ],
        action: { label: 'Choose a new password', url: vars.resetUrl },
        notes: [
          ...(lifetime ? [`The link is valid for ${plural(lifetime.count, lifetime.unit)}.`] : []),
          'If it was not you, ignore this e-mail; your password stays as it is.',
        ],
      };
    },
    'partner_application.received': (vars, { productName }) => ({
      subject: `We received ${vars.companyName}'s application to the ${productName} partner program`,
      greeting: `Hello ${vars.applicantName},`,
      paragraphs: [
        `Thank you for applying to become a ${productName} partner on behalf of ${vars.companyName}. Our channel team reviews every application and will get back to you by e-mail.`,
      ],
      action: null,
      notes: ['If you did not send this application, you can ignore this e-mail.'],
    }),
    'partner_application.rejected': (vars, { productName }) => ({
      subject: `Your application to the ${productName} partner program`,
      greeting: `Hello ${vars.applicantName},`,
      paragraphs: [
        `Thank you for your interest in the ${productName} partner program. After reviewing the application of ${vars.companyName}, we are not able to accept it at this time.`,
        ...paragraphsOf(vars.message),
      ],
      action: null,
      notes: [],
    }),
    'compliance.document': complianceDocumentEmail.en,
    'onboarding.welcome': (vars, { productName }) => ({
      subject: `Welcome to the ${productName} partner program, ${vars.organisationName}`,
      greeting: 'Hello,',
      paragraphs: [
        `Welcome aboard! ${vars.organisationName} has started the onboarding journey “${vars.journeyName}”.`,
        `Your checklist has ${plural(vars.totalSteps, 'step')}, each with a due date. Most of them tick themselves as you go.`,
      ],
      action: { label: 'Open your checklist', url: vars.checklistUrl },
      notes: [],
    }),
    'onboarding.milestone': (vars) => ({
      subject: `Day ${vars.day} of onboarding: ${vars.completedSteps} of ${vars.totalSteps} steps done`,
      greeting: 'Hello,',
      paragraphs: [
        `${vars.organisationName} started “${vars.journeyName}” ${vars.day} days ago and has completed ${vars.completedSteps} of ${plural(vars.totalSteps, 'step')}.`,
        'The checklist shows what is left and what is overdue.',
      ],
      action: { label: 'Open the checklist', url: vars.checklistUrl },
      notes: [],
    }),
    notification: (vars, { productName }) => ({
      subject: vars.title,
      greeting: null,
      paragraphs: paragraphsOf(vars.body),
      action: vars.actionUrl
        ? { label: vars.actionLabel || `Open in ${productName}`, url: vars.actionUrl }
        : null,
      notes: [],
    }),
  },
};
