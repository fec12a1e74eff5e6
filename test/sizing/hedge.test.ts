/**
 * src/sizing/hedge.ts: the inverse-fund hedge notional β·V/|L| and the drift
 * of the hedge ratio Π(1 + L·r)/Π(1 + β·r) when neither position is traded
 * (docs/concepts.md §6.3).
 */
import { fc, it } from '@fast-check/vitest';
import { describe, expect, test } from 'vitest';
import { hedgeDrift, hedgeNotional } from '../../src/sizing/index.ts';
import { dailyPath } from '../helpers/arbitraries.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

const D = decimalWith(40);

describe('hedgeNotional', () => {
  test('docs/concepts.md §6.3: $100k at β = 1.25 needs $62,500 of a −2x fund', () => {
    expect(hedgeNotional({ portfolioValue: 100_000, beta: 1.25, leverage: -2 })).toBe(62_500);
  });

  test('a −1x fund needs β·V; a −3x fund a third of it', () => {
    expect(hedgeNotional({ portfolioValue: 90_000, beta: 1, leverage: -1 })).toBe(90_000);
    expect(hedgeNotional({ portfolioValue: 90_000, beta: 1, leverage: -3 })).toBe(30_000);
    expect(hedgeNotional({ portfolioValue: 0, beta: 1, leverage: -3 })).toBe(0);
  });

  it.prop([
    fc.double({ min: 1, max: 1e12, noNaN: true }),
    fc.double({ min: 0.05, max: 4, noNaN: true }),
    fc.double({ min: -5, max: -0.1, noNaN: true }),
  ])('hedgeNotional·|L|/β = V (the fund exposure offsets the beta exposure)', (portfolioValue, beta, leverage) => {
    const H = hedgeNotional({ portfolioValue, beta, leverage });
    expectClose((H * Math.abs(leverage)) / beta, portfolioValue, 4e-16);
  });
});

