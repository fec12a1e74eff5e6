/**
 * docs/concepts.md §5: invariant I7 — a flow is stabilizing when its trade L·F opposes
 * the rebalance trade A·(L² − L)·r, destabilizing when it adds to it — as a
 * general rule over every sign of L, r and F (and 0 < L < 1), plus the
 * "Shorting is hard" cases; the total close trade A·(L² − L)·r + L·F; and the flow
 * F = −(L − 1)·A·r that cancels the rebalance.
 */
import { fc, test } from '@fast-check/vitest';
import type { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import { closeTrade, offsettingFlow } from '../../src/flows/index.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

const D = decimalWith(60);
const x = (v: number): Decimal => exact(v, D);
const sign = (v: number): number => (v > 0 ? 1 : v < 0 ? -1 : 0);

/** Every sign of every input, including exact zeros and 0 < L < 1; magnitudes that cannot underflow. */
const A = fc.oneof(fc.constant(0), fc.double({ min: 1, max: 1e10, noNaN: true }));
const L = fc.oneof(
  fc.constantFrom(-3, -2, -1, 0, 0.5, 1, 2, 3),
  fc.double({ min: -5, max: 5, noNaN: true }).filter((v) => Math.abs(v) >= 1e-3 && Math.abs(v - 1) >= 1e-3),
  fc.double({ min: 1e-3, max: 1 - 1e-3, noNaN: true }),
);
const r = fc.oneof(
  fc.constant(0),
  fc.double({ min: -0.9, max: 2, noNaN: true }).filter((v) => Math.abs(v) >= 1e-12),
);
/** A flow as a fraction of the assets after the move: redemptions down to all of it, creations up to 3×; or exactly 0. */
const flowFraction = fc.oneof(
  fc.constant(0),
  fc.double({ min: -1, max: 3, noNaN: true }).filter((v) => Math.abs(v) >= 1e-9),
);

const inputs = fc.tuple(A, L, r, flowFraction).filter(([, l, rr]) => 1 + l * rr > 0);

describe('I7: stabilizing when L·F opposes the rebalance, destabilizing when it adds', () => {
  test.prop([inputs])('the general rule, from the signs of A, L, L − 1, r and F', ([a, l, rr, u]) => {
    const F = u * a * (1 + l * rr);
    const t = closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: F });
    // sign of A·L·(L − 1)·r and of L·F, from the inputs alone
    const rebalanceSign = sign(a) * sign(l) * sign(l - 1) * sign(rr) || 0;
    const flowSign = sign(l) * sign(F) || 0;
    const expected =
      rebalanceSign === 0 || flowSign === 0 ? 'none' : rebalanceSign === flowSign ? 'destabilizing' : 'stabilizing';
    expect(t.effect).toBe(expected);
    expect(sign(t.rebalance)).toBe(rebalanceSign);
    expect(sign(t.flowTrade)).toBe(flowSign);
  });

  test.prop([inputs])(
    'stabilizing ⇔ the close trade is smaller than the rebalance and flow trades together',
    ([a, l, rr, u]) => {
      const F = u * a * (1 + l * rr);
      const t = closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: F });
      const sum = Math.abs(t.rebalance) + Math.abs(t.flowTrade);
      if (t.effect === 'stabilizing') expect(Math.abs(t.total)).toBeLessThan(sum);
      else expect(Math.abs(Math.abs(t.total) - sum)).toBeLessThanOrEqual(2 * Number.EPSILON * sum);
    },
  );

  test.prop([inputs])('total = A·(L² − L)·r + L·F (60-digit oracle)', ([a, l, rr, u]) => {
    const F = u * a * (1 + l * rr);
    const t = closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: F });
    const reb = x(a)
      .times(x(l).pow(2).minus(x(l)))
      .times(x(rr));
    const flowTrade = x(l).times(x(F));
    const scale = reb.abs().plus(flowTrade.abs()).toNumber();
    expect(Math.abs(t.total - reb.plus(flowTrade).toNumber())).toBeLessThanOrEqual(8 * Number.EPSILON * scale);
  });

  const decline = fc.double({ min: -0.9, max: -1e-6, noNaN: true });
  const rally = fc.double({ min: 1e-6, max: 0.9, noNaN: true });
  const size = fc.double({ min: 1, max: 1e10, noNaN: true });
  const part = fc.double({ min: 1e-6, max: 1, noNaN: true });

  test.prop([size, decline, part, fc.constantFrom(-1, -2, -3)])(
    'inverse funds: redemptions after a decline (profit taking) are stabilizing ("Shorting is hard")',
    (a, rr, p, l) => {
      expect(closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: -p * a * (1 + l * rr) }).effect).toBe(
        'stabilizing',
      );
    },
  );

  test.prop([size, rally, part, fc.constantFrom(-1, -2)])(
    'inverse funds: redemptions after a rally ("puking") are destabilizing ("Shorting is hard")',
    (a, rr, p, l) => {
      fc.pre(1 + l * rr > 0);
      expect(closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: -p * a * (1 + l * rr) }).effect).toBe(
        'destabilizing',
      );
    },
  );

  test.prop([size, fc.oneof(decline, rally), part, fc.constantFrom(2, 3)])(
    'leveraged long funds: the roles swap — creations after a decline and redemptions after a rally stabilize',
    (a, rr, p, l) => {
      fc.pre(1 + l * rr > 0);
      const creation = closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: p * a }).effect;
      const redemption = closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: -p * a * (1 + l * rr) }).effect;
      expect(creation).toBe(rr < 0 ? 'stabilizing' : 'destabilizing');
      expect(redemption).toBe(rr > 0 ? 'stabilizing' : 'destabilizing');
    },
  );

  test.prop([size, fc.oneof(decline, rally), part, fc.double({ min: 0.01, max: 0.99, noNaN: true })])(
    '0 < L < 1: the fund trades against the move, so a redemption (a sale) adds to the sale after a rally and offsets the buy after a decline',
    (a, rr, p, l) => {
      // rebalance sign −r; a redemption sells (L > 0): same sign as the rebalance after a rally
      const redemption = closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: -p * a * (1 + l * rr) }).effect;
      expect(redemption).toBe(rr > 0 ? 'destabilizing' : 'stabilizing');
    },
  );
});

