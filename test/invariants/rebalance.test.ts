/**
 * docs/concepts.md §4: invariant I5 (for L ∉ [0, 1] the close trade has the sign of r,
 * for 0 < L < 1 the opposite sign, for L ∈ {0, 1} it is 0; after the trade
 * E/A = L), invariant I6 (L² − L is the same for L and 1 − L: a −1x fund
 * trades like a 2x fund of the same size), the trade against a 60-digit
 * oracle of A·(L² − L)·r, the market-on-close net r·Σ A_i(L_i² − L_i), and
 * the defining properties of each whole-unit rounding rule.
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import {
  marketOnCloseImbalance,
  rebalanceTrade,
  toContracts,
  toShares,
  type UnitRounding,
} from '../../src/rebalance/index.ts';
import { leverage } from '../helpers/arbitraries.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

const D = decimalWith(60);
const x = (v: number): Decimal => exact(v, D);

/** Assets: 0, or a size from $1 to $10bn. */
const aum = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e10, noNaN: true }));
/** A non-zero return in (−1, 3] with tiny magnitudes represented (|r| ≥ 1e-12 so A·c·r cannot underflow). */
const nonZeroReturn = fc
  .oneof(
    fc.double({ min: -0.999, max: 3, noNaN: true }),
    fc.double({ min: -0.1, max: 0.1, noNaN: true }),
    fc.double({ min: -1e-6, max: 1e-6, noNaN: true }),
  )
  .filter((r) => Math.abs(r) >= 1e-12);
/** A leverage outside [0, 1], at least 1e-3 away from 0 and 1, in [−5, 5]. */
const outside = leverage.filter((L) => (L < 0 || L > 1) && Math.abs(L) >= 1e-3 && Math.abs(L - 1) >= 1e-3);
/** A leverage strictly inside (0, 1), at least 1e-3 away from the ends. */
const inside = fc.double({ min: 1e-3, max: 1 - 1e-3, noNaN: true });
/** Absolute slack for results in the subnormal range (inputs like L = 5e-323 underflow there); far below any amount of money. */
const TINY = 1e-290;
const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);

describe('I5: a daily-reset fund trades with the market (negative gamma)', () => {
  test.prop([fc.double({ min: 1, max: 1e10, noNaN: true }), outside, nonZeroReturn])(
    'L ∉ [0, 1]: the trade has the sign of r — buy after rallies, sell after declines, inverse funds too',
    (A, L, r) => {
      fc.pre(1 + L * r > 0);
      expect(sign(rebalanceTrade({ aum: A, leverage: L, indexReturn: r }).trade)).toBe(sign(r));
    },
  );

  test.prop([fc.double({ min: 1, max: 1e10, noNaN: true }), inside, nonZeroReturn])(
    '0 < L < 1: the trade has the sign of −r',
    (A, L, r) => {
      expect(sign(rebalanceTrade({ aum: A, leverage: L, indexReturn: r }).trade)).toBe(-sign(r));
    },
  );

  test.prop([aum, fc.constantFrom(0, 1), fc.double({ min: -0.999, max: 3, noNaN: true })])(
    'L ∈ {0, 1}: no trade',
    (A, L, r) => {
      expect(rebalanceTrade({ aum: A, leverage: L, indexReturn: r }).trade).toBe(0);
    },
  );

  test.prop([aum, leverage, nonZeroReturn])(
    "after the trade exposure / AUM = L, and E' + Δ = L·A' (to rounding)",
    (A, L, r) => {
      fc.pre(1 + L * r > 1e-9);
      const t = rebalanceTrade({ aum: A, leverage: L, indexReturn: r });
      // independent closed forms of docs/concepts.md §4
      const aumAfter = x(A).times(x(L).times(x(r)).plus(1));
      const before = x(L).times(x(A)).times(x(r).plus(1));
      const scale = Math.abs(L) * A * (1 + Math.abs(r) + Math.abs(L * r));
      // 1 + L·r cancels when L·r is near −1: the bound is relative to the terms, A·(1 + |L·r|)
      expect(Math.abs(t.aumAfter - aumAfter.toNumber())).toBeLessThanOrEqual(
        4 * Number.EPSILON * A * (1 + Math.abs(L * r)) + TINY,
      );
      expect(Math.abs(t.exposureBefore - before.toNumber())).toBeLessThanOrEqual(4 * Number.EPSILON * scale + TINY);
      expect(Math.abs(t.exposureBefore + t.trade - t.exposureAfter)).toBeLessThanOrEqual(
        8 * Number.EPSILON * scale + TINY,
      );
      if (t.aumAfter > 0 && Math.abs(L) > 1e-290)
        expect(Math.abs(t.exposureAfter / t.aumAfter - L)).toBeLessThanOrEqual(2 * Number.EPSILON * Math.abs(L));
    },
  );

  test.prop([aum, leverage, fc.double({ min: -0.999, max: 3, noNaN: true })])(
    'the trade is A·(L² − L)·r to 4 ulps (60-digit oracle on the exact binary inputs)',
    (A, L, r) => {
      fc.pre(1 + L * r > 0);
      const oracle = x(A)
        .times(x(L).pow(2).minus(x(L)))
        .times(x(r));
      const got = rebalanceTrade({ aum: A, leverage: L, indexReturn: r }).trade;
      expect(new D(got).minus(oracle).abs().toNumber()).toBeLessThanOrEqual(
        4 * Number.EPSILON * oracle.abs().toNumber() + TINY,
      );
    },
  );

  // a leverage |L| ≥ 1.01 and a move at or beyond −1/L (1 + L·r ≤ 0)
  const wipeOut = fc
    .tuple(fc.double({ min: 1.01, max: 5, noNaN: true }), fc.boolean(), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([m, short, u]) => {
      const L = short ? -m : m;
      const edge = -1 / L; // > 0 for a short fund, in (−1, 0) for a long one
      const r = short ? edge + u * (3 - edge) : -0.999 + u * (edge + 0.999);
      return [L, r] as const;
    })
    .filter(([L, r]) => r > -1 && !(1 + L * r > 0));
  test.prop([fc.double({ min: 1, max: 1e10, noNaN: true }), wipeOut])(
    'a move with 1 + L·r ≤ 0 wipes the fund out: no assets, no exposure, the position is closed',
    (A, [L, r]) => {
      const t = rebalanceTrade({ aum: A, leverage: L, indexReturn: r });
      expect(t.aumAfter).toBe(0);
      expect(t.exposureAfter).toBe(0);
      expect(t.trade).toBe(-t.exposureBefore);
      expect(Math.abs(t.exposureBefore)).toBe(Math.abs(L * A * (1 + r)));
    },
  );
});

