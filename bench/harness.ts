/**
 * Benchmark registry shared by every `bench/*.bench.ts` file.
 *
 * A bench file calls {@link suite} once per group of comparable tasks. A
 * suite has at most one baseline (the minimal hand-written loop, the direct
 * formula, or the float simulator) and any number of tasks measured against
 * it in the same process. A task that does `calls` operations per invocation
 * (a batch of per-call functions, or a path of `n` periods) is reported per
 * operation as well, so a 30 ns function is not hidden under the timer's
 * resolution.
 *
 * Memory checks are registered beside the speed tasks and run by
 * `bench/memory.ts` in a child process started with `--expose-gc`.
 */

/** Options of one speed task. */
export interface TaskOptions {
  /** Operations done by one invocation of `fn` (calls, periods…): the table also shows time per operation. Default 1. */
  readonly calls?: number;
  /** Target: the task's median time at most this multiple of the baseline's. */
  readonly maxRatio?: number;
  /** Target: at most this many nanoseconds per operation. */
  readonly maxNsPerCall?: number;
}

/** One registered speed task. */
export interface TaskSpec extends TaskOptions {
  readonly name: string;
  readonly fn: () => unknown;
  readonly baseline: boolean;
}

/** One registered memory check. */
export interface MemorySpec {
  readonly suite: string;
  readonly name: string;
  /** Periods (steps) of one run. */
  readonly periods: number;
  /** Prepares inputs for `periods` periods outside the measured region and returns the measured work. */
  readonly setup: (periods: number) => () => unknown;
  /** Target: at most this many bytes retained per period after the run and a GC (O(1) memory: ≈ 0). Allocation is reported, not held to a target. */
  readonly maxBytesPerPeriod: number;
  /** Target, when set: at most this many bytes allocated per period during a run (allocates nothing: ≈ 0). */
  readonly maxAllocatedBytesPerPeriod?: number | undefined;
}

/** A group of tasks compared with one baseline. */
export interface SuiteSpec {
  readonly name: string;
  readonly tasks: TaskSpec[];
  /** Measurement time per task in ms (default: the harness's). */
  readonly time?: number;
}

/** The builder a bench file receives. */
export interface SuiteBuilder {
  /** The reference every other task of the suite is divided by. At most one per suite. */
  baseline(name: string, fn: () => unknown, options?: TaskOptions): SuiteBuilder;
  /** A task measured against the baseline. */
  add(name: string, fn: () => unknown, options?: TaskOptions): SuiteBuilder;
  /** A heap check (allocation and retained growth), run by `bench/memory.ts` under `--expose-gc`. */
  memory(
    name: string,
    periods: number,
    setup: (periods: number) => () => unknown,
    maxBytesPerPeriod?: number,
    maxAllocatedBytesPerPeriod?: number,
  ): SuiteBuilder;
}

export const suites: SuiteSpec[] = [];
export const memoryChecks: MemorySpec[] = [];

/** Register a suite. `define` runs at import time: build inputs there, outside the timed functions. */
export function suite(name: string, define: (s: SuiteBuilder) => void, options: { time?: number } = {}): void {
  const spec: SuiteSpec = { name, tasks: [], ...(options.time === undefined ? {} : { time: options.time }) };
  const builder: SuiteBuilder = {
    baseline(taskName, fn, opts = {}) {
      if (spec.tasks.some((t) => t.baseline)) throw new Error(`suite ${name}: a second baseline (${taskName})`);
      spec.tasks.unshift({ name: taskName, fn, baseline: true, ...opts });
      return builder;
    },
    add(taskName, fn, opts = {}) {
      spec.tasks.push({ name: taskName, fn, baseline: false, ...opts });
      return builder;
    },
    memory(checkName, periods, setup, maxBytesPerPeriod = 0.01, maxAllocatedBytesPerPeriod) {
      memoryChecks.push({
        suite: name,
        name: checkName,
        periods,
        setup,
        maxBytesPerPeriod,
        maxAllocatedBytesPerPeriod,
      });
      return builder;
    },
  };
  define(builder);
  suites.push(spec);
}

/** A deterministic generator (mulberry32) so every run benchmarks the same inputs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` daily-size index returns, uniform in ±`scale` (default ±3 %), deterministic. */
export function dailyReturns(n: number, seed = 1, scale = 0.03): Float64Array {
  const next = rng(seed);
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) out[i] = (2 * next() - 1) * scale;
  return out;
}

/** The carry of one period as docs/concepts.md §3 writes it, every rate over `τ = 1/periodsPerYear`. */
export function periodCarry(o: {
  readonly leverage: number;
  readonly financingRate: number;
  readonly spread: number;
  readonly expenseRatio: number;
  readonly periodsPerYear: number;
}): number {
  const tau = 1 / o.periodsPerYear;
  return (1 - o.leverage) * o.financingRate * tau - Math.abs(o.leverage) * o.spread * tau - o.expenseRatio * tau;
}

/**
 * Returns for a long NAV path that stays among the normal doubles:
 * {@link dailyReturns} (uniform in ±`scale`, variance σ² = scale²/3) shifted
 * by the drift μ = (L²σ²/2 − c)/L that makes the expected log growth of a
 * period, E[ln(1 + L·(r + μ) + c)] ≈ L·μ + c − L²σ²/2, zero. Unshifted, a 3x
 * path with the benches' carry falls by ~0.11 % a period: below 2.2e−308
 * (subnormal) after ~620,000 periods, where it stays; what a bench then times
 * is the processor's subnormal arithmetic (~35 ns a multiply on the Intel
 * Xeon of bench/README.md, no penalty on AMD EPYC), in the library, its hand
 * loops and numpy alike, not the NAV recursion.
 */
export function navReturns(n: number, seed: number, scale: number, leverage: number, carry: number): Float64Array {
  const r = dailyReturns(n, seed, scale);
  const mu = ((leverage * leverage * scale * scale) / 6 - carry) / leverage;
  for (let i = 0; i < n; i++) r[i] = (r[i] as number) + mu;
  return r;
}

/** Keeps results observable so the JIT cannot drop the work being timed. */
export let sink: unknown;
/** Store a result in {@link sink}. */
export function consume(value: unknown): void {
  sink = value;
}
