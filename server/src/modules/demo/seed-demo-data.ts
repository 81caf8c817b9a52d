import { and, eq } from 'drizzle-orm';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import type { Database } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import type { Role } from '../../platform/permissions.ts';
import { insertPublishedAgreement } from '../agreements/index.ts';
import { seedDemoCompliance } from '../compliance/index.ts';
import { seedDemoCustomerAccounts } from '../customer-accounts/index.ts';
import { seedDemoOnboarding } from '../onboarding/index.ts';
import { insertPartnerOrganisation } from '../organisations/create-partner-organisation.ts';
import type { PartnerType } from '../organisations/partner-types.ts';
import { organisations } from '../organisations/tables.ts';
import { partnerContacts } from '../partners/index.ts';
import { seedRecruitmentDemo } from '../recruitment/index.ts';
import { partnerTiers } from '../tiers/tables.ts';
import { createUser } from '../users/create-user.ts';
import { createWorkspace } from '../workspaces/create-workspace.ts';
import { seedDemoDeals } from './seed-demo-deals.ts';

export const DEMO_PASSWORD = 'trellis-demo';

type DemoUser = { email: string; name: string; role: Role; regions?: string[] };

const VENDOR_USERS: DemoUser[] = [
  { email: 'owner@acme.test', name: 'Olivia Owner', role: 'owner' },
  { email: 'admin@acme.test', name: 'Adam Admin', role: 'admin' },
  { email: 'channel@acme.test', name: 'Chloe Channel', role: 'channel_manager' },
  { email: 'emea@acme.test', name: 'Emil Regional', role: 'regional_manager', regions: ['emea'] },
  { email: 'finance@acme.test', name: 'Fatima Finance', role: 'finance' },
  { email: 'marketing@acme.test', name: 'Marco Marketing', role: 'marketing' },
  { email: 'sales@acme.test', name: 'Sam Sales', role: 'sales_rep' },
  { email: 'analyst@acme.test', name: 'Ana Analyst', role: 'analyst' },
];

/** Three tiers the demo partners fit (Northwind Gold, Contoso Silver), and one above to aim for. */
const TIERS = [
  {
    key: 'registered',
    name: 'Registered',
    rank: 10,
    description: 'Every partner starts here.',
    colour: '#5c677d',
    discountPercent: 5,
    commissionPercent: 5,
    isMdfEligible: false,
    rules: [],
  },
  {
    key: 'silver',
    name: 'Silver',
    rank: 20,
    description: 'Partners with a certified team.',
    colour: '#6b7280',
    discountPercent: 10,
    commissionPercent: 8,
    isMdfEligible: true,
    mdfCapAmount: 5000,
    mdfCapCurrency: 'USD',
    rules: [
      { metric: 'active_users', minimum: 2 },
      { metric: 'certifications', minimum: 1 },
    ],
  },
  {
    key: 'gold',
    name: 'Gold',
    rank: 30,
    description: 'Established partners with several certifications.',
    colour: '#8a6d0b',
    discountPercent: 20,
    commissionPercent: 12,
    isMdfEligible: true,
    mdfCapAmount: 25000,
    mdfCapCurrency: 'USD',
    rules: [
      { metric: 'active_users', minimum: 2 },
      { metric: 'certifications', minimum: 2 },
    ],
  },
  {
    key: 'platinum',
    name: 'Platinum',
    rank: 40,
    description: 'Strategic partners: a year in the programme, a large certified team, the agreement signed.',
    colour: '#3f4a8a',
    discountPercent: 30,
    commissionPercent: 15,
    isMdfEligible: true,
    mdfCapAmount: 100000,
    mdfCapCurrency: 'USD',
    rules: [
      { metric: 'active_users', minimum: 5 },
      { metric: 'certifications', minimum: 3 },
      { metric: 'accepted_agreements', minimum: 1 },
      { metric: 'months_as_partner', minimum: 12 },
    ],
  },
] satisfies Omit<typeof partnerTiers.$inferInsert, 'id' | 'workspaceId'>[];

