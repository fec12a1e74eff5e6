/**
 * The fund simulator (docs/concepts.md §3–5) over random paths, leverages, flows and
 * costs: after every day exposure / AUM = L and AUM = NAV × shares; the
 * exposure before the close plus the close trade is the exposure after;
 * flows at NAV never change NAV per share; NAV follows the §3 growth factor
 * written out independently here; it is never negative, and a wipe-out ends
 * the fund at 0.
 */
import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { simulateFund, type FundSimulation } from '../../src/fund/index.ts';
import { dailyPath, leverage } from '../helpers/arbitraries.ts';

function pricesOf(returns: readonly number[]): number[] {
  const p = [100];
  for (const r of returns) p.push((p[p.length - 1] as number) * (1 + r));
  return p;
}

/** Share flows as fractions of the shares outstanding: creations up to +50 %, redemptions up to −60 %. */
function shareFlows(initialShares: number, fractions: readonly number[]): number[] {
  let n = initialShares;
  return fractions.map((f) => {
    const flow = n * f;
    n += flow;
    return flow;
  });
}

const costs = fc.record({
  expenseRatio: fc.double({ min: 0, max: 0.02, noNaN: true }),
  financingRate: fc.double({ min: -0.01, max: 0.08, noNaN: true }),
  spread: fc.double({ min: 0, max: 0.01, noNaN: true }),
  dividendYield: fc.double({ min: 0, max: 0.03, noNaN: true }),
});

const scenario = fc
  .tuple(
    leverage,
    dailyPath(1, 40),
    fc.double({ min: 1e3, max: 1e10, noNaN: true }),
    fc.double({ min: 1, max: 1000, noNaN: true }),
    costs,
  )
  .chain(([L, path, aum, nav, c]) =>
    fc.tuple(
      fc.constant({ L, path, aum, nav, c }),
      fc.array(fc.oneof(fc.constant(0), fc.double({ min: -0.6, max: 0.5, noNaN: true })), {
        minLength: path.length,
        maxLength: path.length,
      }),
    ),
  );

function run(
  s: { L: number; path: number[]; aum: number; nav: number; c: Record<string, number> },
  fractions: number[] | null,
): FundSimulation {
  const flows = fractions === null ? undefined : { shares: shareFlows(s.aum / s.nav, fractions) };
  return simulateFund({
    indexPrices: pricesOf(s.path),
    leverage: s.L,
    initialAum: s.aum,
    initialNav: s.nav,
    costs: s.c,
    ...(flows ? { flows } : {}),
  });
}

