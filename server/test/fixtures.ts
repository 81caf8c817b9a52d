import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  agreementAcceptances,
  agreementTemplates,
  agreementVersions,
} from '../src/modules/agreements/tables.ts';
import { apiKeys } from '../src/modules/api-keys/tables.ts';
import { createSession } from '../src/modules/auth/sessions.ts';
import { automationRules } from '../src/modules/automation/tables.ts';
import { chatIntegrations } from '../src/modules/chat/tables.ts';
import {
  complianceDocuments,
  complianceRequirements,
  sanctionsHits,
} from '../src/modules/compliance/tables.ts';
import { dealRegistrations } from '../src/modules/deals/tables.ts';
import { notifications } from '../src/modules/notifications/tables.ts';
import {
  onboardingEnrolmentSteps,
  onboardingEnrolments,
  onboardingJourneys,
} from '../src/modules/onboarding/tables.ts';
import { organisations } from '../src/modules/organisations/tables.ts';
import { partnerImportRows, partnerImports } from '../src/modules/partner-imports/tables.ts';
import { partnerContacts, savedViews } from '../src/modules/partners/tables.ts';
import { partnerApplications } from '../src/modules/recruitment/tables.ts';
import { tasks } from '../src/modules/tasks/tables.ts';
import type { TierRule } from '../src/modules/tiers/partner-metrics.ts';
import { partnerTiers } from '../src/modules/tiers/tables.ts';
import { invitations, users } from '../src/modules/users/tables.ts';
import { webhookDeliveries, webhookEndpoints } from '../src/modules/webhooks/tables.ts';
import { workspaces } from '../src/modules/workspaces/tables.ts';
import { type Ctx, withTransaction } from '../src/platform/context.ts';
import type { Database } from '../src/platform/db/connection.ts';
import { newId } from '../src/platform/ids.ts';
import type { Role } from '../src/platform/permissions.ts';
import { encryptSecret, randomToken, sha256Hex } from '../src/platform/secrets.ts';
import { TEST_SECRET } from './harness.ts';

/**
 * Bare rows for tests that need many throw-away targets (a user to rename, an invitation to
 * revoke). They go in as the workspace's system actor, so row-level security still applies.
 */
const systemCtx = (db: Database, workspaceId: string): Ctx => ({
  db,
  actor: { type: 'system', workspaceId, reason: 'test fixture' },
});

type Place = { workspaceId: string; organisationId: string };

export async function insertUser(
  db: Database,
  place: Place,
  role: Role,
  { passwordHash = null, regions = null }: { passwordHash?: string | null; regions?: string[] | null } = {},
): Promise<{ id: string; email: string }> {
  const id = newId('user');
  const email = `${id}@fixture.test`;
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(users).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      email,
      name: `Fixture ${role}`,
      role,
      regions,
      passwordHash,
    }),
  );
  return { id, email };
}

export async function insertInvitation(db: Database, place: Place, role: Role): Promise<string> {
  const id = newId('invitation');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(invitations).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      email: `${id}@fixture.test`,
      role,
      tokenHash: sha256Hex(randomToken()),
      expiresAt: new Date(Date.now() + 86_400_000),
    }),
  );
  return id;
}

export async function insertApiKey(db: Database, place: Place, createdBy: string): Promise<string> {
  const id = newId('apiKey');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(apiKeys).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      createdBy,
      name: 'Fixture key',
      prefix: 'trl_fixtur',
      keyHash: sha256Hex(randomToken()),
      scopes: ['users:read'],
    }),
  );
  return id;
}

export async function insertSession(db: Database, place: Place & { userId: string }): Promise<string> {
  return withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    createSession(tx, {
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      userId: place.userId,
      isMfaPending: false,
      ip: null,
      userAgent: 'fixture',
      now: new Date(),
    }),
  );
}

/** A webhook endpoint with a sealed throw-away secret; nothing is ever sent to its URL. */
export async function insertWebhookEndpoint(db: Database, place: Place): Promise<string> {
  const id = newId('webhookEndpoint');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(webhookEndpoints).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      url: 'https://receiver.example.test/hooks',
      eventTypes: [],
      secret: encryptSecret(TEST_SECRET, `whsec_${Buffer.alloc(32, 1).toString('base64')}`),
    }),
  );
  return id;
}

/** A delivery that already failed, on an endpoint of its own, so replaying it is allowed. */
export async function insertWebhookDelivery(db: Database, place: Place): Promise<string> {
  const endpointId = await insertWebhookEndpoint(db, place);
  const id = newId('webhookDelivery');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(webhookDeliveries).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      endpointId,
      eventId: newId('event'),
      eventType: 'organisation.updated',
      payload: { type: 'organisation.updated' },
      status: 'failed',
      attempts: 1,
      lastStatusCode: 500,
    }),
  );
  return id;
}

