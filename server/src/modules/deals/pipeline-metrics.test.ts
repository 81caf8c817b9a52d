import { describe, expect, it } from 'vitest';
import {
  median,
  type PipelineRegistration,
  type PipelineStageChange,
  pipelineMetrics,
  sumByCurrency,
  totalInProgrammeCurrency,
} from './pipeline-metrics.ts';
import type { PipelineStage } from './tables.ts';

const NOW = new Date('2027-03-31T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const daysAgo = (days: number) => new Date(NOW.getTime() - days * DAY);
// 1 EUR buys 1.25 USD; no rate for CHF.
const PROGRAMME = { currency: 'EUR', exchangeRates: { USD: 1.25 } };

let serial = 0;
function deal(overrides: Partial<PipelineRegistration> = {}): PipelineRegistration {
  serial += 1;
  return {
    id: `deal_${serial}`,
    stage: 'registered',
    status: 'approved',
    amount: 1000,
    currency: 'EUR',
    registeredAt: daysAgo(30),
    approvedAt: daysAgo(28),
    closedAt: null,
    ...overrides,
  };
}
const path = (registration: PipelineRegistration, ...stages: PipelineStage[]): PipelineStageChange[] =>
  ['registered' as const, ...stages].map((toStage) => ({ registrationId: registration.id, toStage }));

describe('sumByCurrency', () => {
  it.each([
    { items: [], expected: [] },
    {
      items: [
        { currency: 'USD', amount: 10.1 },
        { currency: 'EUR', amount: 5 },
        { currency: 'USD', amount: 0.2 },
      ],
      expected: [
        { currency: 'EUR', amount: 5 },
        { currency: 'USD', amount: 10.3 },
      ],
    },
  ])('never adds euros to dollars: $items', ({ items, expected }) => {
    expect(sumByCurrency(items)).toEqual(expected);
  });
});

describe('totalInProgrammeCurrency', () => {
  it('brings every amount with a rate to the programme currency and names the currencies without one', () => {
    expect(
      totalInProgrammeCurrency(PROGRAMME, [
        { currency: 'EUR', amount: 10 },
        { currency: 'USD', amount: 12.5 },
        { currency: 'CHF', amount: 500 },
        { currency: 'CHF', amount: 1 },
      ]),
    ).toEqual({ currency: 'EUR', amount: 20, withoutRate: ['CHF'] });
  });

  it('adds cents exactly', () => {
    expect(
      totalInProgrammeCurrency(
        PROGRAMME,
        [0.1, 0.2].map((amount) => ({ currency: 'EUR', amount })),
      ),
    ).toEqual({
      currency: 'EUR',
      amount: 0.3,
      withoutRate: [],
    });
  });
});

describe('median', () => {
  it.each([
    { values: [], expected: null },
    { values: [3], expected: 3 },
    { values: [5, 1, 3], expected: 3 },
    { values: [1, 2, 3, 10], expected: 2.5 },
    { values: [0.25, 0.5], expected: 0.4 },
  ])('of $values is $expected', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});

describe('pipelineMetrics', () => {
  it('counts each stage with its amounts per currency, leaving rejected and withdrawn claims out', () => {
    const registrations = [
      deal({ stage: 'registered', status: 'pending_approval', amount: 100, currency: 'EUR' }),
      deal({ stage: 'registered', amount: 50, currency: 'USD' }),
      deal({ stage: 'proposal', amount: 200, currency: 'EUR' }),
      deal({ stage: 'registered', status: 'rejected', amount: 999 }),
      deal({ stage: 'registered', status: 'withdrawn', amount: 999 }),
      deal({ stage: 'won', status: 'expired', amount: 300, closedAt: daysAgo(1) }),
    ];
    const { stages } = pipelineMetrics(registrations, [], NOW, PROGRAMME);
    const none = { currency: 'EUR', amount: 0, withoutRate: [] };
    expect(stages).toEqual([
      {
        stage: 'registered',
        count: 2,
        amounts: [
          { currency: 'EUR', amount: 100 },
          { currency: 'USD', amount: 50 },
        ],
        total: { currency: 'EUR', amount: 140, withoutRate: [] },
      },
      { stage: 'qualified', count: 0, amounts: [], total: none },
      {
        stage: 'proposal',
        count: 1,
        amounts: [{ currency: 'EUR', amount: 200 }],
        total: { currency: 'EUR', amount: 200, withoutRate: [] },
      },
      { stage: 'negotiation', count: 0, amounts: [], total: none },
      {
        stage: 'won',
        count: 1,
        amounts: [{ currency: 'EUR', amount: 300 }],
        total: { currency: 'EUR', amount: 300, withoutRate: [] },
      },
      { stage: 'lost', count: 0, amounts: [], total: none },
    ]);
  });

  it('converts from stage to stage by the furthest stage each deal reached, skipped stages included', () => {
    const a = deal({ stage: 'won', closedAt: daysAgo(2) });
    const b = deal({ stage: 'lost', closedAt: daysAgo(2) });
    const c = deal({ stage: 'proposal' });
    const d = deal({ stage: 'registered' });
    const changes = [
      ...path(a, 'qualified', 'proposal', 'negotiation', 'won'),
      // Lost after qualifying: it counts as having reached qualified, not further.
      ...path(b, 'qualified', 'lost'),
      // Straight from registered to proposal: it passed qualified too.
      ...path(c, 'proposal'),
      ...path(d),
    ];
    const { conversion, winRate, won, lost } = pipelineMetrics([a, b, c, d], changes, NOW, PROGRAMME);
    expect(conversion).toEqual([
      { fromStage: 'registered', toStage: 'qualified', reached: 4, advanced: 3, rate: 0.75 },
      { fromStage: 'qualified', toStage: 'proposal', reached: 3, advanced: 2, rate: 2 / 3 },
      { fromStage: 'proposal', toStage: 'negotiation', reached: 2, advanced: 1, rate: 0.5 },
      { fromStage: 'negotiation', toStage: 'won', reached: 1, advanced: 1, rate: 1 },
    ]);
    expect({ winRate, won, lost }).toEqual({ winRate: 0.5, won: 1, lost: 1 });
  });

  it('has no rates before anything happened', () => {
    const metrics = pipelineMetrics([], [], NOW, PROGRAMME);
    expect(metrics.winRate).toBeNull();
    expect(metrics.conversion.every((step) => step.rate === null)).toBe(true);
    expect(metrics.medianDaysToApproval).toBeNull();
    expect(metrics.medianDaysToWin).toBeNull();
    expect(metrics.registrationsPerWeek).toHaveLength(12);
  });

  it('counts registrations per week over the last 12 weeks, this week last, and the median days to approval and to a win', () => {
    const registrations = [
      deal({ registeredAt: daysAgo(0), approvedAt: daysAgo(0) }),
      deal({ registeredAt: daysAgo(6), approvedAt: daysAgo(4) }),
      deal({ registeredAt: daysAgo(7), approvedAt: null, status: 'pending_approval' }),
      deal({ registeredAt: daysAgo(83), approvedAt: daysAgo(79), stage: 'won', closedAt: daysAgo(53) }),
      deal({ registeredAt: daysAgo(84), approvedAt: null, status: 'rejected' }),
    ];
    const metrics = pipelineMetrics(registrations, [], NOW, PROGRAMME);
    const counts = metrics.registrationsPerWeek.map((week) => week.count);
    expect(counts).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(metrics.registrationsPerWeek.at(-1)?.weekStart).toBe('2027-03-25');
    expect(metrics.medianDaysToApproval).toBe(2);
    expect(metrics.medianDaysToWin).toBe(30);
  });
});
