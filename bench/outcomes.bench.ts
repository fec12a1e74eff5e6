/**
 * Sizing and outcomes (docs/concepts.md §6.3, §6.5): the normal CDF against
 * the Gaussian density alone (one `exp`: the floor for any Φ with relative
 * tail accuracy), the probabilities against the closed-form lognormal outcome
 * they build on, and the path functions against a hand-written product loop.
 */
import { normalCdf } from '../src/internal/numeric/normal.ts';
import {
  lognormalFundOutcome,
  outcomeProbability,
  pairShort,
  underperformanceProbability,
} from '../src/outcomes/index.ts';
import { hedgeDrift } from '../src/sizing/index.ts';
import { consume, dailyReturns, suite } from './harness.ts';

const CALLS = 1000;
const xs = Float64Array.from(dailyReturns(CALLS, 11, 1), (u) => 12 * u - 4); // x ∈ [−16, 8]

suite('outcomes: normalCdf (per call)', (s) => {
  s.baseline(
    'density exp(−x²/2)',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) {
        const x = xs[i] as number;
        acc += Math.exp(-0.5 * x * x);
      }
      consume(acc);
    },
    { calls: CALLS },
  );
  s.add(
    'normalCdf (Cody)',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) acc += normalCdf(xs[i] as number);
      consume(acc);
    },
    { calls: CALLS },
  );
});

const model = { leverage: 2, drift: 0.08, volatility: 0.2, years: 1 };
suite('outcomes: probabilities (per call)', (s) => {
  s.baseline('lognormalFundOutcome', () => consume(lognormalFundOutcome(model)));
  s.add('outcomeProbability', () => consume(outcomeProbability({ ...model, below: 0.9 })));
  s.add('underperformanceProbability (two roots to the last bit)', () => consume(underperformanceProbability(model)));
});

const N = 2520;
const path = dailyReturns(N, 3, 0.02);
suite('outcomes: path functions (per period, 10 years daily)', (s) => {
  s.baseline(
    'hand loop: both products',
    () => {
      let up = 0.5;
      let down = 0.5;
      const out = new Float64Array(N);
      for (let i = 0; i < N; i++) {
        const m = 3 * (path[i] as number);
        up *= 1 + m;
        down *= 1 - m;
        out[i] = 1 - up - down;
      }
      consume(out);
    },
    { calls: N },
  );
  s.add('pairShort (held)', () => consume(pairShort(path, { leverage: 3 })), { calls: N });
  s.add('hedgeDrift', () => consume(hedgeDrift(path, { beta: 1.2, leverage: -2 })), { calls: N });
});
