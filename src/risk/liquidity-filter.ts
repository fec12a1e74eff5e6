import * as guard from '../internal/guards.ts';

const KEYS = ['window', 'k', 'ddof'] as const;
/** The longest window (a streaming state holds it: 2²⁰ doubles, 8 MiB). */
const MAX_WINDOW = 1_048_576;

/** Options of the liquidity filter. */
export interface LiquidityFilterOptions {
  /** Length of the trailing window, a whole number in `[2, 2²⁰]`; default 20. */
  readonly window?: number;
  /** How many standard deviations above the window's mean a spread must be to be flagged, `≥ 0`; default 3. */
  readonly k?: number;
  /** The standard deviation's divisor `window − ddof`: `1` (sample SD, default) or `0` (population SD, as Bollinger bands). */
  readonly ddof?: 0 | 1;
}

/** Result of {@link liquidityFilter}: one entry per judged spread, i.e. spreads `start … n − 1`. */
export interface LiquidityFilter {
  /** Index of the first judged spread in the input (`= window`: the points before it fill the first window). */
  readonly start: number;
  /** `1` where the spread is above its threshold, else `0`; `flags[j]` is for spread `start + j`. */
  readonly flags: Uint8Array;
  /** The threshold `mean + k·SD` of the `window` spreads before each judged spread; `threshold[j]` is for spread `start + j`. */
  readonly threshold: Float64Array;
}

/** The state of a streaming liquidity filter; {@link liquidityFilterState} starts it, {@link stepLiquidityFilter} advances it. */
export interface LiquidityFilterState {
  /** Length of the trailing window. */
  readonly window: number;
  /** Standard deviations above the mean. */
  readonly k: number;
  /** The SD's divisor is `window − ddof`. */
  readonly ddof: 0 | 1;
  /** Spreads seen so far. */
  readonly count: number;
  /** The last `min(count, window)` spreads, a ring of `window` slots (not to be written by the caller). */
  readonly buffer: Float64Array;
  /** Slot of the oldest spread in `buffer` once it is full (the next slot written). */
  readonly head: number;
  /** The threshold the last spread was judged against, or `null` while the first window fills. */
  readonly threshold: number | null;
  /** Whether the last spread was above its threshold. */
  readonly flagged: boolean;
  /** How many spreads were flagged so far. */
  readonly flags: number;
}

function readOptions(options: unknown): { window: number; k: number; ddof: 0 | 1 } {
  const o = guard.optionalOptions(options, 'options', KEYS);
  const windowIn = o.window;
  const kIn = o.k;
  const ddofIn = o.ddof;
  const window = windowIn === undefined ? 20 : guard.integer(windowIn, 'options.window', 2);
  if (window > MAX_WINDOW) guard.fail('OUT_OF_RANGE', `must be at most ${MAX_WINDOW}`, 'options.window', windowIn);
  const k = kIn === undefined ? 3 : guard.nonNegative(kIn, 'options.k');
  if (!(ddofIn === undefined || ddofIn === 0 || ddofIn === 1))
    guard.fail('INVALID_OPTION', 'must be 0 or 1', 'options.ddof', ddofIn);
  return { window, k, ddof: ddofIn ?? 1 };
}

/**
 * `mean + k·SD` of `w` values of `x` from slot `from` on, wrapping at `x.length`,
 * summed oldest first (the batch and the ring buffer give the same bits).
 */
function thresholdOf(
  x: ArrayLike<number>,
  from: number,
  w: number,
  k: number,
  ddof: number,
  argument: string,
  t?: number,
): number {
  const m = x.length;
  let sum = 0;
  for (let j = 0; j < w; j++) sum += x[(from + j) % m] as number;
  const mean = sum / w;
  let ss = 0;
  for (let j = 0; j < w; j++) {
    const d = (x[(from + j) % m] as number) - mean;
    ss += d * d;
  }
  return guard.finiteResult(mean + k * Math.sqrt(ss / (w - ddof)), argument, x[(from + w - 1) % m], t);
}

/**
 * Liquidity filter: flag a bid-ask spread above the mean plus `k` standard
 * deviations of the trailing window of spreads before it.
 *
 * Formula: for spread `i ≥ window`, with `x_{i−w} … x_{i−1}` the `w` spreads
 * BEFORE it (the window excludes the point, so a jump cannot raise its own
 * threshold): `m = Σx/w`, `SD = √(Σ(x − m)²/(w − ddof))`,
 * `threshold_i = m + k·SD`, flagged when `x_i > threshold_i`. The first
 * `window` spreads only fill the window and are not judged. Spreads in any
 * unit (basis points, fraction of the mid, currency), the same throughout.
 *
 * @param spreads - `n > window` bid-ask spreads, each `≥ 0` (not mutated)
 * @param options - `window` (default 20), `k` (default 3), `ddof` (default 1)
 * @returns `start` (= `window`), and the flags and thresholds of spreads `start … n − 1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also a threshold beyond a double), `EMPTY_SERIES`, `SERIES_TOO_SHORT` (not more than `window` spreads), `NEGATIVE` (a spread, `k`), `OUT_OF_RANGE` (`window` not a whole number in `[2, 2²⁰]`), `INVALID_OPTION` (`ddof`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.4; "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments" (liquidity filters, 3 standard deviations)
 * @example
 * ```ts
 * import { liquidityFilter } from '@inverse-math/core/risk';
 * // window 4: mean 2, sample SD √(2/3) → threshold 2 + 3·0.8165 = 4.449
 * const f = liquidityFilter([1, 2, 3, 2, 4, 9], { window: 4 });
 * [f.start, Array.from(f.flags)];
 * //=> [4, [0, 1]]
 * Array.from(f.threshold);
 * //≈ [4.449, 5.622]
 * ```
 */
