/**
 * What a user reads when an input is refused (src/errors.ts format
 * `<argument>[<index>] <what it must be>, got <value> [<CODE>]`): the argument
 * the user passed — the one that drives an overflow, never `options` or a
 * whole series — its value or, for a series, its length, and what it must be.
 * Each expected message is written out in full.
 */
import { describe, expect, test } from 'vitest';
import { toContracts, toShares, rebalanceTrade, marketOnCloseImbalance } from '../../src/rebalance/index.ts';
import { closeTrade, offsettingFlow } from '../../src/flows/index.ts';
import { kellyLeverage, growthRate } from '../../src/sizing/index.ts';
import { lognormalFundOutcome } from '../../src/outcomes/index.ts';
import { navPath } from '../../src/nav/index.ts';
import { simulateFund } from '../../src/fund/index.ts';
import { holdingPeriodEfficiency, trackingDeviation } from '../../src/tracking/index.ts';
import { expectCode } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

const MAX = Number.MAX_VALUE;

describe('overflows name the input that overflowed', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    // (μ − rf)/σ² = 1e308 / 0.25 overflows because of the drift, not the volatility
    [
      'kellyLeverage, a huge drift',
      () => kellyLeverage({ drift: 1e308, volatility: 0.5 }),
      'NON_FINITE',
      'options.drift',
      'options.drift makes (drift − rate) / volatility² overflow a double, got 1e+308 [NON_FINITE]',
    ],
    [
      'kellyLeverage, a tiny volatility',
      () => kellyLeverage({ drift: 0.08, volatility: 1e-200 }),
      'NON_FINITE',
      'options.volatility',
      'options.volatility makes (drift − rate) / volatility² overflow a double, got 1e-200 [NON_FINITE]',
    ],
    [
      'growthRate, a huge leverage',
      () => growthRate({ leverage: 1e200, drift: 0.08, volatility: 0.2 }),
      'NON_FINITE',
      'options.leverage',
      'options.leverage makes the growth rate overflow a double, got 1e+200 [NON_FINITE]',
    ],
    [
      'lognormalFundOutcome, a long horizon',
      () => lognormalFundOutcome({ leverage: 2, drift: 1, volatility: 0, years: 1e6 }),
      'NON_FINITE',
      'options.years',
      'options.years makes the outcome overflow a double, got 1000000 [NON_FINITE]',
    ],
    // 1 / 5e-324 overflows because the price is tiny: not "notional notional"
    [
      'toShares(1, 5e-324)',
      () => toShares(1, 5e-324),
      'NON_FINITE',
      'price',
      'price makes notional / price overflow a double, got 5e-324 [NON_FINITE]',
    ],
    [
      'toShares(MAX, 3, ceil): the filled notional',
      () => toShares(MAX, 3, { rounding: 'ceil' }),
      'NON_FINITE',
      'notional',
      'notional makes units × price overflow a double, got 1.7976931348623157e+308 [NON_FINITE]',
    ],
    [
      'toContracts(MAX, 5000, 50)',
      () => toContracts(MAX, 5000, 50),
      'NON_FINITE',
      'notional',
      'notional makes units × price × multiplier overflow a double, got 1.7976931348623157e+308 [NON_FINITE]',
    ],
    [
      'rebalanceTrade, a huge AUM',
      () => rebalanceTrade({ aum: 1e308, leverage: 3, indexReturn: 0.5 }),
      'NON_FINITE',
      'options.aum',
      'options.aum makes the trade overflow a double, got 1e+308 [NON_FINITE]',
    ],
    [
      'closeTrade, a huge flow',
      () => closeTrade({ aum: 1, leverage: 3, indexReturn: 0, flow: 1e308 }),
      'NON_FINITE',
      'options.flow',
      'options.flow makes the trade overflow a double, got 1e+308 [NON_FINITE]',
    ],
    [
      'offsettingFlow, a huge AUM',
      () => offsettingFlow({ aum: 1e308, leverage: 3, indexReturn: 0.5 }),
      'NON_FINITE',
      'options.aum',
      'options.aum makes the flow overflow a double, got 1e+308 [NON_FINITE]',
    ],
    [
      'marketOnCloseImbalance, a huge AUM',
      () => marketOnCloseImbalance([{ aum: 1e308, leverage: 3 }], 0.5),
      'NON_FINITE',
      'funds[0].aum',
      'funds[0].aum makes the trade overflow a double, got 1e+308 [NON_FINITE]',
    ],
    // a 3x fund of 1e308 after +10 %: its exposure 3.3e308 overflows on day 1
    [
      'simulateFund, a huge AUM',
      () => simulateFund({ indexPrices: [100, 110], leverage: 3, initialAum: 1e308 }),
      'NON_FINITE',
      'options.initialAum',
      'options.initialAum makes the amounts of day 1 overflow a double, got 1e+308 [NON_FINITE]',
    ],
    // the index doubles 1100 times: 2^1100 overflows at the 1024th return
    [
      'holdingPeriodEfficiency, an index that overflows',
      () => holdingPeriodEfficiency(new Array(1100).fill(1), new Array(1101).fill(1), 2),
      'NON_FINITE',
      'indexReturns',
      'indexReturns[1023] makes the index growth overflow a double, got 1 [NON_FINITE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});

describe('series are shown by their length', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    [
      'an empty series',
      () => navPath([], { leverage: 2 }),
      'EMPTY_SERIES',
      'indexReturns',
      'indexReturns must not be empty, got length 0 [EMPTY_SERIES]',
    ],
    [
      'an empty typed array',
      () => navPath(new Float64Array(0), { leverage: 2 }),
      'EMPTY_SERIES',
      'indexReturns',
      'indexReturns must not be empty, got length 0 [EMPTY_SERIES]',
    ],
    // both lengths: the one expected and the one given
    [
      'flows of the wrong length',
      () => simulateFund({ indexPrices: [100, 101], leverage: 2, initialAum: 1, flows: { shares: [1, 2, 3] } }),
      'LENGTH_MISMATCH',
      'options.flows.shares',
      'options.flows.shares must have length 1, got length 3 [LENGTH_MISMATCH]',
    ],
    [
      'a NAV series of the wrong length',
      () => trackingDeviation([0.01, 0.02], [1, 1.02], 2),
      'LENGTH_MISMATCH',
      'nav',
      'nav must have length 3, got length 2 [LENGTH_MISMATCH]',
    ],
    [
      'rates of the wrong length',
      () => navPath([0.01, 0.02], { leverage: 2, spread: [0.01] }),
      'LENGTH_MISMATCH',
      'options.spread',
      'options.spread must have length 2, got length 1 [LENGTH_MISMATCH]',
    ],
    [
      'dates of the wrong length',
      () => navPath([0.01], { leverage: 2, dates: ['2024-01-02'] }),
      'LENGTH_MISMATCH',
      'options.dates',
      'options.dates must have length 2, got length 1 [LENGTH_MISMATCH]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});

describe('every amount is finite, or the call throws', () => {
  test('toShares and toContracts at the edge of the double range', () => {
    for (const rounding of ['toward-zero', 'away-from-zero', 'floor', 'ceil', 'half-even', 'half-up'] as const) {
      for (const call of [
        () => toShares(MAX, 3, { rounding }),
        () => toShares(-MAX, 3, { rounding }),
        () => toContracts(MAX, 5000, 50, { rounding }),
      ]) {
        let result: { units: number; filledNotional: number; residual: number } | undefined;
        try {
          result = call();
        } catch (error) {
          expect((error as { code?: string }).code).toBe('NON_FINITE');
        }
        if (result !== undefined)
          expect([result.units, result.filledNotional, result.residual].every(Number.isFinite)).toBe(true);
      }
    }
  });
});
