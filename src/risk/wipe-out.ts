import * as guard from '../internal/guards.ts';

/**
 * The one-period index move that wipes a daily-reset fund out.
 *
 * Formula: `r* = −1/L`, the return at which the fund's one-period factor
 * `1 + L·r` reaches 0 (frictionless; docs/concepts.md §3, insolvency). For
 * `L > 1` it is a fall (−33⅓ % for 3x, −50 % for 2x), for `L < 0` a rise
 * (+33⅓ % for −3x, +100 % for −1x). For `0 ≤ L ≤ 1` it would be a fall of
 * 100 % or more, which no price can make: the result is `null` (no move
 * wipes the fund out in one period).
 *
 * @param leverage - the fund's daily multiple `L` (signed)
 * @returns `−1/L` as a fraction, or `null` when `0 ≤ L ≤ 1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when `−1/L` overflows, for `|L|` below ~5.6e-309)
 * @see docs/concepts.md §6.4 ("Distance to wipe-out"); "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments"
 * @example
 * ```ts
 * import { wipeOutMove } from '@inverse-math/core/risk';
 * wipeOutMove(3);
 * //≈ -0.333333
 * wipeOutMove(-1); // the index has to double
 * //=> 1
 * wipeOutMove(0.5);
 * //=> null
 * ```
 */
export function wipeOutMove(leverage: number): number | null {
  const L = guard.finite(leverage, 'leverage');
  return L >= 0 && L <= 1 ? null : guard.finiteResult(-1 / L, 'leverage', leverage);
}

/** Options of {@link wipeOutDistance}. */
export interface WipeOutDistanceOptions {
  /** The fund's daily multiple `L` (signed). */
  readonly leverage: number;
  /** Annualised volatility `σ` of the index's returns, a fraction `> 0` (`0.2` is 20 %); a forecast from `./volatility` fits. */
  readonly volatility: number;
  /** Periods per year: one period's standard deviation is `σ·√(1/periodsPerYear)`; default 252. */
  readonly periodsPerYear?: number;
}

/** Result of {@link wipeOutDistance}; every field is `null` when no move wipes the fund out (`0 ≤ L ≤ 1`). */
export interface WipeOutDistance {
  /** The wipe-out move `r* = −1/L`, a simple return (fraction). */
  readonly move: number | null;
  /** `r*` in one-period standard deviations of simple returns: `r* / (σ·√(1/P))`, signed like `r*`. */
  readonly sigmas: number | null;
  /** The log move `ln(1 + r*) = ln(1 − 1/L)` in one-period standard deviations of log returns: `ln(1 + r*)/(σ·√(1/P))`. */
  readonly logSigmas: number | null;
}

/**
 * How far, in standard deviations of a volatility estimate, the index is from
 * the one-period move that wipes the fund out.
 *
 * Formula: `s = σ·√(1/P)` (one period's standard deviation), `r* = −1/L`,
 * `sigmas = r* / s` and `logSigmas = ln(1 + r*)/s`. Under a lognormal index
 * the log form is the one to put into a normal distribution: the chance of a
 * wipe-out in one period is `Φ(−|logSigmas|)` (drift neglected). A 3x fund
 * at σ = 20 % and 252 periods: `r* = −33⅓ %` is 26.5 daily SDs of simple
 * returns and 32.2 of log returns.
 *
 * @param options - `leverage`, `volatility` (annual, `> 0`), `periodsPerYear` (default 252)
 * @returns `move`, `sigmas` and `logSigmas`, or all `null` when `0 ≤ L ≤ 1`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also a result beyond a double), `NEGATIVE` (`volatility < 0`), `NOT_POSITIVE` (`volatility = 0`, `periodsPerYear`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.4 ("in standard deviations of a volatility estimate")
 * @example
 * ```ts
 * import { wipeOutDistance } from '@inverse-math/core/risk';
 * wipeOutDistance({ leverage: 3, volatility: 0.2 }); // −(1/3)/(0.2/√252), ln(2/3)/(0.2/√252)
 * //≈ { move: -0.333333, sigmas: -26.4575, logSigmas: -32.1828 }
 * wipeOutDistance({ leverage: -1, volatility: 0.2 }).sigmas; // +100 %: 1/(0.2/√252)
 * //≈ 79.3725
 * ```
 */
export function wipeOutDistance(options: WipeOutDistanceOptions): WipeOutDistance {
  const o = guard.options(options, 'options', ['leverage', 'volatility', 'periodsPerYear']);
  const L = guard.finite(o.leverage, 'options.leverage');
  const sigma = guard.nonNegative(o.volatility, 'options.volatility');
  if (sigma === 0) guard.fail('NOT_POSITIVE', 'must be greater than zero', 'options.volatility', sigma);
  const ppyIn = o.periodsPerYear;
  const ppy = ppyIn === undefined ? 252 : guard.positive(ppyIn, 'options.periodsPerYear');
  if (L >= 0 && L <= 1) return { move: null, sigmas: null, logSigmas: null };
  const move = guard.finiteResult(-1 / L, 'options.leverage', L);
  const s = sigma * Math.sqrt(1 / ppy);
  const sigmas = guard.finiteResult(move / s, 'options.volatility', sigma);
  const logSigmas = guard.finiteResult(Math.log1p(move) / s, 'options.volatility', sigma);
  return { move, sigmas, logSigmas };
}
