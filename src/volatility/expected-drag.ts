import * as guard from '../internal/guards.ts';
import { overflow, type Input } from '../internal/blame.ts';

/** Options of {@link expectedDrag}: per-period variances (e.g. a forecast), or a constant annual volatility. */
export interface ExpectedDragOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Per-period variances `E[σ²_{T+h}]` (squared return units, `≥ 0`), e.g. `garchForecast(fit, H).variances`. */
  readonly variances?: ArrayLike<number>;
  /** Instead of `variances`: the annualised volatility `σ ≥ 0` over the horizon. */
  readonly volatility?: number;
  /** With `volatility`: the number of periods `H ≥ 0`. */
  readonly periods?: number;
  /** With `volatility`: periods per year `P`; default 252. */
  readonly periodsPerYear?: number;
}

/** Options of {@link dragHorizon}. */
export interface DragHorizonOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Per-period variances `E[σ²_{T+h}]`, `h = 1 … H` (squared return units, `≥ 0`). */
  readonly variances: ArrayLike<number>;
  /** The drag `D > 0` to reach, as a positive log shortfall (`0.01` is 1 %). */
  readonly threshold: number;
}

const half = (L: number): number => 0.5 * L * (L - 1);

/**
 * The expected volatility drag of a daily-reset fund over a horizon, from a variance forecast.
 *
 * Formula: `E[ln(V_H/V_0)] − L·E[ln(S_H/S_0)] ≈ −c(L)·Σ_{h=1..H} E[σ²_{T+h}]`,
 * `c(L) = (L² − L)/2`; with a constant volatility `−c(L)·σ²·H/P`. A log
 * shortfall: `≤ 0` for `L ∉ [0, 1]`; `exp(·) − 1` is the fraction of NAV.
 *
 * @param options - `leverage` and either `variances` (per period) or `volatility` (annual), `periods` and `periodsPerYear` (default 252)
 * @returns the expected log drag over the horizon (a fraction, `≤ 0` for `L ∉ [0, 1]`)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also on overflow), `NEGATIVE` (a variance, `volatility`, `periods`), `NOT_POSITIVE` (`periodsPerYear`), `INVALID_OPTION` (both or neither of `variances` and `volatility`), `UNKNOWN_OPTION`
 * @see Trainor & Carroll (2013), "Forecasting holding periods for leveraged ETFs using decay thresholds"; docs/concepts.md §2 and §6.1
 * @example
 * ```ts
 * import { expectedDrag } from '@inverse-math/core/volatility';
 * // −3x (c = 6) over 21 days at 20 % a year: −6 · 0.04 · 21/252
 * expectedDrag({ leverage: -3, volatility: 0.2, periods: 21 });
 * //≈ -0.02
 * expectedDrag({ leverage: 2, variances: [1e-4, 2e-4] });
 * //≈ -0.0003
 * ```
 */
export function expectedDrag(options: ExpectedDragOptions): number {
  const o = guard.options(options, 'options', ['leverage', 'variances', 'volatility', 'periods', 'periodsPerYear']);
  const L = guard.finite(o.leverage, 'options.leverage');
  const vs = o.variances;
  const vol = o.volatility;
  if ((vs === undefined) === (vol === undefined))
    guard.fail('INVALID_OPTION', 'needs exactly one of variances and volatility', 'options.variances', vs);
  let sum = 0;
  // the inputs of c(L)·Σσ²: the leverage (squared) and the largest variance, or σ², H and 1/P
  const inputs: Input[] = [['options.leverage', L, 2]];
  if (vs !== undefined) {
    const s = guard.series(vs, 'options.variances', 1, guard.nonNegative);
    let top = 0;
    for (let i = 0; i < s.length; i++) {
      sum += s[i] as number;
      if ((s[i] as number) > (s[top] as number)) top = i;
    }
    inputs.push(['options.variances', s[top] as number, 1, top]);
  } else {
    const sigma = guard.nonNegative(vol, 'options.volatility');
    const H = guard.nonNegative(o.periods, 'options.periods');
    const periodsPerYearOption = o.periodsPerYear;
    const P = periodsPerYearOption === undefined ? 252 : guard.positive(periodsPerYearOption, 'options.periodsPerYear');
    sum = (sigma * sigma * H) / P;
    inputs.push(['options.volatility', sigma, 2], ['options.periods', H], ['options.periodsPerYear', P, -1]);
  }
  const drag = -half(L) * sum + 0;
  return Number.isFinite(drag) ? drag : overflow('the expected drag', inputs);
}

/**
 * The holding period at which the expected drag reaches a threshold.
 *
 * Formula: the smallest `H` with `c(L)·Σ_{h=1..H} E[σ²_{T+h}] ≥ D`, `c(L) = (L² − L)/2`;
 * `null` when the forecast's horizon ends first (or `c(L) ≤ 0`: `L ∈ [0, 1]` has no drag).
 *
 * @param options - `leverage`, `variances` (per period, e.g. a GARCH forecast), `threshold` `D > 0`
 * @returns `H` (a number of periods, `1 … variances.length`) or `null`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE`, `NEGATIVE` (a variance), `NOT_POSITIVE` (`threshold`), `UNKNOWN_OPTION`
 * @see Trainor & Carroll (2013); docs/concepts.md §6.1
 * @example
 * ```ts
 * import { dragHorizon } from '@inverse-math/core/volatility';
 * // −3x at 1e-4 a day: 6e-4 of drag a day, 1 % after 17 days
 * dragHorizon({ leverage: -3, variances: new Float64Array(30).fill(1e-4), threshold: 0.01 });
 * //=> 17
 * ```
 */
export function dragHorizon(options: DragHorizonOptions): number | null {
  const o = guard.options(options, 'options', ['leverage', 'variances', 'threshold']);
  const c = half(guard.finite(o.leverage, 'options.leverage'));
  const s = guard.series(o.variances, 'options.variances', 1, guard.nonNegative);
  const D = guard.positive(o.threshold, 'options.threshold');
  let sum = 0;
  for (let h = 0; h < s.length; h++) {
    sum += s[h] as number;
    if (c * sum >= D) return h + 1;
  }
  return null;
}
