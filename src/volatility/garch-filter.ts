import { backcast, filter, type FirstVariance, firstVariance, mean } from '../internal/garch/likelihood.ts';
import * as guard from '../internal/guards.ts';

/** Options of {@link garchFilter}: the model's parameters (returns units) and its first variance. */
export interface GarchFilterOptions {
  /** Mean return per period `μ`; default 0. */
  readonly mu?: number;
  /** `ω > 0` (squared return units). */
  readonly omega: number;
  /** `α ≥ 0`. */
  readonly alpha: number;
  /** `β ≥ 0`, with `α + β < 1`. */
  readonly beta: number;
  /** `σ²_1`: `'backcast'` (default), `'sample'`, or a number `> 0`, as in {@link garchFit}. */
  readonly initialVariance?: 'backcast' | 'sample' | number;
}

/** Result of {@link garchFilter}. */
export interface GarchFilterResult {
  /** `σ²_t`, the variance in force for return `t` (squared return units). */
  readonly conditionalVariance: Float64Array;
  /** `σ²_{n+1}`: the forecast for the period after the last return. */
  readonly next: number;
  /** Gaussian log-likelihood `ℓ` of the returns under the model. */
  readonly logLikelihood: number;
}

/** Options of {@link garchState}. */
export interface GarchStateOptions {
  /** `μ`; default 0. */
  readonly mu?: number;
  /** `ω > 0`. */
  readonly omega: number;
  /** `α ≥ 0`. */
  readonly alpha: number;
  /** `β ≥ 0`, `α + β < 1`. */
  readonly beta: number;
  /** The variance in force for the first return stepped, `> 0` (e.g. a fit's `next`); default the long-run variance `ω/(1 − α − β)`. */
  readonly initialVariance?: number;
}

/** The state of a streaming GARCH(1,1) filter: create it with {@link garchState}, advance it with {@link stepGarch}. */
export interface GarchState {
  /** `μ`. */
  readonly mu: number;
  /** `ω`. */
  readonly omega: number;
  /** `α`. */
  readonly alpha: number;
  /** `β`. */
  readonly beta: number;
  /** The variance in force for the next return. */
  readonly variance: number;
  /** Returns stepped so far. */
  readonly period: number;
}

/** `μ, ω, α, β` of an options object, validated (`ω > 0`, `α, β ≥ 0`, `α + β < 1`). */
export function readParameters(o: Readonly<Record<string, unknown>>, name: string): [number, number, number, number] {
  const muOption = o.mu;
  const mu = muOption === undefined ? 0 : guard.finite(muOption, `${name}.mu`);
  const omega = guard.positive(o.omega, `${name}.omega`);
  const alpha = guard.nonNegative(o.alpha, `${name}.alpha`);
  const beta = guard.nonNegative(o.beta, `${name}.beta`);
  if (!(alpha + beta < 1))
    guard.fail('OUT_OF_RANGE', 'must keep alpha + beta < 1 (a stationary model)', `${name}.beta`, beta);
  return [mu, omega, alpha, beta];
}

const PARAMETERS = ['mu', 'omega', 'alpha', 'beta', 'initialVariance'];

/**
 * The GARCH(1,1) conditional variances of a series of returns under given parameters.
 *
 * Formula: `ε_t = x_t − μ`, `σ²_{t+1} = ω + α·ε_t² + β·σ²_t`,
 * `ℓ = −½ Σ (ln 2π + ln σ²_t + ε_t²/σ²_t)`; `σ²_1` under the conventions of
 * {@link garchFit} (`'backcast'` uses the residuals of the sample mean, whatever `μ`).
 * With a fit's parameters and `initialVariance: fit.initialVariance` it
 * reproduces the fit's `conditionalVariance`, `next` and `logLikelihood`.
 *
 * @param returns - returns per period, at least one
 * @param options - `mu` (default 0), `omega > 0`, `alpha ≥ 0`, `beta ≥ 0` with `alpha + beta < 1`, `initialVariance`
 * @returns the conditional variances, the next period's forecast and the log-likelihood
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (with the index; also when the variance or `ℓ` overflows), `NOT_POSITIVE` (`omega`, `initialVariance`), `NEGATIVE` (`alpha`, `beta`), `OUT_OF_RANGE` (`alpha + beta ≥ 1`), `INVALID_OPTION`, `UNKNOWN_OPTION`
 * @see Bollerslev (1986); docs/concepts.md §6.1
 * @example
 * ```ts
 * import { garchFilter } from '@inverse-math/core/volatility';
 * const f = garchFilter([0.01, -0.02], { omega: 1e-6, alpha: 0.1, beta: 0.85, initialVariance: 1e-4 });
 * Array.from(f.conditionalVariance);  // 1e-6 + 0.1·0.01² + 0.85·1e-4
 * //≈ [0.0001, 0.000096]
 * f.next;  // 1e-6 + 0.1·0.02² + 0.85·0.000096
 * //≈ 0.0001226
 * ```
 */
