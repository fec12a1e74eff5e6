import { backcast, meanSquare } from '../internal/garch/likelihood.ts';
import * as guard from '../internal/guards.ts';

/** Options of {@link ewmaVariance}. */
export interface EwmaOptions {
  /** Decay `λ`, `0 < λ < 1`; default 0.94 (RiskMetrics, daily; 0.97 monthly). */
  readonly lambda?: number;
  /**
   * `σ²_1`, the variance in force for the first return: `'first'` (default) `x_1²`; `'backcast'`
   * `Σ w_i x_i²` over the first `min(75, n)` returns, `w_i ∝ 0.94^i` (as `arch`); `'sample'` the
   * mean of `x²`; or a number `≥ 0` (squared return units).
   */
  readonly initialVariance?: 'first' | 'backcast' | 'sample' | number;
  /** `false` (default): `variance[t]` uses returns before `t` (a forecast); `true`: it includes `x_t`. */
  readonly includeCurrent?: boolean;
}

/** Result of {@link ewmaVariance}. */
export interface EwmaResult {
  /** One variance per return (squared return units): see {@link EwmaOptions.includeCurrent}. */
  readonly variance: Float64Array;
  /** The variance forecast for the period after the last return, `λ·σ²_n + (1 − λ)·x_n²`. */
  readonly next: number;
}

/** Options of {@link ewmaState}. */
export interface EwmaStateOptions {
  /** Decay `λ`, `0 < λ < 1`; default 0.94. */
  readonly lambda?: number;
  /** The variance in force for the first return stepped (`≥ 0`), or `'first'` (default): the first return's square. */
  readonly initialVariance?: 'first' | number;
}

/** The state of a streaming EWMA variance: create it with {@link ewmaState}, advance it with {@link stepEwma}. */
export interface EwmaState {
  /** Decay `λ`. */
  readonly lambda: number;
  /** The variance in force for the next return, or `null` before the first return with `initialVariance: 'first'`. */
  readonly variance: number | null;
  /** Returns stepped so far. */
  readonly period: number;
}

function lambdaOption(value: unknown): number {
  if (value === undefined) return 0.94;
  const lambda = guard.finite(value, 'options.lambda');
  if (!(lambda > 0 && lambda < 1))
    guard.fail('OUT_OF_RANGE', 'must be between 0 and 1 (exclusive)', 'options.lambda', value);
  return lambda;
}

/**
 * Exponentially weighted moving-average (RiskMetrics) variance of a series of returns, zero mean.
 *
 * Formula: `σ²_{t+1} = λ·σ²_t + (1 − λ)·x_t²`, `σ²_1` from `initialVariance`;
 * `variance[t] = σ²_t` (the variance in force for `x_t`, known before it) or, with
 * `includeCurrent`, `σ²_{t+1}`. 99 % of the weight lies on the last
 * `ln 0.01 / ln λ` returns (74.4 at λ = 0.94).
 *
 * @param returns - returns per period (fractions), at least one
 * @param options - `lambda` (default 0.94), `initialVariance` (default `'first'`), `includeCurrent` (default false)
 * @returns the variances and the next period's forecast, in squared return units (per period)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (with the index; also when a variance overflows), `OUT_OF_RANGE` (`lambda ∉ (0, 1)`), `NEGATIVE` (`initialVariance`), `INVALID_OPTION`, `UNKNOWN_OPTION`
 * @see RiskMetrics Technical Document (J.P. Morgan/Reuters, 1996); Hull, "Options, Futures, and Other Derivatives" (EWMA); docs/concepts.md §6.1
 * @example
 * ```ts
 * import { ewmaVariance } from '@inverse-math/core/volatility';
 * // Hull: yesterday σ = 1 %, return 2 %, λ = 0.94 → today σ = 1.0863 %
 * Math.sqrt(ewmaVariance([0.02], { initialVariance: 0.01 ** 2 }).next);
 * //≈ 0.010863
 * Array.from(ewmaVariance([0.01, 0.03], { lambda: 0.5 }).variance);
 * //≈ [0.0001, 0.0001]
 * ```
 */
