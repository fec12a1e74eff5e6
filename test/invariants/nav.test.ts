/**
 * docs/concepts.md §3 invariants at the NAV level: I4 (daily-reset NAV depends on the
 * multiset of returns, not their order; order matters under `{ every }` and
 * `{ band }` rules), I2 with costs set to zero, costs only ever lower NAV
 * (rates and spreads ≥ 0, L > 1), streaming = batch, and the long-horizon
 * accuracy of `logNavPath`.
 */
import { fc, test } from '@fast-check/vitest';
import type { Decimal } from 'decimal.js';
import { describe, expect, test as plainTest } from 'vitest';
import { InverseMathError } from '../../src/errors.ts';
import {
  logNavPath,
  navFromPrices,
  navHistory,
  navPath,
  type NavOptions,
  type RebalanceRule,
} from '../../src/nav/index.ts';
import { navState, stepNav } from '../../src/stream/index.ts';
import { trackingDeviation } from '../../src/tracking/index.ts';
import { dailyPath, leverageAwayFromZeroOne } from '../helpers/arbitraries.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

const last = (a: Float64Array): number => a[a.length - 1] as number;
const rate = fc.double({ min: 0, max: 0.2, noNaN: true });
const costs = fc.record({
  financingRate: fc.double({ min: -0.01, max: 0.2, noNaN: true }),
  spread: rate,
  expenseRatio: rate,
  dividendYield: fc.double({ min: 0, max: 0.05, noNaN: true }),
});
const L = fc.double({ min: -5, max: 5, noNaN: true });

describe('I4: daily reset — the NAV depends on the multiset of returns, not their order', () => {
  const pathAndPermutation = dailyPath(1, 40).chain((path) =>
    fc.tuple(fc.constant(path), fc.shuffledSubarray(path, { minLength: path.length, maxLength: path.length })),
  );

  test.prop([L, pathAndPermutation, costs])(
    'NAV_n is the same for any permutation (constant costs), up to rounding of the product',
    (lev, [path, perm], c) => {
      const o: NavOptions = { leverage: lev, ...c };
      const a = last(navPath(path, o));
      const b = last(navPath(perm, o));
      // n factors, each rounded once: relative error ≤ 2n·ε for each product
      expect(Math.abs(a - b)).toBeLessThanOrEqual(4 * path.length * Number.EPSILON * Math.max(a, b));
      if (a === 0 || b === 0) expect(a).toBe(b); // a wipe-out happens in either order
    },
  );

  test.prop([
    fc.double({ min: -0.2, max: 0.2, noNaN: true }),
    fc.double({ min: -0.2, max: 0.2, noNaN: true }),
    fc.double({ min: -3, max: 3, noNaN: true }),
  ])(
    '"Precision Hedging" is wrong: "down x then up y" equals "up y then down x" for a daily-reset fund',
    (x, y, lev) => {
      fc.pre(1 + lev * x > 0 && 1 + lev * y > 0);
      const a = last(navPath([x, y], { leverage: lev }));
      const b = last(navPath([y, x], { leverage: lev }));
      expect(Math.abs(a - b)).toBeLessThanOrEqual(2 * Number.EPSILON * a);
    },
  );
});

