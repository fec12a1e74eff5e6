/**
 * The market-on-close imbalance of a group of funds (docs/concepts.md §4).
 */
import { describe, expect, test } from 'vitest';
import { marketOnCloseImbalance } from '../../src/rebalance/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

describe('marketOnCloseImbalance ("Precision Hedging", "The Rebalance Arbitrage Loop")', () => {
  test('a universe of S&P 500 funds (illustrative AUMs): every fund trades with the move', () => {
    const funds = [
      { name: 'SH', aum: 1.5e9, leverage: -1 },
      { name: 'SDS', aum: 0.8e9, leverage: -2 },
      { name: 'SPXU', aum: 0.6e9, leverage: -3 },
      { name: 'SSO', aum: 5e9, leverage: 2 },
      { name: 'UPRO', aum: 3.5e9, leverage: 3 },
    ];
    const copy = structuredClone(funds);
    const moc = marketOnCloseImbalance(funds, -0.02);
    expect(funds).toEqual(copy);
    // A·(L² − L)·r by hand: SH 1.5e9·2, SDS 0.8e9·6, SPXU 0.6e9·12, SSO 5e9·2, UPRO 3.5e9·6, all × −0.02
    const expected = [1.5e9 * 2, 0.8e9 * 6, 0.6e9 * 12, 5e9 * 2, 3.5e9 * 6].map((v) => v * -0.02);
    moc.trades.forEach((t, i) => {
      expect(t.name).toBe(funds[i]!.name);
      expect(t.aum).toBe(funds[i]!.aum);
      expect(t.leverage).toBe(funds[i]!.leverage);
      expectClose(t.trade, expected[i]!, 1e-15);
    });
    expectClose(moc.net, -0.02 * (3e9 + 4.8e9 + 7.2e9 + 10e9 + 21e9), 1e-15);
  });

  test('0 < L < 1 funds trade against the move, so they offset part of it', () => {
    const moc = marketOnCloseImbalance(
      [
        { aum: 1e6, leverage: 2 },
        { aum: 4e6, leverage: 0.5 },
      ],
      0.01,
    );
    // 2x: 1e6·2·0.01 = +20k; 0.5x: 4e6·(−0.25)·0.01 = −10k
    expectClose(moc.trades[0]!.trade, 20_000, 1e-15);
    expectClose(moc.trades[1]!.trade, -10_000, 1e-15);
    expectClose(moc.net, 10_000, 1e-15);
    expect(moc.trades.map((t) => t.name)).toEqual(['fund 0', 'fund 1']);
  });

  test('a −3x fund beyond a +33⅓ % move is wiped out: its trade is the close-out', () => {
    const moc = marketOnCloseImbalance([{ aum: 1e6, leverage: -3 }], 0.5);
    expect(moc.trades[0]!.trade).toBe(4.5e6); // closes the −$4.5mm exposure
  });

  test('bad input → InverseMathError with codes', () => {
    expectCode(() => marketOnCloseImbalance([], 0.01), 'EMPTY_SERIES', 'funds');
    expectCode(() => marketOnCloseImbalance({} as never, 0.01), 'INVALID_TYPE', 'funds');
    expectCode(() => marketOnCloseImbalance([null as never], 0.01), 'INVALID_TYPE', 'funds[0]');
    expectCode(
      () =>
        marketOnCloseImbalance(
          [
            { aum: 1, leverage: 2 },
            { aum: -1, leverage: 2 },
          ],
          0.01,
        ),
      'NEGATIVE',
      'funds[1].aum',
    );
    expectCode(
      () => marketOnCloseImbalance([{ aum: 1, leverage: Number.NaN }], 0.01),
      'NON_FINITE',
      'funds[0].leverage',
    );
    expectCode(
      () => marketOnCloseImbalance([{ aum: 1, leverage: 2, name: 7 as never }], 0.01),
      'INVALID_TYPE',
      'funds[0].name',
    );
    expectCode(() => marketOnCloseImbalance([{ aum: 1, leverage: 2 }], -1.5), 'RETURN_OUT_OF_DOMAIN', 'indexReturn');
  });
});

describe('marketOnCloseImbalance: error messages name the argument and its value', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    [
      'funds not a list',
      () => marketOnCloseImbalance('SQQQ' as never, 0.01),
      'INVALID_TYPE',
      'funds',
      'funds must be an array of funds, got "SQQQ" [INVALID_TYPE]',
    ],
    [
      'no fund',
      () => marketOnCloseImbalance([], 0.01),
      'EMPTY_SERIES',
      'funds',
      'funds must list at least one fund, got length 0 [EMPTY_SERIES]',
    ],
    [
      'a name not a string',
      () => marketOnCloseImbalance([{ aum: 1e6, leverage: -3, name: 3 as never }], 0.01),
      'INVALID_TYPE',
      'funds[0].name',
      'funds[0].name must be a string, got 3 [INVALID_TYPE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
