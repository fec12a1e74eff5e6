/**
 * Accuracy of the NAV recursion over 10⁵ periods and of the per-fund trade
 * functions, against a 50-digit decimal.js oracle fed the exact binary inputs.
 *
 * - navPath: every NAV_t of a 10⁵-period path within 1e-12 relative.
 * - logNavPath: ln NAV_t at every 1,000th close (and the last) within 1e-12
 *   absolute, i.e. NAV_t itself within 1e-12 relative (log-NAV crosses 0, so
 *   a relative error of the log itself is meaningless there).
 * - rebalanceTrade, closeTrade, offsettingFlow: single-step, 1e-14 relative or 4 ulps.
 * The worst case of each is printed.
 */
import type { Decimal } from 'decimal.js';
import { afterAll, describe, test } from 'vitest';
import { closeTrade, offsettingFlow } from '../../src/flows/index.ts';
import { logNavPath, navPath } from '../../src/nav/index.ts';
import { rebalanceTrade } from '../../src/rebalance/index.ts';
import { D, fmt, leverageIn, Ledger, returnIn, rng, x } from './kit.ts';

const ledger = new Ledger();
afterAll(() => ledger.report('nav + rebalance + flows'));

const N = Math.round(100_000 * Number(process.env.ACCURACY_SCALE ?? 1)); // ACCURACY_SCALE: mutation runs use a tenth

interface Scenario {
  readonly name: string;
  readonly leverage: number;
  readonly scale: number;
  readonly costs: { expenseRatio?: number; financingRate?: number; spread?: number; dividendYield?: number };
  readonly every?: number;
}

const SCENARIOS: Scenario[] = [
  {
    name: '3x, costs',
    leverage: 3,
    scale: 0.02,
    costs: { expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, dividendYield: 0.015 },
  },
  {
    name: '−1x, costs',
    leverage: -1,
    scale: 0.03,
    costs: { expenseRatio: 0.0089, financingRate: 0.03, spread: 0.002 },
  },
  { name: '−3x, frictionless', leverage: -3, scale: 0.01, costs: {} },
  {
    name: '2x, every 5 periods',
    leverage: 2,
    scale: 0.02,
    costs: { expenseRatio: 0.0095, financingRate: 0.04 },
    every: 5,
  },
];

/**
 * NAV_t by docs/concepts.md §3 in 50-digit decimals: each period
 * `g = 1 + ℓ·(r + q·τ) + (1 − ℓ)·rf·τ − |ℓ|·s·τ − f·τ` with τ = 1/252, and for a
 * rule `{ every: k }` the exposure ratio drifts as `ℓ' = ℓ·(1 + r)/g` and
 * is reset to L every k periods.
 */
function oracleNav(returns: Float64Array, s: Scenario): Decimal[] {
  const tau = new D(1).div(252);
  const L = x(s.leverage);
  const [q, rf, sp, f] = [
    s.costs.dividendYield ?? 0,
    s.costs.financingRate ?? 0,
    s.costs.spread ?? 0,
    s.costs.expenseRatio ?? 0,
  ].map((v) => x(v)) as [Decimal, Decimal, Decimal, Decimal];
  const out: Decimal[] = [new D(1)];
  let nav = new D(1);
  let ell = L;
  let since = 0;
  for (let i = 0; i < returns.length; i++) {
    const r = x(returns[i] as number);
    const g = new D(1)
      .plus(ell.times(r.plus(q.times(tau))))
      .plus(new D(1).minus(ell).times(rf).times(tau))
      .minus(ell.abs().times(sp).times(tau))
      .minus(f.times(tau));
    nav = nav.times(g);
    out.push(nav);
    since++;
    if (s.every === undefined || since >= s.every) {
      ell = L;
      since = 0;
    } else {
      ell = ell.times(r.plus(1)).div(g);
    }
  }
  return out;
}