describe('I4 fails without daily reset: order matters under { every } and { band }', () => {
  // Between rebalances the position is fixed, so 3 periods with a rebalance after the 2nd give
  // (1 + L·((1+r1)(1+r2) − 1))·(1 + L·r3); swapping r1 and r3 changes the NAV by (L² − L)·(r3 − r1)·r2.
  const move = fc.double({ min: -0.1, max: 0.1, noNaN: true });
  test.prop([
    leverageAwayFromZeroOne(0.1).filter((x) => Math.abs(x) <= 3),
    move,
    move.filter((r) => Math.abs(r) >= 1e-3),
    move,
  ])('{ every: 2 }: NAV(r1, r2, r3) − NAV(r3, r2, r1) = (L² − L)·(r3 − r1)·r2', (lev, r1, r2, r3) => {
    fc.pre(Math.abs(r3 - r1) >= 1e-3);
    const rule: RebalanceRule = { every: 2 };
    const a = last(navPath([r1, r2, r3], { leverage: lev, rebalance: rule }));
    const b = last(navPath([r3, r2, r1], { leverage: lev, rebalance: rule }));
    const expected = (lev * lev - lev) * (r3 - r1) * r2;
    expect(a).not.toBe(b);
    expect(Math.abs(a - b - expected)).toBeLessThanOrEqual(64 * Number.EPSILON);
  });

  // A big move leaves the 1 % band at once; two small ones stay inside it.
  const lev = fc.oneof(fc.double({ min: 1.5, max: 3, noNaN: true }), fc.double({ min: -3, max: -0.5, noNaN: true }));
  const big = fc.double({ min: 0.05, max: 0.2, noNaN: true }).chain((m) => fc.constantFrom(m, -m));
  const small = fc.double({ min: -1e-4, max: 1e-4, noNaN: true });
  test.prop([lev, big, small, small])(
    '{ band: 0.01 }: big-then-small rebalances after the big move, small-then-big holds throughout; the NAVs differ by (L² − L)·R·(P − 1)',
    (l, R, s1, s2) => {
      const P = (1 + s1) * (1 + s2);
      fc.pre(1 + l * R > 0 && Math.abs(P - 1) >= 1e-6);
      const rule: RebalanceRule = { band: 0.01 };
      const first = navHistory([R, s1, s2], { leverage: l, rebalance: rule });
      const second = navHistory([s1, s2, R], { leverage: l, rebalance: rule });
      expect(first.rebalances).toBe(1);
      // small-then-big holds through the small moves (its ratio drifts to ℓ₁ = L·(1 + s₁)/(1 + L·s₁), then on)
      // and resets only at the close after the big one
      expect(second.rebalances).toBe(1);
      const l1 = (l * (1 + s1)) / (1 + l * s1);
      expect(Math.abs((second.leverageRatio[1] as number) - l1)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(l1));
      expect(second.leverageRatio[3]).toBe(l);
      const a = last(first.nav);
      const b = last(second.nav);
      expect(Math.abs(a - (1 + l * R) * (1 + l * (P - 1)))).toBeLessThanOrEqual(16 * Number.EPSILON);
      expect(Math.abs(b - (1 + l * (P * (1 + R) - 1)))).toBeLessThanOrEqual(16 * Number.EPSILON);
      expect(Math.abs(a - b - (l * l - l) * R * (P - 1))).toBeLessThanOrEqual(32 * Number.EPSILON);
      expect(a).not.toBe(b);
    },
  );
});

describe('I2 at the NAV level (costs zero)', () => {
  const pathAndLeverage = fc
    .tuple(leverageAwayFromZeroOne(1e-3), dailyPath(1, 60))
    .filter(([l, path]) => path.every((r) => 1 + l * r > 0) && path.some((r) => Math.abs(r) >= 1e-4));

  test.prop([pathAndLeverage])(
    'NAV_n < G^L for L ∉ [0, 1] and > G^L for 0 < L < 1, on a non-flat path',
    ([l, path]) => {
      const nav = last(navPath(path, { leverage: l }));
      let logG = 0;
      for (const r of path) logG += Math.log1p(r);
      const GL = Math.exp(l * logG);
      if (l < 0 || l > 1) expect(nav).toBeLessThan(GL);
      else expect(nav).toBeGreaterThan(GL);
    },
  );

  test.prop([dailyPath(1, 40), fc.constantFrom<RebalanceRule>('daily', { every: 3 }, { band: 0.05 })])(
    'L = 1 without costs tracks the index exactly (any rule)',
    (path, rule) => {
      const d = trackingDeviation(path, navPath(path, { leverage: 1, rebalance: rule }), 1);
      for (const x of d) expect(Math.abs(x)).toBeLessThanOrEqual(4 * path.length * Number.EPSILON * 2);
    },
  );
});