describe('I6: L and 1 − L trade the same (L² − L = (1 − L)² − (1 − L))', () => {
  // L = k/1024 in [−5, 5]: 1 − L is exact, so the trades agree to the last bit
  const dyadic = fc.integer({ min: -5 * 1024, max: 5 * 1024 }).map((k) => k / 1024);
  test.prop([aum, dyadic, fc.double({ min: -0.2, max: 0.2, noNaN: true })])(
    'bitwise equal when 1 − L is exact',
    (A, L, r) => {
      fc.pre(1 + L * r > 0 && 1 + (1 - L) * r > 0);
      expect(rebalanceTrade({ aum: A, leverage: L, indexReturn: r }).trade).toBe(
        rebalanceTrade({ aum: A, leverage: 1 - L, indexReturn: r }).trade,
      );
    },
  );

  test.prop([aum, leverage, fc.double({ min: -0.2, max: 0.2, noNaN: true })])(
    'equal to rounding for any L',
    (A, L, r) => {
      fc.pre(1 + L * r > 0 && 1 + (1 - L) * r > 0);
      const a = rebalanceTrade({ aum: A, leverage: L, indexReturn: r }).trade;
      const b = rebalanceTrade({ aum: A, leverage: 1 - L, indexReturn: r }).trade;
      // 1 − L rounds by up to ½ ulp(1 − L); L² − L moves by |2L − 1|·that
      const slack =
        (Math.abs(2 * L - 1) * Number.EPSILON * Math.max(1, Math.abs(L))) /
        Math.max(Number.MIN_VALUE, Math.abs(L * (L - 1)));
      expect(Math.abs(a - b)).toBeLessThanOrEqual((8 * Number.EPSILON + slack) * Math.abs(a));
    },
  );

  test('the named pairs of Kaya / docs/concepts.md: −1x ~ 2x, −2x ~ 3x, −3x ~ 4x', () => {
    for (const [L, M] of [
      [-1, 2],
      [-2, 3],
      [-3, 4],
    ] as const) {
      expect(rebalanceTrade({ aum: 1e8, leverage: L, indexReturn: -0.03 }).trade).toBe(
        rebalanceTrade({ aum: 1e8, leverage: M, indexReturn: -0.03 }).trade,
      );
    }
  });
});

