import { describe, expect, test } from 'vitest';
import { logNavPath, navFromPrices, navHistory, navPath, navState, stepNav } from '../../src/index.ts';
import { expectClose, expectCode, expectStated, snapshot } from '../helpers/assert.ts';
import type { NavOptions } from '../../src/nav/index.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

const D = decimalWith(50);
const last = (a: Float64Array): number => a[a.length - 1] as number;
const huge = [1e300, 1e300];
/**
 * The exact sum of the doubles `log1p(r_i)`, rounded once: what a compensated
 * sum of those terms must reproduce (the summation is under test here, not
 * `log1p`'s own rounding).
 */
const exactLogSum = (r: readonly number[]): number =>
  r.reduce((s, x) => s.plus(exact(Math.log1p(x), D)), new D(0)).toNumber();

describe('worked numbers of the source documents (docs/concepts.md §2, §3)', () => {
  test('W2 ("Precision Hedging"): index 100 → 90 → 100, the −1x fund goes 100 → 110 → 97.78', () => {
    const nav = navFromPrices([100, 90, 100], { leverage: -1, initialNav: 100 });
    expectStated(nav[1] as number, 110, 2, '"Precision Hedging", day 1');
    expectStated(nav[2] as number, 97.78, 2, '"Precision Hedging", day 2');
    expectClose(nav[2] as number, (100 * 88) / 90, 1e-15); // exact: 100 · 1.1 · (1 − 1/9)
  });

  test('I4 (docs/concepts.md §3): "Precision Hedging" says "down 5 % then up 5 %" is worse for an inverse fund; both orders give 1.05 × 0.95', () => {
    const a = last(navPath([-0.05, 0.05], { leverage: -1 }));
    const b = last(navPath([0.05, -0.05], { leverage: -1 }));
    expect(a).toBe(1.05 * 0.95);
    expect(b).toBe(0.95 * 1.05);
    expectClose(a, b, 2 * Number.EPSILON);
  });

  test('docs/concepts.md §3: "Shorting is hard" calls the −1x fund insolvent after +50 %; it has half its assets, and is wiped out only at +100 %', () => {
    expect(Array.from(navPath([0.5], { leverage: -1, initialNav: 1e6 }))).toEqual([1e6, 0.5e6]);
    const h = navHistory([0.5, 1, 0.1], { leverage: -1 });
    expect(Array.from(h.nav)).toEqual([1, 0.5, 0, 0]);
    expect(h.wipedOutAt).toBe(1);
  });

  test('docs/concepts.md §3: a −3x fund is wiped out when the index rises by 33⅓ % in a day, never negative', () => {
    const h = navHistory([0.01, 0.4, -0.5, 0.2], { leverage: -3 });
    expect(h.wipedOutAt).toBe(1);
    expect(Array.from(h.nav)).toEqual([1, 0.97, 0, 0, 0]);
    expect(h.logNav[2]).toBe(Number.NEGATIVE_INFINITY);
    expect(h.rebalances).toBe(1);
    expect(Array.from(h.leverageRatio)).toEqual([-3, -3, 0, 0, 0]);
    // exactly at the boundary 1 + L·r = 0
    expect(navHistory([1 / 4], { leverage: -4 }).wipedOutAt).toBe(0);
  });

  test('docs/concepts.md §3: a 3x fund on a price index earns about 3 × q a year in dividends', () => {
    const flat = new Float64Array(252);
    const withQ = last(navPath(flat, { leverage: 3, dividendYield: 0.02 }));
    expectClose(withQ, (1 + (3 * 0.02) / 252) ** 252, 1e-14);
    expect(withQ - 1).toBeGreaterThan(0.06);
    expect(withQ - 1).toBeLessThan(0.0619); // e^0.06 − 1 = 6.18 %
  });
});

describe('costs (docs/concepts.md §3 decomposition)', () => {
  test('flat index, constant rates: NAV_n = (1 + carry)^n with carry = L·q·τ + (1−L)·rf·τ − |L|·s·τ − f·τ', () => {
    for (const L of [-3, -1, 0.5, 2, 3]) {
      const o = {
        leverage: L,
        financingRate: 0.05,
        spread: 0.004,
        expenseRatio: 0.0095,
        dividendYield: 0.018,
        periodsPerYear: 250,
      };
      const tau = 1 / 250;
      const c = L * 0.018 * tau + (1 - L) * 0.05 * tau - Math.abs(L) * 0.004 * tau - 0.0095 * tau;
      expectClose(last(navPath(new Float64Array(500), o)), (1 + c) ** 500, 1e-13);
    }
  });

  test('with dates, financing and spread accrue actual/360, expenses and dividends actual/365 (Friday → Monday is 3 days)', () => {
    const dates = ['2024-03-07', '2024-03-08', '2024-03-11', new Date(Date.UTC(2024, 2, 12, 21, 0))];
    const r = [0.01, -0.02, 0.005];
    const o = {
      leverage: -2,
      financingRate: [0.05, 0.052, 0.051],
      spread: 0.003,
      expenseRatio: 0.0095,
      dividendYield: 0.015,
      dates,
    };
    const days = [1, 3, 1];
    let v = 1;
    for (let i = 0; i < 3; i++) {
      const d = days[i] as number;
      const rf = o.financingRate[i] as number;
      v *=
        1 +
        -2 * ((r[i] as number) + (0.015 * d) / 365) +
        (3 * rf * d) / 360 -
        (2 * 0.003 * d) / 360 -
        (0.0095 * d) / 365;
    }
    expectClose(last(navPath(r, o)), v, 1e-15);
  });

  test('costs alone can wipe a fund out: reported, not thrown', () => {
    const h = navHistory([0, 0], { leverage: 3, financingRate: 300, periodsPerYear: 1 });
    expect(h.wipedOutAt).toBe(0);
    expect(Array.from(h.nav)).toEqual([1, 0, 0]);
  });

  test('negative financing rates are allowed (a −1x fund then pays on its short proceeds)', () => {
    expect(last(navPath([0], { leverage: -1, financingRate: -0.005, periodsPerYear: 1 }))).toBeCloseTo(
      1 - 2 * 0.005,
      15,
    );
  });
});

