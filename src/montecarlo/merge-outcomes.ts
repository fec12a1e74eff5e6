import * as guard from '../internal/guards.ts';
import { type OutcomeSummary, summarise, type Tally } from './summary.ts';

type Read = Tally & { readonly drawdownCounts: number[] };

function numbers(
  value: unknown,
  argument: string,
  length: number | null,
  check: (x: unknown, a: string, i?: number) => number,
): Float64Array {
  const s = guard.series(value, argument, 0, check);
  if (length !== null) guard.sameLength(s, s, argument, length);
  return Float64Array.from(s);
}

function list(value: unknown, argument: string): Readonly<Record<string, unknown>>[] {
  if (!Array.isArray(value)) guard.fail('INVALID_TYPE', 'must be an array', argument, value);
  return (value as unknown[]).map((x, i) => guard.options(x, `${argument}[${i}]`));
}

function count(value: unknown, argument: string, n: number): number {
  const c = guard.integer(guard.options(value, argument).count, `${argument}.count`, 0);
  if (c > n) guard.fail('OUT_OF_RANGE', `must be at most ${n}`, `${argument}.count`, c);
  return c;
}

function probabilityOf(x: unknown, a: string, i?: number): number {
  if (!(guard.finite(x, a, i) >= 0 && (x as number) <= 1)) guard.fail('OUT_OF_RANGE', 'must be in [0, 1]', a, x, i);
  return x as number;
}

/** Validate a summary (as `simulateOutcomes` returns it, possibly through JSON) into the tally it summarises. */
function read(value: unknown, a: string): Read {
  const s = guard.options(value, a);
  const paths = guard.options(s.paths, `${a}.paths`);
  const n = guard.integer(paths.count, `${a}.paths.count`, 1);
  const below = list(s.belowProbability, `${a}.belowProbability`);
  const drawdown = list(s.drawdownProbability, `${a}.drawdownProbability`);
  let bands: Tally['bands'] = null;
  if (s.bands !== null) {
    const b = guard.options(s.bands, `${a}.bands`);
    const periods = Array.from(numbers(b.periods, `${a}.bands.periods`, null, guard.nonNegative));
    const values = b.values;
    if (!Array.isArray(values)) guard.fail('INVALID_TYPE', 'must be an array', `${a}.bands.values`, values);
    guard.sameLength(periods, values as unknown[], `${a}.bands.values`);
    bands = {
      periods,
      probabilities: Array.from(numbers(b.probabilities, `${a}.bands.probabilities`, null, probabilityOf)),
      values: (values as unknown[]).map((v, j) => numbers(v, `${a}.bands.values[${j}]`, n, guard.nonNegative)),
    };
  }
  return {
    seed: guard.integer(s.seed, `${a}.seed`, 0),
    leverage: guard.finite(s.leverage, `${a}.leverage`),
    periods: guard.integer(s.periods, `${a}.periods`, 1),
    first: guard.integer(paths.first, `${a}.paths.first`, 0),
    count: n,
    thresholds: below.map((t, j) => guard.positive(t.threshold, `${a}.belowProbability[${j}].threshold`)),
    drawdowns: drawdown.map((t, j) => probabilityOf(t.threshold, `${a}.drawdownProbability[${j}].threshold`)),
    terminal: numbers(guard.options(s.terminal, `${a}.terminal`).values, `${a}.terminal.values`, n, guard.nonNegative),
    wipeOuts: count(s.wipeOutProbability, `${a}.wipeOutProbability`, n),
    underperformed: count(s.underperformanceProbability, `${a}.underperformanceProbability`, n),
    drawdownCounts: drawdown.map((t, j) => count(t, `${a}.drawdownProbability[${j}]`, n)),
    bands,
  };
}

const same = (a: readonly unknown[], b: readonly unknown[]): boolean =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

function join(parts: readonly Float64Array[], n: number): Float64Array {
  const out = new Float64Array(n);
  let k = 0;
  for (const p of parts) {
    out.set(p, k);
    k += p.length;
  }
  return out;
}

