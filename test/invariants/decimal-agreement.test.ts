/**
 * docs/concepts.md §7: the decimal and float APIs agree within float precision on the
 * same inputs (1e-12 relative), for every money-facing function.
 *
 * "The same inputs": the decimal entry reads a number as its shortest
 * decimal, half an ulp from the double the float API computes with, and
 * some results amplify that gap (`L − 1` for `L` near 1 turns half an ulp
 * into 1e-6 relative). So the decimal side is fed the exact binary value of
 * each double (`helpers/oracle.ts`); `toShares`/`toContracts` are the
 * exception, because the float API itself decides on the shortest decimals.
 * The comparison is relative to the result, or, where a result is a
 * difference that can cancel (a residual, a net trade), relative to the size
 * of its terms.
 */
import { fc, test } from '@fast-check/vitest';
import type { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import * as dec from '../../src/decimal/index.ts';
import { closeTrade } from '../../src/flows/index.ts';
import { simulateFund } from '../../src/fund/index.ts';
import { fundReturn } from '../../src/leverage/index.ts';
import { navPath } from '../../src/nav/index.ts';
import { rebalanceTrade, toContracts, toShares, type UnitRounding } from '../../src/rebalance/index.ts';
import { dailyPath, indexReturn, leverage } from '../helpers/arbitraries.ts';
import { exactString } from '../helpers/decimal-arbitraries.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

const TOL = 1e-12;
const ex = exactString; // the double's exact decimal expansion, as a string the decimal entry reads exactly
const exAll = (values: readonly number[]): string[] => values.map(ex);
const exCosts = (c: Record<string, number>): Record<string, string> =>
  Object.fromEntries(Object.entries(c).map(([k, v]) => [k, ex(v)]));
const n = (x: Decimal): number => x.toNumber();

/**
 * `|a − b| ≤ TOL·|b|`, plus the float's absolute resolution below the normal
 * range (a subnormal float result has fewer than 53 significant bits: the
 * float side is the inexact one there).
 */
function agree(actual: number, expected: number, message?: string): void {
  expect(Math.abs(actual - expected), message ?? `${actual} vs ${expected}`).toBeLessThanOrEqual(
    TOL * Math.abs(expected) + 2 ** -1022,
  );
}

/** `|a − b| ≤ TOL·scale`: for results that are differences of larger terms. */
function expectNear(actual: number, expected: number, scale: number, message: string): void {
  expect(Math.abs(actual - expected), `${message}: ${actual} vs ${expected} (scale ${scale})`).toBeLessThanOrEqual(
    TOL * scale + 2 ** -1022,
  );
}

const aum = fc.oneof(fc.double({ min: 0, max: 1e12, noNaN: true }), fc.constantFrom(0, 1, 1e6, 1e8));
// away from the wipe-out boundary, where 1 + L·r rounds differently in binary and in decimal
const move = fc.tuple(aum, leverage, indexReturn).filter(([, L, r]) => Math.abs(1 + L * r) > 1e-3);
const floatModes: readonly UnitRounding[] = ['toward-zero', 'away-from-zero', 'floor', 'ceil', 'half-even', 'half-up'];

const rate = (min: number, max: number): fc.Arbitrary<number> => fc.double({ min, max, noNaN: true });
const costs = fc.record({
  expenseRatio: rate(0, 0.03),
  financingRate: rate(-0.01, 0.1),
  spread: rate(0, 0.03),
  dividendYield: rate(0, 0.04),
});

describe('the exact expansion of a double', () => {
  const D = decimalWith(1200);
  test.prop([fc.double({ noNaN: true, noDefaultInfinity: true })])(
    'agrees with the decimal.js oracle of helpers/oracle.ts',
    (v) => {
      expect(new D(exactString(v)).eq(exact(v, D))).toBe(true);
    },
  );
});

describe('decimal vs float: per-call functions', () => {
  test.prop([indexReturn, leverage])('fundReturn', (r, L) => {
    agree(n(dec.fundReturn(ex(r), ex(L))), fundReturn(r, L));
  });

  test.prop([move])('rebalanceTrade (wipe-outs included)', ([A, L, r]) => {
    const d = dec.rebalanceTrade({ aum: ex(A), leverage: ex(L), indexReturn: ex(r) });
    const f = rebalanceTrade({ aum: A, leverage: L, indexReturn: r });
    agree(n(d.trade), f.trade);
    agree(n(d.exposureBefore), f.exposureBefore);
    agree(n(d.exposureAfter), f.exposureAfter);
    agree(n(d.aumAfter), f.aumAfter);
  });

  // assets of at least 1e-200: a flow share × subnormal assets rounds to the boundary itself
  test.prop([
    move.filter(([A, L, r]) => 1 + L * r > 0 && (A === 0 || A > 1e-200)),
    fc.double({ min: -0.999, max: 2, noNaN: true }),
  ])('closeTrade, and the same I7 effect', ([A, L, r], share) => {
    const F = share * A * (1 + L * r);
    const d = dec.closeTrade({ aum: ex(A), leverage: ex(L), indexReturn: ex(r), flow: ex(F) });
    const f = closeTrade({ aum: A, leverage: L, indexReturn: r, flow: F });
    agree(n(d.rebalance), f.rebalance);
    agree(n(d.flowTrade), f.flowTrade);
    expectNear(n(d.total), f.total, Math.max(Math.abs(f.rebalance), Math.abs(f.flowTrade)), 'total');
    if (Math.abs(f.rebalance) > 1e-290 && Math.abs(f.flowTrade) > 1e-290) expect(d.effect).toBe(f.effect);
  });

  test.prop([
    fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    fc.double({ min: 1e-3, max: 1e6, noNaN: true }),
    fc.constantFrom(...floatModes),
  ])(
    'toShares: the same whole units (both decide on the shortest decimals), filled and residual within float precision',
    (notional, price, rounding) => {
      fc.pre(Math.abs(notional / price) < 1e15);
      const d = dec.toShares(notional, price, { rounding });
      const f = toShares(notional, price, { rounding });
      expect(n(d.units)).toBe(f.units);
      agree(n(d.filledNotional), f.filledNotional);
      expectNear(n(d.residual), f.residual, Math.max(Math.abs(notional), Math.abs(f.filledNotional)), 'residual');
    },
  );

  test.prop([
    fc.double({ min: -1e12, max: 1e12, noNaN: true }),
    fc.integer({ min: 1, max: 1_000_000 }),
    fc.integer({ min: 1, max: 1000 }),
    fc.constantFrom(...floatModes),
  ])(
    'toContracts (contract value exact in binary): the same whole contracts',
    (notional, price, multiplier, rounding) => {
      const d = dec.toContracts(notional, price, multiplier, { rounding });
      const f = toContracts(notional, price, multiplier, { rounding });
      expect(n(d.units)).toBe(f.units);
      agree(n(d.filledNotional), f.filledNotional);
      expectNear(n(d.residual), f.residual, Math.max(Math.abs(notional), Math.abs(f.filledNotional)), 'residual');
    },
  );
});

describe('decimal vs float: paths', () => {
  const rule = fc.oneof(
    fc.constant('daily' as const),
    fc.integer({ min: 1, max: 5 }).map((every) => ({ every })),
    fc.double({ min: 0, max: 0.5, noNaN: true }).map((band) => ({ band })),
  );
  const time = fc.oneof(
    fc.constantFrom(252, 365, 12).map((periodsPerYear) => ({ periodsPerYear })),
    fc.constant(null),
  );

  test.prop([
    fc.double({ min: -3, max: 3, noNaN: true }),
    dailyPath(1, 20),
    costs,
    rule,
    time,
    fc.double({ min: 0.01, max: 1000, noNaN: true }),
  ])('navPath: every NAV with costs, day counts and rebalancing rules', (L, path, c, rebalance, t, initialNav) => {
    const dates =
      t === null
        ? Array.from({ length: path.length + 1 }, (_, i) => new Date(Date.UTC(2024, 0, 1 + i + 2 * Math.floor(i / 5))))
        : undefined;
    const options = { leverage: L, ...c, rebalance, initialNav, ...(t ?? {}), ...(dates ? { dates } : {}) };
    const f = navPath(path, options);
    fc.pre(f[f.length - 1]! > 0); // a wipe-out's boundary is decided differently in binary and decimal
    const d = dec.navPath(exAll(path), {
      ...options,
      leverage: ex(L),
      ...exCosts(c),
      initialNav: ex(initialNav),
      rebalance: typeof rebalance === 'object' && 'band' in rebalance ? { band: ex(rebalance.band) } : rebalance,
    });
    expect(d.length).toBe(f.length);
    d.forEach((v, i) => agree(n(v), f[i]!, `NAV ${i}`));
  });

  test.prop([
    fc.constantFrom(-3, -2, -1, 0.5, 2, 3),
    dailyPath(1, 15),
    fc.double({ min: 1, max: 1e4, noNaN: true }),
    fc.double({ min: 1e3, max: 1e9, noNaN: true }),
    fc.option(fc.array(fc.double({ min: -0.02, max: 0.05, noNaN: true }), { minLength: 15, maxLength: 15 })),
    costs,
  ])(
    "simulateFund: the ledger's unrounded model is the float simulator (NAV, shares, AUM, wipe-out day)",
    (L, path, p0, A0, flowShares, c) => {
      const prices = [p0];
      for (const r of path) prices.push(prices[prices.length - 1]! * (1 + r));
      const flows = flowShares === null ? undefined : { currency: flowShares.slice(0, path.length).map((s) => s * A0) };
      const options = {
        indexPrices: prices,
        leverage: L,
        initialAum: A0,
        initialNav: 20,
        costs: c,
        ...(flows ? { flows } : {}),
      };
      let f: ReturnType<typeof simulateFund>;
      try {
        f = simulateFund(options);
      } catch {
        fc.pre(false);
        return;
      }
      const d = dec.simulateFund({
        ...options,
        indexPrices: exAll(prices),
        leverage: ex(L),
        initialAum: ex(A0),
        costs: exCosts(c),
        ...(flows ? { flows: { currency: exAll(flows.currency) } } : {}),
      });
      expect(d.modelWipedOutAt).toBe(f.wipedOutAt);
      f.days.forEach((fd, i) => {
        const m = d.days[i]!.model;
        agree(n(m.nav), fd.nav, `nav day ${i + 1}`);
        agree(n(m.shares), fd.sharesOutstanding, `shares day ${i + 1}`);
        agree(n(m.assets), fd.aum, `aum day ${i + 1}`);
      });
    },
  );
});