describe('simulateFund: the accounting identities hold after every day', () => {
  test.prop([scenario])("exposure / AUM = L, AUM = NAV × shares, E' + Δ_total = exposure after", ([s, fractions]) => {
    const sim = run(s, fractions);
    let prevAum = sim.initialAum;
    for (const d of sim.days) {
      expect(d.aum).toBe(d.nav * d.sharesOutstanding);
      expect(d.exposureAfter).toBe(s.L * d.aum || 0);
      if (d.aum > 0 && Math.abs(s.L) > 1e-300)
        expect(Math.abs(d.exposureAfter / d.aum - s.L)).toBeLessThanOrEqual(2 * Number.EPSILON * Math.abs(s.L));
      const scale =
        Math.abs(s.L) * prevAum * (2 + Math.abs(d.indexReturn) * (1 + Math.abs(s.L))) + Math.abs(d.flowTrade);
      expect(Math.abs(d.exposureBefore + d.totalTrade - d.exposureAfter)).toBeLessThanOrEqual(
        16 * Number.EPSILON * scale + 1e-290,
      );
      expect(d.nav).toBeGreaterThanOrEqual(0);
      expect(d.sharesOutstanding).toBeGreaterThanOrEqual(0);
      expect(d.totalTrade).toBe(d.rebalanceTrade + d.flowTrade || 0);
      prevAum = d.aum;
    }
  });

  test.prop([scenario])(
    'flows at NAV leave NAV per share unchanged: the NAV path is the same with or without them',
    ([s, fractions]) => {
      const withFlows = run(s, fractions);
      const without = run(s, null);
      expect(withFlows.days.map((d) => d.nav)).toEqual(without.days.map((d) => d.nav));
      expect(without.days.every((d) => d.flowTrade === 0 && d.flowEffect === 'none')).toBe(true);
    },
  );

  test.prop([scenario])(
    'NAV follows 1 + L·(r + q·τ) + (1 − L)·rf·τ − |L|·s·τ − f·τ (docs/concepts.md §3, τ = 1/252), written out here',
    ([s]) => {
      const sim = run(s, null);
      const { expenseRatio: f, financingRate: rf, spread: sp, dividendYield: q } = s.c as Record<string, number>;
      const tau = 1 / 252;
      let nav = s.nav;
      let alive = true;
      sim.days.forEach((d, i) => {
        const r = s.path[i] as number;
        const g = 1 + s.L * (r + q! * tau) + (1 - s.L) * rf! * tau - Math.abs(s.L) * sp! * tau - f! * tau;
        if (alive && g <= 0) alive = false;
        nav = alive ? nav * g : 0;
        if (!alive) expect(d.nav).toBe(0);
        else expect(Math.abs(d.nav - nav)).toBeLessThanOrEqual(1e-14 * nav * (i + 1));
      });
    },
  );

  test.prop([scenario])('shares outstanding = initial shares + Σ flows; totals are Σ |trade|', ([s, fractions]) => {
    const sim = run(s, fractions);
    const flows = shareFlows(s.aum / s.nav, fractions);
    let shares = s.aum / s.nav;
    sim.days.forEach((d, i) => {
      if (sim.wipedOutAt !== null && d.day >= sim.wipedOutAt) return;
      shares += flows[i] as number;
      expect(Math.abs(d.sharesOutstanding - shares)).toBeLessThanOrEqual(1e-12 * (s.aum / s.nav) * (i + 1));
      expect(d.flowShares).toBe(flows[i] || 0);
    });
    const traded = sim.days.reduce((t, d) => t + Math.abs(d.totalTrade), 0);
    expect(Math.abs(sim.tradedNotional - traded)).toBeLessThanOrEqual(1e-13 * traded);
    const avg = (sim.initialAum + sim.days.reduce((t, d) => t + d.aum, 0)) / (sim.days.length + 1);
    expect(Math.abs(sim.averageAum - avg)).toBeLessThanOrEqual(1e-13 * avg);
    expect(Math.abs(sim.turnover - traded / avg)).toBeLessThanOrEqual(1e-12 * (traded / avg));
  });
});

describe('simulateFund: insolvency ends the fund cleanly', () => {
  const crash = fc.tuple(fc.constantFrom(-3, -2, -1, 2, 3), dailyPath(0, 10), dailyPath(0, 10));
  test.prop([crash])(
    'a move with 1 + L·r ≤ 0 sets NAV, shares and AUM to 0 from that day, and reports the day',
    ([L, before, after]) => {
      fc.pre(before.every((r) => 1 + L * r > 0));
      const wipe = L < 0 ? -1 / L + 0.01 : -1 / L - 0.01; // 1 + L·wipe < 0
      const path = [...before, wipe, ...after];
      const sim = simulateFund({
        indexPrices: pricesOf(path),
        leverage: L,
        initialAum: 1e6,
        flows: { currency: path.map(() => 1000) },
      });
      expect(sim.wipedOutAt).toBe(before.length + 1);
      const day = sim.days[before.length]!;
      expect(day.rebalanceTrade).toBe(-day.exposureBefore || 0);
      expect(day.flow).toBe(0);
      for (const d of sim.days.slice(before.length)) {
        expect([d.nav, d.sharesOutstanding, d.aum, d.exposureAfter]).toEqual([0, 0, 0, 0]);
      }
      for (const d of sim.days.slice(before.length + 1))
        expect([d.totalTrade, d.flow, d.flowEffect]).toEqual([0, 0, 'none']);
      expect(sim.finalNav).toBe(0);
    },
  );
});
