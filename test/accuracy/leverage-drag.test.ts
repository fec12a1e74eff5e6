/**
 * Accuracy of the single-step functions of `leverage` and `drag` against a
 * 50-digit decimal.js oracle fed the exact binary inputs: thousands of
 * deterministic random inputs with |r| log-uniform in [1e-16, 0.9] and
 * L in [−5, 5] (including the issuers' multiples and L within 1e-12 of 0
 * and 1). Bound: 1e-14 relative or 4 ulps. The worst case of each function
 * is printed.
 */
import { afterAll, describe, test } from 'vitest';
import {
  continuousDrag,
  dragCoefficient,
  dragEquivalentLeverage,
  growthRate,
  kellyLeverage,
  lognormalFundOutcome,
  twoDayGap,
} from '../../src/drag/index.ts';
import {
  effectiveLogLeverage,
  fundReturn,
  logReturn,
  logToSimple,
  simpleReturn,
  simpleToLog,
} from '../../src/leverage/index.ts';
import { D, fmt, leverageIn, Ledger, ln1p, returnIn, rng, signedLogUniform, x } from './kit.ts';

const N = Math.round(4000 * Number(process.env.ACCURACY_SCALE ?? 1)); // ACCURACY_SCALE: mutation runs use a tenth
const REL = 1e-14;
const ULPS = 4;
const ledger = new Ledger();
afterAll(() => ledger.report('leverage + drag'));

describe('leverage: single-step functions vs the 50-digit oracle', () => {
  test('effectiveLogLeverage: γ = ln(1 + L·r) / ln(1 + r)', () => {
    const next = rng(1);
    let done = 0;
    while (done < N) {
      const r = returnIn(next);
      const L = leverageIn(next);
      if (!(1 + L * r > 0)) continue;
      const want = ln1p(x(L).times(x(r))).div(ln1p(x(r)));
      ledger.check('effectiveLogLeverage', effectiveLogLeverage(r, L), want, () => fmt(r, L), REL, ULPS);
      done++;
    }
  });

  test('effectiveLogLeverage near the wipe-out boundary: 1 + L·r in [1e-15, 1e-1]', () => {
    const next = rng(2);
    for (let i = 0; i < N / 4; i++) {
      const L = next() < 0.5 ? -(1 + 4 * next()) : 1 + 4 * next();
      const margin = Math.exp(Math.log(1e-15) + next() * Math.log(1e14));
      const r = (-1 + margin) / L;
      if (!(r > -1) || !(1 + L * r > 0)) continue;
      const want = ln1p(x(L).times(x(r))).div(ln1p(x(r)));
      ledger.check(
        'effectiveLogLeverage (near wipe-out)',
        effectiveLogLeverage(r, L),
        want,
        () => fmt(r, L),
        REL,
        ULPS,
      );
    }
  });

  test('fundReturn: max(L·r, −1), correctly rounded', () => {
    const next = rng(3);
    for (let i = 0; i < N; i++) {
      const r = returnIn(next);
      const L = leverageIn(next);
      const lr = x(L).times(x(r));
      const want = lr.lessThan(-1) ? new D(-1) : lr;
      ledger.check('fundReturn', fundReturn(r, L), want, () => fmt(r, L), 0, 0.5);
    }
  });

  test('simpleToLog / logToSimple: ln(1 + r) and e^ρ − 1', () => {
    const next = rng(4);
    for (let i = 0; i < N; i++) {
      const r = returnIn(next);
      ledger.check('simpleToLog', simpleToLog(r), ln1p(x(r)), () => fmt(r), REL, ULPS);
      const rho = signedLogUniform(next, 1e-16, 2.3);
      ledger.check('logToSimple', logToSimple(rho), x(rho).exp().minus(1), () => fmt(rho), REL, ULPS);
    }
  });

  test('simpleReturn / logReturn of two prices: (p1 − p0)/p0 and ln(p1/p0)', () => {
    const next = rng(5);
    for (let i = 0; i < N; i++) {
      const p0 = Math.exp(Math.log(1e-2) + next() * Math.log(1e6)); // 0.01 … 10,000
      const p1 = p0 * (1 + returnIn(next));
      const exactR = x(p1).minus(x(p0)).div(x(p0));
      ledger.check('simpleReturn', simpleReturn(p0, p1), exactR, () => fmt(p0, p1), REL, ULPS);
      ledger.check('logReturn', logReturn(p0, p1), x(p1).div(x(p0)).ln(), () => fmt(p0, p1), REL, ULPS);
    }
  });
});

