import { and, eq } from 'drizzle-orm';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, withTransaction } from '../../platform/context.ts';
import { DomainError, type FieldProblem } from '../../platform/errors.ts';
import { organisations } from '../organisations/tables.ts';
import { undrawableCharacters } from './agreement-pdf.ts';
import { appliesTo } from './applicability.ts';
import { findTemplate, findVersion } from './find-agreement.ts';
import { presentVersion } from './schemas.ts';
import { agreementVersions } from './tables.ts';
import { publishedVersionIsFinal } from './update-agreement-version.ts';

/**
 * Freezes a draft as the version partners must accept, and asks every active partner it applies
 * to for acceptance (one `agreement.acceptance_requested` per partner, which notifies its admins).
 */
export async function publishAgreementVersion({ ctx, id, now }: { ctx: Ctx; id: string; now: Date }) {
  const actor = assertActorCan(ctx, 'agreements:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findVersion(tx, actor.workspaceId, id, { forUpdate: true });
    if (current.publishedAt) throw publishedVersionIsFinal(current.number);
    const template = await findTemplate(tx, actor.workspaceId, current.templateId);
    if (template.status === 'archived') {
      throw new DomainError(
        'conflict',
        'agreement_template_archived',
        'This agreement is archived; make it active again before publishing.',
      );
    }
    await assertPrintable(current);
    const [row] = await tx
      .update(agreementVersions)
      .set({ publishedAt: now, updatedAt: now })
      .where(and(eq(agreementVersions.workspaceId, actor.workspaceId), eq(agreementVersions.id, id)))
      .returning();
    const published = presentVersion(row!);
    await recordChange(tx, ctx, {
      action: 'agreement.version_published',
      entityType: 'agreement_version',
      entityId: id,
      organisationId: null,
      before: presentVersion(current),
      after: published,
    });
    const partners = await tx
      .select()
      .from(organisations)
      .where(
        and(
          eq(organisations.workspaceId, actor.workspaceId),
          eq(organisations.kind, 'partner'),
          eq(organisations.status, 'active'),
        ),
      );
    for (const partner of partners.filter((candidate) => appliesTo(template, candidate))) {
      await recordChange(tx, ctx, {
        action: 'agreement.acceptance_requested',
        entityType: 'agreement_version',
        entityId: id,
        organisationId: partner.id,
        after: { templateId: template.id, templateName: template.name, number: published.number },
      });
    }
    return published;
  });
}

/**
 * The acceptance PDF uses the standard PDF fonts, which draw Western European text only
 * (WinAnsi). Refusing here means accepting can never fail halfway for want of a glyph.
 */
async function assertPrintable(version: { title: string; body: string }): Promise<void> {
  const problems: FieldProblem[] = [];
  for (const field of ['title', 'body'] as const) {
    const characters = await undrawableCharacters(version[field]);
    if (characters.length > 0) {
      problems.push({
        field: `body.${field}`,
        message: `contains characters the acceptance PDF cannot print (${characters.slice(0, 10).join(' ')}); use Western European (WinAnsi) characters only`,
      });
    }
  }
  if (problems.length > 0) {
    throw new DomainError(
      'validation',
      'agreement_text_not_printable',
      'The acceptance PDF can only print Western European (WinAnsi) characters; change the draft before publishing.',
      problems,
    );
  }
}