describe('costs only ever lower NAV (rates and spreads ≥ 0, no dividends, L > 1)', () => {
  const positiveCosts = fc
    .record({ financingRate: rate, spread: rate, expenseRatio: rate })
    .filter((c) => c.financingRate + c.spread + c.expenseRatio > 1e-6);
  test.prop([
    fc.double({ min: 1.01, max: 5, noNaN: true }),
    dailyPath(1, 40),
    positiveCosts,
    fc.constantFrom<RebalanceRule>('daily', { every: 2 }, { every: 5 }),
  ])('NAV with costs ≤ NAV without at every close, strictly below at the end unless wiped out', (l, path, c, rule) => {
    const free = navPath(path, { leverage: l, rebalance: rule });
    const costed = navPath(path, { leverage: l, rebalance: rule, ...c });
    for (let t = 0; t < free.length; t++) expect(costed[t] as number).toBeLessThanOrEqual(free[t] as number);
    if (last(free) > 0) expect(last(costed)).toBeLessThan(last(free));
  });
});

describe('streaming = batch', () => {
  const rule = fc.oneof(
    fc.constant<RebalanceRule>('daily'),
    fc.integer({ min: 1, max: 5 }).map((k): RebalanceRule => ({ every: k })),
    fc.double({ min: 0, max: 0.3, noNaN: true }).map((b): RebalanceRule => ({ band: b })),
  );
  const scenario = fc
    .tuple(L, dailyPath(1, 40), rule, costs, fc.boolean(), fc.boolean())
    .chain(([lev, path, r, c, dated, seriesRates]) =>
      fc.record({
        lev: fc.constant(lev),
        path: fc.constant(path),
        rule: fc.constant(r),
        c: fc.constant(c),
        gaps: dated
          ? fc.array(fc.integer({ min: 1, max: 5 }), { minLength: path.length, maxLength: path.length })
          : fc.constant(null),
        rf: seriesRates
          ? fc.array(fc.double({ min: -0.01, max: 0.2, noNaN: true }), {
              minLength: path.length,
              maxLength: path.length,
            })
          : fc.constant(null),
        initialNav: fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
      }),
    );

  test.prop([scenario])(
    "stepNav gives navHistory's NAV, log-NAV and exposure ratio bit for bit",
    ({ lev, path, rule: r, c, gaps, rf, initialNav }) => {
      const dates =
        gaps === null
          ? undefined
          : gaps.reduce<string[]>(
              (acc, g) => [
                ...acc,
                new Date(Date.parse(acc[acc.length - 1] as string) + g * 86_400_000).toISOString().slice(0, 10),
              ],
              ['2020-01-03'],
            );
      const options: NavOptions = {
        leverage: lev,
        rebalance: r,
        initialNav,
        ...c,
        ...(rf === null ? {} : { financingRate: rf }),
        ...(dates === undefined ? {} : { dates }),
      };
      const h = navHistory(path, options);
      expect(Array.from(navPath(path, options))).toEqual(Array.from(h.nav));
      expect(Array.from(logNavPath(path, options))).toEqual(Array.from(h.logNav));
      let s = navState({
        leverage: lev,
        rebalance: r,
        initialNav,
        ...c,
        ...(dates === undefined ? {} : { startDate: dates[0] as string }),
      });
      for (let i = 0; i < path.length; i++) {
        s = stepNav(s, path[i] as number, {
          ...(rf === null ? {} : { financingRate: rf[i] as number }),
          ...(dates === undefined ? {} : { date: dates[i + 1] as string }),
        });
        expect(Object.is(s.nav, h.nav[i + 1])).toBe(true);
        expect(Object.is(s.logNav, h.logNav[i + 1])).toBe(true);
        expect(Object.is(s.leverageRatio, h.leverageRatio[i + 1])).toBe(true);
      }
      expect(s.rebalances).toBe(h.rebalances);
      expect(s.wipedOutAt).toBe(h.wipedOutAt);
    },
  );
});

