import { describe, expect, it } from 'vitest';
import { amountInProgrammeCurrency, isAutoApproved } from './approval-routing.ts';

const programme = { currency: 'EUR', exchangeRates: { USD: 1.25, JPY: 160 }, autoApproveMaxAmount: 10_000 };

describe('amounts in the programme currency', () => {
  it('converts by the rate the channel team keeps, and knows when it has none', () => {
    expect(amountInProgrammeCurrency(programme, { amount: 5_000, currency: 'EUR' })).toBe(5_000);
    expect(amountInProgrammeCurrency(programme, { amount: 12_500, currency: 'USD' })).toBe(10_000);
    expect(amountInProgrammeCurrency(programme, { amount: 1_600_000, currency: 'JPY' })).toBe(10_000);
    expect(amountInProgrammeCurrency(programme, { amount: 1, currency: 'KWD' })).toBeNull();
  });

  it('auto-approves up to the threshold in any currency with a rate, never one without', () => {
    const clear = { conflictOutcome: 'clear' as const };
    expect(isAutoApproved(programme, { ...clear, amount: 12_500, currency: 'USD' })).toBe(true);
    expect(isAutoApproved(programme, { ...clear, amount: 12_501, currency: 'USD' })).toBe(false);
    // 2,000,000 yen is 12,500 EUR: over, although the figure dwarfs nothing in euros.
    expect(isAutoApproved(programme, { ...clear, amount: 2_000_000, currency: 'JPY' })).toBe(false);
    // 3,000 Kuwaiti dinars are worth about 9,000 EUR, but without a rate nobody can say so.
    expect(isAutoApproved(programme, { ...clear, amount: 3_000, currency: 'KWD' })).toBe(false);
  });
});
