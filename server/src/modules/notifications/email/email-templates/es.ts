import { complianceDocumentEmail } from './compliance-document.ts';
import { hoursOrMinutes, paragraphsOf } from './duration.ts';
import type { EmailCatalogue, Role } from './types.ts';

// Informal "tú", as most Spanish-language software addresses its users.
const roleLabels: Record<Role, string> = {
  owner: 'propietario',
  admin: 'administrador',
  channel_manager: 'responsable de canal',
  regional_manager: 'responsable regional',
  finance: 'miembro del equipo de finanzas',
  marketing: 'miembro del equipo de marketing',
  sales_rep: 'representante de ventas',
  analyst: 'analista',
  partner_admin: 'administrador del socio',
  partner_sales: 'representante de ventas del socio',
  partner_marketing: 'responsable de marketing del socio',
  partner_finance: 'responsable de finanzas del socio',
};

const count = (n: number, [singular, pluralForm]: readonly [string, string]) =>
  `${n} ${n === 1 ? singular : pluralForm}`;
const units = { hour: ['hora', 'horas'], minute: ['minuto', 'minutos'] } as const;

export const es: EmailCatalogue = {
  colon: ':',
  fallbackLink: 'Si el botón no funciona, copia este enlace en tu navegador:',
  footer: (productName) => `Este mensaje te lo ha enviado ${productName}.`,
  templates: {
    'user.invited': (vars, { productName }) => ({
      subject: `Invitación para unirte a ${vars.organisationName} en ${productName}`,
      greeting: vars.inviteeName ? `Hola, ${vars.inviteeName}:` : 'Hola:',
      paragraphs: [
        `Te han invitado a unirte a ${vars.organisationName} en ${productName} como ${roleLabels[vars.role]}.`,
      ],
      action: { label: 'Aceptar la invitación', url: vars.acceptUrl },
      notes: [
        `La invitación es válida durante ${count(vars.expiresInDays, ['día', 'días'])}.`,
        'Si no esperabas esta invitación, puedes ignorar este correo.',
      ],
    }),
    'user.password_reset_requested': (vars, { productName }) => {
      const lifetime = vars.expiresInMinutes ? hoursOrMinutes(vars.expiresInMinutes) : null;
      return {
        subject: `Restablece tu contraseña de ${productName}`,
        greeting: `Hola, ${vars.userName}:`,
        paragraphs: [
          `Alguien ha solicitado restablecer la contraseña de tu cuenta de ${productName}. Si has sido tú, elige una contraseña nueva con el siguiente enlace.`,
        ],
        action: { label: 'Elegir una contraseña nueva', url: vars.resetUrl },
        notes: [
          ...(lifetime
            ? [`El enlace es válido durante ${count(lifetime.count, units[lifetime.unit])}.`]
            : []),
          'Si no has sido tú, ignora este correo; tu contraseña no cambiará.',
        ],
      };
    },
    'partner_application.received': (vars, { productName }) => ({
      subject: `Hemos recibido la solicitud de ${vars.companyName} al programa de partners de ${productName}`,
      greeting: `Hola, ${vars.applicantName}:`,
      paragraphs: [
        `Gracias por solicitar que ${vars.companyName} se convierta en partner de ${productName}. Nuestro equipo de canal revisa cada solicitud y le responderá por correo electrónico.`,
      ],
      action: null,
      notes: ['Si no envió esta solicitud, puede ignorar este correo.'],
    }),
    'partner_application.rejected': (vars, { productName }) => ({
      subject: `Su solicitud al programa de partners de ${productName}`,
      greeting: `Hola, ${vars.applicantName}:`,
      paragraphs: [
        `Gracias por su interés en el programa de partners de ${productName}. Tras revisar la solicitud de ${vars.companyName}, no podemos aceptarla por el momento.`,
        ...paragraphsOf(vars.message),
      ],
      action: null,
      notes: [],
    }),
    'compliance.document': complianceDocumentEmail.es,
    'onboarding.welcome': (vars, { productName }) => ({
      subject: `Bienvenido al programa de partners de ${productName}, ${vars.organisationName}`,
      greeting: 'Hola:',
      paragraphs: [
        `¡Bienvenido! ${vars.organisationName} ha comenzado el proceso de incorporación «${vars.journeyName}».`,
        `Su lista tiene ${vars.totalSteps} paso${vars.totalSteps === 1 ? '' : 's'}, cada uno con su fecha límite. La mayoría se marcan solos a medida que avanza.`,
      ],
      action: { label: 'Abrir su lista', url: vars.checklistUrl },
      notes: [],
    }),
    'onboarding.milestone': (vars) => ({
      subject: `Día ${vars.day} de la incorporación: ${vars.completedSteps} de ${vars.totalSteps} pasos completados`,
      greeting: 'Hola:',
      paragraphs: [
        `${vars.organisationName} comenzó «${vars.journeyName}» hace ${vars.day} días y ha completado ${vars.completedSteps} de ${vars.totalSteps} pasos.`,
        'La lista muestra lo que falta y lo que está atrasado.',
      ],
      action: { label: 'Abrir la lista', url: vars.checklistUrl },
      notes: [],
    }),
    notification: (vars, { productName }) => ({
      subject: vars.title,
      greeting: null,
      paragraphs: paragraphsOf(vars.body),
      action: vars.actionUrl
        ? { label: vars.actionLabel || `Abrir en ${productName}`, url: vars.actionUrl }
        : null,
      notes: [],
    }),
  },
};
