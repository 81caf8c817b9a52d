import type { EmailLocale, EmailParts, EmailTemplateVars, TemplateContext } from './types.ts';

type Vars = EmailTemplateVars['compliance.document'];
type Render = (vars: Vars, context: TemplateContext) => EmailParts;

/** A calendar day in the reader's conventions; the day is UTC, as the API stores it. */
const dayIn = (locale: EmailLocale, day: string | null | undefined) =>
  day
    ? new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
        new Date(`${day}T00:00:00Z`),
      )
    : '';

const parts = (subject: string, paragraphs: (string | false)[], label: string, url: string): EmailParts => ({
  subject,
  greeting: null,
  paragraphs: paragraphs.filter((paragraph): paragraph is string => Boolean(paragraph)),
  action: { label, url },
  notes: [],
});

/** The compliance e-mails, one renderer per language; the catalogues pick theirs. */
export const complianceDocumentEmail: Record<EmailLocale, Render> = {
  en: (vars) => {
    const until = dayIn('en', vars.expiresOn);
    switch (vars.event) {
      case 'submitted':
        return parts(
          `${vars.organisationName} submitted ${vars.requirementName}`,
          [
            `${vars.organisationName} submitted “${vars.requirementName}” for review. Approve it or reject it with a reason.`,
          ],
          'Review the document',
          vars.actionUrl,
        );
      case 'approved':
        return parts(
          `Approved: ${vars.requirementName}`,
          [`Your “${vars.requirementName}” was approved.`, Boolean(until) && `It is valid until ${until}.`],
          'View your compliance',
          vars.actionUrl,
        );
      case 'rejected':
        return parts(
          `Rejected: ${vars.requirementName}`,
          [
            `Your “${vars.requirementName}” was rejected.`,
            Boolean(vars.reason) && `Reason: ${vars.reason}`,
            'Please upload a corrected document.',
          ],
          'Upload a new document',
          vars.actionUrl,
        );
      case 'expiring':
        return parts(
          `${vars.requirementName} expires on ${until}`,
          [
            `Your “${vars.requirementName}” expires on ${until}.`,
            'Upload a renewed document before then, so your organisation stays compliant.',
          ],
          'Upload a renewal',
          vars.actionUrl,
        );
      case 'expired':
        return parts(
          `Expired: ${vars.requirementName}`,
          [
            `“${vars.requirementName}” of ${vars.organisationName} has expired. Until a renewed document is approved, the requirement is not met.`,
          ],
          'Upload a renewal',
          vars.actionUrl,
        );
    }
  },
  de: (vars) => {
    const until = dayIn('de', vars.expiresOn);
    switch (vars.event) {
      case 'submitted':
        return parts(
          `${vars.organisationName} hat ${vars.requirementName} eingereicht`,
          [
            `${vars.organisationName} hat „${vars.requirementName}“ zur Prüfung eingereicht. Genehmigen Sie es oder lehnen Sie es mit Begründung ab.`,
          ],
          'Dokument prüfen',
          vars.actionUrl,
        );
      case 'approved':
        return parts(
          `Genehmigt: ${vars.requirementName}`,
          [
            `Ihr Nachweis „${vars.requirementName}“ wurde genehmigt.`,
            Boolean(until) && `Er ist gültig bis ${until}.`,
          ],
          'Compliance ansehen',
          vars.actionUrl,
        );
      case 'rejected':
        return parts(
          `Abgelehnt: ${vars.requirementName}`,
          [
            `Ihr Nachweis „${vars.requirementName}“ wurde abgelehnt.`,
            Boolean(vars.reason) && `Begründung: ${vars.reason}`,
            'Bitte laden Sie ein korrigiertes Dokument hoch.',
          ],
          'Neues Dokument hochladen',
          vars.actionUrl,
        );
      case 'expiring':
        return parts(
          `${vars.requirementName} läuft am ${until} ab`,
          [
            `Ihr Nachweis „${vars.requirementName}“ läuft am ${until} ab.`,
            'Laden Sie vorher ein erneuertes Dokument hoch, damit Ihre Organisation konform bleibt.',
          ],
          'Erneuerung hochladen',
          vars.actionUrl,
        );
      case 'expired':
        return parts(
          `Abgelaufen: ${vars.requirementName}`,
          [
            `„${vars.requirementName}“ von ${vars.organisationName} ist abgelaufen. Bis ein erneuertes Dokument genehmigt ist, gilt die Anforderung als nicht erfüllt.`,
          ],
          'Erneuerung hochladen',
          vars.actionUrl,
        );
    }
  },
  fr: (vars) => {
    const until = dayIn('fr', vars.expiresOn);
    switch (vars.event) {
      case 'submitted':
        return parts(
          `${vars.organisationName} a soumis ${vars.requirementName}`,
          [
            `${vars.organisationName} a soumis « ${vars.requirementName} » pour revue. Approuvez-le ou refusez-le en indiquant un motif.`,
          ],
          'Examiner le document',
          vars.actionUrl,
        );
      case 'approved':
        return parts(
          `Approuvé : ${vars.requirementName}`,
          [
            `Votre document « ${vars.requirementName} » a été approuvé.`,
            Boolean(until) && `Il est valable jusqu’au ${until}.`,
          ],
          'Voir votre conformité',
          vars.actionUrl,
        );
      case 'rejected':
        return parts(
          `Refusé : ${vars.requirementName}`,
          [
            `Votre document « ${vars.requirementName} » a été refusé.`,
            Boolean(vars.reason) && `Motif : ${vars.reason}`,
            'Veuillez déposer un document corrigé.',
          ],
          'Déposer un nouveau document',
          vars.actionUrl,
        );
      case 'expiring':
        return parts(
          `${vars.requirementName} expire le ${until}`,
          [
            `Votre document « ${vars.requirementName} » expire le ${until}.`,
            'Déposez un document renouvelé avant cette date pour que votre organisation reste conforme.',
          ],
          'Déposer un renouvellement',
          vars.actionUrl,
        );
      case 'expired':
        return parts(
          `Expiré : ${vars.requirementName}`,
          [
            `« ${vars.requirementName} » de ${vars.organisationName} a expiré. Tant qu’un document renouvelé n’est pas approuvé, l’exigence n’est pas remplie.`,
          ],
          'Déposer un renouvellement',
          vars.actionUrl,
        );
    }
  },
  es: (vars) => {
    const until = dayIn('es', vars.expiresOn);
    switch (vars.event) {
      case 'submitted':
        return parts(
          `${vars.organisationName} ha enviado ${vars.requirementName}`,
          [
            `${vars.organisationName} ha enviado «${vars.requirementName}» para su revisión. Apruébelo o recházelo indicando el motivo.`,
          ],
          'Revisar el documento',
          vars.actionUrl,
        );
      case 'approved':
        return parts(
          `Aprobado: ${vars.requirementName}`,
          [
            `Su documento «${vars.requirementName}» ha sido aprobado.`,
            Boolean(until) && `Es válido hasta el ${until}.`,
          ],
          'Ver su cumplimiento',
          vars.actionUrl,
        );
      case 'rejected':
        return parts(
          `Rechazado: ${vars.requirementName}`,
          [
            `Su documento «${vars.requirementName}» ha sido rechazado.`,
            Boolean(vars.reason) && `Motivo: ${vars.reason}`,
            'Suba un documento corregido.',
          ],
          'Subir un nuevo documento',
          vars.actionUrl,
        );
      case 'expiring':
        return parts(
          `${vars.requirementName} caduca el ${until}`,
          [
            `Su documento «${vars.requirementName}» caduca el ${until}.`,
            'Suba un documento renovado antes de esa fecha para que su organización siga cumpliendo.',
          ],
          'Subir una renovación',
          vars.actionUrl,
        );
      case 'expired':
        return parts(
          `Caducado: ${vars.requirementName}`,
          [
            `«${vars.requirementName}» de ${vars.organisationName} ha caducado. Hasta que se apruebe un documento renovado, el requisito no se cumple.`,
          ],
          'Subir una renovación',
          vars.actionUrl,
        );
    }
  },
  ja: (vars) => {
    const until = dayIn('ja', vars.expiresOn);
    switch (vars.event) {
      case 'submitted':
        return parts(
          `${vars.organisationName} が ${vars.requirementName} を提出しました`,
          [
            `${vars.organisationName} が「${vars.requirementName}」を審査に提出しました。承認するか、理由を添えて却下してください。`,
          ],
          '書類を審査する',
          vars.actionUrl,
        );
      case 'approved':
        return parts(
          `承認されました：${vars.requirementName}`,
          [`「${vars.requirementName}」が承認されました。`, Boolean(until) && `有効期限は ${until} です。`],
          'コンプライアンスを確認する',
          vars.actionUrl,
        );
      case 'rejected':
        return parts(
          `却下されました：${vars.requirementName}`,
          [
            `「${vars.requirementName}」が却下されました。`,
            Boolean(vars.reason) && `理由：${vars.reason}`,
            '修正した書類をアップロードしてください。',
          ],
          '新しい書類をアップロード',
          vars.actionUrl,
        );
      case 'expiring':
        return parts(
          `${vars.requirementName} の期限は ${until} です`,
          [
            `「${vars.requirementName}」の有効期限は ${until} です。`,
            '準拠状態を保つため、期限前に更新した書類をアップロードしてください。',
          ],
          '更新書類をアップロード',
          vars.actionUrl,
        );
      case 'expired':
        return parts(
          `期限切れ：${vars.requirementName}`,
          [
            `${vars.organisationName} の「${vars.requirementName}」の期限が切れました。更新した書類が承認されるまで、要件は満たされません。`,
          ],
          '更新書類をアップロード',
          vars.actionUrl,
        );
    }
  },
};
