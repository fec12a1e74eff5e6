import { describe, expect, test } from 'vitest';
import {
  holdingPeriodEfficiency,
  logNavPath,
  navFromPrices,
  navHistory,
  navPath,
  navState,
  stepNav,
  trackingDeviation,
} from '../../src/index.ts';
import { expectClose, expectCode, expectStated, snapshot } from '../helpers/assert.ts';

const last = (a: Float64Array): number => a[a.length - 1] as number;

describe('worked numbers of the source documents (docs/concepts.md §2, §3)', () => {
  test('W2 (seed 001): index 100 → 90 → 100, the −1x fund goes 100 → 110 → 97.78', () => {
    const nav = navFromPrices([100, 90, 100], { leverage: -1, initialNav: 100 });
    expectStated(nav[1] as number, 110, 2, 'seed 001, day 1');
    expectStated(nav[2] as number, 97.78, 2, 'seed 001, day 2');
    expectClose(nav[2] as number, (100 * 88) / 90, 1e-15); // exact: 100 · 1.1 · (1 − 1/9)
  });

  test('I4 (docs/concepts.md §3): seed 001 says "down 5 % then up 5 %" is worse for an inverse fund; both orders give 1.05 × 0.95', () => {
    const a = last(navPath([-0.05, 0.05], { leverage: -1 }));
    const b = last(navPath([0.05, -0.05], { leverage: -1 }));
    expect(a).toBe(1.05 * 0.95);
    expect(b).toBe(0.95 * 1.05);
    expectClose(a, b, 2 * Number.EPSILON);
  });

  test('docs/concepts.md §3: seed 000 calls the −1x fund insolvent after +50 %; it has half its assets, and is wiped out only at +100 %', () => {
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
      const o = { leverage: L, financingRate: 0.05, spread: 0.004, expenseRatio: 0.0095, dividendYield: 0.018, periodsPerYear: 250 };
      const tau = 1 / 250;
      const c = L * 0.018 * tau + (1 - L) * 0.05 * tau - Math.abs(L) * 0.004 * tau - 0.0095 * tau;
      expectClose(last(navPath(new Float64Array(500), o)), (1 + c) ** 500, 1e-13);
    }
  });

  test('with dates, financing and spread accrue actual/360, expenses and dividends actual/365 (Friday → Monday is 3 days)', () => {
    const dates = ['2024-03-07', '2024-03-08', '2024-03-11', new Date(Date.UTC(2024, 2, 12, 21, 0))];
    const r = [0.01, -0.02, 0.005];
    const o = { leverage: -2, financingRate: [0.05, 0.052, 0.051], spread: 0.003, expenseRatio: 0.0095, dividendYield: 0.015, dates };
    const days = [1, 3, 1];
    let v = 1;
    for (let i = 0; i < 3; i++) {
      const d = days[i] as number;
      const rf = o.financingRate[i] as number;
      v *= 1 + -2 * ((r[i] as number) + (0.015 * d) / 365) + (3 * rf * d) / 360 - (2 * 0.003 * d) / 360 - (0.0095 * d) / 365;
    }
    expectClose(last(navPath(r, o)), v, 1e-15);
  });

  test('costs alone can wipe a fund out: reported, not thrown', () => {
    const h = navHistory([0, 0], { leverage: 3, financingRate: 300, periodsPerYear: 1 });
    expect(h.wipedOutAt).toBe(0);
    expect(Array.from(h.nav)).toEqual([1, 0, 0]);
  });

  test('negative financing rates are allowed (a −1x fund then pays on its short proceeds)', () => {
    expect(last(navPath([0], { leverage: -1, financingRate: -0.005, periodsPerYear: 1 }))).toBeCloseTo(1 - 2 * 0.005, 15);
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
    const o = { leverage: 2, financingRate: [0.01, 0.02, 0.03, 0.04], dates: ['2024-01-01', '2024-01-02', '2024-01-05', '2024-01-06', '2024-02-01'] };
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
    expect(expectCode(() => navPath(Float64Array.from([0.1, Number.POSITIVE_INFINITY]), { leverage: 2 }), 'NON_FINITE').index).toBe(1);
    expect(expectCode(() => navPath([0.1, 0.2, -1.5], { leverage: 2 }), 'RETURN_OUT_OF_DOMAIN').index).toBe(2);
    expect(expectCode(() => navPath([0.1, '0.2' as never], { leverage: 2 }), 'INVALID_TYPE').index).toBe(1);
  });
});

