/**
 * How a simulated fund starts (`initialAum`, or `initialShares` with
 * `initialNav`) and its flows (shares or currency, one per day), as the float
 * and decimal `simulateFund` read them.
 */
import { describe, expect, test } from 'vitest';
import { readFlows, readFundStart } from '../../../src/internal/options/fund-start.ts';
import { FLOAT } from '../../../src/internal/options/reader.ts';
import { expectCode } from '../../helpers/assert.ts';

describe('readFundStart', () => {
  test('from assets, with or without a NAV; from shares with a NAV', () => {
    expect(readFundStart(FLOAT, 1e6, undefined, undefined)).toEqual({ aum: 1e6, shares: undefined, nav: undefined });
    expect(readFundStart(FLOAT, 1e6, undefined, 25)).toEqual({ aum: 1e6, shares: undefined, nav: 25 });
    expect(readFundStart(FLOAT, undefined, 100, 25)).toEqual({ aum: undefined, shares: 100, nav: 25 });
  });

  test('exactly one of initialAum or initialShares; initialShares needs initialNav', () => {
    expectCode(() => readFundStart(FLOAT, 1, 1, 1), 'INVALID_OPTION', 'options.initialAum');
    expectCode(() => readFundStart(FLOAT, undefined, undefined, 1), 'INVALID_OPTION', 'options.initialAum');
    expectCode(() => readFundStart(FLOAT, undefined, 100, undefined), 'INVALID_OPTION', 'options.initialNav');
    expectCode(() => readFundStart(FLOAT, -1, undefined, undefined), 'NEGATIVE', 'options.initialAum');
  });
});

describe('readFlows', () => {
  test('absent is null; shares or currency, one value per day', () => {
    expect(readFlows(FLOAT, undefined, 2)).toBeNull();
    expect(readFlows(FLOAT, { currency: [1, -1] }, 2)).toEqual({
      kind: 'currency',
      values: Float64Array.from([1, -1]),
      argument: 'options.flows.currency',
    });
  });

  test('both or neither key, a wrong length, an unknown key', () => {
    expectCode(() => readFlows(FLOAT, { shares: [1], currency: [1] }, 1), 'INVALID_OPTION', 'options.flows');
    expectCode(() => readFlows(FLOAT, { shares: [1, 2] }, 1), 'LENGTH_MISMATCH', 'options.flows.shares');
    expectCode(() => readFlows(FLOAT, { currencies: [1] }, 1), 'UNKNOWN_OPTION', 'options.flows.currencies');
  });
});
