import { eq, getTableColumns } from 'drizzle-orm';
import type { z } from 'zod';
import { recordChange } from '../../platform/audit.ts';
import { assertActorCan, type Ctx, requireUser, withTransaction } from '../../platform/context.ts';
import type { Database, Transaction } from '../../platform/db/connection.ts';
import { oneOrNotFound } from '../../platform/db/one-or-not-found.ts';
import { notFound } from '../../platform/errors.ts';
import { assertVersion } from '../../platform/http/concurrency.ts';
import type { EmailBranding } from '../notifications/email/email-templates.ts';
import { parseLogo } from './branding-rules.ts';
import { presentWorkspace, type updateBrandingInput, type uploadLogoInput } from './schemas.ts';
import { workspaces } from './tables.ts';

/** Everything but the logo's bytes, which only the logo route reads. */
const { logo: _logo, ...withoutLogo } = getTableColumns(workspaces);

async function findWorkspace(tx: Transaction, workspaceId: string, { forUpdate = false } = {}) {
  const query = tx.select(withoutLogo).from(workspaces).where(eq(workspaces.id, workspaceId));
  return oneOrNotFound(query, 'workspace', { forUpdate });
}

/** The signed-in person's workspace: its name and branding (partners see their vendor's). */
export async function getWorkspace({ ctx }: { ctx: Ctx }) {
  const actor = requireUser(ctx);
  return withTransaction(ctx, async (tx) => presentWorkspace(await findWorkspace(tx, actor.workspaceId)));
}

type BrandingChange = Partial<
  Pick<typeof workspaces.$inferInsert, 'productName' | 'primaryColor' | 'logo' | 'logoContentType'>
>;

async function changeBranding(ctx: Ctx, change: BrandingChange, expectedVersion?: number) {
  const actor = assertActorCan(ctx, 'workspace:manage');
  return withTransaction(ctx, async (tx) => {
    const current = await findWorkspace(tx, actor.workspaceId, { forUpdate: true });
    assertVersion('workspace', current.version, expectedVersion);
    const [row] = await tx
      .update(workspaces)
      .set({ ...change, version: current.version + 1, updatedAt: new Date() })
      .where(eq(workspaces.id, actor.workspaceId))
      .returning();
    const before = presentWorkspace(current);
    const after = presentWorkspace(row!);
    await recordChange(tx, ctx, {
      action: 'workspace.branding_updated',
      entityType: 'workspace',
      entityId: actor.workspaceId,
      organisationId: null,
      before: before.branding,
      after: after.branding,
    });
    return after;
  });
}

export function updateBranding({
  ctx,
  input,
  expectedVersion,
}: {
  ctx: Ctx;
  input: z.infer<typeof updateBrandingInput>;
  expectedVersion: number | undefined;
}) {
  return changeBranding(ctx, input, expectedVersion);
}

export function uploadLogo({ ctx, input }: { ctx: Ctx; input: z.infer<typeof uploadLogoInput> }) {
  const { contentType, bytes } = parseLogo(input.image);
  return changeBranding(ctx, { logo: bytes, logoContentType: contentType });
}

export function removeLogo({ ctx }: { ctx: Ctx }) {
  return changeBranding(ctx, { logo: null, logoContentType: null });
}

/**
 * The logo for anyone who has its address: e-mail clients fetch it without signing in. Read as
 * the workspace's system actor, so row-level security still limits the read to that workspace.
 */
export async function readLogo({ db, workspaceId }: { db: Database; workspaceId: string }) {
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId, reason: 'serve workspace logo' } };
  const [row] = await withTransaction(ctx, (tx) =>
    tx
      .select({ logo: workspaces.logo, contentType: workspaces.logoContentType })
      .from(workspaces)
      .where(eq(workspaces.id, workspaceId)),
  );
  if (!row?.logo || !row.contentType) throw notFound('logo');
  return { bytes: row.logo, contentType: row.contentType };
}

const TRELLIS_BRANDING = { productName: 'Trellis', primaryColor: '#2563eb' };

/** The workspace's look in e-mails: its product name, colour and logo, else its name. */
export async function workspaceBranding(
  tx: Transaction,
  workspaceId: string,
  publicUrl: string,
): Promise<EmailBranding> {
  const [row] = await tx.select(withoutLogo).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (!row) return TRELLIS_BRANDING;
  const { branding } = presentWorkspace(row);
  return {
    productName: branding.productName ?? row.name,
    primaryColor: branding.primaryColor ?? TRELLIS_BRANDING.primaryColor,
    ...(branding.logoUrl ? { logoUrl: new URL(branding.logoUrl, publicUrl).toString() } : {}),
  };
}