export async function insertNotification(db: Database, place: Place, userId: string): Promise<string> {
  const id = newId('notification');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(notifications).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      userId,
      type: 'organisation.created',
      title: 'Fixture notice',
      body: 'Fixture body',
    }),
  );
  return id;
}

/**
 * A Slack integration whose URL points at the discard port on this machine: a test send fails at
 * once (connection refused) instead of reaching anything real.
 */
export async function insertChatIntegration(db: Database, place: Place): Promise<string> {
  const id = newId('chatIntegration');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(chatIntegrations).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      kind: 'slack',
      name: 'Fixture channel',
      webhookUrlEncrypted: encryptSecret(TEST_SECRET, 'http://127.0.0.1:9/services/fixture'),
      eventTypes: [],
    }),
  );
  return id;
}

/** A task for `assigneeId` (a user of the place's organisation). */
export async function insertTask(db: Database, place: Place, assigneeId: string): Promise<string> {
  const id = newId('task');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(tasks).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      assigneeId,
      title: 'Fixture task',
      createdByType: 'system',
    }),
  );
  return id;
}

/** A rule of the place's organisation that never matches, so it stays inert during the matrix. */
export async function insertAutomationRule(db: Database, place: Place): Promise<string> {
  const id = newId('automationRule');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(automationRules).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      name: 'Fixture rule',
      eventType: 'organisation.updated',
      condition: false,
      actions: [
        {
          type: 'notify',
          delaySeconds: 0,
          recheckCondition: false,
          vendorRoles: ['admin'],
          title: 'T',
          body: 'B',
        },
      ],
    }),
  );
  return id;
}

/**
 * A partner agreement with one version (a draft unless `isPublished`); `regions` empty means it
 * applies to every partner of the workspace.
 */
export async function insertAgreement(
  db: Database,
  workspaceId: string,
  { isPublished = false, regions = [] as string[] } = {},
): Promise<{ templateId: string; versionId: string }> {
  const templateId = newId('agreementTemplate');
  const versionId = newId('agreementVersion');
  await withTransaction(systemCtx(db, workspaceId), async (tx) => {
    await tx
      .insert(agreementTemplates)
      .values({ id: templateId, workspaceId, name: 'Fixture agreement', regions });
    await tx.insert(agreementVersions).values({
      id: versionId,
      workspaceId,
      templateId,
      number: 1,
      title: 'Fixture terms',
      body: 'Fixture body',
      publishedAt: isPublished ? new Date() : null,
    });
  });
  return { templateId, versionId };
}

/** A published agreement only the place's partner is asked to accept (its region alone). */
export async function insertAgreementFor(db: Database, place: Place): Promise<string> {
  const [organisation] = await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx
      .select({ region: organisations.region })
      .from(organisations)
      .where(eq(organisations.id, place.organisationId)),
  );
  const regions = organisation?.region ? [organisation.region] : [];
  return (await insertAgreement(db, place.workspaceId, { isPublished: true, regions })).versionId;
}

/** An acceptance by the place's organisation, with stand-in PDF bytes. */
export async function insertAgreementAcceptance(db: Database, place: Place, userId: string): Promise<string> {
  const { templateId, versionId } = await insertAgreement(db, place.workspaceId, { isPublished: true });
  const id = newId('agreementAcceptance');
  const pdf = Buffer.from('%PDF-1.7 fixture');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(agreementAcceptances).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      templateId,
      versionId,
      userId,
      signerName: 'Fixture Signer',
      signerEmail: 'signer@fixture.test',
      textSha256: sha256Hex('Fixture terms\n\nFixture body'),
      pdf,
      pdfSha256: createHash('sha256').update(pdf).digest('hex'),
    }),
  );
  return id;
}

export async function insertPartnerContact(db: Database, place: Place): Promise<string> {
  const id = newId('partnerContact');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(partnerContacts).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      name: 'Fixture contact',
    }),
  );
  return id;
}

export async function insertSavedView(db: Database, place: Place, userId: string): Promise<string> {
  const id = newId('savedView');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(savedViews).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      userId,
      list: 'partners',
      name: 'Fixture view',
      filters: { tier: 'gold' },
    }),
  );
  return id;
}