/**
 * Merge the summaries of shards of one Monte Carlo run (the same options
 * but `paths`) into the summary of their union: bit for bit the summary one
 * `simulateOutcomes` call over all their paths returns.
 *
 * Formula: a summary is a function of the multiset of terminal NAVs (sorted
 * in `terminal.values`), of integer counts and of the multisets of band
 * values; merging concatenates and re-sorts the values, adds the counts and
 * recomputes every statistic from them, so neither the order of the shards
 * nor the machines that computed them matter. Summaries that went through
 * `JSON.stringify`/`JSON.parse` merge the same (numbers round-trip exactly).
 *
 * @param summaries - one or more summaries of adjacent, non-overlapping shards of one run (same seed, leverage, periods, thresholds, drawdowns and bands), in any order
 * @returns the summary of the union of the shards
 * @throws {@link InverseMathError} `EMPTY_SERIES` (no summary), `INVALID_TYPE` (not a summary), `INVALID_OPTION` (shards of different runs, or that overlap or leave a gap), `NON_FINITE`, `NEGATIVE`, `NOT_POSITIVE`, `LENGTH_MISMATCH`, `OUT_OF_RANGE` (values or counts no run produces)
 * @see docs/monte-carlo.md ("Sharding and merging")
 * @example
 * ```ts
 * import { mergeOutcomes, simulateOutcomes } from '@inverse-math/core/montecarlo';
 * const run = { model: { kind: 'gbm', drift: 0.05, volatility: 0.3 }, leverage: -3, periods: 20, seed: 42 } as const;
 * const whole = simulateOutcomes({ ...run, paths: 100 });
 * const a = simulateOutcomes({ ...run, paths: { first: 0, count: 37 } });
 * const b = simulateOutcomes({ ...run, paths: { first: 37, count: 63 } });
 * JSON.stringify(mergeOutcomes(b, a)) === JSON.stringify(whole);
 * //=> true
 * ```
 */
export function mergeOutcomes(...summaries: OutcomeSummary[]): OutcomeSummary {
  if (summaries.length === 0) guard.fail('EMPTY_SERIES', 'must be at least one summary', 'summaries', summaries);
  const shards = summaries
    .map((s, i) => ({ t: read(s, `summaries[${i}]`), a: `summaries[${i}]` }))
    .sort((x, y) => x.t.first - y.t.first);
  const head = (shards[0] as { t: Read }).t;
  const key = (t: Read): unknown[] => [
    t.seed,
    t.leverage,
    t.periods,
    ...t.thresholds,
    '|',
    ...t.drawdowns,
    '|',
    ...(t.bands === null ? [null] : [...t.bands.periods, '|', ...t.bands.probabilities]),
  ];
  let n = 0;
  let wipeOuts = 0;
  let underperformed = 0;
  const drawdownCounts = head.drawdowns.map(() => 0);
  for (const { t, a } of shards) {
    if (!same(key(t), key(head)))
      guard.fail(
        'INVALID_OPTION',
        'must be a shard of the same run (seed, leverage, periods, thresholds, drawdowns, bands)',
        a,
        summaries,
      );
    if (t.first !== head.first + n)
      guard.fail(
        'INVALID_OPTION',
        'must continue the shards before it (no overlap, no gap)',
        `${a}.paths.first`,
        t.first,
      );
    n += t.count;
    wipeOuts += t.wipeOuts;
    underperformed += t.underperformed;
    t.drawdownCounts.forEach((c, j) => {
      drawdownCounts[j] = (drawdownCounts[j] as number) + c;
    });
  }
  const bands = head.bands;
  return summarise({
    ...head,
    count: n,
    terminal: join(
      shards.map((s) => s.t.terminal),
      n,
    ),
    wipeOuts,
    underperformed,
    drawdownCounts,
    bands:
      bands === null
        ? null
        : {
            ...bands,
            values: bands.values.map((_, j) =>
              join(
                shards.map((s) => s.t.bands?.values[j] as Float64Array),
                n,
              ),
            ),
          },
  });
}