describe('tracking diagnostics', () => {
  test('trackingDeviation of a frictionless daily fund over two days is (L² − L)·r1·r2 (docs/concepts.md §2 two-day identity)', () => {
    const r = [0.03, -0.02];
    for (const L of [-3, -1, 2, 3]) {
      const d = trackingDeviation(r, navPath(r, { leverage: L }), L);
      expect(d[0]).toBe(0);
      expectClose(d[1] as number, 0, 1e-15);
      expectClose(d[2] as number, (L * L - L) * 0.03 * -0.02, 1e-12);
    }
  });

  test('holdingPeriodEfficiency: trend > 1, chop < 1, null without an index move, sub-periods', () => {
    const up = [0.1, 0.1];
    // NAV − 1 and G − 1 each cancel about one bit, so a few ulps of relative error
    expectClose(holdingPeriodEfficiency(up, navPath(up, { leverage: 2 }), 2) as number, 0.44 / 0.42, 1e-14);
    const chop = [0.1, -0.05];
    const nav = navPath(chop, { leverage: 3 });
    expectClose(holdingPeriodEfficiency(chop, nav, 3) as number, (1.3 * 0.85 - 1) / (3 * (1.1 * 0.95 - 1)), 1e-13);
    expectClose(holdingPeriodEfficiency(chop, nav, 3, { from: 1 }) as number, 1, 1e-15);
    expect(holdingPeriodEfficiency([0.1, -1 / 11], navPath([0.1, -1 / 11], { leverage: 2 }), 2)).toBeNull();
    expect(holdingPeriodEfficiency(up, navPath(up, { leverage: 0 }), 0)).toBeNull();
  });

  test('bad input', () => {
    expectCode(() => trackingDeviation([0.1], [1], 2), 'SERIES_TOO_SHORT', 'nav');
    expectCode(() => trackingDeviation([0.1], [1, 1, 1], 2), 'LENGTH_MISMATCH', 'nav');
    expectCode(() => trackingDeviation([0.1], [0, 1], 2), 'NOT_POSITIVE', 'nav');
    expectCode(() => trackingDeviation([0.1], [1, -1], 2), 'NEGATIVE', 'nav');
    expectCode(() => trackingDeviation([0.1], [1, 1], Number.NaN), 'NON_FINITE', 'leverage');
    expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { from: 2 }), 'OUT_OF_RANGE', 'period.from');
    expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 1, 1], 2, { to: 3 }), 'OUT_OF_RANGE', 'period.to');
    expectCode(() => holdingPeriodEfficiency([0.1, 0.1], [1, 0, 1], 2, { from: 1 }), 'NOT_POSITIVE', 'nav');
  });
});

