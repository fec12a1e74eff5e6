/**
 * The ledger's accruals are exact (src/decimal/accrual.ts): amount × rate ×
 * days, divided once by the day basis (360, 365) or periodsPerYear, rounded
 * once to accrualDecimals under accrualRounding — never a year fraction
 * rounded to the working precision first. Expected values are worked by hand
 * in the comments, and the property test rounds the exact rational with its
 * own BigInt rule for each mode.
 */
import { describe, expect, test } from 'vitest';
import { fc, test as prop } from '@fast-check/vitest';
import { ROUNDING_MODES, simulateFund, type RoundingMode } from '../../src/decimal/index.ts';

/** A 0x fund holds only cash: at a NAV of one cent every cent subscribed is a whole share, so financing accrues on exactly `initialAum` (docs/concepts.md §3). */
const cashFund = (aum: string, costs: Record<string, unknown>, mode: RoundingMode, prices = ['100', '100']) =>
  simulateFund({ indexPrices: prices, leverage: 0, initialAum: aum, initialNav: '0.01', costs, accrualRounding: mode })
    .days[0]!.accruals;

describe('an exact tie is a tie', () => {
  // 450,000 × 0.0001 × 1/360 = 45/360 = 0.125 exactly: half a cent above 0.12
  test.each<[RoundingMode, string]>([
    ['half-even', '0.12'],
    ['half-up', '0.13'],
    ['half-down', '0.12'],
    ['half-ceil', '0.13'],
    ['half-floor', '0.12'],
    ['toward-zero', '0.12'],
    ['away-from-zero', '0.13'],
    ['floor', '0.12'],
    ['ceil', '0.13'],
  ])('financing 450,000 at 1 bp over one day / 360 = 0.125 → %s: %s', (mode, cents) => {
    const a = cashFund('450000', { financingRate: '0.0001', dates: ['2024-01-02', '2024-01-03'] }, mode);
    expect(a.financing.toString()).toBe(cents);
  });

  // expenses on 456,250 at 0.01 % a year over one day / 365: 45.625/365 = 0.125 exactly, debited
  test.each<[RoundingMode, string]>([
    ['half-even', '-0.12'],
    ['half-up', '-0.13'],
    ['ceil', '-0.12'],
    ['floor', '-0.13'],
  ])('expenses −456,250 at 1 bp / 365 = −0.125 → %s: %s', (mode, cents) => {
    const a = cashFund('456250', { expenseRatio: '0.0001', dates: ['2024-01-02', '2024-01-03'] }, mode);
    expect(a.expenses.toString()).toBe(cents);
  });

  // without dates: 630 × 1 % / 252 = 6.3/252 = 0.025 exactly (1/252 is not a finite decimal)
  test.each<[RoundingMode, string]>([
    ['half-even', '0.02'],
    ['half-up', '0.03'],
    ['half-down', '0.02'],
  ])('financing 630 at 1 pct / 252 periods = 0.025 → %s: %s', (mode, cents) => {
    expect(cashFund('630', { financingRate: '0.01' }, mode).financing.toString()).toBe(cents);
  });
});

describe('an exact amount is not moved by any rounding mode', () => {
  // 1x, 360,000 at price 100: 3,600 units, position 360,000; spread 1 % over Friday → Monday (3 days):
  // −360,000 × 0.01 × 3/360 = −30 exactly (3/360 = 1/120 is not a finite decimal)
  test.each([...ROUNDING_MODES])('spread −360,000 at 1 pct × 3/360 = −30.00 under %s', (mode) => {
    const day = simulateFund({
      indexPrices: ['100', '100'],
      leverage: 1,
      initialAum: '360000',
      costs: { spread: '0.01', dates: ['2024-03-08', '2024-03-11'] },
      accrualRounding: mode,
    }).days[0]!;
    expect(day.accruals.spread.toString()).toBe('-30');
  });
});

/** `n / d` (d > 0) rounded to a whole number under `mode`, on BigInts: the test's own rule, independent of decimal.js. */
function roundRational(n: bigint, d: bigint, mode: RoundingMode): bigint {
  const negative = n < 0n;
  const a = negative ? -n : n;
  const k = a / d; // truncated
  const twice = 2n * (a - k * d); // compare the remainder with half of d
  const inexact = twice !== 0n;
  const half = twice === d ? 0 : twice > d ? 1 : -1;
  const upIfTie: Record<RoundingMode, boolean> = {
    'half-even': k % 2n === 1n,
    'half-up': true,
    'half-down': false,
    'half-ceil': !negative,
    'half-floor': negative,
    'toward-zero': false,
    'away-from-zero': true,
    floor: negative,
    ceil: !negative,
  };
  let up: boolean;
  if (mode === 'toward-zero' || mode === 'away-from-zero' || mode === 'floor' || mode === 'ceil')
    up = inexact && upIfTie[mode];
  else up = half === 0 ? upIfTie[mode] : half > 0;
  const m = up ? k + 1n : k;
  return negative ? -m : m;
}

describe('every mode, on exact ties and their neighbours', () => {
  // cash N cents at a financing rate of ±0.01 % over d days: N·d/3,600,000 cents. N = (3.6e6·q + 1.8e6)/d is an exact
  // half-cent tie for d | 1.8e6; N ± 1 are the neighbours just below and above.
  prop.prop([
    fc.constantFrom(...ROUNDING_MODES),
    fc.constantFrom(1, 2, 3, 4, 5, 6),
    fc.integer({ min: 0, max: 1_000_000 }),
    fc.constantFrom(-1n, 0n, 0n, 1n),
    fc.boolean(),
  ])('financing = round(N·d / 3,600,000 cents)', (mode, d, q, delta, negative) => {
    const N = (3_600_000n * BigInt(q) + 1_800_000n) / BigInt(d) + delta;
    const aum = `${N / 100n}.${String(N % 100n).padStart(2, '0')}`;
    const rate = negative ? '-0.0001' : '0.0001';
    const end = new Date(Date.UTC(2024, 0, 2 + d)).toISOString().slice(0, 10);
    const a = cashFund(aum, { financingRate: rate, dates: ['2024-01-02', end] }, mode);
    const cents = roundRational((negative ? -1n : 1n) * N * BigInt(d), 3_600_000n, mode);
    const sign = cents < 0n ? '-' : '';
    const abs = cents < 0n ? -cents : cents;
    const expected = `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
    expect(a.financing.toFixed(2)).toBe(expected === '-0.00' ? '0.00' : expected);
  });
});
