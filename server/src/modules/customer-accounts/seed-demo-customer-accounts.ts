import type { Ctx } from '../../platform/context.ts';
import type { Transaction } from '../../platform/db/connection.ts';
import { newId } from '../../platform/ids.ts';
import { DEFAULT_DEAL_SETTINGS } from '../deals/deal-settings.ts';
import { normaliseCompanyName, registrableDomainOf } from '../deals/index.ts';
import { dealRegistrationSettings } from '../deals/tables.ts';
import { customerAccounts, customerOpportunities } from './tables.ts';

type DemoAccount = {
  name: string;
  website: string;
  country: string;
  isDirectOnly?: boolean;
  directOnlyReason?: string;
  opportunity?: { name: string; stage: string; amount: number; currency: string };
};

/** The vendor's CRM as the demo knows it: what a partner's registration can collide with. */
const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    name: 'Globex Corporation',
    website: 'globex.com',
    country: 'US',
    isDirectOnly: true,
    directOnlyReason: 'Global strategic account, sold by the enterprise team',
  },
  {
    name: 'Initech GmbH',
    website: 'initech.de',
    country: 'DE',
    isDirectOnly: true,
    directOnlyReason: 'Named account of the DACH direct team',
  },
  {
    name: 'Wayne Enterprises',
    website: 'wayne-enterprises.com',
    country: 'US',
    isDirectOnly: true,
    directOnlyReason: 'Existing enterprise agreement',
  },
  {
    name: 'Umbrella Corporation',
    website: 'umbrella-corp.co.uk',
    country: 'GB',
    opportunity: {
      name: 'Umbrella – platform renewal',
      stage: 'Negotiation',
      amount: 180_000,
      currency: 'GBP',
    },
  },
  {
    name: 'Stark Industries',
    website: 'starkindustries.com',
    country: 'US',
    opportunity: { name: 'Stark – analytics add-on', stage: 'Proposal', amount: 95_000, currency: 'USD' },
  },
  {
    name: 'Soylent Foods SA',
    website: 'soylent-foods.fr',
    country: 'FR',
    opportunity: { name: 'Soylent – first project', stage: 'Qualification', amount: 40_000, currency: 'EUR' },
  },
  {
    name: 'Hooli Europe BV',
    website: 'hooli.nl',
    country: 'NL',
    opportunity: { name: 'Hooli – EU expansion', stage: 'Discovery', amount: 62_500, currency: 'EUR' },
  },
  { name: 'Cyberdyne Systems', website: 'cyberdyne.com', country: 'US' },
  { name: 'Tyrell Corporation', website: 'tyrell.com', country: 'US' },
  { name: 'Oscorp Ltd', website: 'oscorp.co.uk', country: 'GB' },
  { name: 'Massive Dynamic', website: 'massivedynamic.com', country: 'US' },
  { name: 'Vandelay Industries', website: 'vandelay.com', country: 'US' },
  { name: 'Bluth Company', website: 'bluth.com', country: 'US' },
  { name: 'Dunder Mifflin', website: 'dundermifflin.com', country: 'US' },
  { name: 'Nakatomi Trading', website: 'nakatomi.co.jp', country: 'JP' },
  { name: 'Gringotts Bank AG', website: 'gringotts.ch', country: 'CH' },
  { name: 'Duff Brauerei GmbH', website: 'duff.de', country: 'DE' },
  { name: 'Krusty Restaurants SL', website: 'krusty.es', country: 'ES' },
  { name: 'Monarch Solutions Srl', website: 'monarch-solutions.it', country: 'IT' },
  { name: 'Aperture Science', website: 'aperturescience.com', country: 'US' },
  { name: 'Black Mesa Research', website: 'blackmesa.org', country: 'US' },
  { name: 'Wonka Industries', website: 'wonka.co.uk', country: 'GB' },
  { name: 'Acme Widgets Oy', website: 'acmewidgets.fi', country: 'FI' },
  { name: 'Prestige Worldwide AB', website: 'prestige-worldwide.se', country: 'SE' },
  { name: 'Pied Piper Inc.', website: 'piedpiper.com', country: 'US' },
  { name: 'Virtucon SA', website: 'virtucon.be', country: 'BE' },
  { name: 'Los Pollos Hermanos', website: 'lospolloshermanos.mx', country: 'MX' },
  { name: 'Sirius Cybernetics', website: 'siriuscybernetics.ie', country: 'IE' },
  { name: 'Ollivanders Ltd', website: 'ollivanders.co.uk', country: 'GB' },
  { name: 'Wernham Hogg plc', website: 'wernham-hogg.co.uk', country: 'GB' },
];

export const DEMO_RULES_OF_ENGAGEMENT = `# Rules of engagement

These rules decide who works which customer, so partners and our own sales team never compete
for the same deal.

## Registering a deal
- Register every opportunity **before** you start selling; the first complete registration wins.
- A registration is protected for **90 days** once approved, and can be extended twice by 30 days
  while the deal is moving.
- Registrations for a customer we already sell to directly are checked with the account owner.

## Direct-only accounts
The accounts listed below are reserved for our direct sales team. Registrations for them are
declined automatically. Talk to your partner manager if a customer there asks for you.

## Disputes
If two registrations collide, the channel team decides within five working days.
`;

/**
 * The demo's customer accounts (three direct-only, four with open opportunities) and its rules of
 * engagement, written as scenery: no audit rows, nobody notified.
 */
export async function seedDemoCustomerAccounts(
  tx: Transaction,
  ctx: Ctx,
  { ownerUserId, now }: { ownerUserId: string | null; now: Date },
) {
  const workspaceId = ctx.actor.workspaceId;
  for (const account of DEMO_ACCOUNTS) {
    const id = newId('customerAccount');
    const domain = registrableDomainOf(account.website);
    await tx.insert(customerAccounts).values({
      id,
      workspaceId,
      name: account.name,
      normalisedName: normaliseCompanyName(account.name),
      domains: domain ? [domain] : [],
      country: account.country,
      ownerUserId: account.isDirectOnly ? ownerUserId : null,
      isDirectOnly: account.isDirectOnly ?? false,
      directOnlyReason: account.directOnlyReason ?? null,
      source: 'crm',
    });
    if (account.opportunity) {
      await tx.insert(customerOpportunities).values({
        id: newId('customerOpportunity'),
        workspaceId,
        accountId: id,
        ...account.opportunity,
        isOpen: true,
      });
    }
  }
  await tx
    .insert(dealRegistrationSettings)
    .values({
      workspaceId,
      currency: 'EUR',
      exchangeRates: DEMO_EXCHANGE_RATES,
      approvalLevels: DEFAULT_DEAL_SETTINGS.approvalLevels,
      rulesOfEngagement: DEMO_RULES_OF_ENGAGEMENT,
      rulesPublishedAt: now,
    })
    .onConflictDoUpdate({
      target: dealRegistrationSettings.workspaceId,
      set: { rulesOfEngagement: DEMO_RULES_OF_ENGAGEMENT, rulesPublishedAt: now },
    });
}

/**
 * Rough rates for the demo programme's thresholds (units per euro, late 2026); a real programme
 * keeps its own under deal settings.
 */
const DEMO_EXCHANGE_RATES: Record<string, number> = {
  USD: 1.08,
  GBP: 0.85,
  CHF: 0.95,
  JPY: 165,
  CAD: 1.5,
  AUD: 1.65,
  SEK: 11.3,
  NOK: 11.7,
  DKK: 7.46,
  PLN: 4.3,
  INR: 92,
  BRL: 6.1,
  SGD: 1.45,
};
