import { describe, expect, test } from 'vitest';
import { marketOnCloseImbalance, rebalanceTrade, toContracts, toShares } from '../../src/rebalance/index.ts';
import { expectClose, expectCode } from '../helpers/assert.ts';

describe('W3 (seed 000, "Shorting is hard"): a $1mm fund mimicking a $1mm short', () => {
  test('X down 50 %: AUM $1.5mm, short $0.5mm, must sell $1mm more (triple the short)', () => {
    const t = rebalanceTrade({ aum: 1e6, leverage: -1, indexReturn: -0.5 });
    expect(t.aumAfter).toBe(1.5e6); // seed 000: "the fund has $1.5mm aum"
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

  test('seed 000 is wrong that the fund is insolvent after +50 % (docs/concepts.md §3): it is at +100 %', () => {
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
    expectClose(rebalanceTrade({ aum: 1e6, leverage: L, indexReturn: 0.01 }).trade, 1e6 * (1 + 2 ** -40) * 2 ** -40 * 0.01, 2e-16);
  });

  test('bad input → InverseMathError with codes', () => {
    expectCode(() => rebalanceTrade({ aum: -1, leverage: -1, indexReturn: 0.1 }), 'NEGATIVE', 'options.aum');
    expectCode(() => rebalanceTrade({ aum: Number.NaN, leverage: -1, indexReturn: 0.1 }), 'NON_FINITE', 'options.aum');
    expectCode(() => rebalanceTrade({ aum: 1, leverage: Infinity, indexReturn: 0.1 }), 'NON_FINITE', 'options.leverage');
    expectCode(() => rebalanceTrade({ aum: 1, leverage: -1, indexReturn: -1 }), 'RETURN_OUT_OF_DOMAIN', 'options.indexReturn');
    expectCode(() => rebalanceTrade({ aum: 1, leverage: -1, indexReturn: '0.1' as unknown as number }), 'INVALID_TYPE', 'options.indexReturn');
    expectCode(() => rebalanceTrade(null as never), 'INVALID_TYPE', 'options');
  });
});

describe('toShares / toContracts', () => {
  test('signed notionals give signed units; the residual is what is left', () => {
    expect(toShares(1000, 30)).toEqual({ units: 33, filledNotional: 990, residual: 10 });
    expect(toShares(-1000, 30)).toEqual({ units: -33, filledNotional: -990, residual: -10 });
    expect(toShares(-1000, 30, { rounding: 'floor' })).toEqual({ units: -34, filledNotional: -1020, residual: 20 });
    expect(toShares(1000, 30, { rounding: 'ceil' })).toEqual({ units: 34, filledNotional: 1020, residual: -20 });
    expect(toShares(1000, 30, { rounding: 'away-from-zero' }).units).toBe(34);
    expect(toShares(1000, 30, { rounding: 'half-up' }).units).toBe(33); // 33.33…
    expect(toShares(1010, 30, { rounding: 'half-even' }).units).toBe(34); // 33.67
  });

  test('exact ties: half-even to the even unit, half-up away from zero (decimal.js ROUND_HALF_UP)', () => {
    expect(toShares(250, 100, { rounding: 'half-even' }).units).toBe(2);
    expect(toShares(350, 100, { rounding: 'half-even' }).units).toBe(4);
    expect(toShares(-250, 100, { rounding: 'half-even' }).units).toBe(-2);
    expect(toShares(-250, 100, { rounding: 'half-up' }).units).toBe(-3);
    // 0.15 / 0.1 = 1.5 in decimals; the float quotient is 1.4999999999999998
    expect(0.15 / 0.1).toBeLessThan(1.5);
    expect(toShares(0.15, 0.1, { rounding: 'half-up' }).units).toBe(2);
  });

  test('decided on the decimals typed: 44220 / 13.4 is 3300 shares though the binary 13.4 is above 13.4', () => {
    // the double nearest 13.4 is 13.4000000000000003552…, so 3300 × it > 44220: a binary-exact floor would give 3299
    expect(3300n * 134000000000000003552713678800500929355621337890625n).toBeGreaterThan(44220n * 10n ** 49n);
    expect(toShares(44220, 13.4).units).toBe(3300);
    expect(toShares(44220, 13.4).residual).toBe(0);
    // and the opposite direction: 0.3 / 0.1 = 2.9999999999999996 in floats, 3 in decimals
    expect(Math.trunc(0.3 / 0.1)).toBe(2);
    expect(toShares(0.3, 0.1).units).toBe(3);
  });

  test('futures: the E-mini S&P 500 (multiplier 50)', () => {
    // buy $6mm at 5,000 points: 6e6 / 250,000 = 24 contracts; $5.9mm → 23, residual $150k
    expect(toContracts(6e6, 5000, 50).units).toBe(24);
    expect(toContracts(5.9e6, 5000, 50)).toEqual({ units: 23, filledNotional: 5.75e6, residual: 150_000 });
    expect(toContracts(-5.9e6, 5000, 50, { rounding: 'half-even' })).toEqual({ units: -24, filledNotional: -6e6, residual: 100_000 });
  });

  test('zero notional, −0 and sub-unit trades give 0 units, never −0', () => {
    expect(Object.is(toShares(-0, 10).units, 0)).toBe(true);
    expect(Object.is(toShares(-5, 10).units, 0)).toBe(true);
    expect(toShares(-5, 10).residual).toBe(-5);
    expect(Object.is(toShares(-5, 10).filledNotional, 0)).toBe(true);
  });

  test('beyond 2^52 units every double is whole: the float quotient is the answer', () => {
    const units = toShares(1e20, 3).units;
    expect(Number.isInteger(units)).toBe(true);
    expect(Math.abs(units - 1e20 / 3)).toBeLessThanOrEqual(1e20 / 3 * Number.EPSILON);
  });

  test('bad input → InverseMathError with codes', () => {
    expectCode(() => toShares(100, 0), 'NOT_POSITIVE', 'price');
    expectCode(() => toShares(100, -1), 'NOT_POSITIVE', 'price');
    expectCode(() => toShares(Number.NaN, 1), 'NON_FINITE', 'notional');
    expectCode(() => toShares(Infinity, 1), 'NON_FINITE', 'notional');
    expectCode(() => toShares(100, 1, { rounding: 'nearest' as never }), 'INVALID_OPTION', 'options.rounding');
    expectCode(() => toShares(100, 1, [] as never), 'INVALID_TYPE', 'options');
    expectCode(() => toShares(1e300, 1e-300), 'NON_FINITE', 'notional');
    expectCode(() => toContracts(100, 5000, 0), 'NOT_POSITIVE', 'multiplier');
    expectCode(() => toContracts(100, 5000, -50), 'NOT_POSITIVE', 'multiplier');
    expectCode(() => toContracts(100, 0, 50), 'NOT_POSITIVE', 'price');
    expectCode(() => toContracts(100, 1e300, 1e300), 'NON_FINITE', 'multiplier');
    expectCode(() => toContracts(100, 1e-300, 1e-300), 'OUT_OF_RANGE', 'multiplier');
  });
});

describe('marketOnCloseImbalance (seed 001, "The Rebalance Arbitrage Loop")', () => {
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
    const moc = marketOnCloseImbalance([{ aum: 1e6, leverage: 2 }, { aum: 4e6, leverage: 0.5 }], 0.01);
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
    expectCode(() => marketOnCloseImbalance([{ aum: 1, leverage: 2 }, { aum: -1, leverage: 2 }], 0.01), 'NEGATIVE', 'funds[1].aum');
    expectCode(() => marketOnCloseImbalance([{ aum: 1, leverage: Number.NaN }], 0.01), 'NON_FINITE', 'funds[0].leverage');
    expectCode(() => marketOnCloseImbalance([{ aum: 1, leverage: 2, name: 7 as never }], 0.01), 'INVALID_TYPE', 'funds[0].name');
    expectCode(() => marketOnCloseImbalance([{ aum: 1, leverage: 2 }], -1.5), 'RETURN_OUT_OF_DOMAIN', 'indexReturn');
  });
});

describe('amounts beyond the double range are errors, never ±Infinity', () => {
  test('rebalanceTrade and marketOnCloseImbalance', () => {
    expectCode(() => rebalanceTrade({ aum: 1e300, leverage: 1e10, indexReturn: 0.5 }), 'NON_FINITE', 'options');
    expectCode(() => marketOnCloseImbalance([{ aum: 1e300, leverage: 1e10 }], 0.5), 'NON_FINITE', 'funds[0]');
    expectCode(() => marketOnCloseImbalance([{ aum: 1e308, leverage: 2 }, { aum: 1e308, leverage: 2 }], 0.6), 'NON_FINITE', 'funds');
  });
});
