/**
 * What a user reads when simulateFund, the trade functions, the unit
 * conversions and a few rarer checks refuse an input:
 * the code, the argument at fault and the whole message, in the format
 * `<argument>[<index>] <what it must be>, got <value> [<CODE>]` (src/errors.ts).
 */
import { describe, expect, test } from 'vitest';
import { simulateFund } from '../../src/fund/index.ts';
import { marketOnCloseImbalance, rebalanceTrade, toContracts, toShares } from '../../src/rebalance/index.ts';
import { closeTrade } from '../../src/flows/index.ts';
import { effectiveLogLeverage, logToSimple } from '../../src/leverage/index.ts';
import { navPath } from '../../src/nav/index.ts';
import { expectCode } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

const base = { indexPrices: [100, 101], leverage: -1, initialAum: 1e6 };

describe('simulateFund: messages', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    ['both starts', () => simulateFund({ ...base, initialShares: 5, initialNav: 1 }), 'INVALID_OPTION', 'options.initialAum', 'options.initialAum give exactly one of initialAum or initialShares, got 1000000 [INVALID_OPTION]'],
    ['shares without a NAV', () => simulateFund({ indexPrices: [100, 101], leverage: -1, initialShares: 5 }), 'INVALID_OPTION', 'options.initialNav', 'options.initialNav initialShares requires initialNav, got undefined [INVALID_OPTION]'],
    ['shares with a zero NAV', () => simulateFund({ indexPrices: [100, 101], leverage: -1, initialShares: 5, initialNav: 0 }), 'NOT_POSITIVE', 'options.initialNav', 'options.initialNav must be greater than zero, got 0 [NOT_POSITIVE]'],
    ['flows not an object', () => simulateFund({ ...base, flows: 5 as never }), 'INVALID_TYPE', 'options.flows', 'options.flows must be an options object, got 5 [INVALID_TYPE]'],
    ['both flow kinds', () => simulateFund({ ...base, flows: { shares: [1], currency: [1] } as never }), 'INVALID_OPTION', 'options.flows', 'options.flows give exactly one of shares or currency, got object [INVALID_OPTION]'],
    ['flows of the wrong length', () => simulateFund({ ...base, flows: { shares: [1, 2] } }), 'LENGTH_MISMATCH', 'options.flows.shares', 'options.flows.shares must have length 1, got length 2 [LENGTH_MISMATCH]'],
    // day 1 starts with 1e6 shares at NAV 1 (initialAum 1e6); the redemption of day 2 is the flow at index 1
    ['a redemption larger than the fund', () => simulateFund({ ...base, indexPrices: [100, 101, 102], flows: { shares: [0, -2e6] } }), 'OUT_OF_RANGE', 'options.flows.shares', 'options.flows.shares[1] redeems more than the 1000000 shares outstanding on day 2, got -2000000 [OUT_OF_RANGE]'],
    ['a price move that overflows', () => simulateFund({ ...base, indexPrices: [1e-300, 1e300] }), 'NON_FINITE', 'options.indexPrices', 'options.indexPrices[1] the move from the previous price overflows a double, got 1e+300 [NON_FINITE]'],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});

describe('toShares / toContracts: messages', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    ['notional not a number', () => toContracts('1' as never, 5000, 50), 'INVALID_TYPE', 'notional', 'notional must be a finite number, got "1" [INVALID_TYPE]'],
    ['price × multiplier overflows', () => toContracts(100, 1e300, 1e300), 'NON_FINITE', 'multiplier', 'multiplier price × multiplier overflows a double, got 1e+300 [NON_FINITE]'],
    ['price × multiplier underflows', () => toContracts(100, 1e-300, 1e-300), 'OUT_OF_RANGE', 'multiplier', 'multiplier price × multiplier underflows to 0, got 1e-300 [OUT_OF_RANGE]'],
    ['notional / price overflows', () => toContracts(1e300, 1e-10, 1e-5), 'NON_FINITE', 'notional', 'notional makes notional / (price × multiplier) overflow a double, got 1e+300 [NON_FINITE]'],
    ['notional / price overflows (shares)', () => toShares(1e300, 1e-10), 'NON_FINITE', 'notional', 'notional makes notional / price overflow a double, got 1e+300 [NON_FINITE]'],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});

describe('trades, flows and returns: messages', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    // 1 + (−1)·1.5 < 0: the fund is gone, no flow can be struck
    ['a flow into a wiped-out fund', () => closeTrade({ aum: 100, leverage: -1, indexReturn: 1.5, flow: 5 }), 'OUT_OF_RANGE', 'options.flow', 'options.flow the move wiped the fund out: no flow at a NAV of 0, got 5 [OUT_OF_RANGE]'],
    // A′ = 100·(1 + 2·0.01) = 102
    ['a redemption above the assets', () => closeTrade({ aum: 100, leverage: 2, indexReturn: 0.01, flow: -200 }), 'OUT_OF_RANGE', 'options.flow', 'options.flow a redemption cannot exceed the assets after the move (102), got -200 [OUT_OF_RANGE]'],
    ['an amount that overflows', () => rebalanceTrade({ aum: 1e308, leverage: 3, indexReturn: 0.5 }), 'NON_FINITE', 'options.aum', 'options.aum makes the trade overflow a double, got 1e+308 [NON_FINITE]'],
    ['funds not a list', () => marketOnCloseImbalance('SQQQ' as never, 0.01), 'INVALID_TYPE', 'funds', 'funds must be an array of funds, got "SQQQ" [INVALID_TYPE]'],
    ['no fund', () => marketOnCloseImbalance([], 0.01), 'EMPTY_SERIES', 'funds', 'funds must list at least one fund, got length 0 [EMPTY_SERIES]'],
    ['a name not a string', () => marketOnCloseImbalance([{ aum: 1e6, leverage: -3, name: 3 as never }], 0.01), 'INVALID_TYPE', 'funds[0].name', 'funds[0].name must be a string, got 3 [INVALID_TYPE]'],
    ['e^ρ overflows', () => logToSimple(1000), 'NON_FINITE', 'rho', 'rho e^rho overflows, got 1000 [NON_FINITE]'],
    // near wipe-out at |L| ≈ 1e307: γ = ln(1 + L·r)/ln(1 + r) ≈ −37/1e-307, beyond the largest double
    ['γ overflows', () => effectiveLogLeverage(1e-307, -9.999999999999999e306), 'NON_FINITE', 'leverage', 'leverage overflows a double, got -9.999999999999999e+306 [NON_FINITE]'],
    ['a rebalancing period of 0', () => navPath([0.01], { leverage: 2, rebalance: { every: 0 } }), 'OUT_OF_RANGE', 'options.rebalance.every', 'options.rebalance.every must be a whole number ≥ 1, got 0 [OUT_OF_RANGE]'],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