describe('offsettingFlow: F = −(L − 1)·A·r cancels the rebalance', () => {
  test.prop([A, L, r])(
    'the close trade with that flow is 0 (to rounding), and the flow is stabilizing when there is a rebalance',
    (a, l, rr) => {
      fc.pre(1 + l * rr > 0);
      const F = offsettingFlow({ aum: a, leverage: l, indexReturn: rr });
      const t = closeTrade({ aum: a, leverage: l, indexReturn: rr, flow: F });
      expect(Math.abs(t.total)).toBeLessThanOrEqual(4 * Number.EPSILON * Math.abs(t.rebalance));
      if (t.rebalance !== 0 && l !== 0) expect(t.effect).toBe('stabilizing');
    },
  );

  test.prop([A, L, r])('it never redeems more than the assets: A·(1 + L·r) + F = A·(1 + r) ≥ 0', (a, l, rr) => {
    fc.pre(1 + l * rr > 0);
    const F = offsettingFlow({ aum: a, leverage: l, indexReturn: rr });
    const after = x(a)
      .times(x(l).times(x(rr)).plus(1))
      .plus(x(F));
    const expected = x(a).times(x(rr).plus(1));
    expect(after.minus(expected).abs().toNumber()).toBeLessThanOrEqual(
      4 * Number.EPSILON * a * (1 + Math.abs(l * rr) + Math.abs((l - 1) * rr)),
    );
    expect(F).toBeGreaterThanOrEqual(-a * (1 + l * rr) * (1 + 4 * Number.EPSILON));
  });
});
