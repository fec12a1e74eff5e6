/**
 * The one-period step of docs/concepts.md §3 on a state: the NAV grows by
 * `1 + ℓ·r + carry`, the log-NAV by `log1p` of the same excess, the exposure
 * ratio drifts as `ℓ·(1 + r)/g` between resets; a wipe-out is NAV 0, log-NAV
 * −∞; an overflow is NON_FINITE.
 */
import { describe, expect, test } from 'vitest';
import { createState, newPeriod } from '../../../src/internal/engine/state.ts';
import { advance, cadence, overflow, stepIsFinite } from '../../../src/internal/engine/step.ts';
import { expectClose, expectCode } from '../../helpers/assert.ts';

const start = (L: number) => createState({ leverage: L, rebalance: 'daily', nav: 1 });
/** A period with index return `r` and no costs. */
const move = (r: number) => ({ ...newPeriod(), indexReturn: r });

describe('cadence', () => {
  test("'daily' resets every period; { every } has no band; { band } no count", () => {
    expect(cadence('daily')).toEqual({ every: 1, band: Infinity });
    expect(cadence({ every: 3 })).toEqual({ every: 3, band: Infinity });
    expect(cadence({ band: 0.1 })).toEqual({ every: Infinity, band: 0.1 });
  });
});

describe('advance', () => {
  test('daily reset, 3x, +1 %, carry of 5 % financing on 2 units over 1/252 year', () => {
    const a = start(3);
    const p = { ...move(0.01), financingRate: 0.05, tau360: 1 / 252, tau365: 1 / 252 };
    advance(a, cadence('daily'), p);
    const x = 0.03 - (2 * 0.05) / 252;
    expectClose(a.nav, 1 + x, 1e-15);
    expectClose(a.logNav, Math.log1p(x), 1e-15);
    expect([a.period, a.leverageRatio, a.rebalances, a.periodsSinceRebalance]).toEqual([1, 3, 1, 0]);
  });

  test('held between resets: ℓ drifts to L·(1 + r)/(1 + L·r) (2x, +10 %: 2.2/1.2)', () => {
    const a = start(2);
    advance(a, { every: 2, band: Infinity }, move(0.1));
    expectClose(a.leverageRatio, 2.2 / 1.2, 1e-15);
    expect([a.rebalances, a.periodsSinceRebalance]).toEqual([0, 1]);
    advance(a, { every: 2, band: Infinity }, move(0.1));
    expectClose(a.nav, 1.2 * (1 + (2.2 / 1.2) * 0.1), 1e-15);
    expect([a.leverageRatio, a.rebalances]).toEqual([2, 1]);
  });

  test('a band rule resets only when |ℓ − L| > b·|L|', () => {
    const a = start(2);
    advance(a, { every: Infinity, band: 0.1 }, move(0.01)); // ℓ = 2.02/1.02 ≈ 1.98: inside ±0.2
    expect(a.rebalances).toBe(0);
    advance(a, { every: Infinity, band: 0.1 }, move(-0.2)); // a fall of 20 % drives ℓ far off
    expect(a.rebalances).toBe(1);
  });

  test('a −3x fund and a +40 % move: NAV 0, log-NAV −∞, the period recorded; later periods only count', () => {
    const a = start(-3);
    advance(a, { every: 1, band: Infinity }, move(0.4));
    expect([a.nav, a.logNav, a.leverageRatio, a.wipedOutAt]).toEqual([0, Number.NEGATIVE_INFINITY, 0, 0]);
    advance(a, { every: 1, band: Infinity }, move(0.01));
    expect([a.period, a.nav, a.wipedOutAt]).toEqual([2, 0, 0]);
  });
});

describe('stepIsFinite and overflow', () => {
  test('a wipe-out is no overflow; an infinite NAV or a NaN log-NAV is not finite; overflow is NON_FINITE naming the return', () => {
    const a = start(-3);
    advance(a, { every: 1, band: Infinity }, move(0.4));
    expect(stepIsFinite(a, true)).toBe(true);
    const b = { ...start(2), nav: Number.POSITIVE_INFINITY };
    expect(stepIsFinite(b, true)).toBe(false);
    expect(stepIsFinite(b, false)).toBe(true);
    expect(stepIsFinite({ ...start(2), logNav: Number.NaN }, false)).toBe(false);
    expect(stepIsFinite({ ...start(2), leverageRatio: Number.POSITIVE_INFINITY }, false)).toBe(false);
    expectCode(() => overflow('indexReturns', 1e308, 3), 'NON_FINITE', 'indexReturns');
  });
});
