/**
 * What a user reads when simulateFund or the unit conversions refuse an input:
 * the code, the argument at fault and the whole message, in the format
 * `<argument>[<index>] <what it must be>, got <value> [<CODE>]` (src/errors.ts).
 */
import { describe, expect, test } from 'vitest';
import { simulateFund } from '../../src/fund/index.ts';
import { toContracts, toShares } from '../../src/rebalance/index.ts';
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
    ['flows of the wrong length', () => simulateFund({ ...base, flows: { shares: [1, 2] } }), 'LENGTH_MISMATCH', 'options.flows.shares', 'options.flows.shares must have length 1, got object [LENGTH_MISMATCH]'],
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
    ['notional / price overflows', () => toContracts(1e300, 1e-10, 1e-5), 'NON_FINITE', 'notional', 'notional notional / price overflows a double, got 1e+300 [NON_FINITE]'],
    ['notional / price overflows (shares)', () => toShares(1e300, 1e-10), 'NON_FINITE', 'notional', 'notional notional / price overflows a double, got 1e+300 [NON_FINITE]'],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