export async function workspaceSlugOf(db: Database, workspaceId: string): Promise<string> {
  const [row] = await withTransaction(systemCtx(db, workspaceId), (tx) =>
    tx.select({ slug: workspaces.slug }).from(workspaces).where(eq(workspaces.id, workspaceId)),
  );
  return row!.slug;
}

/** A new partner application (scored 0 against no profile) to approve, reject or read. */
export async function insertPartnerApplication(db: Database, workspaceId: string): Promise<string> {
  const id = newId('partnerApplication');
  const now = new Date();
  await withTransaction(systemCtx(db, workspaceId), (tx) =>
    tx.insert(partnerApplications).values({
      id,
      workspaceId,
      companyName: `Applicant ${id.slice(-6)}`,
      websiteDomain: `${id.slice(-10)}.example.test`,
      country: 'DE',
      region: 'emea',
      partnerTypes: ['reseller'],
      industries: ['Retail'],
      companySize: '11-50',
      certifications: [],
      applicantName: 'Fixture Applicant',
      applicantEmail: `${id}@applicant.test`,
      applicantJobTitle: 'CEO',
      locale: 'en',
      consentedAt: now,
      fitScore: 0,
      scoreReasons: [],
      scoredAt: now,
    }),
  );
  return id;
}

/** An active onboarding journey for every partner, with one custom step. */
export async function insertOnboardingJourney(db: Database, workspaceId: string): Promise<string> {
  const id = newId('onboardingJourney');
  await withTransaction(systemCtx(db, workspaceId), (tx) =>
    tx.insert(onboardingJourneys).values({
      id,
      workspaceId,
      name: 'Fixture journey',
      steps: [
        {
          title: 'Fixture step',
          kind: 'custom',
          description: null,
          dueAfterDays: 7,
          agreementTemplateId: null,
        },
      ],
    }),
  );
  return id;
}

/** A compliance requirement; `regions` empty means it applies to every partner of the workspace. */
export async function insertComplianceRequirement(
  db: Database,
  workspaceId: string,
  { regions = [] as string[] } = {},
): Promise<string> {
  const id = newId('complianceRequirement');
  await withTransaction(systemCtx(db, workspaceId), (tx) =>
    tx.insert(complianceRequirements).values({ id, workspaceId, name: 'Fixture insurance', regions }),
  );
  return id;
}

/** A submission by the place's organisation waiting for review, with stand-in PDF bytes. */
export async function insertComplianceDocument(db: Database, place: Place, userId: string): Promise<string> {
  const requirementId = await insertComplianceRequirement(db, place.workspaceId);
  const id = newId('complianceDocument');
  const content = Buffer.from('%PDF-1.7 fixture');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(complianceDocuments).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      requirementId,
      status: 'submitted',
      fileName: 'fixture.pdf',
      contentType: 'application/pdf',
      sizeBytes: content.length,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      submittedById: userId,
      submittedAt: new Date(),
    }),
  );
  return id;
}

/** A tier of the workspace's partner programme; rank defaults to a fresh one. */
export async function insertPartnerTier(
  db: Database,
  workspaceId: string,
  { key, rank, rules = [] }: { key: string; rank?: number; rules?: TierRule[] },
): Promise<string> {
  const id = newId('partnerTier');
  await withTransaction(systemCtx(db, workspaceId), (tx) =>
    tx.insert(partnerTiers).values({
      id,
      workspaceId,
      key,
      name: key.charAt(0).toUpperCase() + key.slice(1),
      rank: rank ?? tierRanks++,
      rules,
    }),
  );
  return id;
}

/** An open sanctions match on the place's organisation. */
export async function insertSanctionsHit(db: Database, place: Place): Promise<string> {
  const id = newId('sanctionsHit');
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(sanctionsHits).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      uploadId: newId('sanctionsListUpload'),
      entryKey: `fixture|${id}`,
      screenedName: 'Fixture Partner',
      matchedName: 'fixture partner',
      score: 0.9,
      entryName: 'FIXTURE PARTNER LLC',
      createdAt: new Date(),
    }),
  );
  return id;
}

/** A requirement only the place's partner meets (its region alone). */
export async function insertComplianceRequirementFor(db: Database, place: Place): Promise<string> {
  const [organisation] = await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx
      .select({ region: organisations.region })
      .from(organisations)
      .where(eq(organisations.id, place.organisationId)),
  );
  const regions = organisation?.region ? [organisation.region] : [];
  return insertComplianceRequirement(db, place.workspaceId, { regions });
}

let tierRanks = 1;