describe('navPath and logNavPath over 10⁵ periods vs the 50-digit oracle', () => {
  SCENARIOS.forEach((s, k) => {
    test(`${s.name}: navPath within 1e-12 relative at every close, logNavPath within 1e-12`, () => {
      const next = rng(100 + k);
      const returns = new Float64Array(N);
      for (let i = 0; i < N; i++) returns[i] = (2 * next() - 1) * s.scale;
      const options = {
        leverage: s.leverage,
        periodsPerYear: 252,
        ...s.costs,
        ...(s.every === undefined ? {} : { rebalance: { every: s.every } }),
      };
      const want = oracleNav(returns, s);
      const nav = navPath(returns, options);
      const logNav = logNavPath(returns, options);
      let worst = 0;
      let worstAt = 0;
      for (let t = 0; t <= N; t++) {
        const w = (want[t] as Decimal).toNumber();
        const e = Math.abs((nav[t] as number) - w) / w;
        if (e > worst) [worst, worstAt] = [e, t];
      }
      ledger.check(
        `navPath (${s.name})`,
        nav[worstAt] as number,
        want[worstAt] as Decimal,
        () => `t=${worstAt} of ${N}`,
        1e-12,
        -1,
      );
      for (let t = 0; t <= N; t += t === N - (N % 1000) ? N % 1000 || 1000 : 1000) {
        const lw = (want[t] as Decimal).ln();
        const diff = x(logNav[t] as number)
          .minus(lw)
          .abs()
          .toNumber();
        // an absolute log error δ is a relative NAV error e^δ − 1 ≈ δ: record it as such
        ledger.check(
          `logNavPath (${s.name})`,
          1 + diff,
          new D(1),
          () => `t=${t}: ${logNav[t]} vs ${lw.toSignificantDigits(20).toString()}`,
          1e-12,
          -1,
        );
        if (t === N) break;
      }
    });
  });
});

describe('rebalance and flows: single-step functions vs the 50-digit oracle', () => {
  test('rebalanceTrade: Δ = A·(L² − L)·r, E′ = L·A·(1 + r), A′ = A·(1 + L·r), L·A′', () => {
    const next = rng(200);
    for (let i = 0; i < N / 25; i++) {
      const aum = Math.exp(Math.log(1e3) + next() * Math.log(1e8));
      const L = leverageIn(next);
      const r = returnIn(next);
      if (!(1 + L * r > 0)) continue;
      const [dA, dL, dr] = [x(aum), x(L), x(r)];
      const t = rebalanceTrade({ aum, leverage: L, indexReturn: r });
      const inputs = (): string => fmt(aum, L, r);
      const aumAfter = dA.times(dL.times(dr).plus(1));
      ledger.check('rebalanceTrade.trade', t.trade, dA.times(dL.times(dL).minus(dL)).times(dr), inputs, 1e-14, 4);
      ledger.check('rebalanceTrade.exposureBefore', t.exposureBefore, dL.times(dA).times(dr.plus(1)), inputs, 1e-14, 4);
      // A′ = A·(1 + L·r) has condition κ = |L·r|/(1 + L·r) in r (κ ≈ 250 at 1 + L·r = 0.004): checked to
      // 4·κ ulps, the bound of the backward-stable float formula (see bench/README.md for the exact alternative)
      const kappa = Math.max(1, Math.abs(L * r) / (1 + L * r));
      ledger.check('rebalanceTrade.aumAfter (4·κ ulps)', t.aumAfter, aumAfter, inputs, 1e-14, 4 * kappa);
      ledger.check(
        'rebalanceTrade.exposureAfter (4·κ ulps)',
        t.exposureAfter,
        dL.times(aumAfter),
        inputs,
        1e-14,
        4 * kappa,
      );
    }
  });

  test('closeTrade: A·(L² − L)·r + L·F; offsettingFlow −(L − 1)·A·r', () => {
    const next = rng(201);
    for (let i = 0; i < N / 25; i++) {
      const aum = Math.exp(Math.log(1e3) + next() * Math.log(1e8));
      const L = leverageIn(next);
      const r = returnIn(next);
      if (!(1 + L * r > 0)) continue;
      const flow = (next() - 0.5) * aum * (1 + L * r);
      const [dA, dL, dr, dF] = [x(aum), x(L), x(r), x(flow)];
      const rebalance = dA.times(dL.times(dL).minus(dL)).times(dr);
      const c = closeTrade({ aum, leverage: L, indexReturn: r, flow });
      const inputs = (): string => fmt(aum, L, r, flow);
      ledger.check('closeTrade.flowTrade', c.flowTrade, dL.times(dF), inputs, 1e-14, 4);
      // the total is a sum of two signed terms: checked to 4 ulps of the larger one (its condition)
      const total = rebalance.plus(dL.times(dF));
      const scale = D.max(rebalance.abs(), dL.times(dF).abs());
      const err = x(c.total).minus(total).abs();
      ledger.check(
        'closeTrade.total (ulps of the larger term)',
        1 + err.div(scale).toNumber(),
        new D(1),
        inputs,
        4 * Number.EPSILON,
        -1,
      );
      ledger.check(
        'offsettingFlow',
        offsettingFlow({ aum, leverage: L, indexReturn: r }),
        dL.minus(1).neg().times(dA).times(dr),
        inputs,
        1e-14,
        4,
      );
    }
  });
});
