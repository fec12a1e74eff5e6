import * as guard from '../internal/guards.ts';

/** Options of {@link realizedVolatility}. */
export interface RealizedVolatilityOptions {
  /** Subtract the sample mean (default `true`); `false`: the zero-mean estimator of variance swaps and RiskMetrics, which drives drag. */
  readonly demean?: boolean;
  /** Degrees of freedom lost: the divisor is `n − ddof`; default 1 with `demean`, 0 without (a zero mean estimates nothing). */
  readonly ddof?: number;
  /** Periods per year `P` of the annualisation `√P`; default 252. */
  readonly periodsPerYear?: number;
}

/** Options of {@link rollingVolatility}: those of {@link realizedVolatility} and the window. */
export interface RollingVolatilityOptions extends RealizedVolatilityOptions {
  /** Returns per window, a whole number `> ddof`. */
  readonly window: number;
}

const KNOWN = ['demean', 'ddof', 'periodsPerYear'];

interface Settings {
  readonly demean: boolean;
  readonly ddof: number;
  readonly periodsPerYear: number;
}

function settings(o: Readonly<Record<string, unknown>>): Settings {
  const demeanOption = o.demean;
  const ddofOption = o.ddof;
  const ppy = o.periodsPerYear;
  if (demeanOption !== undefined && typeof demeanOption !== 'boolean')
    guard.fail('INVALID_TYPE', 'must be a boolean', 'options.demean', demeanOption);
  const demean = demeanOption !== false;
  return {
    demean,
    ddof: ddofOption === undefined ? +demean : guard.integer(ddofOption, 'options.ddof', 0),
    periodsPerYear: ppy === undefined ? 252 : guard.positive(ppy, 'options.periodsPerYear'),
  };
}

/** `√(P·Σ(x_i − c)²/(w − ddof))` over `x[from … from + w − 1]`, two passes (no cancellation). */
function windowVolatility(x: ArrayLike<number>, from: number, w: number, s: Settings): number {
  let c = 0;
  if (s.demean) {
    for (let i = from; i < from + w; i++) c += x[i] as number;
    c /= w;
  }
  let ss = 0;
  for (let i = from; i < from + w; i++) {
    const e = (x[i] as number) - c;
    ss += e * e;
  }
  return Math.sqrt((s.periodsPerYear * ss) / (w - s.ddof));
}

/**
 * Realised (historical) volatility of a series of returns, annualised.
 *
 * Formula: `σ̂ = √(P · Σ(x_i − x̄)² / (n − ddof))`; with `demean: false`,
 * `√(P · Σ x_i² / (n − ddof))` (ddof 0 by default: the zero-mean estimator of
 * variance swaps, RiskMetrics and the drag `c(L)·Σx²`). Use log returns
 * (`returnsFromPrices(prices, { kind: 'log' })`).
 *
 * @param returns - returns per period (fractions), more than `ddof` of them
 * @param options - `demean` (default true), `ddof` (default 1 demeaned, 0 otherwise), `periodsPerYear` (default 252)
 * @returns the annualised volatility (a fraction: `0.2` is 20 %)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `SERIES_TOO_SHORT` (`n ≤ ddof`), `NON_FINITE` (with the index; also when the result overflows), `OUT_OF_RANGE` (`ddof` not a whole number ≥ 0), `NOT_POSITIVE` (`periodsPerYear`), `UNKNOWN_OPTION`
 * @see Hull, "Options, Futures, and Other Derivatives" (historical volatility); RiskMetrics Technical Document (1996); docs/concepts.md §6.1
 * @example
 * ```ts
 * import { realizedVolatility } from '@inverse-math/core/volatility';
 * import { returnsFromPrices } from '@inverse-math/core/leverage';
 * const x = returnsFromPrices([100, 101, 99.5, 102, 101.2, 103], { kind: 'log' });
 * [realizedVolatility(x), realizedVolatility(x, { ddof: 0 }), realizedVolatility(x, { demean: false })];
 * //≈ [0.2676, 0.2394, 0.2571]
 * ```
 */
export function realizedVolatility(returns: ArrayLike<number>, options?: RealizedVolatilityOptions): number {
  const s = settings(guard.optionalOptions(options, 'options', KNOWN));
  const x = guard.series(returns, 'returns', s.ddof + 1);
  return guard.finiteResult(windowVolatility(x, 0, x.length, s), 'returns', returns);
}

/**
 * Realised volatility over a sliding window, annualised: one figure per full
 * window (no padding, no `NaN`).
 *
 * Formula: `out[j]` is {@link realizedVolatility} of `x[j … j + w − 1]`, the
 * window that ends at return `j + w − 1`; `out` has `n − w + 1` entries, so
 * `out[out.length − 1]` is the latest window. Each window is computed in two
 * passes (mean, then squares): `O(n·w)`, exact to rounding, no drift.
 *
 * @param returns - returns per period (fractions), at least `window` of them
 * @param options - `window` (returns per window, whole, `> ddof`) and the options of {@link realizedVolatility}
 * @returns a new `Float64Array` of `n − window + 1` annualised volatilities
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `SERIES_TOO_SHORT` (`n < window`), `NON_FINITE` (with the index; also on overflow), `OUT_OF_RANGE` (`window` not a whole number `> ddof`; `ddof`), `NOT_POSITIVE` (`periodsPerYear`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.1
 * @example
 * ```ts
 * import { rollingVolatility } from '@inverse-math/core/volatility';
 * Array.from(rollingVolatility([0.01, -0.01, 0.01, -0.01], { window: 2, demean: false, periodsPerYear: 1 }));
 * //≈ [0.01, 0.01, 0.01]
 * ```
 */
export function rollingVolatility(returns: ArrayLike<number>, options: RollingVolatilityOptions): Float64Array {
  const o = guard.options(options, 'options', [...KNOWN, 'window']);
  const w0 = o.window;
  const s = settings(o);
  const w = guard.integer(w0, 'options.window', s.ddof + 1);
  const x = guard.series(returns, 'returns', w);
  const out = new Float64Array(x.length - w + 1);
  for (let j = 0; j < out.length; j++)
    out[j] = guard.finiteResult(windowVolatility(x, j, w, s), 'returns', returns, j + w - 1);
  return out;
}
