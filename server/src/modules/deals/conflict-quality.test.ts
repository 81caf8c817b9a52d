import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorkspace, type TestWorkspace } from '../../../test/factories.ts';
import { createTestApp, type TestApp } from '../../../test/harness.ts';
import { type Ctx, withTransaction } from '../../platform/context.ts';
import { newId } from '../../platform/ids.ts';
import { customerAccounts } from '../customer-accounts/tables.ts';
import { normaliseCompanyName, registrableDomainOf } from './company-identity.ts';
import { claimOf, findDealConflicts } from './find-deal-conflicts.ts';

/**
 * How well the conflict check tells the same customer from a different one, on a labelled set of
 * company-name and domain variants written for this purpose (legal forms across countries,
 * accents, `&`, web addresses and e-mails, free mailboxes, typos, abbreviations, word order,
 * extra words, namesakes abroad, unrelated companies with similar names).
 *
 * A pair counts as predicted "same" when the check blocks the claim on that known customer
 * (a conflict), and as "flagged" when it shows it at all (conflict or possible conflict). Blocking
 * has to be precise: it holds a partner's claim back. Flagging has to catch nearly every real
 * duplicate: it is what puts a human in front of the pair.
 */
type LabelledPair = {
  claim: { customerName: string; customerWebsite?: string; contactEmail?: string; country: string };
  known: { name: string; websites: string[]; country: string };
  label: 'same' | 'different';
  note: string;
};

const PAIRS = JSON.parse(
  readFileSync(new URL('./conflict-quality-set.json', import.meta.url), 'utf8'),
) as LabelledPair[];

/** What the set achieves today, less a small margin: a change that makes matching worse fails. */
const FLOORS = {
  blockingPrecision: 0.97,
  blockingRecall: 0.82,
  flaggedPrecision: 0.8,
  flaggedRecall: 0.92,
};

type Counts = { tp: number; fp: number; fn: number; tn: number };
const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole);

let t: TestApp;
let world: TestWorkspace;
const accountIds: string[] = [];

beforeAll(async () => {
  t = await createTestApp();
  world = await createTestWorkspace(t.database.db, 'Quality');
  const system: Ctx = {
    db: t.database.db,
    actor: { type: 'system', workspaceId: world.workspaceId, reason: 'test' },
  };
  const rows = PAIRS.map((pair) => ({
    id: newId('customerAccount'),
    workspaceId: world.workspaceId,
    name: pair.known.name,
    // Written as the app writes accounts: the normalised name and the registrable domains.
    normalisedName: normaliseCompanyName(pair.known.name),
    domains: pair.known.websites.map((website) => {
      const domain = registrableDomainOf(website);
      if (!domain) throw new Error(`"${website}" in the quality set has no registrable domain`);
      return domain;
    }),
    country: pair.known.country,
  }));
  accountIds.push(...rows.map((row) => row.id));
  await withTransaction(system, (tx) => tx.insert(customerAccounts).values(rows));
}, 60_000);
afterAll(() => t.close());

describe('conflict detection quality on the labelled set', () => {
  it(`tells the same customer from a different one in ${PAIRS.length} labelled pairs`, async () => {
    const partner = world.partnerA.users.partner_sales;
    const ctx: Ctx = {
      db: t.database.db,
      actor: {
        type: 'user',
        workspaceId: partner.workspaceId,
        organisationId: partner.organisationId,
        organisationKind: 'partner',
        userId: partner.userId,
        role: partner.role,
        regions: null,
        sessionId: null,
        apiKeyId: null,
        scopes: null,
      },
    };
    const blocking: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const flagged: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
    const misses: string[] = [];
    const count = (counts: Counts, predicted: boolean, actual: boolean) => {
      if (predicted && actual) counts.tp += 1;
      else if (predicted) counts.fp += 1;
      else if (actual) counts.fn += 1;
      else counts.tn += 1;
    };
    for (const [index, pair] of PAIRS.entries()) {
      const claim = claimOf(pair.claim, partner.organisationId);
      const matches = await withTransaction(ctx, (tx) => findDealConflicts(tx, claim));
      const match = matches.find((candidate) => candidate.candidate.id === accountIds[index]);
      const isSame = pair.label === 'same';
      count(blocking, match?.isBlocking === true, isSame);
      count(flagged, match !== undefined, isSame);
      const verdict = match ? (match.isBlocking ? 'blocks' : 'flags') : 'misses';
      if (isSame !== (match?.isBlocking === true))
        misses.push(
          `${pair.label.padEnd(9)} ${verdict.padEnd(6)} ${pair.claim.customerName} ~ ${pair.known.name} (${pair.note})`,
        );
    }
    const report = (counts: Counts) => ({
      ...counts,
      precision: Number(ratio(counts.tp, counts.tp + counts.fp).toFixed(3)),
      recall: Number(ratio(counts.tp, counts.tp + counts.fn).toFixed(3)),
    });
    console.log(
      `Conflict detection on ${PAIRS.length} labelled pairs (blocking = conflict, flagged = any match)`,
    );
    console.table({ blocking: report(blocking), flagged: report(flagged) });
    console.log(`Pairs where blocking disagrees with the label:\n${misses.join('\n')}`);

    expect(report(blocking).precision).toBeGreaterThanOrEqual(FLOORS.blockingPrecision);
    expect(report(blocking).recall).toBeGreaterThanOrEqual(FLOORS.blockingRecall);
    expect(report(flagged).precision).toBeGreaterThanOrEqual(FLOORS.flaggedPrecision);
    expect(report(flagged).recall).toBeGreaterThanOrEqual(FLOORS.flaggedRecall);
  }, 120_000);
});