/** A throw-away partner beside `place`'s organisation (same workspace and region), e.g. to offboard. */
export async function insertPartnerBeside(
  db: Database,
  place: Place,
  { status = 'active' }: { status?: 'active' | 'inactive' } = {},
): Promise<string> {
  const id = newId('organisation');
  await withTransaction(systemCtx(db, place.workspaceId), async (tx) => {
    const [neighbour] = await tx
      .select({ region: organisations.region })
      .from(organisations)
      .where(eq(organisations.id, place.organisationId));
    await tx.insert(organisations).values({
      id,
      workspaceId: place.workspaceId,
      kind: 'partner',
      name: `Fixture partner ${id.slice(-6)}`,
      region: neighbour?.region ?? null,
      status,
    });
  });
  return id;
}

/**
 * A finished enrolment of the place's organisation whose custom step is still open (so many can
 * exist side by side, past the one-running-journey index); returns the enrolment and step ids.
 */
export async function insertOnboardingEnrolment(
  db: Database,
  place: Place,
): Promise<{ enrolmentId: string; stepId: string }> {
  const journeyId = await insertOnboardingJourney(db, place.workspaceId);
  const enrolmentId = newId('onboardingEnrolment');
  const stepId = newId('onboardingStep');
  await withTransaction(systemCtx(db, place.workspaceId), async (tx) => {
    await tx.insert(onboardingEnrolments).values({
      id: enrolmentId,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      journeyId,
      journeyName: 'Fixture journey',
      journeyVersion: 1,
      startedAt: new Date(),
      completedAt: new Date(),
    });
    await tx.insert(onboardingEnrolmentSteps).values({
      id: stepId,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      enrolmentId,
      position: 0,
      kind: 'custom',
      title: 'Fixture step',
      dueAt: new Date(),
    });
  });
  return { enrolmentId, stepId };
}

/** A partner of its own in the place's workspace and region, for actions allowed once per partner. */
export async function insertPartnerLike(db: Database, place: Place): Promise<string> {
  const ctx = systemCtx(db, place.workspaceId);
  return withTransaction(ctx, async (tx) => {
    const [model] = await tx
      .select({ region: organisations.region })
      .from(organisations)
      .where(eq(organisations.id, place.organisationId));
    const [row] = await tx
      .insert(organisations)
      .values({
        id: newId('organisation'),
        workspaceId: place.workspaceId,
        kind: 'partner',
        name: 'Fixture partner',
        region: model?.region ?? null,
      })
      .returning({ id: organisations.id });
    return row!.id;
  });
}

/**
 * A partner import of the place's workspace with one column ("Company"): just uploaded, or
 * checked (one clean row) and waiting for review.
 */
export async function insertPartnerImport(
  db: Database,
  workspaceId: string,
  status: 'uploaded' | 'ready_for_review' = 'uploaded',
): Promise<string> {
  const id = newId('partnerImport');
  await withTransaction(systemCtx(db, workspaceId), async (tx) => {
    const [vendor] = await tx
      .select({ id: organisations.id })
      .from(organisations)
      .where(eq(organisations.kind, 'vendor'));
    await tx.insert(partnerImports).values({
      id,
      workspaceId,
      organisationId: vendor!.id,
      fileName: 'fixture.csv',
      format: 'csv',
      fileSize: 20,
      status,
      columns: ['Company'],
      mapping: { Company: 'name' },
      rowCount: 1,
    });
    if (status === 'ready_for_review') {
      await tx.insert(partnerImportRows).values({
        importId: id,
        rowNumber: 2,
        workspaceId,
        organisationId: vendor!.id,
        status: 'valid',
        values: { name: 'Fixture import partner' },
        decision: 'create',
      });
    }
  });
  return id;
}

/** A pending registration of the place's partner, inserted as it would be after a clear check. */
export async function insertDealRegistration(db: Database, place: Place): Promise<string> {
  const id = newId('dealRegistration');
  const now = new Date();
  await withTransaction(systemCtx(db, place.workspaceId), (tx) =>
    tx.insert(dealRegistrations).values({
      id,
      workspaceId: place.workspaceId,
      organisationId: place.organisationId,
      region: null,
      customerName: `Fixture customer ${id.slice(-6)}`,
      normalisedCustomerName: `fixture customer ${id.slice(-6)}`,
      country: 'DE',
      amount: 1000,
      currency: 'EUR',
      expectedCloseDate: '2027-01-31',
      status: 'pending_approval',
      conflictOutcome: 'clear',
      isFirstIn: true,
      registeredAt: now,
      approvalLevel: 1,
      approvalDueAt: new Date(now.getTime() + 24 * 60 * 60 * 1000),
      lastActivityAt: now,
    }),
  );
  return id;
}
