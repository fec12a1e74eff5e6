import * as guard from '../internal/guards.ts';

/** Options of {@link continuousDrag}. */
export interface ContinuousDragOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Annualised volatility `σ` of the index, a fraction (`0.2` is 20 %), `≥ 0`. */
  readonly volatility: number;
  /** Horizon `T` in years, `≥ 0`. */
  readonly years: number;
}

/**
 * Volatility drag of a daily-reset fund over a horizon, in continuous time.
 *
 * Formula: `exp(−c(L)·σ²·T) − 1` with `c(L) = (L² − L)/2`: the fraction by which
 * the fund's value falls short of `(S_T/S_0)^L` under geometric Brownian motion
 * with constant volatility. This is the drag of the median and of the typical
 * path; the *mean* fund value has no drag at all (see `lognormalFundOutcome` in `@inverse-math/core/outcomes`).
 *
 * @param options - `leverage`, `volatility` (annual fraction), `years`
 * @returns the drag as a fraction (`−0.0392` is −3.92 %); `≤ 0` for `L ∉ (0, 1)`
 * @throws {@link InverseMathError} `INVALID_TYPE` (missing option), `NON_FINITE` (also when the result overflows), `NEGATIVE` (volatility or years `< 0`), `UNKNOWN_OPTION` (a key that is not an option)
 * @see Kaya, "Are −1x Inverse Funds ‘Leveraged’?"; docs/concepts.md §2
 * @example
 * ```ts
 * import { continuousDrag } from '@inverse-math/core/drag';
 * continuousDrag({ leverage: -1, volatility: 0.2, years: 1 }); // exp(−0.04) − 1
 * //≈ -0.039211
 * continuousDrag({ leverage: 2, volatility: 0.2, years: 1 });  // the same drag as −1x
 * //≈ -0.039211
 * ```
 */
export function continuousDrag(options: ContinuousDragOptions): number {
  const o = guard.options(options, 'options', ['leverage', 'volatility', 'years']);
  const { leverage, volatility, years } = o;
  const L = guard.finite(leverage, 'options.leverage');
  const sigma = guard.nonNegative(volatility, 'options.volatility');
  const T = guard.nonNegative(years, 'options.years');
  // L·(L − 1), not L² − L: L − 1 is exact near 1 where L² − L cancels (1e-8 relative at L = 1 + 1e-8).
  return guard.finiteResult(Math.expm1(-0.5 * L * (L - 1) * sigma * sigma * T), 'options.volatility', volatility);
}

/** Options of {@link fundReturnTable}. */
export interface FundReturnTableOptions {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** Index total returns over the horizon (rows), each `> −1`. */
  readonly indexReturns: ArrayLike<number>;
  /** Annualised index volatilities (columns), each `≥ 0`. */
  readonly volatilities: ArrayLike<number>;
  /** Horizon `T` in years; default `1` (the prospectus table). */
  readonly years?: number;
}

/** Result of {@link fundReturnTable}: `returns[i][j]` is the fund return for `indexReturns[i]` at `volatilities[j]`. */
export interface FundReturnTable {
  /** The rows, copied. */
  readonly indexReturns: Float64Array;
  /** The columns, copied. */
  readonly volatilities: Float64Array;
  /** One `Float64Array` per index return, one entry per volatility. */
  readonly returns: readonly Float64Array[];
}

/**
 * The issuers' prospectus table: estimated fund return over a horizon by index
 * return (rows) and index volatility (columns).
 *
 * Formula: `(1 + R)^L · exp(−c(L)·σ²·T) − 1` with `c(L) = (L² − L)/2`; the
 * issuers' tables are this continuous formula, not a 252-day discretisation.
 * A table cell for `L < 0` and `R` near `−1` can be very large: the formula
 * assumes the fund survives every day.
 *
 * @param options - `leverage`, `indexReturns` (rows), `volatilities` (columns), `years` (default 1)
 * @returns the rows, the columns and the grid of fund returns (fractions)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also when the result overflows), `RETURN_OUT_OF_DOMAIN` (`R ≤ −1`), `NEGATIVE` (volatility or years), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §2; ProShares and Direxion prospectuses ("estimated fund return over one year")
 * @example
 * ```ts
 * import { fundReturnTable } from '@inverse-math/core/drag';
 * const t = fundReturnTable({ leverage: -1, indexReturns: [-0.1, 0, 0.1], volatilities: [0, 0.25] });
 * t.returns.map((row) => Array.from(row));
 * //≈ [[0.1111, 0.0438], [0, -0.0606], [-0.0909, -0.1460]]
 * ```
 */
export function fundReturnTable(options: FundReturnTableOptions): FundReturnTable {
  const o = guard.options(options, 'options', ['leverage', 'indexReturns', 'volatilities', 'years']);
  const { leverage, indexReturns, volatilities, years } = o;
  const L = guard.finite(leverage, 'options.leverage');
  const rows = guard.returnSeries(indexReturns, 'options.indexReturns');
  const cols = guard.series(volatilities, 'options.volatilities');
  for (let j = 0; j < cols.length; j++) guard.nonNegative(cols[j], 'options.volatilities', j);
  const T = years === undefined ? 1 : guard.nonNegative(years, 'options.years');
  const c = 0.5 * L * (L - 1); // not (L² − L)/2, which cancels near L = 1
  const returns: Float64Array[] = [];
  for (let i = 0; i < rows.length; i++) {
    const lg = L * Math.log1p(rows[i] as number);
    const row = new Float64Array(cols.length);
    for (let j = 0; j < cols.length; j++) {
      const s = cols[j] as number;
      row[j] = guard.finiteResult(Math.expm1(lg - c * s * s * T), 'options.leverage', leverage, i);
    }
    returns.push(row);
  }
  return { indexReturns: Float64Array.from(rows), volatilities: Float64Array.from(cols), returns };
}