describe('streaming', () => {
  test('navState/stepNav reproduce navHistory with dates and rate series', () => {
    const dates = ['2023-12-29', '2024-01-02', '2024-01-03', '2024-01-08'];
    const r = [0.01, -0.03, 0.02];
    const rf = [0.053, 0.053, 0.0525];
    const h = navHistory(r, { leverage: 3, financingRate: rf, spread: 0.003, expenseRatio: 0.0091, dates, rebalance: { band: 0.02 } });
    let s = navState({ leverage: 3, spread: 0.003, expenseRatio: 0.0091, startDate: dates[0] as string, rebalance: { band: 0.02 } });
    for (let i = 0; i < 3; i++) {
      s = stepNav(s, r[i] as number, { financingRate: rf[i] as number, date: dates[i + 1] as string });
      expect(Object.is(s.nav, h.nav[i + 1])).toBe(true);
      expect(Object.is(s.logNav, h.logNav[i + 1])).toBe(true);
      expect(Object.is(s.leverageRatio, h.leverageRatio[i + 1])).toBe(true);
    }
    expect(s.rebalances).toBe(h.rebalances);
    expect(s.period).toBe(3);
  });

  test('stepNav is pure and keeps counting after a wipe-out', () => {
    const s0 = navState({ leverage: -3 });
    const copy = snapshot(s0);
    const s1 = stepNav(s0, 0.5);
    expect(s0).toEqual(copy);
    expect(s1.wipedOutAt).toBe(0);
    const s2 = stepNav(s1, -0.1);
    expect([s2.nav, s2.logNav, s2.period, s2.wipedOutAt]).toEqual([0, Number.NEGATIVE_INFINITY, 2, 0]);
  });

  test('out: stepping in place gives the pure step’s numbers bit for bit, and returns out', () => {
    const dates = ['2023-12-29', '2024-01-02', '2024-01-03', '2024-01-08'];
    const r = [0.01, -0.03, 0.02];
    const options = { leverage: -3, spread: 0.003, financingRate: 0.05, startDate: dates[0] as string, rebalance: { every: 2 } } as const;
    let pure = navState(options);
    const live = navState(options);
    const other = navState({ leverage: 1 });
    for (let i = 0; i < 3; i++) {
      const inputs = { date: dates[i + 1] as string };
      pure = stepNav(pure, r[i] as number, inputs);
      expect(stepNav(live, r[i] as number, inputs, live)).toBe(live);
      expect(live).toStrictEqual(pure);
      // into a third object: the input state is left as it was
      const before = snapshot(live);
      expect(stepNav(live, 0, { date: `2024-02-0${i + 1}` }, other)).toBe(other);
      expect(live).toStrictEqual(before);
    }
    expect(live.period).toBe(3);
  });

  test('out: a step that throws leaves out as it was; a frozen out is refused', () => {
    // 1e308 · (1 + 2 · 0.5) overflows a double: NON_FINITE after the period ran
    const s = navState({ leverage: 2, initialNav: 1e308 });
    const before = snapshot(s);
    expectCode(() => stepNav(s, 0.5, undefined, s), 'NON_FINITE', 'indexReturn');
    expect(s).toStrictEqual(before);
    expectCode(() => stepNav(s, 0.01, undefined, Object.freeze({ ...s })), 'INVALID_TYPE', 'out');
    expectCode(() => stepNav(s, 0.01, undefined, 3 as never), 'INVALID_TYPE', 'out');
  });

  test('bad input', () => {
    const dated = navState({ leverage: 2, startDate: '2024-01-02' });
    expectCode(() => stepNav(dated, 0.01), 'INVALID_OPTION', 'inputs.date');
    expectCode(() => stepNav(dated, 0.01, { date: '2024-01-02' }), 'INVALID_DATE', 'inputs.date');
    expectCode(() => stepNav(navState({ leverage: 2 }), 0.01, { date: '2024-01-02' }), 'INVALID_OPTION', 'inputs.date');
    expectCode(() => stepNav(dated, -1, { date: '2024-01-03' }), 'RETURN_OUT_OF_DOMAIN', 'indexReturn');
    expectCode(() => stepNav(navState({ leverage: 2 }), 0, { spread: -0.01 }), 'NEGATIVE', 'inputs.spread');
    expectCode(() => stepNav(null as never, 0), 'INVALID_TYPE', 'state');
    expectCode(() => navState({ leverage: 2, startDate: '2024-01-02', periodsPerYear: 252 }), 'INVALID_OPTION', 'options.periodsPerYear');
    expectCode(() => navState({ leverage: 2, startDate: '02/01/2024' }), 'INVALID_DATE', 'options.startDate');
    expectCode(() => navState({ leverage: 2, financingRate: [0.01] as never }), 'INVALID_TYPE', 'options.financingRate');
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
    ['spread series too short', () => navPath(ok, { leverage: 2, spread: [0.01] }), 'LENGTH_MISMATCH', 'options.spread'],
    ['financing series NaN', () => navPath(ok, { leverage: 2, financingRate: [0.01, Number.NaN] }), 'NON_FINITE', 'options.financingRate'],
    ['dividendYield < 0', () => navPath(ok, { leverage: 2, dividendYield: [0.01, -0.02] }), 'NEGATIVE', 'options.dividendYield'],
    ['periodsPerYear 0', () => navPath(ok, { leverage: 2, periodsPerYear: 0 }), 'NOT_POSITIVE', 'options.periodsPerYear'],
    ['dates and periodsPerYear', () => navPath(ok, { leverage: 2, periodsPerYear: 252, dates: ['2024-01-02', '2024-01-03', '2024-01-04'] }), 'INVALID_OPTION', 'options.periodsPerYear'],
    ['dates too short', () => navPath(ok, { leverage: 2, dates: ['2024-01-02', '2024-01-03'] }), 'LENGTH_MISMATCH', 'options.dates'],
    ['dates not increasing', () => navPath(ok, { leverage: 2, dates: ['2024-01-02', '2024-01-04', '2024-01-04'] }), 'INVALID_DATE', 'options.dates'],
    ['date not ISO', () => navPath(ok, { leverage: 2, dates: ['2024-01-02', 'Jan 3 2024', '2024-01-04'] }), 'INVALID_DATE', 'options.dates'],
    ['invalid Date', () => navPath(ok, { leverage: 2, dates: ['2024-01-02', new Date(Number.NaN), '2024-01-04'] }), 'INVALID_DATE', 'options.dates'],
    ['date not a string', () => navPath(ok, { leverage: 2, dates: ['2024-01-02', 3 as never, '2024-01-04'] }), 'INVALID_TYPE', 'options.dates'],
    ['unknown rule', () => navPath(ok, { leverage: 2, rebalance: 'weekly' as never }), 'INVALID_OPTION', 'options.rebalance'],
    ['two rules', () => navPath(ok, { leverage: 2, rebalance: { every: 2, band: 0.1 } as never }), 'INVALID_OPTION', 'options.rebalance'],
    ['every 0', () => navPath(ok, { leverage: 2, rebalance: { every: 0 } }), 'OUT_OF_RANGE', 'options.rebalance.every'],
    ['every 1.5', () => navPath(ok, { leverage: 2, rebalance: { every: 1.5 } }), 'OUT_OF_RANGE', 'options.rebalance.every'],
    ['band < 0', () => navPath(ok, { leverage: 2, rebalance: { band: -0.1 } }), 'NEGATIVE', 'options.rebalance.band'],
    ['one price', () => navFromPrices([100], { leverage: 2 }), 'SERIES_TOO_SHORT', 'indexPrices'],
    ['price 0', () => navFromPrices([100, 0], { leverage: 2 }), 'NOT_POSITIVE', 'indexPrices'],
  ] as const)('%s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });
});