describe('market-on-close imbalance: net = r·Σ A_i(L_i² − L_i)', () => {
  const fund = fc.record({ aum, leverage });
  test.prop([fc.array(fund, { minLength: 1, maxLength: 12 }), fc.double({ min: -0.2, max: 0.2, noNaN: true })])(
    "each trade is the fund's rebalance trade and the net matches a 60-digit sum",
    (funds, r) => {
      fc.pre(funds.every((f) => 1 + f.leverage * r > 0));
      const copy = structuredClone(funds);
      const moc = marketOnCloseImbalance(funds, r);
      expect(funds).toEqual(copy);
      moc.trades.forEach((t, i) => {
        expect(t.trade).toBe(
          rebalanceTrade({ aum: funds[i]!.aum, leverage: funds[i]!.leverage, indexReturn: r }).trade,
        );
        expect(t.name).toBe(`fund ${i}`);
      });
      let sum = new D(0);
      let gross = 0;
      for (const f of funds) {
        const term = x(f.aum).times(x(f.leverage).pow(2).minus(x(f.leverage)));
        sum = sum.plus(term);
        gross += Math.abs(term.toNumber());
      }
      const oracle = sum.times(x(r)).toNumber();
      expect(Math.abs(moc.net - oracle)).toBeLessThanOrEqual(8 * Number.EPSILON * gross * Math.abs(r) + TINY);
    },
  );

  test.prop([
    fc.array(fc.record({ aum, leverage: leverage.filter((L) => L <= 0 || L >= 1) }), { minLength: 1, maxLength: 12 }),
    fc.double({ min: -0.2, max: 0.2, noNaN: true }),
  ])('funds with L ∉ (0, 1) never net out: every trade has the sign of r, so |net| = Σ |trade_i|', (funds, r) => {
    fc.pre(funds.every((f) => 1 + f.leverage * r > 0));
    const moc = marketOnCloseImbalance(funds, r);
    const gross = moc.trades.reduce((s, t) => s + Math.abs(t.trade), 0);
    for (const t of moc.trades) expect(t.trade * r).toBeGreaterThanOrEqual(0);
    expect(Math.abs(Math.abs(moc.net) - gross)).toBeLessThanOrEqual(16 * Number.EPSILON * gross + TINY);
  });
});

describe('whole units: each rounding rule does what its name says, decided on the printed decimals', () => {
  const modes: Record<UnitRounding, Decimal.Rounding> = {
    'toward-zero': Decimal.ROUND_DOWN,
    'away-from-zero': Decimal.ROUND_UP,
    floor: Decimal.ROUND_FLOOR,
    ceil: Decimal.ROUND_CEIL,
    'half-even': Decimal.ROUND_HALF_EVEN,
    'half-up': Decimal.ROUND_HALF_UP,
  };
  const rounding = fc.constantFrom(...(Object.keys(modes) as UnitRounding[]));
  /** Prices in cents, and notionals that are often an exact multiple or half-multiple of the price (the hard cases). */
  const price = fc.integer({ min: 1, max: 1_000_000 }).map((c) => c / 100);
  const notional = (p: number): fc.Arbitrary<number> =>
    fc.oneof(
      fc.double({ min: -1e9, max: 1e9, noNaN: true }),
      fc.integer({ min: -100_000, max: 100_000 }).map((k) => Number((k * p).toFixed(2))),
      fc.integer({ min: -100_000, max: 100_000 }).map((k) => Number(((k + 0.5) * p).toFixed(4))),
      fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100),
    );
  const case_ = price.chain((p) => fc.tuple(notional(p), fc.constant(p), rounding));

  test.prop([case_])(
    'units = the decimal quotient String(n)/String(p) rounded by the rule (decimal.js, 60 digits)',
    ([n, p, rule]) => {
      const t = toShares(n, p, { rounding: rule });
      const oracle = new D(String(n))
        .div(new D(String(p)))
        .toDecimalPlaces(0, modes[rule])
        .toNumber();
      expect(t.units).toBe(oracle === 0 ? 0 : oracle);
      expect(Object.is(t.units, -0)).toBe(false);
      expect(t.filledNotional).toBe(t.units * p === 0 ? 0 : t.units * p);
      expect(t.residual).toBe(n - t.filledNotional);
    },
  );

  test.prop([case_])(
    'toward-zero never asks for more than the notional (in decimals) and leaves less than one share',
    ([n, p]) => {
      const t = toShares(n, p);
      const asked = new D(String(n));
      const filled = new D(String(p)).times(t.units);
      expect(filled.abs().lte(asked.abs())).toBe(true);
      expect(
        asked
          .minus(filled)
          .abs()
          .lt(new D(String(p))),
      ).toBe(true);
      if (t.units !== 0) expect(Math.sign(t.units)).toBe(Math.sign(n));
    },
  );

  test.prop([case_, fc.constantFrom(5, 20, 50, 250, 1000)])(
    'contracts: units of the contract value price × multiplier',
    ([n, p, rule], m) => {
      const t = toContracts(n, p, m, { rounding: rule });
      const v = p * m;
      const oracle = new D(String(n))
        .div(new D(String(v)))
        .toDecimalPlaces(0, modes[rule])
        .toNumber();
      expect(t.units).toBe(oracle === 0 ? 0 : oracle);
      expect(t.filledNotional).toBe(t.units * v === 0 ? 0 : t.units * v);
    },
  );

  test.prop([case_])('a sell is the mirror of a buy under the symmetric rules', ([n, p, rule]) => {
    fc.pre(rule !== 'floor' && rule !== 'ceil');
    expect(toShares(-n, p, { rounding: rule }).units).toBe(-toShares(n, p, { rounding: rule }).units || 0);
  });
});