export function ewmaVariance(returns: ArrayLike<number>, options?: EwmaOptions): EwmaResult {
  const o = guard.optionalOptions(options, 'options', ['lambda', 'initialVariance', 'includeCurrent']);
  const lambda = lambdaOption(o.lambda);
  const initOption = o.initialVariance;
  const current = o.includeCurrent;
  if (current !== undefined && typeof current !== 'boolean')
    guard.fail('INVALID_TYPE', 'must be a boolean', 'options.includeCurrent', current);
  const init =
    typeof initOption === 'number'
      ? guard.nonNegative(initOption, 'options.initialVariance')
      : guard.oneOf(initOption ?? 'first', ['first', 'backcast', 'sample'] as const, 'options.initialVariance');
  const x = guard.finiteSeriesView(returns, 'returns');
  const n = x.length;
  const x0 = x[0] as number;
  let v =
    typeof init === 'number'
      ? init
      : init === 'first'
        ? x0 * x0
        : init === 'backcast'
          ? backcast(x, 0)
          : meanSquare(x, 0);
  const k = 1 - lambda;
  const variance = new Float64Array(n);
  for (let t = 0; t < n; t++) {
    const xt = x[t] as number;
    const next = lambda * v + k * xt * xt;
    variance[t] = current === true ? next : v;
    v = next;
  }
  return { variance, next: guard.finiteResult(v, 'returns', returns) };
}

/**
 * The starting state of a streaming EWMA variance.
 *
 * Formula: as {@link ewmaVariance}; {@link stepEwma} applies one return.
 *
 * @param options - `lambda` (default 0.94), `initialVariance` (`'first'`, the default, or a number `≥ 0`)
 * @returns the state before the first return
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `OUT_OF_RANGE` (`lambda`), `NEGATIVE`, `INVALID_OPTION`, `UNKNOWN_OPTION`
 * @see RiskMetrics Technical Document (1996); docs/concepts.md §6.1
 * @example
 * ```ts
 * import { ewmaState, stepEwma } from '@inverse-math/core/volatility';
 * const s = stepEwma(ewmaState({ initialVariance: 0.01 ** 2 }), 0.02);
 * Math.sqrt(s.variance ?? 0);
 * //≈ 0.010863
 * ```
 */
export function ewmaState(options?: EwmaStateOptions): EwmaState {
  const o = guard.optionalOptions(options, 'options', ['lambda', 'initialVariance']);
  const lambda = lambdaOption(o.lambda);
  const init = o.initialVariance;
  if (typeof init !== 'number') guard.oneOf(init ?? 'first', ['first'] as const, 'options.initialVariance');
  const variance = typeof init === 'number' ? guard.nonNegative(init, 'options.initialVariance') : null;
  return { lambda, variance, period: 0 };
}

/**
 * Advance a streaming EWMA variance by one return. Pure by default (a new
 * state); with `out` (which may be `state`) the new state is written there and
 * `out` is returned. The numbers are those of {@link ewmaVariance} bit for bit.
 *
 * Formula: `σ²_{t+1} = λ·σ²_t + (1 − λ)·x_t²` (`σ²_t = x_t²` for the first return of a `'first'` state).
 *
 * @param state - a state from {@link ewmaState} or a previous step
 * @param x - the period's return (a fraction)
 * @param out - where to write the new state (may be `state`); written only when the step succeeds
 * @returns the state after the return: `variance` is the forecast for the next one
 * @throws {@link InverseMathError} `INVALID_TYPE` (`state` not a state of ewmaState/stepEwma; `out` not a writable object), `NON_FINITE` (also when the variance overflows)
 * @see docs/concepts.md §6.1
 * @example
 * ```ts
 * import { ewmaState, stepEwma } from '@inverse-math/core/volatility';
 * const live = ewmaState({ lambda: 0.5 });
 * for (const x of [0.01, 0.03]) stepEwma(live, x, live);
 * [live.variance, live.period];
 * //≈ [0.0005, 2]
 * ```
 */
export function stepEwma(state: EwmaState, x: number, out?: EwmaState): EwmaState {
  const { lambda, variance, period } = guard.options(state, 'state') as unknown as EwmaState;
  const r = guard.finite(x, 'x');
  if (out !== undefined && !Object.isExtensible(guard.options(out, 'out')))
    guard.fail('INVALID_TYPE', 'must be a writable object', 'out', out);
  const okVariance = variance === null || (typeof variance === 'number' && variance >= 0 && variance < Infinity);
  if (
    !(typeof lambda === 'number' && lambda > 0 && lambda < 1 && okVariance && Number.isInteger(period) && period >= 0)
  ) {
    guard.fail('INVALID_TYPE', 'is not a state of ewmaState/stepEwma', 'state', state);
  }
  const v = variance ?? r * r;
  const next = guard.finiteResult(lambda * v + (1 - lambda) * r * r, 'x', x);
  const s = out ?? ({} as EwmaState);
  return Object.assign(s, { lambda, variance: next, period: period + 1 });
}
