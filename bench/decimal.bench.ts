/**
 * The decimal ledger (`@inverse-math/core/decimal` simulateFund: exact
 * accounting, whole units, NAV struck to 4 decimals, residuals carried) against
 * the float simulator (`simulateFund` of `@inverse-math/core/fund`) on the same
 * ten years (2,520 trading days) of prices, costs and flows: what exactness
 * costs, as a ratio and per day ("per op" is one day). The second suite
 * measures a floor, not a ledger, against the ledger: as many fresh Decimals
 * (copies of one day's values) as one result returns distinct Decimals (about
 * 37 a day): the allocation and garbage collection any ledger returning these
 * rows pays, whatever its arithmetic.
 */
import type { Decimal } from 'decimal.js';
import { simulateFund as simulateDecimal } from '../src/decimal/index.ts';
import { simulateFund } from '../src/fund/index.ts';
import { consume, dailyReturns, rng, suite } from './harness.ts';

const DAYS = 2520;
const r = dailyReturns(DAYS, 21, 0.02);
const prices = new Float64Array(DAYS + 1);
prices[0] = 4000;
for (let i = 0; i < DAYS; i++) prices[i + 1] = Math.round((prices[i] as number) * (1 + (r[i] as number)) * 100) / 100;
const next = rng(22);
const flowShares = Array.from({ length: DAYS }, () => Math.round((next() - 0.5) * 20_000));
const costs = { expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004 };
const floatOptions = {
  indexPrices: prices,
  leverage: -3,
  initialAum: 100_000_000,
  initialNav: 25,
  flows: { shares: flowShares },
  costs,
};
const decimalOptions = {
  indexPrices: Array.from(prices, (p) => p.toFixed(2)),
  leverage: '-3',
  initialAum: '100000000',
  initialNav: '25',
  flows: { shares: flowShares.map(String) },
  costs: { expenseRatio: '0.0095', financingRate: '0.05', spread: '0.004' },
};

/** Every distinct Decimal of a value (each counted once, as a result shares them); decimal.js tags its instances. */
function decimalsOf(x: unknown, found: Set<Decimal>): Set<Decimal> {
  if ((x as { toStringTag?: unknown } | null)?.toStringTag === '[object Decimal]') found.add(x as Decimal);
  else if (x !== null && typeof x === 'object') for (const v of Object.values(x)) decimalsOf(v, found);
  return found;
}
// the count from one whole result, the values to copy from its first day only. No task keeps a large heap alive
// after it (the ledger and the floor consume one Decimal of what they built): 14 MB of live Decimals left by the
// previous task made the float baseline's collections, and so the ratio, move by up to 20×
const returned = decimalsOf(simulateDecimal(decimalOptions).days, new Set()).size;
const oneDay = { ...decimalOptions, indexPrices: decimalOptions.indexPrices.slice(0, 2), flows: { shares: ['1'] } };
const firstDay = [...decimalsOf(simulateDecimal(oneDay).days, new Set())];
const Ctor = (firstDay[0] as Decimal).constructor as Decimal.Constructor;

// The floor is measured against the ledger, in a suite of its own: the share of the ledger's time that any
// ledger returning these rows pays; and the float baseline's suite holds nothing but the two simulators.
suite('decimal: simulateFund ledger, 10 years (2,520 days)', (s) => {
  s.baseline('float simulateFund (fund)', () => consume(simulateFund(floatOptions)), { calls: DAYS });
  s.add('decimal simulateFund (ledger)', () => consume(simulateDecimal(decimalOptions).finalAum), {
    calls: DAYS,
    maxRatio: 60,
  });
});

suite('decimal: what the ledger returns, 10 years (2,520 days)', (s) => {
  s.baseline('decimal simulateFund (ledger)', () => consume(simulateDecimal(decimalOptions).finalAum), {
    calls: DAYS,
  });
  s.add(
    `floor: ${Math.round(returned / DAYS)} fresh Decimals a day`,
    () => {
      const copies = new Array<Decimal>(returned);
      for (let i = 0; i < returned; i++) copies[i] = new Ctor(firstDay[i % firstDay.length] as Decimal);
      consume(copies[returned - 1]);
    },
    { calls: DAYS },
  );
});