describe('long horizon: 10⁷ periods of a −3x fund at 1 % daily volatility', () => {
  // Deterministic normal returns (xorshift32 + Box–Muller), σ = 1 % a day.
  function normalReturns(n: number, seed: number): Float64Array {
    const out = new Float64Array(n);
    let x = seed >>> 0;
    const uniform = (): number => {
      x ^= x << 13;
      x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5;
      x >>>= 0;
      return (x + 1) / 4294967297;
    };
    for (let i = 0; i < n; i += 2) {
      const rho = Math.sqrt(-2 * Math.log(uniform()));
      const theta = 2 * Math.PI * uniform();
      out[i] = 0.01 * rho * Math.cos(theta);
      if (i + 1 < n) out[i + 1] = 0.01 * rho * Math.sin(theta);
    }
    return out;
  }

  // a plain vitest test: `test` from @fast-check/vitest would repeat a zero-argument body as a property.
  // Left out of mutation runs (MUTATION_RUN, vitest.mutation.config.ts): 2.5 s for every nav mutant, and the
  // same code is held to 1e-12 over 10⁵ periods by test/accuracy/nav-rebalance.test.ts, which they keep.
  plainTest.skipIf(process.env.MUTATION_RUN === '1')(
    'logNavPath stays finite where the plain product underflows, and matches a 40-digit reference on 10⁵ periods within 1e-12',
    () => {
      const n = 10_000_000;
      const path = normalReturns(n, 20240229);
      const options = { leverage: -3, expenseRatio: 0.0095, periodsPerYear: 252 };
      const logNav = logNavPath(path, options);
      const end = logNav[n] as number;
      expect(Number.isFinite(end)).toBe(true);
      // E[log1p(−3r − f/252)] ≈ −f/252 − 9σ²/2 = −4.88e-4 a period; the sum's sd is about 3·1 %·√n ≈ 95
      expect(Math.abs(end - n * (-0.0095 / 252 - 4.5e-4))).toBeLessThanOrEqual(5 * 0.03 * Math.sqrt(n));
      // the plain product has left the normal range long before (e^(−1950) is not representable; it ends stuck in the subnormals)
      const plain = last(navPath(path.subarray(0, 4_000_000), options));
      expect(plain).toBeLessThan(2.2250738585072014e-308);
      expect(Number.isFinite(logNav[4_000_000] as number) && (logNav[4_000_000] as number) < -1000).toBe(true);

      // reference: Π (1 + L·r_i + carry) over the first 10⁵ periods in 40-digit decimals, from the exact binary inputs
      const D = decimalWith(40);
      const m = 100_000;
      const onePlusCarry = exact(0.0095, D).div(252).neg().plus(1);
      const Lx = new D(-3);
      const powers = new Map<number, Decimal>(); // exact(x) = mantissa · 2^e, with the powers of two cached
      const view = new DataView(new ArrayBuffer(8));
      const exactFast = (x: number): Decimal => {
        view.setFloat64(0, x);
        const bits = view.getBigUint64(0);
        const biased = Number((bits >> 52n) & 0x7ffn);
        const mantissa = biased === 0 ? bits & 0xfffffffffffffn : (bits & 0xfffffffffffffn) | (1n << 52n);
        const e = (biased === 0 ? 1 : biased) - 1075;
        let p = powers.get(e);
        if (p === undefined) powers.set(e, (p = new D(2).pow(e)));
        const v = new D(mantissa.toString()).times(p);
        return bits >> 63n ? v.neg() : v;
      };
      expect(exactFast(path[0] as number).eq(exact(path[0] as number, D))).toBe(true);
      let product = new D(1);
      for (let i = 0; i < m; i++) product = product.times(Lx.times(exactFast(path[i] as number)).plus(onePlusCarry));
      const reference = product.ln().toNumber();
      expect(Math.abs((logNav[m] as number) - reference)).toBeLessThanOrEqual(1e-12 * Math.abs(reference));
    },
  );
});

