/**
 * Monte Carlo of fund outcomes (issue 16): steps per second (paths × periods
 * per second) of simulateOutcomes at 20,000 paths × 252 periods, −3x, daily
 * reset, for GBM, GARCH(1,1) and the iid bootstrap, against a bare
 * JavaScript loop in the same process (xorshift32 + Box–Muller, the GBM NAV
 * and the index product, no validation, no summary) and, on two worker
 * threads, against one thread.
 *
 * The numpy figure (bench/montecarlo_numpy.py, the same work vectorised) is
 * measured separately and recorded in bench/README.md; targets there: GBM
 * single-threaded ≥ 1.5× numpy's steps/s, bootstrap ≥ 3×, two workers close
 * to 2× one thread.
 */
import { Worker } from 'node:worker_threads';
import { simulateOutcomes } from '../src/montecarlo/index.ts';
import { type OutcomeWorker, simulateOutcomesInWorkers } from '../src/montecarlo/workers/index.ts';
import { consume, dailyReturns, suite } from './harness.ts';

const PATHS = 20_000;
const N = 252;
const L = -3;
const STEPS = PATHS * N;
const gbm = { kind: 'gbm', drift: 0.08, volatility: 0.2 } as const;
const garch = { kind: 'garch', params: { mu: 0.0003, omega: 2e-6, alpha: 0.08, beta: 0.9 } } as const;
const sample = dailyReturns(5000, 3, 0.02);
const options = (model: unknown) =>
  ({ model, leverage: L, periods: N, paths: PATHS, seed: 1 }) as Parameters<typeof simulateOutcomes>[0];

/** The bare loop: xorshift32 uniforms, Box–Muller normals (both of each pair), the GBM NAV of a daily-reset fund and the index. */
function bareGbm(paths: number, n: number, lev: number, mu: number, sigma: number): Float64Array {
  const m = (mu - (sigma * sigma) / 2) / 252;
  const s = sigma / Math.sqrt(252);
  const terminal = new Float64Array(paths);
  let x = 2463534242;
  let spare = 0;
  let has = false;
  let under = 0;
  for (let p = 0; p < paths; p++) {
    let v = 1;
    let index = 1;
    for (let t = 0; t < n; t++) {
      let z: number;
      if (has) {
        z = spare;
        has = false;
      } else {
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        const u1 = ((x >>> 0) + 1) / 4294967297;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        const u2 = (x >>> 0) / 4294967296;
        const rho = Math.sqrt(-2 * Math.log(u1));
        z = rho * Math.cos(2 * Math.PI * u2);
        spare = rho * Math.sin(2 * Math.PI * u2);
        has = true;
      }
      const r = Math.expm1(m + s * z);
      const g = 1 + lev * r;
      v = g > 0 ? v * g : 0;
      index *= 1 + r;
    }
    terminal[p] = v;
    if (v - 1 < lev * (index - 1)) under++;
  }
  consume(under);
  return terminal.sort();
}

/**
 * Two persistent workers (started once, outside the timing); each run's spawn() borrows one and detaches its
 * listeners on terminate(). An idle worker is unref'd: a referenced one kept `npm run bench` from ever
 * exiting, since 'beforeExit' (which terminates the pool) only comes once nothing keeps the process alive.
 */
const script = new URL('../test/helpers/outcomes-worker.mjs', import.meta.url);
let pool: Worker[] | undefined;
let turn = 0;
function borrow(): OutcomeWorker {
  pool ??= [new Worker(script), new Worker(script)];
  const w = pool[turn++ % pool.length] as Worker;
  w.ref(); // a borrowed worker keeps the process alive while it works, and only then (see terminate)
  const attached: [string, (value: unknown) => void][] = [];
  return {
    postMessage: (m: unknown) => w.postMessage(m),
    on: (event: string, listener: (value: unknown) => void) => {
      w.on(event, listener);
      attached.push([event, listener]);
    },
    terminate: () => {
      for (const [event, listener] of attached) w.off(event, listener);
      w.unref();
    },
  };
}

suite(
  'montecarlo: 20,000 paths × 252 periods, −3x (steps/s = 1e9 / per op)',
  (s) => {
    s.baseline('bare loop: xorshift + Box–Muller GBM', () => consume(bareGbm(PATHS, N, L, 0.08, 0.2)), {
      calls: STEPS,
    });
    s.add('simulateOutcomes GBM', () => consume(simulateOutcomes(options(gbm))), { calls: STEPS });
    s.add('simulateOutcomes GARCH(1,1)', () => consume(simulateOutcomes(options(garch))), { calls: STEPS });
    s.add(
      'simulateOutcomes bootstrap (iid, 5,000 returns)',
      () => consume(simulateOutcomes(options({ kind: 'bootstrap', returns: sample }))),
      { calls: STEPS },
    );
    s.add(
      'simulateOutcomes bootstrap (stationary, b = 20)',
      () =>
        consume(
          simulateOutcomes(
            options({ kind: 'bootstrap', returns: sample, block: { kind: 'stationary', meanLength: 20 } }),
          ),
        ),
      { calls: STEPS },
    );
    s.add(
      'simulateOutcomesInWorkers GBM, 2 workers',
      async () => consume(await simulateOutcomesInWorkers(options(gbm), { spawn: borrow, workers: 2 })),
      { calls: STEPS },
    );
  },
  { time: 3000 },
);

process.on('beforeExit', () => {
  for (const w of pool ?? []) void w.terminate();
  pool = [];
});
