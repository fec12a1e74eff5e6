import { describe, expect, test } from 'vitest';
import { marketOnCloseImbalance, rebalanceTrade } from '../../src/rebalance/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

describe('W3 ("Shorting is hard"): a $1mm fund mimicking a $1mm short', () => {
  test('X down 50 %: AUM $1.5mm, short $0.5mm, must sell $1mm more (triple the short)', () => {
    const t = rebalanceTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5 });
    expect(t.aumAfter).toBe(1.5e6); // "Shorting is hard": "the fund has $1.5mm aum"
    expect(t.exposureBefore).toBe(-0.5e6); // "and the short is only $500k"
    expect(t.trade).toBe(-1e6); // sell $1mm
    expect(t.exposureAfter / t.exposureBefore).toBe(3); // "the fund must now triple its position"
    expect(t.exposureBefore / t.aumAfter).toBe(-1 / 3); // "became 1/3"
  });

  test('X up 50 %: AUM $0.5mm, short $1.5mm, must buy back $1mm (two thirds of the short)', () => {
    const t = rebalanceTrade({ aum: 1e6, leverage: -1, indexReturn: 0.5 });
    expect(t.aumAfter).toBe(0.5e6); // "Its AUM is $500k"
    expect(t.exposureBefore).toBe(-1.5e6); // "and the short is $1.5mm"
    expect(t.trade).toBe(1e6); // "must buy back $1mm"
    expect(t.trade / -t.exposureBefore).toBe(2 / 3); // "or 2/3 of its position"
    expect(t.exposureBefore / t.aumAfter).toBe(-3); // "The new position/AUM ratio is 3:1"
  });

  test('"Shorting is hard" is wrong that the fund is insolvent after +50 % (docs/concepts.md §3): it is at +100 %', () => {
    expect(rebalanceTrade({ aum: 1e6, leverage: -1, indexReturn: 0.5 }).aumAfter).toBeGreaterThan(0);
    const wiped = rebalanceTrade({ aum: 1e6, leverage: -1, indexReturn: 1 });
    expect(wiped).toEqual({ trade: 2e6, exposureBefore: -2e6, exposureAfter: 0, aumAfter: 0 });
  });
});

describe('W4 (docs/concepts.md §4): 3x fund, $100mm, index +1 %', () => {
  test('exposure 303 → target 309: buy $6mm', () => {
    const t = rebalanceTrade({ aum: 100e6, leverage: 3, indexReturn: 0.01 });
    expectClose(t.exposureBefore, 303e6, 1e-15);
    expectClose(t.exposureAfter, 309e6, 1e-15);
    expectClose(t.aumAfter, 103e6, 1e-15);
    expectClose(t.trade, 6e6, 1e-15);
  });
});

describe('rebalanceTrade edge cases', () => {
  test('a flat day and an empty fund trade nothing, and never return −0', () => {
    expect(Object.is(rebalanceTrade({ aum: 1e6, leverage: -3, indexReturn: 0 }).trade, 0)).toBe(true);
    expect(Object.is(rebalanceTrade({ aum: 0, leverage: -3, indexReturn: 0.1 }).trade, 0)).toBe(true);
    expect(Object.is(rebalanceTrade({ aum: 0, leverage: -3, indexReturn: 0.1 }).exposureBefore, 0)).toBe(true);
  });

  test('near L = 1 the trade keeps its digits: (L² − L) is formed as L·(L − 1)', () => {
    const L = 1 + 2 ** -40;
    // exact: A·L·(L − 1)·r = 1e6 · (1 + 2^-40) · 2^-40 · 0.01
    expectClose(
      rebalanceTrade({ aum: 1e6, leverage: L, indexReturn: 0.01 }).trade,
      1e6 * (1 + 2 ** -40) * 2 ** -40 * 0.01,
      2e-16,
    );
  });

  test('bad input → InverseMathError with codes', () => {
    expectCode(() => rebalanceTrade({ aum: -1, leverage: -1, indexReturn: 0.1 }), 'NEGATIVE', 'options.aum');
    expectCode(() => rebalanceTrade({ aum: Number.NaN, leverage: -1, indexReturn: 0.1 }), 'NON_FINITE', 'options.aum');
    expectCode(
      () => rebalanceTrade({ aum: 1, leverage: Infinity, indexReturn: 0.1 }),
      'NON_FINITE',
      'options.leverage',
    );
    expectCode(
      () => rebalanceTrade({ aum: 1, leverage: -1, indexReturn: -1 }),
      'RETURN_OUT_OF_DOMAIN',
      'options.indexReturn',
    );
    expectCode(
      () => rebalanceTrade({ aum: 1, leverage: -1, indexReturn: '0.1' as unknown as number }),
      'INVALID_TYPE',
      'options.indexReturn',
    );
    expectCode(() => rebalanceTrade(null as never), 'INVALID_TYPE', 'options');
  });
});

describe('amounts beyond the double range are errors, never ±Infinity', () => {
  test('rebalanceTrade and marketOnCloseImbalance', () => {
    expectCode(() => rebalanceTrade({ aum: 1e300, leverage: 1e10, indexReturn: 0.5 }), 'NON_FINITE', 'options.aum'); // the input of largest magnitude
    expectCode(() => marketOnCloseImbalance([{ aum: 1e300, leverage: 1e10 }], 0.5), 'NON_FINITE', 'funds[0].aum'); // the larger input is named
    expectCode(
      () =>
        marketOnCloseImbalance(
          [
            { aum: 1e308, leverage: 2 },
            { aum: 1e308, leverage: 2 },
          ],
          0.6,
        ),
      'NON_FINITE',
      'funds',
    );
  });
});

describe('rebalanceTrade: error messages name the argument and its value', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    [
      'an amount that overflows',
      () => rebalanceTrade({ aum: 1e308, leverage: 3, indexReturn: 0.5 }),
      'NON_FINITE',
      'options.aum',
      'options.aum makes the trade overflow a double, got 1e+308 [NON_FINITE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
