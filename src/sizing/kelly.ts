import * as guard from '../internal/guards.ts';
import { overflow, type Input } from '../internal/blame.ts';

/** Options of {@link kellyLeverage}. */
export interface KellyLeverageOptions {
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `> 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
}

/**
 * Growth-optimal (Kelly) constant leverage under geometric Brownian motion.
 *
 * Formula: `L* = (μ − rf) / σ²`, the maximiser of {@link growthRate}. Use a
 * fraction of it (half-Kelly is common): estimates of `μ` are noisy.
 *
 * @param options - `drift` `μ`, `volatility` `σ > 0`, `rate` `rf` (default 0), all annual fractions
 * @returns `L*`, dimensionless (negative when the drift is below the rate)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (volatility `≤ 0`), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §2 and §6.3; "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments" ("apply a Kelly Criterion"); J. L. Kelly (1956), "A new interpretation of information rate"; R. C. Merton (1969), "Lifetime portfolio selection under uncertainty"
 * @example
 * ```ts
 * import { kellyLeverage } from '@inverse-math/core/sizing';
 * kellyLeverage({ drift: 0.08, volatility: 0.2, rate: 0.02 });
 * //≈ 1.5
 * ```
 */
export function kellyLeverage(options: KellyLeverageOptions): number {
  const o = guard.options(options, 'options', ['drift', 'volatility', 'rate']);
  const mu = guard.finite(o.drift, 'options.drift');
  const sigma = guard.positive(o.volatility, 'options.volatility');
  const rate = o.rate;
  const rf = rate === undefined ? 0 : guard.finite(rate, 'options.rate');
  const k = (mu - rf) / (sigma * sigma);
  return Number.isFinite(k)
    ? k
    : overflow('(drift − rate) / volatility²', [
        ['options.drift', mu],
        ['options.rate', rf],
        ['options.volatility', sigma, -2],
      ]);
}

/** Options of {@link growthRate}. */
export interface GrowthRateOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
  /** Expense ratio `f` (annual fraction); default `0`. */
  readonly expenseRatio?: number;
}

/**
 * Long-run (median) log growth rate of a constant-leverage fund under GBM.
 *
 * Formula: `g(L) = rf + L·(μ − rf) − L²σ²/2 − f`, per year. It is the
 * `logMean / T` of `lognormalFundOutcome` (`@inverse-math/core/outcomes`); its maximum over `L` is at
 * {@link kellyLeverage}.
 *
 * @param options - `leverage`, `drift`, `volatility`, `rate` (default 0), `expenseRatio` (default 0)
 * @returns the continuously compounded growth rate, per year
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility `< 0`), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §2 and §6.3
 * @example
 * ```ts
 * import { growthRate } from '@inverse-math/core/sizing';
 * growthRate({ leverage: 1.5, drift: 0.08, volatility: 0.2, rate: 0.02 }); // 0.02 + 0.09 − 0.045
 * //≈ 0.065
 * ```
 */
export function growthRate(options: GrowthRateOptions): number {
  const o = guard.options(options, 'options', ['leverage', 'drift', 'volatility', 'rate', 'expenseRatio']);
  const L = guard.finite(o.leverage, 'options.leverage');
  const mu = guard.finite(o.drift, 'options.drift');
  const sigma = guard.nonNegative(o.volatility, 'options.volatility');
  const rate = o.rate;
  const rf = rate === undefined ? 0 : guard.finite(rate, 'options.rate');
  const expenseRatio = o.expenseRatio;
  const f = expenseRatio === undefined ? 0 : guard.finite(expenseRatio, 'options.expenseRatio');
  const g = rf + L * (mu - rf) - (L * L * sigma * sigma) / 2 - f;
  const inputs = (): Input[] => [
    ['options.rate', rf],
    ['options.leverage', L, 2],
    ['options.drift', mu],
    ['options.volatility', sigma, 2],
    ['options.expenseRatio', f],
  ];
  return Number.isFinite(g) ? g : overflow('the growth rate', inputs());
}

/** Options of {@link fractionalKelly}. */
export interface FractionalKellyOptions {
  /** The fraction `k ≥ 0` of the Kelly leverage (0.5 for half-Kelly). */
  readonly fraction: number;
  /** Arithmetic drift `μ` of the index (annual fraction). */
  readonly drift: number;
  /** Annualised index volatility `σ`, `> 0`. */
  readonly volatility: number;
  /** Financing rate `rf` (annual fraction); default `0`. */
  readonly rate?: number;
}

/**
 * A fraction of the growth-optimal (Kelly) leverage.
 *
 * Formula: `k·L* = k·(μ − rf)/σ²`. Half-Kelly (`k = ½`) keeps three quarters
 * of the Kelly growth excess `g(L*) − rf` with half its volatility: the
 * {@link growthShortfall} of `k·L*` is `(1 − k)²·(μ − rf)²/(2σ²)`.
 *
 * @param options - `fraction` `k ≥ 0`, `drift` `μ`, `volatility` `σ > 0`, `rate` `rf` (default 0), all annual fractions
 * @returns `k·L*`, dimensionless
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (fraction `< 0`), `NOT_POSITIVE` (volatility `≤ 0`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.3; E. O. Thorp (2006), "The Kelly criterion in blackjack, sports betting and the stock market"
 * @example
 * ```ts
 * import { fractionalKelly } from '@inverse-math/core/sizing';
 * fractionalKelly({ fraction: 0.5, drift: 0.1, volatility: 0.16, rate: 0.03 }); // ½ × 2.734375
 * //≈ 1.3671875
 * ```
 */
export function fractionalKelly(options: FractionalKellyOptions): number {
  const o = guard.options(options, 'options', ['fraction', 'drift', 'volatility', 'rate']);
  const k = guard.nonNegative(o.fraction, 'options.fraction');
  const mu = guard.finite(o.drift, 'options.drift');
  const sigma = guard.positive(o.volatility, 'options.volatility');
  const rate = o.rate;
  const rf = rate === undefined ? 0 : guard.finite(rate, 'options.rate');
  const kelly = (k * (mu - rf)) / (sigma * sigma);
  const inputs: Input[] = [
    ['options.fraction', k],
    ['options.drift', mu],
    ['options.rate', rf],
    ['options.volatility', sigma, -2],
  ];
  return Number.isFinite(kelly) ? kelly : overflow('fraction × (drift − rate) / volatility²', inputs);
}

/**
 * The growth lost by holding leverage `L` instead of the Kelly leverage `L*`:
 * `g(L*) − g(L) ≥ 0`, per year.
 *
 * Formula: `g(L*) − g(L) = σ²·(L − L*)²/2 = (σ·L − (μ − rf)/σ)²/2`, with
 * `g` the {@link growthRate} and `L* = (μ − rf)/σ²`. The loss is symmetric in
 * `L − L*`: twice Kelly grows no faster than cash (`g(2L*) = g(0)`), and
 * beyond it the growth is below the rate. The expense ratio does not depend
 * on `L` and cancels; it is accepted so that the options of
 * {@link growthRate} can be passed unchanged.
 *
 * @param options - `leverage` `L`, `drift` `μ`, `volatility` `σ > 0`, `rate` `rf` (default 0), `expenseRatio` (default 0, cancels)
 * @returns the growth shortfall, a continuously compounded rate per year, `≥ 0`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NOT_POSITIVE` (volatility `≤ 0`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §2 and §6.3; R. C. Merton (1969), "Lifetime portfolio selection under uncertainty"
 * @example
 * ```ts
 * import { growthShortfall } from '@inverse-math/core/sizing';
 * // 3x where Kelly is 1.5 (μ = 8 %, rf = 2 %, σ = 20 %): 0.04 × 1.5² / 2
 * growthShortfall({ leverage: 3, drift: 0.08, volatility: 0.2, rate: 0.02 });
 * //≈ 0.045
 * ```
 */
export function growthShortfall(options: GrowthRateOptions): number {
  const o = guard.options(options, 'options', ['leverage', 'drift', 'volatility', 'rate', 'expenseRatio']);
  const L = guard.finite(o.leverage, 'options.leverage');
  const mu = guard.finite(o.drift, 'options.drift');
  const sigma = guard.positive(o.volatility, 'options.volatility');
  const rate = o.rate;
  const rf = rate === undefined ? 0 : guard.finite(rate, 'options.rate');
  const expenseRatio = o.expenseRatio;
  if (expenseRatio !== undefined) guard.finite(expenseRatio, 'options.expenseRatio');
  const gap = sigma * L - (mu - rf) / sigma;
  const shortfall = (gap * gap) / 2;
  // σ enters as σ²·L² and as (μ − rf)²/σ²: a huge σ or a tiny one overflows
  const inputs = (): Input[] => [
    ['options.leverage', L, 2],
    ['options.drift', mu, 2],
    ['options.rate', rf, 2],
    ['options.volatility', sigma, 2],
    ['options.volatility', sigma, -2],
  ];
  return Number.isFinite(shortfall) ? shortfall : overflow('the growth shortfall', inputs());
}