describe('the tight NAV loop and the checked path give the same numbers at the edges of a double', () => {
  // Daily reset with constant costs runs a tight loop that tests only the return and the factor, and
  // finds an overflow or an underflow after the product; navHistory steps the checked engine. Paths whose
  // factors are tiny (underflow through subnormals to 0), huge (overflow), ≤ 0 (a wipe-out, also after an
  // underflow), or whose returns are bad (NaN, −1, +∞): both must agree bit for bit, or throw the same
  // error at the same index, with or without a caller's buffer (`out`), whatever the input's kind.
  const lev = fc.constantFrom(0.5, 1, 2, 3, -3);
  // a factor 1 + (L·r + c) cannot be below ~1e-16 (1 + x rounds): a dive is 25 such periods (1e-15 each),
  // down through the subnormal numbers to 0
  const step = fc.oneof(
    { arbitrary: fc.double({ min: 0.9, max: 1.1, noNaN: true }).map((g) => [{ g }]), weight: 6 },
    { arbitrary: fc.constant(Array.from({ length: 25 }, () => ({ g: 1e-15 }))), weight: 2 },
    { arbitrary: fc.constant([{ g: 1e150 }]), weight: 2 },
    { arbitrary: fc.constant([{ g: -0.5 }]), weight: 1 },
    { arbitrary: fc.constantFrom(Number.NaN, -1, Number.POSITIVE_INFINITY).map((r) => [{ r }]), weight: 1 },
  );
  const withCosts = fc.boolean();
  type Outcome = { readonly nav: readonly number[] } | { readonly code: string; readonly index: number | undefined };
  const outcome = (f: () => Float64Array): Outcome => {
    try {
      return { nav: Array.from(f()) };
    } catch (e) {
      const err = e as InverseMathError;
      if (!(err instanceof InverseMathError)) throw e;
      return { code: err.code, index: err.index };
    }
  };

  test.prop([lev, fc.array(step, { minLength: 1, maxLength: 8 }).map((s) => s.flat()), withCosts])(
    'navPath (allocating, into out) = navHistory(…).nav, array or Float64Array; navFromPrices with out = without',
    (leverage, steps, costly) => {
      const o: NavOptions = costly
        ? { leverage, financingRate: 0.05, spread: 0.004, expenseRatio: 0.0095, periodsPerYear: 252 }
        : { leverage };
      const c = costly ? ((1 - leverage) * 0.05 - Math.abs(leverage) * 0.004 - 0.0095) / 252 : 0;
      // the return giving the factor g: 1 + (L·r + c) = g (to rounding); kept > −1
      const r = steps.map((s) => ('r' in s ? s.r : Math.max((s.g - 1 - c) / leverage, -0.999)));
      // an array is validated whole before the recursion, a Float64Array as it is read: with a bad return
      // after an overflow, each reports the error it meets first; so each kind against navHistory of that kind
      for (const input of [r, Float64Array.from(r)]) {
        const expected = outcome(() => navHistory(input, o).nav);
        expect(outcome(() => navPath(input, o))).toEqual(expected);
        expect(outcome(() => navPath(input, { ...o, out: new Float64Array(r.length + 1) }))).toEqual(expected);
      }
      // prices from the finite returns: the same answer whether the loop writes over its returns (out) or not
      const p = [1];
      for (const x of r) p.push((p[p.length - 1] as number) * (Number.isFinite(x) && x > -1 ? 1 + x : 1.5));
      if (p.every((x) => x > 0 && x < Number.POSITIVE_INFINITY)) {
        const alone = outcome(() => navFromPrices(p, o));
        expect(outcome(() => navFromPrices(p, { ...o, out: new Float64Array(p.length) }))).toEqual(alone);
      }
    },
  );
});