describe('hedgeDrift', () => {
  test('docs/concepts.md W2 path (100 → 90 → 100) with a −1x hedge of a β = 1 portfolio: the fund ends at 97.78 % → h = 0.9778', () => {
    const { ratio, wipedOutAt } = hedgeDrift([-0.1, 100 / 90 - 1], { beta: 1, leverage: -1 });
    // day 1: fund 1.1, portfolio 0.9 → 11/9; day 2: fund 1.1·(8/9) = 88/90, portfolio 1
    expectClose(ratio[0] as number, 11 / 9, 1e-15);
    expectClose(ratio[1] as number, 88 / 90, 1e-15);
    expect(wipedOutAt).toBeNull();
  });

  it.prop([
    dailyPath(1, 60),
    fc.double({ min: 0.2, max: 2, noNaN: true }),
    fc.double({ min: -3, max: -0.5, noNaN: true }),
  ])(
    'h_n = Π(1 + L·r)/Π(1 + β·r) (40-digit oracle), h < 1 after a one-day rally, > 1 after a fall',
    (path, beta, leverage) => {
      const { ratio } = hedgeDrift(path, { beta, leverage });
      let fund = new D(1);
      let portfolio = new D(1);
      path.forEach((r, i) => {
        fund = fund.times(exact(leverage, D).times(exact(r, D)).plus(1));
        portfolio = portfolio.times(exact(beta, D).times(exact(r, D)).plus(1));
        expectClose(ratio[i] as number, fund.div(portfolio).toNumber(), 1e-13);
      });
      const first = path[0] as number;
      if (first > 1e-9) expect(ratio[0]).toBeLessThan(1);
      if (first < -1e-9) expect(ratio[0]).toBeGreaterThan(1);
    },
  );

  test('a move that wipes the fund out: ratio 0 from then on, reported as an outcome', () => {
    const path = [0.01, 0.4, -0.2];
    const before = snapshot(path);
    const d = hedgeDrift(path, { beta: 1, leverage: -3 });
    expect(Array.from(d.ratio).slice(1)).toEqual([0, 0]);
    expect(d.wipedOutAt).toBe(1);
    expect(path).toEqual(before);
  });

  test.each([
    [
      'hedgeNotional(L = 2)',
      () => hedgeNotional({ portfolioValue: 1e5, beta: 1, leverage: 2 }),
      'OUT_OF_RANGE',
      'options.leverage',
    ],
    [
      'hedgeNotional(L = 0)',
      () => hedgeNotional({ portfolioValue: 1e5, beta: 1, leverage: 0 }),
      'OUT_OF_RANGE',
      'options.leverage',
    ],
    [
      'hedgeNotional(β = 0)',
      () => hedgeNotional({ portfolioValue: 1e5, beta: 0, leverage: -1 }),
      'NOT_POSITIVE',
      'options.beta',
    ],
    [
      'hedgeNotional(V < 0)',
      () => hedgeNotional({ portfolioValue: -1, beta: 1, leverage: -1 }),
      'NEGATIVE',
      'options.portfolioValue',
    ],
    [
      'hedgeNotional(overflow)',
      () => hedgeNotional({ portfolioValue: 1e308, beta: 4, leverage: -1 }),
      'NON_FINITE',
      'options.portfolioValue',
    ],
    [
      'hedgeNotional(betta)',
      () => hedgeNotional({ portfolioValue: 1, betta: 1, leverage: -1 } as never),
      'UNKNOWN_OPTION',
      'options.betta',
    ],
    ['hedgeDrift(L = 1)', () => hedgeDrift([0.01], { beta: 1, leverage: 1 }), 'OUT_OF_RANGE', 'options.leverage'],
    ['hedgeDrift([])', () => hedgeDrift([], { beta: 1, leverage: -1 }), 'EMPTY_SERIES', 'indexReturns'],
    [
      'hedgeDrift(r = −1)',
      () => hedgeDrift([0.01, -1], { beta: 1, leverage: -1 }),
      'RETURN_OUT_OF_DOMAIN',
      'indexReturns',
    ],
    [
      'hedgeDrift(1 + β·r ≤ 0)',
      () => hedgeDrift([-0.5], { beta: 2, leverage: -1 }),
      'LEVERAGED_RETURN_OUT_OF_DOMAIN',
      'indexReturns',
    ],
    ['hedgeDrift(NaN)', () => hedgeDrift([Number.NaN], { beta: 1, leverage: -1 }), 'NON_FINITE', 'indexReturns'],
    ['hedgeDrift(options missing)', () => hedgeDrift([0.01], undefined as never), 'INVALID_TYPE', 'options'],
  ] as const)('bad input: %s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});

describe('an overflow names the input that overflowed, with its value (CONTRIBUTING; issue 13)', () => {
  test('hedgeNotional: a huge portfolio value, a tiny leverage', () => {
    // β·V/|L| = 4e308 and 1e5/1e-310: beyond the largest double, 1.8e308
    expect(() => hedgeNotional({ portfolioValue: 1e308, beta: 4, leverage: -1 })).toThrow(
      'options.portfolioValue makes beta × portfolioValue / |leverage| overflow a double, got 1e+308 [NON_FINITE]',
    );
    expect(() => hedgeNotional({ portfolioValue: 1e5, beta: 1, leverage: -1e-310 })).toThrow(
      'options.leverage makes beta × portfolioValue / |leverage| overflow a double, got -1e-310 [NON_FINITE]',
    );
  });

  test('hedgeDrift: the element where the ratio overflows, by its value, not the length of the series', () => {
    // L = −1e300, r = −1e-10: each period multiplies the fund by 1 + 1e290, the second passes 1.8e308
    expect(() => hedgeDrift([-1e-10, -1e-10], { beta: 1, leverage: -1e300 })).toThrow(
      'indexReturns[1] overflows a double, got -1e-10 [NON_FINITE]',
    );
  });
});