export function garchFilter(returns: ArrayLike<number>, options: GarchFilterOptions): GarchFilterResult {
  const o = guard.options(options, 'options', PARAMETERS);
  const initOption = o.initialVariance;
  const [mu, omega, alpha, beta] = readParameters(o, 'options');
  const init =
    typeof initOption === 'number'
      ? guard.positive(initOption, 'options.initialVariance')
      : guard.oneOf(initOption ?? 'backcast', ['backcast', 'sample'] as const, 'options.initialVariance');
  const x = guard.finiteSeriesView(returns, 'returns');
  const first: FirstVariance =
    init === 'sample' ? init : init === 'backcast' ? { m: backcast(x, mean(x)) } : { v: init };
  const conditionalVariance = new Float64Array(x.length);
  const [ll, next] = filter(
    x,
    mu,
    omega,
    alpha,
    beta,
    firstVariance(x, first, mu, omega, alpha, beta),
    conditionalVariance,
  );
  // an overflowing variance makes ℓ −∞ or NaN, and the next one ∞ unless β = 0
  if (!(Number.isFinite(ll) && Number.isFinite(next)))
    guard.fail('NON_FINITE', 'overflows the variance', 'returns', returns);
  return { conditionalVariance, next, logLikelihood: ll };
}

/**
 * The starting state of a streaming GARCH(1,1) filter (live data: continue a fit with `initialVariance: fit.next`).
 *
 * Formula: as {@link garchFilter}; {@link stepGarch} applies one return.
 *
 * @param options - `mu` (default 0), `omega`, `alpha`, `beta`, `initialVariance` (default `ω/(1 − α − β)`)
 * @returns the state before the first return
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the long-run variance overflows), `NOT_POSITIVE`, `NEGATIVE`, `OUT_OF_RANGE` (`alpha + beta ≥ 1`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.1
 * @example
 * ```ts
 * import { garchState, stepGarch } from '@inverse-math/core/volatility';
 * const s = stepGarch(garchState({ omega: 1e-6, alpha: 0.1, beta: 0.85, initialVariance: 1e-4 }), 0.01);
 * s.variance;
 * //≈ 0.000096
 * ```
 */
export function garchState(options: GarchStateOptions): GarchState {
  const o = guard.options(options, 'options', PARAMETERS);
  const init = o.initialVariance;
  const [mu, omega, alpha, beta] = readParameters(o, 'options');
  const variance =
    init === undefined
      ? guard.finiteResult(omega / (1 - alpha - beta), 'options.omega', omega)
      : guard.positive(init, 'options.initialVariance');
  return { mu, omega, alpha, beta, variance, period: 0 };
}

/**
 * Advance a streaming GARCH(1,1) filter by one return. Pure by default (a new
 * state); with `out` (which may be `state`) the new state is written there and
 * `out` is returned. The numbers are those of {@link garchFilter} bit for bit.
 *
 * Formula: `σ²_{t+1} = ω + α·(x_t − μ)² + β·σ²_t`.
 *
 * @param state - a state from {@link garchState} or a previous step
 * @param x - the period's return
 * @param out - where to write the new state (may be `state`); written only when the step succeeds
 * @returns the state after the return: `variance` is the forecast for the next one
 * @throws {@link InverseMathError} `INVALID_TYPE` (`state` not a state of garchState/stepGarch; `out` not a writable object), `NON_FINITE` (also when the variance overflows)
 * @see docs/concepts.md §6.1
 * @example
 * ```ts
 * import { garchState, stepGarch } from '@inverse-math/core/volatility';
 * const live = garchState({ omega: 1e-6, alpha: 0.1, beta: 0.85, initialVariance: 1e-4 });
 * for (const x of [0.01, -0.02]) stepGarch(live, x, live);
 * [live.variance, live.period];
 * //≈ [0.0001226, 2]
 * ```
 */
export function stepGarch(state: GarchState, x: number, out?: GarchState): GarchState {
  const { mu, omega, alpha, beta, variance, period } = guard.options(state, 'state') as unknown as GarchState;
  const r = guard.finite(x, 'x');
  if (out !== undefined && !Object.isExtensible(guard.options(out, 'out')))
    guard.fail('INVALID_TYPE', 'must be a writable object', 'out', out);
  const ok = [mu, omega, alpha, beta, variance].every((v) => typeof v === 'number' && Number.isFinite(v));
  if (
    !(
      ok &&
      omega > 0 &&
      alpha >= 0 &&
      beta >= 0 &&
      alpha + beta < 1 &&
      variance > 0 &&
      Number.isInteger(period) &&
      period >= 0
    )
  ) {
    guard.fail('INVALID_TYPE', 'is not a state of garchState/stepGarch', 'state', state);
  }
  const e = r - mu;
  const next = guard.finiteResult(omega + alpha * e * e + beta * variance, 'x', x);
  return Object.assign(out ?? ({} as GarchState), { mu, omega, alpha, beta, variance: next, period: period + 1 });
}