export function liquidityFilter(spreads: ArrayLike<number>, options?: LiquidityFilterOptions): LiquidityFilter {
  const x = guard.series(spreads, 'spreads', 1, guard.nonNegative);
  const { window: w, k, ddof } = readOptions(options);
  if (x.length <= w)
    guard.fail('SERIES_TOO_SHORT', `must have more than options.window (${w}) elements`, 'spreads', spreads);
  const flags = new Uint8Array(x.length - w);
  const threshold = new Float64Array(x.length - w);
  for (let i = w; i < x.length; i++) {
    const t = thresholdOf(x, i - w, w, k, ddof, 'spreads', i);
    threshold[i - w] = t;
    flags[i - w] = (x[i] as number) > t ? 1 : 0;
  }
  return { start: w, flags, threshold };
}

/**
 * The starting state of a streaming liquidity filter (live quotes).
 *
 * Formula: as {@link liquidityFilter}; {@link stepLiquidityFilter} judges one spread.
 *
 * @param options - `window` (default 20), `k` (default 3), `ddof` (default 1)
 * @returns an empty state (no spread seen)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NEGATIVE` (`k`), `OUT_OF_RANGE` (`window`), `INVALID_OPTION` (`ddof`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.4
 * @example
 * ```ts
 * import { liquidityFilterState, stepLiquidityFilter } from '@inverse-math/core/risk';
 * let s = liquidityFilterState({ window: 4 });
 * for (const x of [1, 2, 3, 2, 4]) s = stepLiquidityFilter(s, x);
 * [s.threshold, s.flagged];
 * //≈ [4.449, false]
 * ```
 */
export function liquidityFilterState(options?: LiquidityFilterOptions): LiquidityFilterState {
  const { window, k, ddof } = readOptions(options);
  return {
    window,
    k,
    ddof,
    count: 0,
    buffer: new Float64Array(window),
    head: 0,
    threshold: null,
    flagged: false,
    flags: 0,
  };
}

/**
 * Judge one more spread. Pure by default (a new state with its own buffer;
 * the input state is not changed); with `out` (the same state, or another
 * state of the same window) it is written there and returned, allocating
 * nothing. The numbers are those of {@link liquidityFilter}, bit for bit.
 *
 * Formula: as {@link liquidityFilter}: once `window` spreads were seen, the
 * threshold is `mean + k·SD` of the last `window` before this one.
 *
 * @param state - a state from {@link liquidityFilterState} or a previous step
 * @param spread - the new bid-ask spread, `≥ 0`
 * @param out - where to write the new state (may be `state`); written only when the step succeeds
 * @returns the state after the spread: `threshold` (`null` while the window fills) and `flagged`
 * @throws {@link InverseMathError} `INVALID_TYPE` (also a `state` no step could have produced, or an `out` that is not a writable state of the same window), `NON_FINITE` (also a threshold beyond a double), `NEGATIVE`
 * @see docs/concepts.md §6.4
 * @example
 * ```ts
 * import { liquidityFilterState, stepLiquidityFilter } from '@inverse-math/core/risk';
 * const live = liquidityFilterState({ window: 4 });
 * for (const x of [1, 2, 3, 2, 4, 9]) stepLiquidityFilter(live, x, live);
 * [live.flagged, live.flags];
 * //=> [true, 1]
 * ```
 */
export function stepLiquidityFilter(
  state: LiquidityFilterState,
  spread: number,
  out?: LiquidityFilterState,
): LiquidityFilterState {
  const s = readState(state);
  const x = guard.nonNegative(spread, 'spread');
  const target =
    out === undefined
      ? null
      : (guard.options(out, 'out') as { -readonly [K in keyof LiquidityFilterState]: LiquidityFilterState[K] });
  if (
    target !== null &&
    !(Object.isExtensible(target) && target.buffer instanceof Float64Array && target.buffer.length === s.window)
  ) {
    guard.fail('INVALID_TYPE', 'must be a writable state of the same window', 'out', out);
  }
  const { window: w, buffer, head, count } = s;
  const threshold = count >= w ? thresholdOf(buffer, head, w, s.k, s.ddof, 'spread') : null;
  const flagged = threshold !== null && x > threshold;
  const next =
    target ??
    ({ buffer: new Float64Array(w) } as { -readonly [K in keyof LiquidityFilterState]: LiquidityFilterState[K] });
  if (next.buffer !== buffer) next.buffer.set(buffer);
  next.buffer[head] = x;
  Object.assign(next, {
    window: w,
    k: s.k,
    ddof: s.ddof,
    count: count + 1,
    head: (head + 1) % w,
    threshold,
    flagged,
    flags: s.flags + (flagged ? 1 : 0),
  });
  return next;
}

/** The state's fields, checked (a state is input too). */
function readState(state: unknown): LiquidityFilterState {
  const s = guard.options(state, 'state') as unknown as LiquidityFilterState;
  const { window: w, k, ddof, count, buffer, head, threshold, flags } = s;
  const ok =
    Number.isInteger(w) &&
    w >= 2 &&
    typeof k === 'number' &&
    k >= 0 &&
    k < Infinity &&
    (ddof === 0 || ddof === 1) &&
    Number.isInteger(count) &&
    count >= 0 &&
    buffer instanceof Float64Array &&
    buffer.length === w &&
    Number.isInteger(head) &&
    head >= 0 &&
    head < w &&
    (threshold === null || Number.isFinite(threshold)) &&
    typeof s.flagged === 'boolean' &&
    Number.isInteger(flags) &&
    flags >= 0;
  if (!ok) guard.fail('INVALID_TYPE', 'is not a state of liquidityFilterState/stepLiquidityFilter', 'state', state);
  return s;
}