describe('rebalancing rules', () => {
  test('{ every: k }: between rebalances the fund holds a fixed position, NAV = 1 + L·(Π(1 + r) − 1)', () => {
    const r = [0.02, -0.03, 0.04, 0.01, -0.02];
    const h = navHistory(r, { leverage: 3, rebalance: { every: 5 } });
    const G = r.reduce((g, x) => g * (1 + x), 1);
    expectClose(last(h.nav), 1 + 3 * (G - 1), 1e-14);
    expect(h.rebalances).toBe(1);
    // the exposure ratio drifts: E/A = 3·(1 + r1)/(1 + 3·r1) after the first period
    expectClose(h.leverageRatio[1] as number, (3 * 1.02) / 1.06, 1e-15);
    expect(h.leverageRatio[5]).toBe(3);
  });

  test('{ every: k }: costs accrue on the actual exposure ℓ, not on L', () => {
    const rf = 0.05;
    const tau = 1 / 252;
    const h = navHistory([0.1, 0], { leverage: 2, financingRate: rf, rebalance: { every: 2 } });
    const a1 = 1 + 2 * 0.1 - rf * tau; // ℓ = 2 on day 1
    const ell = (2 * 1.1) / a1; // drifted ratio
    const a2 = a1 * (1 + (1 - ell) * rf * tau);
    expectClose(h.nav[1] as number, a1, 1e-15);
    expectClose(h.nav[2] as number, a2, 1e-15);
  });

  test('{ band: b } rebalances only when ℓ leaves L·(1 ± b); a huge band never rebalances', () => {
    // 2x, +1 %: ℓ = 2·1.01/1.02 = 1.98039 (inside ±1 %); then +5 %: far outside
    const h = navHistory([0.01, 0.05, 0], { leverage: 2, rebalance: { band: 0.01 } });
    expect(h.rebalances).toBe(1);
    expectClose(h.leverageRatio[1] as number, 2.02 / 1.02, 1e-15);
    expect(h.leverageRatio[2]).toBe(2);
    const never = navHistory([0.1, -0.2, 0.05], { leverage: -2, rebalance: { band: 1e9 } });
    expect(never.rebalances).toBe(0);
    expectClose(last(never.nav), 1 - 2 * (1.1 * 0.8 * 1.05 - 1), 1e-15);
  });

  test('a fixed position is wiped out when 1 + L·(G − 1) ≤ 0 even if no single day does it', () => {
    const h = navHistory([-0.3, -0.3], { leverage: 2, rebalance: { every: 10 } });
    expect(h.wipedOutAt).toBe(1); // 1 + 2·(0.49 − 1) = −0.02
    const daily = navHistory([-0.3, -0.3], { leverage: 2 });
    expect(daily.wipedOutAt).toBeNull();
    expectClose(last(daily.nav), 0.16, 1e-15);
  });

  test("band 0 and every 1 are 'daily'", () => {
    const r = [0.01, -0.02, 0.03, 0.0, -0.01];
    const o = { leverage: -3, financingRate: 0.04, expenseRatio: 0.01 };
    const daily = navPath(r, o);
    expect(Array.from(navPath(r, { ...o, rebalance: { every: 1 } }))).toEqual(Array.from(daily));
    expect(Array.from(navPath(r, { ...o, rebalance: { band: 0 } }))).toEqual(Array.from(daily));
  });
});

describe('logNavPath, inputs and outputs', () => {
  test('logNavPath = ln(navPath), −∞ after a wipe-out, ln(initialNav) at the start', () => {
    const r = [0.01, -0.02, 0.015, 0.4];
    const o = { leverage: -3, financingRate: 0.05, initialNav: 50 };
    const lv = logNavPath(r, o);
    const v = navPath(r, o);
    for (let i = 0; i < 4; i++) expectClose(lv[i] as number, Math.log(v[i] as number), 1e-15);
    expect(lv[4]).toBe(Number.NEGATIVE_INFINITY);
  });

  test('arrays, Float64Array and Float32Array of the same values give the same NAV; inputs are not mutated', () => {
    const values = [0.25, -0.5, 0.125, 0.0625];
    const arr = [...values];
    const f64 = Float64Array.from(values);
    const f32 = Float32Array.from(values); // these values are exact in float32
    const o = {
      leverage: 2,
      financingRate: [0.01, 0.02, 0.03, 0.04],
      dates: ['2024-01-01', '2024-01-02', '2024-01-05', '2024-01-06', '2024-02-01'],
    };
    const before = snapshot(o);
    const a = navPath(arr, o);
    expect(Array.from(navPath(f64, o))).toEqual(Array.from(a));
    expect(Array.from(navPath(f32, o))).toEqual(Array.from(a));
    expect(arr).toEqual(values);
    expect(o).toEqual(before);
  });

  test('a bad return after a wipe-out is still reported', () => {
    expectCode(() => navPath(Float64Array.from([0.5, Number.NaN]), { leverage: -3 }), 'NON_FINITE', 'indexReturns');
    expectCode(() => navPath([0.5, -1], { leverage: -3 }), 'RETURN_OUT_OF_DOMAIN', 'indexReturns');
  });

  test('the index of a bad element is reported, typed array or not', () => {
    expect(
      expectCode(() => navPath(Float64Array.from([0.1, Number.POSITIVE_INFINITY]), { leverage: 2 }), 'NON_FINITE')
        .index,
    ).toBe(1);
    expect(expectCode(() => navPath([0.1, 0.2, -1.5], { leverage: 2 }), 'RETURN_OUT_OF_DOMAIN').index).toBe(2);
    expect(expectCode(() => navPath([0.1, '0.2' as never], { leverage: 2 }), 'INVALID_TYPE').index).toBe(1);
  });
});

