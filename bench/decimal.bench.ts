/**
 * The decimal ledger (`@inverse-math/core/decimal` simulateFund: exact
 * accounting, whole units, NAV struck to 4 decimals, residuals carried) against
 * the float simulator (`simulateFund` of `@inverse-math/core/fund`) on the same
 * ten years (2,520 trading days) of prices, costs and flows: what exactness
 * costs, as a ratio and per day ("per op" is one day).
 */
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

suite('decimal: simulateFund ledger, 10 years (2,520 days)', (s) => {
  s.baseline('float simulateFund (fund)', () => consume(simulateFund(floatOptions)), { calls: DAYS });
  s.add('decimal simulateFund (ledger)', () => consume(simulateDecimal(decimalOptions)), { calls: DAYS });
});
