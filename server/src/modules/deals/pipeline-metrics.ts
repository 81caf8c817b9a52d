import { amountInProgrammeCurrency, type ProgrammeCurrency } from './approval-routing.ts';
import type { PipelineStage, RegistrationStatus } from './tables.ts';

/** The path a deal walks towards a win; `lost` can be reached from any of them. */
export const FUNNEL: readonly PipelineStage[] = ['registered', 'qualified', 'proposal', 'negotiation', 'won'];
const STAGE_ORDER: readonly PipelineStage[] = [...FUNNEL, 'lost'];
const DAY = 24 * 60 * 60 * 1000;
const WEEKS = 12;

export type PipelineRegistration = {
  id: string;
  stage: PipelineStage;
  status: RegistrationStatus;
  amount: number;
  currency: string;
  registeredAt: Date;
  /** When it was approved (null unless approved). */
  approvedAt: Date | null;
  closedAt: Date | null;
};

export type PipelineStageChange = { registrationId: string; toStage: PipelineStage };

export type Money = { currency: string; amount: number };

/** Rejected, withdrawn or expired claims are not pipeline, unless they had already closed. */
export function isInPipeline(registration: Pick<PipelineRegistration, 'status' | 'stage'>): boolean {
  return (
    registration.stage === 'won' ||
    registration.stage === 'lost' ||
    registration.status === 'pending_approval' ||
    registration.status === 'more_info_requested' ||
    registration.status === 'approved'
  );
}

/** Amounts per currency, in a stable order: money in different currencies is never added up. */
export function sumByCurrency(items: readonly Money[]): Money[] {
  const cents = new Map<string, number>();
  for (const item of items) {
    cents.set(item.currency, (cents.get(item.currency) ?? 0) + Math.round(item.amount * 100));
  }
  return [...cents.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, total]) => ({ currency, amount: total / 100 }));
}

/**
 * Amounts brought to the programme's currency at the channel team's rates, so a stage has one
 * figure to compare. An amount in a currency without a rate is left out and its currency named:
 * the figure then says it is short, rather than guessing.
 */
export function totalInProgrammeCurrency(programme: ProgrammeCurrency, items: readonly Money[]) {
  let cents = 0;
  const withoutRate = new Set<string>();
  for (const item of items) {
    const amount = amountInProgrammeCurrency(programme, item);
    if (amount === null) withoutRate.add(item.currency);
    else cents += Math.round(amount * 100);
  }
  return { currency: programme.currency, amount: cents / 100, withoutRate: [...withoutRate].sort() };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.round(value * 10) / 10;
}

/**
 * The furthest funnel stage a registration reached: its history and its current stage, so a deal
 * moved from registered straight to proposal also passed qualified. Lost deals keep the furthest
 * stage they reached before they were lost.
 */
function furthestFunnelIndex(stages: Iterable<PipelineStage>): number {
  let furthest = 0;
  for (const stage of stages) {
    const index = FUNNEL.indexOf(stage);
    if (index > furthest) furthest = index;
  }
  return furthest;
}

export function pipelineMetrics(
  registrations: readonly PipelineRegistration[],
  changes: readonly PipelineStageChange[],
  now: Date,
  programme: ProgrammeCurrency,
) {
  const inPipeline = registrations.filter(isInPipeline);
  const stages = STAGE_ORDER.map((stage) => {
    const atStage = inPipeline.filter((registration) => registration.stage === stage);
    return {
      stage,
      count: atStage.length,
      amounts: sumByCurrency(atStage),
      total: totalInProgrammeCurrency(programme, atStage),
    };
  });

  const historyById = new Map<string, PipelineStage[]>();
  for (const change of changes) {
    const history = historyById.get(change.registrationId) ?? [];
    history.push(change.toStage);
    historyById.set(change.registrationId, history);
  }
  const furthest = inPipeline.map((registration) =>
    furthestFunnelIndex([registration.stage, ...(historyById.get(registration.id) ?? [])]),
  );
  const conversion = FUNNEL.slice(0, -1).map((fromStage, index) => {
    const reached = furthest.filter((value) => value >= index).length;
    const advanced = furthest.filter((value) => value >= index + 1).length;
    return {
      fromStage,
      toStage: FUNNEL[index + 1]!,
      reached,
      advanced,
      rate: reached === 0 ? null : advanced / reached,
    };
  });

  const won = inPipeline.filter((registration) => registration.stage === 'won');
  const lost = inPipeline.filter((registration) => registration.stage === 'lost').length;
  const closed = won.length + lost;

  const firstWeek = new Date(startOfCurrentWeek(now).getTime() - (WEEKS - 1) * 7 * DAY);
  const registrationsPerWeek = Array.from({ length: WEEKS }, (_, week) => {
    const start = firstWeek.getTime() + week * 7 * DAY;
    const end = start + 7 * DAY;
    return {
      weekStart: new Date(start).toISOString().slice(0, 10),
      count: registrations.filter(
        (registration) =>
          registration.registeredAt.getTime() >= start && registration.registeredAt.getTime() < end,
      ).length,
    };
  });

  return {
    stages,
    conversion,
    winRate: closed === 0 ? null : won.length / closed,
    won: won.length,
    lost,
    registrationsPerWeek,
    medianDaysToApproval: median(
      registrations.flatMap((registration) =>
        registration.approvedAt ? [daysBetween(registration.registeredAt, registration.approvedAt)] : [],
      ),
    ),
    medianDaysToWin: median(
      won.flatMap((registration) =>
        registration.closedAt ? [daysBetween(registration.registeredAt, registration.closedAt)] : [],
      ),
    ),
  };
}

function daysBetween(from: Date, to: Date): number {
  return (to.getTime() - from.getTime()) / DAY;
}

/** Weeks end with today, so the last bucket is the current (partial) week. */
function startOfCurrentWeek(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() - 6));
}