describe('bad input of the batch functions', () => {
  const ok = [0.01, 0.02];
  test.each([
    ['indexReturns not a series', () => navPath('x' as never, { leverage: 2 }), 'INVALID_TYPE', 'indexReturns'],
    ['empty', () => navPath([], { leverage: 2 }), 'EMPTY_SERIES', 'indexReturns'],
    ['options missing', () => navPath(ok, undefined as never), 'INVALID_TYPE', 'options'],
    ['leverage missing', () => navPath(ok, {} as never), 'INVALID_TYPE', 'options.leverage'],
    ['leverage NaN', () => logNavPath(ok, { leverage: Number.NaN }), 'NON_FINITE', 'options.leverage'],
    ['initialNav 0', () => navPath(ok, { leverage: 2, initialNav: 0 }), 'NOT_POSITIVE', 'options.initialNav'],
    ['expenseRatio < 0', () => navPath(ok, { leverage: 2, expenseRatio: -0.01 }), 'NEGATIVE', 'options.expenseRatio'],
    [
      'spread series too short',
      () => navPath(ok, { leverage: 2, spread: [0.01] }),
      'LENGTH_MISMATCH',
      'options.spread',
    ],
    [
      'financing series NaN',
      () => navPath(ok, { leverage: 2, financingRate: [0.01, Number.NaN] }),
      'NON_FINITE',
      'options.financingRate',
    ],
    [
      'dividendYield < 0',
      () => navPath(ok, { leverage: 2, dividendYield: [0.01, -0.02] }),
      'NEGATIVE',
      'options.dividendYield',
    ],
    [
      'periodsPerYear 0',
      () => navPath(ok, { leverage: 2, periodsPerYear: 0 }),
      'NOT_POSITIVE',
      'options.periodsPerYear',
    ],
    [
      'dates and periodsPerYear',
      () => navPath(ok, { leverage: 2, periodsPerYear: 252, dates: ['2024-01-02', '2024-01-03', '2024-01-04'] }),
      'INVALID_OPTION',
      'options.periodsPerYear',
    ],
    [
      'dates too short',
      () => navPath(ok, { leverage: 2, dates: ['2024-01-02', '2024-01-03'] }),
      'LENGTH_MISMATCH',
      'options.dates',
    ],
    [
      'dates not increasing',
      () => navPath(ok, { leverage: 2, dates: ['2024-01-02', '2024-01-04', '2024-01-04'] }),
      'INVALID_DATE',
      'options.dates',
    ],
    [
      'date not ISO',
      () => navPath(ok, { leverage: 2, dates: ['2024-01-02', 'Jan 3 2024', '2024-01-04'] }),
      'INVALID_DATE',
      'options.dates',
    ],
    [
      'invalid Date',
      () => navPath(ok, { leverage: 2, dates: ['2024-01-02', new Date(Number.NaN), '2024-01-04'] }),
      'INVALID_DATE',
      'options.dates',
    ],
    [
      'date not a string',
      () => navPath(ok, { leverage: 2, dates: ['2024-01-02', 3 as never, '2024-01-04'] }),
      'INVALID_TYPE',
      'options.dates',
    ],
    [
      'unknown rule',
      () => navPath(ok, { leverage: 2, rebalance: 'weekly' as never }),
      'INVALID_OPTION',
      'options.rebalance',
    ],
    [
      'two rules',
      () => navPath(ok, { leverage: 2, rebalance: { every: 2, band: 0.1 } as never }),
      'INVALID_OPTION',
      'options.rebalance',
    ],
    ['every 0', () => navPath(ok, { leverage: 2, rebalance: { every: 0 } }), 'OUT_OF_RANGE', 'options.rebalance.every'],
    [
      'every 1.5',
      () => navPath(ok, { leverage: 2, rebalance: { every: 1.5 } }),
      'OUT_OF_RANGE',
      'options.rebalance.every',
    ],
    ['band < 0', () => navPath(ok, { leverage: 2, rebalance: { band: -0.1 } }), 'NEGATIVE', 'options.rebalance.band'],
    ['one price', () => navFromPrices([100], { leverage: 2 }), 'SERIES_TOO_SHORT', 'indexPrices'],
    ['price 0', () => navFromPrices([100, 0], { leverage: 2 }), 'NOT_POSITIVE', 'indexPrices'],
  ] as const)('%s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});

describe('a NAV that underflows to 0 is no wipe-out', () => {
  test('0.1^t falls below the smallest double after ~324 periods: navPath agrees with navHistory bit for bit, 0 at the end, nothing wiped out', () => {
    // 1x, −90 % a period, no costs: NAV_t = 0.1^t as the recursion rounds it (a plain loop is the oracle)
    const r = new Float64Array(400).fill(-0.9);
    const expected = new Float64Array(401);
    expected[0] = 1;
    for (let t = 0; t < 400; t++) expected[t + 1] = (expected[t] as number) * (1 + (1 * -0.9 + 0));
    const history = navHistory(r, { leverage: 1 });
    expect(Array.from(navPath(r, { leverage: 1 }))).toEqual(Array.from(expected));
    expect(Array.from(history.nav)).toEqual(Array.from(expected));
    expect([expected[400], history.wipedOutAt]).toEqual([0, null]);
    // the log-NAV does not underflow: 400 · ln 0.1
    expectClose(logNavPath(r, { leverage: 1 })[400] as number, 400 * Math.log(0.1), 1e-12);
  });
});

describe('a NAV that overflows a double is NON_FINITE, with the period', () => {
  test.each([
    ['array, daily (fast loop)', () => navPath(huge, { leverage: 2 })],
    ['Float64Array, daily (fast loop)', () => navPath(Float64Array.from(huge), { leverage: 2 })],
    ['every 2 (general path)', () => navPath(huge, { leverage: 2, rebalance: { every: 2 } })],
    [
      'with dates (general path)',
      () => navPath(huge, { leverage: 2, dates: ['2024-03-08', '2024-03-11', '2024-03-12'] }),
    ],
  ])('navPath, %s', (_, call) => {
    const e = expectCode(call, 'NON_FINITE', 'indexReturns');
    expect(e.index).toBe(1);
  });

  test('navPath: a period whose own terms give ∞ − ∞ is an overflow, not a wipe-out', () => {
    // (1 − 3)·(−1e308) = 2e308 = ∞ financing income against 3·1e308 = ∞ spread cost
    expect((1 - 3) * -1e308 - 3 * 1e308).toBeNaN();
    for (const rebalance of ['daily', { every: 2 }] as const) {
      expectCode(
        () => navPath([0.01, 0.01], { leverage: 3, financingRate: -1e308, spread: 1e308, rebalance }),
        'NON_FINITE',
        'indexReturns',
      );
    }
  });

  test('navFromPrices: NAV overflow, and a price ratio that overflows', () => {
    expect(
      expectCode(() => navFromPrices([1e-300, 1, 1e300], { leverage: 2 }), 'NON_FINITE', 'indexPrices').index,
    ).toBe(1);
    // 1e300 / 1e-300 = ∞ although both prices are finite and positive
    expect(expectCode(() => navFromPrices([1e-300, 1e300], { leverage: 1 }), 'NON_FINITE', 'indexPrices').index).toBe(
      1,
    );
  });

  test('navHistory: its nav series overflows, so the call fails like navPath', () => {
    expect(expectCode(() => navHistory(huge, { leverage: 2 }), 'NON_FINITE', 'indexReturns').index).toBe(1);
  });

  test('stepNav: the step whose NAV overflows throws; the state before it is untouched', () => {
    const s1 = stepNav(navState({ leverage: 2 }), 1e300);
    expect(s1.nav).toBe(1 + 2e300);
    const before = JSON.stringify(s1);
    expectCode(() => stepNav(s1, 1e300), 'NON_FINITE', 'indexReturn');
    expect(JSON.stringify(s1)).toBe(before);
  });
});

describe('log-NAV does not overflow where the NAV does', () => {
  test('logNavPath: finite where navPath overflows, = 2·ln(1 + 2e300)', () => {
    const log = logNavPath(huge, { leverage: 2 });
    expectClose(log[2] as number, 2 * Math.log(1 + 2e300), 1e-15);
    expect(navHistory([1e300], { leverage: 2 }).logNav[1]).toBe(Math.log1p(2e300));
  });

  test('logNavPath: only a period whose own growth overflows (|L·r| beyond a double) is NON_FINITE', () => {
    expect(1e308 * 10).toBe(Infinity);
    expect(expectCode(() => logNavPath([0.1, 10], { leverage: 1e308 }), 'NON_FINITE', 'indexReturns').index).toBe(1);
    expectCode(
      () => logNavPath([0.01], { leverage: 3, financingRate: -1e308, spread: 1e308 }),
      'NON_FINITE',
      'indexReturns',
    );
  });
});

describe('a wipe-out is NAV 0, never an error, even next to huge numbers', () => {
  test('navPath, logNavPath, stepNav: a −3x fund wiped out after a huge gain', () => {
    expect(Array.from(navPath([0, 0.5, 1e300], { leverage: -3 }))).toEqual([1, 1, 0, 0]);
    expect(Array.from(logNavPath([0.5, 1e300], { leverage: -3 }))).toEqual([0, -Infinity, -Infinity]);
    const s = stepNav(navState({ leverage: -3 }), 1e300);
    expect([s.nav, s.wipedOutAt, s.logNav]).toEqual([0, 0, -Infinity]);
  });
});

describe('typed arrays are checked element by element on every path', () => {
  const paths: Array<[string, (r: Float64Array, o: NavOptions) => unknown]> = [
    ['navPath (fast loop)', navPath],
    ['logNavPath (fast loop)', logNavPath],
    ['navHistory (general)', navHistory],
    ['navPath with { every: 2 } (general)', (r, o) => navPath(r, { ...o, rebalance: { every: 2 } })],
    ['logNavPath with { band: 0.1 } (general)', (r, o) => logNavPath(r, { ...o, rebalance: { band: 0.1 } })],
  ];
  test.each(paths)(
    '%s: r ≤ −1, NaN and ±∞ are refused at their index, even where the fund would survive them',
    (_name, f) => {
      // at −1x a return of −1.5 gives 1 + 1.5 > 0: only the return check can refuse it
      expect(
        expectCode(() => f(new Float64Array([0.01, -1.5]), { leverage: -1 }), 'RETURN_OUT_OF_DOMAIN', 'indexReturns')
          .index,
      ).toBe(1);
      expect(expectCode(() => f(new Float64Array([0.01, -1]), { leverage: -0.5 }), 'RETURN_OUT_OF_DOMAIN').index).toBe(
        1,
      );
      expect(expectCode(() => f(new Float64Array([0.01, 0.02, Number.NaN]), { leverage: 2 }), 'NON_FINITE').index).toBe(
        2,
      );
      expect(
        expectCode(() => f(new Float64Array([Number.POSITIVE_INFINITY]), { leverage: 2 }), 'NON_FINITE').index,
      ).toBe(0);
      expect(
        expectCode(() => f(new Float64Array([0.01, Number.NEGATIVE_INFINITY]), { leverage: -1 }), 'NON_FINITE').index,
      ).toBe(1);
    },
  );

  test.each(paths)(
    '%s: an infinite return is a bad input ("must be a finite number"), not an overflow of the NAV',
    (_name, f) => {
      for (const L of [2, -1]) {
        const e = expectCode(
          () => f(new Float64Array([0.01, Number.POSITIVE_INFINITY]), { leverage: L }),
          'NON_FINITE',
          'indexReturns',
        );
        expect(e.message).toBe('indexReturns[1] must be a finite number, got Infinity [NON_FINITE]');
      }
    },
  );

  test('Float32Array too; a return of exactly −1 at +1x is a wipe-out of the fund but still an index at zero: refused', () => {
    expect(expectCode(() => navPath(new Float32Array([0.5, -1]), { leverage: 1 }), 'RETURN_OUT_OF_DOMAIN').index).toBe(
      1,
    );
  });
});

describe('a wipe-out on the fast loop: 1 + L·r + c = 0 exactly', () => {
  test('navPath at 2x, r = −0.5: NAV 0 from that close on (the general path reports the period)', () => {
    const r = [0.1, -0.5, 0.2];
    // 1 + 2·0.1 = 1.2, then 1.2·(1 − 1) = 0, and 0 after
    expect(Array.from(navPath(r, { leverage: 2 }))).toStrictEqual([1, 1.2, 0, 0]);
    expect(Array.from(logNavPath(r, { leverage: 2 }))).toStrictEqual([
      0,
      Math.log1p(0.2),
      Number.NEGATIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ]);
    expect(navHistory(r, { leverage: 2 }).wipedOutAt).toBe(1);
  });
});

describe('log-NAV: Neumaier compensation (docs/concepts.md §3, long horizons)', () => {
  // log1p(r): 1e-20, then ≈ +1, then ≈ −1; the first term survives only in the compensation
  const r = [1e-20, Math.E - 1, 1 / Math.E - 1];
  const expected = exactLogSum(r);

  test('the oracle sum keeps the 1e-20 a plain double sum loses', () => {
    const plain = r.reduce((s, x) => s + Math.log1p(x), 0);
    expect(Math.abs(plain - expected)).toBeGreaterThan(1e-21);
  });

  test.each([
    ['logNavPath (fast loop)', () => logNavPath(r, { leverage: 1 })[3] as number],
    ['navHistory (general)', () => navHistory(r, { leverage: 1 }).logNav[3] as number],
    ['logNavPath { every: 1 } (general)', () => logNavPath(r, { leverage: 1, rebalance: { every: 1 } })[3] as number],
  ])('%s: ln NAV₃ to 1e-15 of the exact sum of its terms, relative', (_name, get) => {
    expectClose(get(), expected, 1e-15);
  });

  // the other branch of the compensation: the running sum (≈ 1) is larger than each term (1e-17, below
  // half an ulp of 1), so a plain sum keeps none of them; 1,000 of them are 1e-14 ≈ 45 ulps of the result
  const big = [Math.E - 1, ...Array.from({ length: 1000 }, () => 1e-17)];
  const bigExpected = exactLogSum(big);

  test('the oracle sum keeps the 1,000 terms of 1e-17 that a plain double sum loses', () => {
    const plain = big.reduce((s, x) => s + Math.log1p(x), 0);
    expect(Math.abs(plain - bigExpected)).toBeGreaterThan(1e-15);
  });

  test.each([
    ['logNavPath (fast loop)', () => logNavPath(big, { leverage: 1 })[1000 + 1] as number],
    ['navHistory (general)', () => navHistory(big, { leverage: 1 }).logNav[1000 + 1] as number],
    ['stepNav', () => big.reduce((st, x) => stepNav(st, x), navState({ leverage: 1 })).logNav],
  ])('%s: small terms after a large sum, ln NAV to 1e-15 of the exact sum of its terms, relative', (_name, get) => {
    expectClose(get(), bigExpected, 1e-15);
  });

  test('stepNav: logNav = logNavSum + logNavCompensation, the sum and its Neumaier term', () => {
    let s = navState({ leverage: 1 });
    s = stepNav(s, r[0] as number);
    // first period: the sum is ln(1 + r₀) and nothing is lost
    expect([s.logNavSum, s.logNavCompensation]).toStrictEqual([Math.log1p(r[0] as number), 0]);
    s = stepNav(s, r[1] as number);
    const y = Math.log1p(r[1] as number);
    const v = (r[0] as number) + y; // 1e-20 + y rounds to y
    expect(s.logNavSum).toBe(v);
    // |u| < |y|: the term lost is (y − v) + u
    expect(s.logNavCompensation).toBe(y - v + Math.log1p(r[0] as number));
    s = stepNav(s, r[2] as number);
    expectClose(s.logNav, expected, 1e-15);
    expect(s.logNav).toBe(s.logNavSum + s.logNavCompensation);
  });
});

describe('logNavPath where the NAV itself overflows a double', () => {
  // NAV₀ = 1e10, r = 1e300 at 2x: NAV₁ = 1e10·(1 + 2e300) > MAX_VALUE, ln NAV₁ = ln 1e10 + ln(1 + 2e300)
  const expected = Math.log(1e10) + Math.log1p(2e300);
  test.each([
    ['fast loop', {}],
    ['general path ({ every: 2 })', { rebalance: { every: 2 } }],
    ['general path (a rate series)', { financingRate: [0] }],
  ])('%s: the log-NAV is returned, finite', (_name, extra) => {
    const out = logNavPath([1e300], { leverage: 2, initialNav: 1e10, ...extra });
    expectClose(out[1] as number, expected, 1e-15);
  });
  test('navPath and navHistory report the NAV overflow (NON_FINITE, "overflows a double")', () => {
    const e = expectCode(
      () => navPath([1e300], { leverage: 2, initialNav: 1e10, rebalance: { every: 2 } }),
      'NON_FINITE',
      'indexReturns',
    );
    expect(e.message).toContain('overflows a double');
    expect(e.index).toBe(0);
    expectCode(() => navHistory([1e300], { leverage: 2, initialNav: 1e10 }), 'NON_FINITE', 'indexReturns');
  });
});

describe('rebalancing rules: band edges', () => {
  test('{ band: b } rebalances when |ℓ − L| > b·|L|, strictly: a period that leaves ℓ = L exactly does not count', () => {
    // r = 0, no costs: ℓ = L·1/1 = L exactly, inside a band of width 0; r = 0.01 moves it out
    expect(navHistory([0, 0.01, 0], { leverage: 2, rebalance: { band: 0 } }).rebalances).toBe(1);
    // daily counts every solvent close
    expect(navHistory([0, 0.01, 0], { leverage: 2 }).rebalances).toBe(3);
  });

  test.each([
    [{ every: 0 }, 'OUT_OF_RANGE', 'options.rebalance.every'],
    [{ every: 1.5 }, 'OUT_OF_RANGE', 'options.rebalance.every'],
    [{ every: '2' }, 'INVALID_TYPE', 'options.rebalance.every'],
    [{ band: Number.POSITIVE_INFINITY }, 'NON_FINITE', 'options.rebalance.band'],
    [{ band: '0.1' }, 'INVALID_TYPE', 'options.rebalance.band'],
    [{ band: -0.01 }, 'NEGATIVE', 'options.rebalance.band'],
    [{ foo: 1 }, 'INVALID_OPTION', 'options.rebalance'],
    [{ every: 2, band: 0.1 }, 'INVALID_OPTION', 'options.rebalance'],
    [{}, 'INVALID_OPTION', 'options.rebalance'],
    ['weekly', 'INVALID_OPTION', 'options.rebalance'],
    [['daily'], 'INVALID_OPTION', 'options.rebalance'],
    [null, 'INVALID_OPTION', 'options.rebalance'],
  ])('rebalance %j: %s on %s', (rule, code, argument) => {
    const e = expectCode(() => navPath([0.01], { leverage: 2, rebalance: rule as never }), code as never, argument);
    if (code === 'INVALID_OPTION') expect(e.message).toContain("must be 'daily', { every: k } or { band: b }");
  });

  test('the edges of the rules are valid: { every: 1 } and { band: 0 } give the daily NAV', () => {
    const r = [0.01, -0.02, 0.03];
    const daily = Array.from(navPath(r, { leverage: 3 }));
    expect(Array.from(navPath(r, { leverage: 3, rebalance: { every: 1 } }))).toStrictEqual(daily);
    expect(Array.from(navPath(r, { leverage: 3, rebalance: { band: 0 } }))).toStrictEqual(daily);
  });
});

describe('rates and dates', () => {
  test('a negative financing rate is allowed in a series as well as a constant', () => {
    // −1x, r = 0, rf = −0.5 % on (1 − (−1)) = 2 units for 1/252 year: 1 + 2·(−0.005)/252
    const expected = 1 + (2 * -0.005) / 252;
    expect(navPath([0], { leverage: -1, financingRate: -0.005 })[1]).toBe(expected);
    expect(navPath([0], { leverage: -1, financingRate: [-0.005] })[1]).toBe(expected);
  });

  test('the fast loop honours calendar days: Friday → Monday carries 3 days of financing', () => {
    // 3x, r = 0, rf = 5 % on (1 − 3) = −2 units for 3/360 year, expenses 0.9 % for 3/365
    const expected = 1 + (-2 * 0.05 * 3) / 360 - (0.009 * 3) / 365;
    const out = navPath([0], {
      leverage: 3,
      financingRate: 0.05,
      expenseRatio: 0.009,
      dates: ['2024-03-08', '2024-03-11'],
    });
    expectClose(out[1] as number, expected, 1e-15);
  });

  test('a bad constant rate names its option', () => {
    expectCode(() => navPath([0], { leverage: 2, spread: -0.01 }), 'NEGATIVE', 'options.spread');
    expectCode(() => navPath([0], { leverage: 2, expenseRatio: Number.NaN }), 'NON_FINITE', 'options.expenseRatio');
    expectCode(
      () => navPath([0], { leverage: 2, dividendYield: '0.01' as never }),
      'INVALID_TYPE',
      'options.dividendYield',
    );
    expectCode(
      () => navPath([0], { leverage: 2, financingRate: Number.POSITIVE_INFINITY }),
      'NON_FINITE',
      'options.financingRate',
    );
    expectCode(() => navPath([0, 0], { leverage: 2, spread: [0.01, -0.01] }), 'NEGATIVE', 'options.spread');
  });

  test('dates and periodsPerYear together, or dates that are not an array', () => {
    const e = expectCode(
      () => navPath([0], { leverage: 2, periodsPerYear: 252, dates: ['2024-03-08', '2024-03-11'] }),
      'INVALID_OPTION',
      'options.periodsPerYear',
    );
    expect(e.message).toContain('give dates or periodsPerYear, not both');
    const t = expectCode(
      () => navPath([0], { leverage: 2, dates: '2024-03-08' as never }),
      'INVALID_TYPE',
      'options.dates',
    );
    expect(t.message).toContain('must be an array of dates');
    const d = expectCode(
      () => navPath([0, 0], { leverage: 2, dates: ['2024-03-08', '2024-03-08', '2024-03-09'] }),
      'INVALID_DATE',
      'options.dates',
    );
    expect([d.index, d.message.includes('must be on increasing calendar days')]).toStrictEqual([1, true]);
    const n = expectCode(
      () => navPath([0], { leverage: 2, dates: ['2024-03-08', 20240311 as never] }),
      'INVALID_TYPE',
      'options.dates',
    );
    expect([n.index, n.message.includes('must be an ISO 8601 date or a Date')]).toStrictEqual([1, true]);
  });

  const days = (dates: [string, string]): number => {
    // with rf = 36 % on (1 − 2) = −1 unit at 2x and r = 0: NAV₁ = 1 − 0.36·d/360 = 1 − d/1000
    const nav = navPath([0], { leverage: 2, financingRate: 0.36, dates });
    return Math.round((1 - (nav[1] as number)) * 1000);
  };
  test.each([
    ['2024-03-08', '2024-03-11', 3],
    ['2024-03-08T21:00:00Z', '2024-03-11T20:00:00Z', 3],
    ['2024-03-08T16:00:00.000-05:00', '2024-03-11T16:00:00-0400', 3],
    ['2024-02-28', '2024-03-01', 2],
  ])('ISO 8601 dates %s → %s: %i calendar days', (a, b, d) => {
    expect(days([a, b])).toBe(d);
  });
  test('an object that prints as an ISO date is not a date: INVALID_TYPE, and its toString is never called', () => {
    let called = false;
    const impostor = { toString: () => ((called = true), '2024-03-04') };
    const e = expectCode(
      () => navPath([0], { leverage: 2, dates: ['2024-03-01', impostor as never] }),
      'INVALID_TYPE',
      'options.dates',
    );
    expect(e.index).toBe(1);
    expect(called).toBe(false);
  });
  test.each([
    '2024-3-08',
    '2024-03-8',
    '24-03-08',
    'x2024-03-08',
    '2024-03-08x',
    '2024-03-08T',
    '2024-03-08Tab',
    '2024-03-08T16:00+1',
    'abcd-03-08',
    '2024-03-08 16:00',
  ])('not an ISO 8601 date: %j', (bad) => {
    const e = expectCode(
      () => navPath([0], { leverage: 2, dates: ['2024-03-01', bad] }),
      'INVALID_DATE',
      'options.dates',
    );
    expect(e.index).toBe(1);
  });
});

describe('navPath: error messages name the argument and its value', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    [
      'a rebalancing period of 0',
      () => navPath([0.01], { leverage: 2, rebalance: { every: 0 } }),
      'OUT_OF_RANGE',
      'options.rebalance.every',
      'options.rebalance.every must be a whole number ≥ 1, got 0 [OUT_OF_RANGE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});

describe('options.out: the result written into the caller’s buffer', () => {
  // deterministic returns (mulberry32, seed 7), ±4 %, with a −3x wipe-out at period 5 in the second series
  const rand = ((a: number) => () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  })(7);
  const calm = Array.from({ length: 12 }, () => (2 * rand() - 1) * 0.04);
  const crash = calm.map((r, i) => (i === 5 ? 0.4 : r));
  const dates = Array.from({ length: 13 }, (_, i) => new Date(Date.UTC(2024, 0, 2 + i + 2 * Math.floor(i / 5))));
  const rules = ['daily', { every: 3 }, { band: 0.1 }] as const;
  const costs = [
    {},
    { expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, dividendYield: 0.01, periodsPerYear: 252 },
    { financingRate: calm.map((_, i) => 0.04 + i * 1e-3), spread: 0.002 },
    { financingRate: 0.05, expenseRatio: 0.0095, dates },
    { initialNav: 100 },
  ];
  const inputs = [(r: number[]) => r, (r: number[]) => Float64Array.from(r), (r: number[]) => Float32Array.from(r)];
  const toPrices = (r: readonly number[]): number[] => {
    const p = [100];
    for (const x of r) p.push((p[p.length - 1] as number) * (1 + x));
    return p;
  };
  const fns = [
    ['navPath', (r: number[], o: NavOptions & { out?: Float64Array }) => navPath(r, o)],
    ['logNavPath', (r: number[], o: NavOptions & { out?: Float64Array }) => logNavPath(r, o)],
    ['navFromPrices', (r: number[], o: NavOptions & { out?: Float64Array }) => navFromPrices(toPrices(r), o)],
  ] as const;
  const cases = fns.flatMap(([name, f]) =>
    [-3, -1, 2, 3].flatMap((leverage) =>
      rules.flatMap((rebalance) =>
        costs.flatMap((cost, k) =>
          [calm, crash].flatMap((path, p) =>
            inputs.map(
              (input, j) =>
                [
                  `${name} L=${leverage} ${JSON.stringify(rebalance)} costs#${k} path#${p} input#${j}`,
                  f,
                  input,
                  path,
                  { leverage, rebalance, ...cost },
                ] as const,
            ),
          ),
        ),
      ),
    ),
  );

  test.each(cases.map((c) => [c[0], c] as const))(
    '%s: out is returned and equals the allocating result bit for bit',
    (_name, [, f, input, path, o]) => {
      const expected = f(input(path) as number[], o);
      const out = new Float64Array(path.length + 1).fill(Number.NaN); // previous contents are ignored
      const got = f(input(path) as number[], { ...o, out });
      expect(got).toBe(out);
      expect(Array.from(got).map((v, i) => Object.is(v, expected[i]))).toEqual(Array.from(expected, () => true));
    },
  );

  test('errors are the same with out: the overflowing period, a bad return at its index', () => {
    // 1.5 · (1 + 2e300) is finite, one more such period is not: period 2
    for (const [r, index, code] of [
      [[0.5, ...huge], 2, 'NON_FINITE'],
      [Float64Array.from([0.1, Number.NaN, 0.1]), 1, 'NON_FINITE'],
      [Float64Array.from([0.1, -1, 0.1]), 1, 'RETURN_OUT_OF_DOMAIN'],
      [Float64Array.from([0.1, Number.POSITIVE_INFINITY, 0.1]), 1, 'NON_FINITE'],
    ] as const) {
      const out = new Float64Array(4);
      const a = expectCode(() => navPath(r, { leverage: 2 }), code, 'indexReturns');
      const b = expectCode(() => navPath(r, { leverage: 2, out }), a.code, 'indexReturns');
      expect([b.index, b.message]).toEqual([a.index, a.message]);
      expect(b.index).toBe(index);
    }
    // prices: the second period's NAV, 2e300 · (1 + 2e8), overflows
    const a = expectCode(() => navFromPrices([1, 1e300, 1e308], { leverage: 2 }), 'NON_FINITE', 'indexPrices');
    const b = expectCode(
      () => navFromPrices([1, 1e300, 1e308], { leverage: 2, out: new Float64Array(3) }),
      'NON_FINITE',
      'indexPrices',
    );
    expect([b.index, b.message]).toEqual([a.index, a.message]);
  });

  const buffer = new Float64Array(8);
  test.each([
    ['an Array', () => navPath([0.01, 0.02], { leverage: 2, out: [0, 0, 0] as never }), 'INVALID_TYPE'],
    [
      'a Float32Array',
      () => logNavPath([0.01, 0.02], { leverage: 2, out: new Float32Array(3) as never }),
      'INVALID_TYPE',
    ],
    ['null', () => navPath([0.01, 0.02], { leverage: 2, out: null as never }), 'INVALID_TYPE'],
    [
      'one value short (n, not n + 1)',
      () => navPath([0.01, 0.02], { leverage: 2, out: new Float64Array(2) }),
      'LENGTH_MISMATCH',
    ],
    ['one value long', () => navFromPrices([100, 101], { leverage: 2, out: new Float64Array(3) }), 'LENGTH_MISMATCH'],
    [
      'the input itself',
      () => navPath(buffer.subarray(0, 7), { leverage: 2, out: buffer.subarray(0, 8) }),
      'INVALID_OPTION',
    ],
    [
      'overlapping the input by one value',
      () => logNavPath(buffer.subarray(0, 4), { leverage: 2, out: buffer.subarray(3, 8) }),
      'INVALID_OPTION',
    ],
    [
      'overlapping the prices',
      () => navFromPrices(buffer.subarray(4, 8).fill(100), { leverage: 2, out: buffer.subarray(1, 5) }),
      'INVALID_OPTION',
    ],
  ] as const)('out %s is refused, naming options.out', (_name, call, code) => {
    expectCode(call, code, 'options.out');
  });

  test('out in the same buffer as the input but not overlapping it is accepted; navHistory has no out', () => {
    const b = new Float64Array(7);
    b.set([0.01, -0.02, 0.03], 0);
    expect(Array.from(navPath(b.subarray(0, 3), { leverage: 2, out: b.subarray(3, 7) }))).toEqual(
      Array.from(navPath([0.01, -0.02, 0.03], { leverage: 2 })),
    );
    expectCode(
      () => navHistory([0.01], { leverage: 2, out: new Float64Array(2) } as never),
      'UNKNOWN_OPTION',
      'options.out',
    );
  });
});