const PARTNERS = [
  {
    name: 'Northwind Systems',
    websiteDomain: 'northwind.test',
    region: 'emea',
    country: 'DE',
    profile: {
      legalName: 'Northwind Systems GmbH',
      partnerTypes: ['reseller', 'msp'],
      tier: 'gold',
      industries: ['Manufacturing', 'Retail'],
      certifications: ['Acme Certified Architect', 'ISO 27001'],
      capacity: 14,
      street: 'Friedrichstraße 123',
      city: 'Berlin',
      postalCode: '10117',
      stateProvince: 'Berlin',
    },
    managerEmail: 'emea@acme.test',
    contacts: [
      {
        name: 'Nora Northwind',
        email: 'admin@northwind.test',
        jobTitle: 'Managing Director',
        isPrimary: true,
      },
      {
        name: 'Jonas Weber',
        email: 'jonas.weber@northwind.test',
        phone: '+49 30 1234567',
        jobTitle: 'Head of Sales',
      },
    ],
    users: [
      { email: 'admin@northwind.test', name: 'Nora Northwind', role: 'partner_admin' },
      { email: 'rep@northwind.test', name: 'Nils Rep', role: 'partner_sales' },
    ],
  },
  {
    name: 'Contoso Consulting',
    websiteDomain: 'contoso.test',
    region: 'north-america',
    country: 'US',
    profile: {
      legalName: 'Contoso Consulting LLC',
      partnerTypes: ['system_integrator', 'consultant'],
      tier: 'silver',
      industries: ['Financial services', 'Healthcare'],
      certifications: ['Acme Certified Consultant'],
      capacity: 40,
      street: '500 Market Street',
      city: 'San Francisco',
      postalCode: '94105',
      stateProvince: 'CA',
    },
    managerEmail: 'channel@acme.test',
    contacts: [
      {
        name: 'Carla Contoso',
        email: 'admin@contoso.test',
        phone: '+1 415 555 0100',
        jobTitle: 'Alliances Director',
        isPrimary: true,
      },
    ],
    users: [
      { email: 'admin@contoso.test', name: 'Carla Contoso', role: 'partner_admin' },
      { email: 'rep@contoso.test', name: 'Chris Rep', role: 'partner_sales' },
    ],
  },
] satisfies {
  name: string;
  websiteDomain: string;
  region: string;
  country: string;
  profile: { partnerTypes: PartnerType[] } & Record<string, unknown>;
  managerEmail: string;
  contacts: { name: string; email: string; phone?: string; jobTitle: string; isPrimary?: boolean }[];
  users: DemoUser[];
}[];

/** Published for every partner; nobody has accepted it yet, so partner admins are asked to. */
const PROGRAM_AGREEMENT = {
  name: 'Acme Partner Program Agreement',
  description: 'The terms every Acme Cloud partner accepts before working with the program.',
  title: 'Acme Partner Program Agreement',
  body: [
    '1. Scope. This agreement governs your participation in the Acme Cloud partner program.',
    '2. Conduct. You represent Acme Cloud products honestly and follow applicable laws, including anti-bribery and export rules.',
    '3. Confidentiality. Non-public information shared through the partner portal stays confidential for three years after you receive it.',
    '4. Trademarks. You may use Acme Cloud marks only as the brand guidelines in the portal allow.',
    '5. Term. This agreement runs until either party ends it with 30 days written notice.',
  ].join('\n\n'),
};

export type SeedOutcome = { seeded: true; workspaceId: string } | { seeded: false; reason: string };

/**
 * Seeds "Acme Cloud" with a user for every vendor role and two partners. Refuses when any
 * workspace exists, so it can never mix demo users into real data. `hasData` is asked of the
 * owner connection because the app role sees no workspace without an actor.
 */
