/**
 * Signals and risk monitors: the batch forms against a minimal hand-written
 * loop of the same formula, and the streaming forms (in place, `out` = the
 * state) against the batch. "per op" is one tick, spread or day.
 */
import {
  liquidityFilter,
  liquidityFilterState,
  stepLiquidityFilter,
  stepTrackingBand,
  trackingBand,
  trackingBandState,
} from '../src/risk/index.ts';
import { indicativeNav } from '../src/signals/index.ts';
import { consume, dailyReturns, rng, suite } from './harness.ts';

const TICKS = 23_400; // a 6.5-hour session of 1-second ticks
const next = rng(31);
const ticks = new Float64Array(TICKS);
ticks[0] = 5000;
for (let i = 1; i < TICKS; i++) ticks[i] = (ticks[i - 1] as number) * (1 + (next() - 0.5) * 2e-4);
const elapsed = Float64Array.from({ length: TICKS }, (_, i) => i / TICKS);
const close = { nav: 20, leverage: -3, indexClose: 5000, financingRate: 0.05, expenseRatio: 0.0095 };

suite('signals: indicativeNav, a session of 23,400 ticks', (s) => {
  s.baseline(
    'hand loop: nav·(1 + L·(I/I0 − 1) + carry·e)',
    () => {
      const out = new Float64Array(TICKS);
      const c = (4 * 0.05 - 0.0095) / 252;
      for (let i = 0; i < TICKS; i++)
        out[i] = 20 * (1 + (-3 * ((ticks[i] as number) / 5000 - 1) + c * (elapsed[i] as number)));
      return consume(out);
    },
    { calls: TICKS },
  );
  s.add('indicativeNav (ticks, elapsed per tick)', () => consume(indicativeNav({ ...close, index: ticks, elapsed })), {
    calls: TICKS,
  });
});

const N = 10_000;
const spreads = Float64Array.from({ length: N }, () => 1 + next() * (next() < 0.01 ? 10 : 1));

suite('risk: liquidity filter, 10,000 spreads, window 20', (s) => {
  s.baseline(
    'hand loop: two passes over the trailing window',
    () => {
      const t = new Float64Array(N - 20);
      for (let i = 20; i < N; i++) {
        let sum = 0;
        for (let j = i - 20; j < i; j++) sum += spreads[j] as number;
        const m = sum / 20;
        let ss = 0;
        for (let j = i - 20; j < i; j++) ss += ((spreads[j] as number) - m) ** 2;
        t[i - 20] = m + 3 * Math.sqrt(ss / 19);
      }
      return consume(t);
    },
    { calls: N },
  );
  s.add('liquidityFilter (batch)', () => consume(liquidityFilter(spreads).threshold), { calls: N });
  s.add(
    'stepLiquidityFilter (in place)',
    () => {
      const st = liquidityFilterState();
      for (let i = 0; i < N; i++) stepLiquidityFilter(st, spreads[i] as number, st);
      return st.flags;
    },
    { calls: N },
  );
});

const DAYS = 2520;
const r = dailyReturns(DAYS, 32, 0.015);
const f = Float64Array.from(r, (x) => 3 * x + (next() - 0.5) * 2e-4);
const rule = { leverage: 3, band: 0.1, floor: 0.02, tighten: 0.5 };

suite('risk: tracking band, 10 years (2,520 days)', (s) => {
  s.baseline(
    'hand loop: growths, D_t, band, breach',
    () => {
      let F = 1;
      let G = 1;
      let widest = 0;
      let breaches = 0;
      for (let t = 0; t < DAYS; t++) {
        const w = Math.max(0.02, 0.1 - 0.5 * widest);
        F *= 1 + (f[t] as number);
        G *= 1 + (r[t] as number);
        const d = Math.abs(F - (1 + 3 * (G - 1)));
        if (d > w) breaches++;
        widest = Math.max(widest, d);
      }
      return breaches;
    },
    { calls: DAYS },
  );
  s.add('trackingBand (batch)', () => consume(trackingBand(r, f, rule).deviation), { calls: DAYS });
  s.add(
    'stepTrackingBand (in place)',
    () => {
      const st = trackingBandState(rule);
      for (let t = 0; t < DAYS; t++)
        stepTrackingBand(st, { indexReturn: r[t] as number, fundReturn: f[t] as number }, st);
      return st.breaches;
    },
    { calls: DAYS },
  );
});