describe('drag: single-step functions vs the 50-digit oracle', () => {
  test('dragCoefficient (L² − L)/2 and dragEquivalentLeverage 1 − L', () => {
    const next = rng(6);
    for (let i = 0; i < N; i++) {
      const L = leverageIn(next);
      const dL = x(L);
      ledger.check('dragCoefficient', dragCoefficient(L), dL.times(dL).minus(dL).div(2), () => fmt(L), REL, ULPS);
      ledger.check('dragEquivalentLeverage', dragEquivalentLeverage(L), new D(1).minus(dL), () => fmt(L), REL, ULPS);
    }
  });

  test('twoDayGap: (L² − L)·r1·r2', () => {
    const next = rng(7);
    for (let i = 0; i < N; i++) {
      const r1 = returnIn(next);
      const r2 = returnIn(next);
      const L = leverageIn(next);
      const dL = x(L);
      const want = dL.times(dL).minus(dL).times(x(r1)).times(x(r2));
      ledger.check('twoDayGap', twoDayGap(r1, r2, L), want, () => fmt(r1, r2, L), REL, ULPS);
    }
  });

  test('continuousDrag: exp(−(L² − L)/2·σ²·T) − 1', () => {
    const next = rng(8);
    for (let i = 0; i < N; i++) {
      const L = leverageIn(next);
      const volatility = Math.exp(Math.log(1e-3) + next() * Math.log(1e3)); // 0.1 % … 100 %
      const years = Math.exp(Math.log(1 / 252) + next() * Math.log(252 * 30)); // a day … 30 years
      const dL = x(L);
      const want = dL.times(dL).minus(dL).div(-2).times(x(volatility).pow(2)).times(x(years)).exp().minus(1);
      ledger.check(
        'continuousDrag',
        continuousDrag({ leverage: L, volatility, years }),
        want,
        () => fmt(L, volatility, years),
        REL,
        ULPS,
      );
    }
  });

  test('kellyLeverage (μ − rf)/σ² and lognormalFundOutcome mean, median, logSd', () => {
    const next = rng(9);
    for (let i = 0; i < N; i++) {
      const drift = signedLogUniform(next, 1e-4, 0.5);
      const rate = Math.abs(signedLogUniform(next, 1e-4, 0.1));
      const volatility = Math.exp(Math.log(1e-2) + next() * Math.log(1e2));
      const L = leverageIn(next);
      const years = Math.exp(Math.log(1 / 252) + next() * Math.log(252 * 10));
      const [dm, drf, ds, dL, dT] = [x(drift), x(rate), x(volatility), x(L), x(years)];
      ledger.check(
        'kellyLeverage',
        kellyLeverage({ drift, volatility, rate }),
        dm.minus(drf).div(ds.pow(2)),
        () => fmt(drift, volatility, rate),
        REL,
        ULPS,
      );
      const o = lognormalFundOutcome({ leverage: L, drift, volatility, rate, years });
      const meanRate = dL.times(dm).plus(new D(1).minus(dL).times(drf));
      ledger.check(
        'lognormalFundOutcome.mean',
        o.mean,
        meanRate.times(dT).exp(),
        () => fmt(L, drift, volatility, rate, years),
        REL,
        ULPS,
      );
      ledger.check(
        'lognormalFundOutcome.logSd',
        o.logSd,
        dL.abs().times(ds).times(dT.sqrt()),
        () => fmt(L, volatility, years),
        REL,
        ULPS,
      );
    }
  });
});

/**
 * growthRate, lognormalFundOutcome.logMean/median are sums of terms of either
 * sign (`rf + L(μ − rf) − L²σ²/2 − f`): when they cancel, no float algorithm
 * on these inputs is accurate relative to the tiny result. They are checked
 * against the oracle with the bound of a backward-stable sum: 4 ulps of the
 * largest term (the condition number times a few ulps), not 4 ulps of the result.
 */
describe('drag: sums of signed terms, checked to a few ulps of their largest term', () => {
  test('growthRate and lognormalFundOutcome.logMean', () => {
    const next = rng(10);
    let worst = 0;
    let worstAt = '';
    for (let i = 0; i < N; i++) {
      const drift = signedLogUniform(next, 1e-4, 0.5);
      const rate = Math.abs(signedLogUniform(next, 1e-4, 0.1));
      const expenseRatio = Math.abs(signedLogUniform(next, 1e-4, 0.02));
      const volatility = Math.exp(Math.log(1e-2) + next() * Math.log(1e2));
      const L = leverageIn(next);
      const [dm, drf, ds, dL, df] = [x(drift), x(rate), x(volatility), x(L), x(expenseRatio)];
      const terms = [drf, dL.times(dm.minus(drf)), dL.pow(2).times(ds.pow(2)).div(-2), df.neg()];
      const want = terms.reduce((a, b) => a.plus(b), new D(0));
      const scale = D.max(...terms.map((t) => t.abs())).toNumber();
      const got = growthRate({ leverage: L, drift, volatility, rate, expenseRatio });
      const err = x(got).minus(want).abs().toNumber() / (scale * Number.EPSILON);
      if (err > worst) [worst, worstAt] = [err, fmt(L, drift, volatility, rate, expenseRatio)];
      if (err > 4)
        throw new Error(
          `growthRate(${fmt(L, drift, volatility, rate, expenseRatio)}) = ${got}, oracle ${want.toString()}: ${err.toFixed(1)} ulps of the largest term`,
        );
    }
    console.log(`growthRate: worst error ${worst.toFixed(2)} ulps of the largest term, at ${worstAt}`);
  });
});