export async function seedDemoData({
  db,
  hasData,
  isProduction,
}: {
  db: Database;
  hasData: () => Promise<boolean>;
  isProduction: boolean;
}): Promise<SeedOutcome> {
  if (isProduction) return { seeded: false, reason: 'demo data is never seeded in production mode' };
  if (await hasData()) return { seeded: false, reason: 'the database already has data' };

  const { workspace, vendor } = await createWorkspace({
    db,
    name: 'Acme Cloud',
    slug: 'acme',
    vendorName: 'Acme Cloud',
  });
  const ctx: Ctx = { db, actor: { type: 'system', workspaceId: workspace.id, reason: 'demo seed' } };
  const vendorUserIds = new Map<string, string>();
  for (const user of VENDOR_USERS) {
    const created = await createUser({
      ctx,
      input: { ...user, organisationId: vendor.id, password: DEMO_PASSWORD },
    });
    vendorUserIds.set(user.email, created.id);
  }
  const partnerIds = new Map<string, string>();
  const partnerUserIds = new Map<string, string>();
  await withTransaction(ctx, (tx) =>
    tx
      .insert(partnerTiers)
      .values(TIERS.map((tier) => ({ ...tier, id: newId('partnerTier'), workspaceId: workspace.id }))),
  );
  for (const partner of PARTNERS) {
    const { users: partnerUsers, profile, managerEmail, contacts, ...basics } = partner;
    const organisation = await withTransaction(ctx, async (tx) => {
      const created = await insertPartnerOrganisation(tx, ctx, basics);
      // Demo scenery, not a user's change: written directly, without audit rows.
      await tx
        .update(organisations)
        .set({ ...profile, partnerManagerId: vendorUserIds.get(managerEmail) ?? null })
        .where(and(eq(organisations.workspaceId, workspace.id), eq(organisations.id, created.id)));
      await tx.insert(partnerContacts).values(
        contacts.map((contact) => ({
          id: newId('partnerContact'),
          workspaceId: workspace.id,
          organisationId: created.id,
          ...contact,
        })),
      );
      return created;
    });
    partnerIds.set(organisation.name, organisation.id);
    for (const user of partnerUsers) {
      const created = await createUser({
        ctx,
        input: { ...user, organisationId: organisation.id, password: DEMO_PASSWORD },
      });
      partnerUserIds.set(user.email, created.id);
    }
  }
  await withTransaction(ctx, (tx) =>
    insertPublishedAgreement(tx, ctx, { ...PROGRAM_AGREEMENT, now: new Date() }),
  );
  await withTransaction(ctx, (tx) => seedRecruitmentDemo(tx, workspace.id, new Date()));
  // Before the compliance requirements: registering is refused to a non-compliant partner (Contoso).
  await seedDemoDeals(ctx, {
    northwind: {
      userId: partnerUserIds.get('rep@northwind.test')!,
      organisationId: partnerIds.get('Northwind Systems')!,
      role: 'partner_sales',
    },
    contoso: {
      userId: partnerUserIds.get('rep@contoso.test')!,
      organisationId: partnerIds.get('Contoso Consulting')!,
      role: 'partner_sales',
    },
    approverId: vendorUserIds.get('emea@acme.test')!,
    now: new Date(),
  });
  // Northwind has its DPA on file; Contoso does not yet, so the demo shows a flagged partner.
  await withTransaction(ctx, (tx) =>
    seedDemoCompliance(tx, ctx, {
      regions: [...new Set(PARTNERS.map((partner) => partner.region))],
      approvedFor: partnerIds.get('Northwind Systems')!,
      submittedById: partnerUserIds.get('admin@northwind.test')!,
      now: new Date(),
    }),
  );
  // Contoso is part-way through onboarding (its profile is complete); Northwind has not started.
  await withTransaction(ctx, (tx) =>
    seedDemoOnboarding(tx, ctx, {
      enrolledOrganisationId: partnerIds.get('Contoso Consulting')!,
      now: new Date(),
    }),
  );
  // The CRM accounts registrations are checked against, and the rules of engagement partners read.
  await withTransaction(ctx, (tx) =>
    seedDemoCustomerAccounts(tx, ctx, {
      ownerUserId: vendorUserIds.get('sales@acme.test') ?? null,
      now: new Date(),
    }),
  );
  return { seeded: true, workspaceId: workspace.id };
}
