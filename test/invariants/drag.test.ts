/**
 * docs/concepts.md §2: invariant I2 (Bernoulli: V ≤ G^L for L ∉ (0,1), V ≥ G^L for
 * 0 ≤ L ≤ 1, equality only for a flat path or L ∈ {0, 1}), invariant I3
 * (c(L) = c(1 − L), c(L) < 0 for 0 < L < 1), and the two-day identity
 * (1+L·r1)(1+L·r2) − (1 + L·((1+r1)(1+r2) − 1)) = (L² − L)·r1·r2.
 */
import { fc, test } from '@fast-check/vitest';
import type { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { compoundingDecay, dragCoefficient, dragEquivalentLeverage, twoDayGap } from '../../src/drag/index.ts';
import { dailyPath, indexReturn, leverage, leverageAwayFromZeroOne } from '../helpers/arbitraries.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

// 1,000 digits: the left side cancels to the size of L·r1·r2, which can be ~1e-320.
const D = decimalWith(1000);
const x = (v: number): Decimal => exact(v, D);
// 40 digits suffice for products of factors near 1 (no cancellation).
const D40 = decimalWith(40);
const x40 = (v: number): Decimal => exact(v, D40);

// A path the fund survives, with at least one move ≥ 0.01 % so the Bernoulli gap is far above rounding.
const pathAndLeverage = fc
  .tuple(leverageAwayFromZeroOne(1e-3), dailyPath(1, 60))
  .filter(([L, path]) => path.every((r) => 1 + L * r > 0) && path.some((r) => Math.abs(r) >= 1e-4));

describe('I2: Bernoulli — a daily-reset fund compounds to less than G^L outside (0, 1)', () => {
  test.prop([pathAndLeverage])(
    'V < G^L for L ∉ [0,1], V > G^L for 0 < L < 1 (strict on a non-flat path)',
    ([L, path]) => {
      const { decay, fundGrowth, leveragedIndexGrowth } = compoundingDecay(path, L);
      if (L < 0 || L > 1) {
        expect(decay).toBeLessThan(0);
        expect(fundGrowth).toBeLessThan(leveragedIndexGrowth);
      } else {
        expect(decay).toBeGreaterThan(0);
        expect(fundGrowth).toBeGreaterThan(leveragedIndexGrowth);
      }
    },
  );

  test.prop([dailyPath(1, 60), fc.constantFrom(0, 1)])('equality for L ∈ {0, 1}', (path, L) => {
    expect(compoundingDecay(path, L).decay).toBe(0);
  });

  test.prop([fc.integer({ min: 1, max: 50 }), leverage])('equality on a flat path', (n, L) => {
    expect(compoundingDecay(new Float64Array(n), L).decay).toBe(0);
  });

  test.prop([
    leverageAwayFromZeroOne(1e-3),
    fc.double({ min: -0.2, max: 0.2, noNaN: true }).filter((r) => Math.abs(r) >= 1e-4),
  ])('an index that comes back to where it started leaves the fund down, for L ∉ [0, 1]', (L, r) => {
    const back = 1 / (1 + r) - 1;
    fc.pre(1 + L * r > 0 && 1 + L * back > 0 && (L < 0 || L > 1));
    expect(compoundingDecay([r, back], L).fundGrowth).toBeLessThan(1);
  });

  test.prop([leverage, dailyPath(1, 40)])('V and G match a 40-digit product of the factors', (L, path) => {
    fc.pre(path.every((r) => 1 + L * r > 0));
    const d = compoundingDecay(path, L);
    let V = new D40(1);
    let G = new D40(1);
    for (const r of path) {
      V = V.times(x40(r).times(x40(L)).plus(1));
      G = G.times(x40(r).plus(1));
    }
    const rel = (a: number, b: Decimal): number => new D40(a).minus(b).abs().div(b).toNumber();
    expect(rel(d.fundGrowth, V)).toBeLessThanOrEqual(1e-13);
    expect(rel(d.indexGrowth, G)).toBeLessThanOrEqual(1e-13);
    const decay = V.div(G.pow(x40(L))).minus(1);
    expect(Math.abs(d.decay - decay.toNumber())).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(decay.toNumber())));
  });
});

describe('I3: the drag coefficient is symmetric about L = 1/2', () => {
  test.prop([leverage])('c(L) = c(1 − L)', (L) => {
    const a = dragCoefficient(L);
    const b = dragCoefficient(dragEquivalentLeverage(L));
    expect(Math.abs(a - b)).toBeLessThanOrEqual(8 * Number.EPSILON * Math.max(1, L * L));
  });

  // Below |L| ≈ 1e-323 the true c(L) ≈ −L/2 is smaller than the least subnormal and rounds to 0.
  test.prop([fc.double({ min: 1e-300, max: 1, noNaN: true, maxExcluded: true })])('c(L) < 0 for 0 < L < 1', (L) => {
    expect(dragCoefficient(L)).toBeLessThan(0);
  });

  test.prop([leverage.filter((L) => L < -1e-300 || L > 1)])('c(L) > 0 for L ∉ [0, 1]', (L) => {
    expect(dragCoefficient(L)).toBeGreaterThan(0);
  });

  test('integer pairs: −1x ≡ 2x, −2x ≡ 3x, −3x ≡ 4x (exact)', () => {
    expect(dragCoefficient(-1)).toBe(dragCoefficient(2));
    expect(dragCoefficient(-2)).toBe(dragCoefficient(3));
    expect(dragCoefficient(-3)).toBe(dragCoefficient(4));
    expect(dragCoefficient(0)).toBe(0);
    expect(dragCoefficient(1)).toBe(0);
  });
});

describe('two-day identity: (1+L·r1)(1+L·r2) − (1 + L·((1+r1)(1+r2) − 1)) = (L² − L)·r1·r2', () => {
  test.prop([leverage, indexReturn, indexReturn])('matches the left side evaluated at 1,000 digits', (L, r1, r2) => {
    const one = new D(1);
    const lhs = one
      .plus(x(r1).times(x(L)))
      .times(one.plus(x(r2).times(x(L))))
      .minus(
        one.plus(
          one
            .plus(x(r1))
            .times(one.plus(x(r2)))
            .minus(1)
            .times(x(L)),
        ),
      );
    const got = twoDayGap(r1, r2, L);
    // Relative 4 ulps, or a few units of the subnormal spacing when the result underflows.
    expect(Math.abs(got - lhs.toNumber())).toBeLessThanOrEqual(
      4 * Number.EPSILON * Math.abs(lhs.toNumber()) + 4 * Number.MIN_VALUE,
    );
  });

  test.prop([leverageAwayFromZeroOne(1e-3).filter((L) => L < 0 || L > 1), indexReturn, indexReturn])(
    'a trend (same signs) helps, a reversal hurts, for L ∉ [0, 1]',
    (L, r1, r2) => {
      const gap = twoDayGap(r1, r2, L);
      const product = r1 * r2;
      fc.pre(product !== 0 && Number.isFinite(product) && Math.abs(product) > 1e-300);
      expect(Math.sign(gap)).toBe(Math.sign(product));
    },
  );
});
