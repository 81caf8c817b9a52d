import { and, eq } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { type Ctx, requireUser, type UserActor, withTransaction } from '../../platform/context.ts';
import { DomainError, forbidden, invalid, notFound } from '../../platform/errors.ts';
import { newId } from '../../platform/ids.ts';
import { organisations } from '../organisations/tables.ts';
import { users } from '../users/tables.ts';
import { renderAcceptancePdf, undrawableCharacters } from './agreement-pdf.ts';
import { agreementText, sha256Hex } from './agreement-text.ts';
import { applicableAgreements } from './applicable-agreements.ts';
import { type acceptVersionInput, presentAcceptance } from './schemas.ts';
import { agreementAcceptances } from './tables.ts';

/**
 * Click-wrap: a partner admin, signed in as a person, accepts the latest published version of an
 * agreement that applies to their organisation. The exact text, who, when and from where go
 * into a PDF stored with its hash; the row can never be changed or removed afterwards.
 */
export async function acceptAgreementVersion({
  ctx,
  id,
  input,
  userAgent,
  now,
}: {
  ctx: Ctx;
  id: string;
  input: z.infer<typeof acceptVersionInput>;
  userAgent: string | null;
  now: Date;
}) {
  const actor = requireUser(ctx);
  assertMaySign(actor);
  const unprintable = await undrawableCharacters(input.signerName);
  if (unprintable.length > 0) {
    throw invalid(
      'body.signerName',
      `contains characters the PDF cannot print (${unprintable.join(' ')}); type your name in Latin letters`,
    );
  }
  return withTransaction(ctx, async (tx) => {
    const scope = { workspaceId: actor.workspaceId, organisationId: actor.organisationId };
    const agreement = (await applicableAgreements(tx, scope)).find(
      (candidate) => candidate.version.id === id,
    );
    // Drafts, superseded versions and agreements for other partners all look absent.
    if (!agreement) throw notFound('agreement_version');
    if (agreement.isAccepted) {
      throw new DomainError(
        'conflict',
        'agreement_already_accepted',
        'Your organisation has already accepted this version.',
      );
    }
    const [organisation] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, actor.organisationId));
    const [signer] = await tx
      .select({ email: users.email })
      .from(users)
      .where(and(eq(users.workspaceId, actor.workspaceId), eq(users.id, actor.userId)));
    const { template, version } = agreement;
    const textSha256 = sha256Hex(agreementText(version));
    const ip = ctx.ip ?? null;
    const pdf = await renderAcceptancePdf({
      title: version.title,
      body: version.body,
      templateName: template.name,
      versionNumber: version.number,
      signerName: input.signerName,
      signerEmail: signer!.email,
      organisationName: organisation!.name,
      acceptedAt: now,
      ip,
      textSha256,
    });
    const [row] = await tx
      .insert(agreementAcceptances)
      .values({
        id: newId('agreementAcceptance'),
        workspaceId: actor.workspaceId,
        organisationId: actor.organisationId,
        templateId: template.id,
        versionId: version.id,
        userId: actor.userId,
        signerName: input.signerName,
        signerEmail: signer!.email,
        ip,
        userAgent: userAgent?.slice(0, 500) ?? null,
        textSha256,
        pdf: Buffer.from(pdf),
        pdfSha256: sha256Hex(pdf),
        acceptedAt: now,
      })
      .onConflictDoNothing()
      .returning();
    // A simultaneous acceptance by another admin of the same organisation won the unique index.
    if (!row) {
      throw new DomainError(
        'conflict',
        'agreement_already_accepted',
        'Your organisation has already accepted this version.',
      );
    }
    const { pdf: _pdf, ...stored } = row;
    const accepted = presentAcceptance(stored, {
      organisationName: organisation!.name,
      templateName: template.name,
      versionNumber: version.number,
      versionTitle: version.title,
    });
    await recordChange(tx, ctx, {
      action: 'agreement.accepted',
      entityType: 'agreement_acceptance',
      entityId: accepted.id,
      organisationId: actor.organisationId,
      after: accepted,
    });
    return accepted;
  });
}

/** Accepting binds the organisation: its admin does it, in person (not through an API key). */
function assertMaySign(actor: UserActor): void {
  if (actor.organisationKind !== 'partner' || actor.role !== 'partner_admin' || actor.apiKeyId) {
    throw forbidden("Only a partner's admin, signed in in person, may accept agreements for it.");
  }
}
