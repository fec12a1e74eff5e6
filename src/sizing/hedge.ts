import * as guard from '../internal/guards.ts';
import { overflow } from '../internal/blame.ts';

/** Options of {@link hedgeNotional}. */
export interface HedgeNotionalOptions {
  /** Value `V ≥ 0` of the portfolio to hedge (currency). */
  readonly portfolioValue: number;
  /** The portfolio's beta `β > 0` to the fund's index. */
  readonly beta: number;
  /** The inverse fund's daily multiple `L < 0`. */
  readonly leverage: number;
}

/** A multiple `L < 0`: a hedge of a long portfolio needs an inverse fund. */
function inverse(value: unknown, argument: string): number {
  if (!(guard.finite(value, argument) < 0)) {
    guard.fail('OUT_OF_RANGE', 'must be < 0 (a hedge needs an inverse fund)', argument, value);
  }
  return value as number;
}

/**
 * The position in an inverse fund that hedges a portfolio's beta exposure.
 *
 * Formula: `H = β·V/|L|` for `L < 0`: the fund's exposure `L·H = −β·V`
 * offsets the portfolio's. So `H·|L|/β = V`.
 *
 * @param options - `portfolioValue` `V ≥ 0` (currency), `beta` `β > 0`, `leverage` `L < 0`
 * @returns `H`, the value of the fund position to buy (currency)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the result overflows), `NEGATIVE` (portfolio value), `NOT_POSITIVE` (beta), `OUT_OF_RANGE` (`L ≥ 0`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.3; "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments"
 * @example
 * ```ts
 * import { hedgeNotional } from '@inverse-math/core/sizing';
 * hedgeNotional({ portfolioValue: 100_000, beta: 1.25, leverage: -2 });
 * //=> 62500
 * ```
 */
export function hedgeNotional(options: HedgeNotionalOptions): number {
  const o = guard.options(options, 'options', ['portfolioValue', 'beta', 'leverage']);
  const V = guard.nonNegative(o.portfolioValue, 'options.portfolioValue');
  const beta = guard.positive(o.beta, 'options.beta');
  const L = inverse(o.leverage, 'options.leverage');
  const H = (beta * V) / -L;
  return Number.isFinite(H)
    ? H
    : overflow('beta × portfolioValue / |leverage|', [
        ['options.portfolioValue', V],
        ['options.beta', beta],
        ['options.leverage', L, -1],
      ]);
}

/** Options of {@link hedgeDrift}. */
export interface HedgeDriftOptions {
  /** The portfolio's beta `β > 0` to the index: its return over a period is `β·r`. */
  readonly beta: number;
  /** The inverse fund's daily multiple `L < 0`. */
  readonly leverage: number;
}

/** Result of {@link hedgeDrift}. */
export interface HedgeDrift {
  /** The hedge ratio `h_i` after each period `i = 1 … n` (the starting ratio `h_0 = 1` is not included); `0` once the fund is wiped out. */
  readonly ratio: Float64Array;
  /** Index of the first period with `1 + L·r_i ≤ 0` (the fund position is lost), or `null`. */
  readonly wipedOutAt: number | null;
}

/**
 * How a hedge held without trading drifts away from its target: the hedge
 * ratio after each period of a path of index returns.
 *
 * Definition: a portfolio of value `V_0` and beta `β` is hedged at `t = 0`
 * by `H_0 = β·V_0/|L|` of a fund of multiple `L < 0` (hedge ratio 1, see
 * {@link hedgeNotional}). Neither position is traded afterwards. The fund
 * resets its exposure daily, `H_i = H_{i−1}·(1 + L·r_i)`; the portfolio
 * compounds its own returns `β·r_i`, `V_i = V_{i−1}·(1 + β·r_i)`. The hedge
 * ratio is the fund's exposure over the portfolio's:
 *
 * Formula: `h_i = |L|·H_i / (β·V_i) = Π_{j≤i} (1 + L·r_j) / Π_{j≤i} (1 + β·r_j)`.
 *
 * `h < 1`: under-hedged (after a rally: the fund shrank, the portfolio grew);
 * `h > 1`: over-hedged (after a fall). Trade the fund back to `β·V_i/|L|`
 * when `|h − 1|` leaves a band: the ratio is a monitor.
 *
 * @param indexReturns - simple index returns per period, each `> −1` and with `1 + β·r > 0`
 * @param options - `beta` `β > 0`, `leverage` `L < 0`
 * @returns the hedge ratio after each period, and the period where the fund was wiped out (ratio 0 from then on)
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `EMPTY_SERIES`, `RETURN_OUT_OF_DOMAIN` (a return `≤ −1`), `LEVERAGED_RETURN_OUT_OF_DOMAIN` (`1 + β·r ≤ 0`: the portfolio itself is wiped out), `NOT_POSITIVE` (beta), `OUT_OF_RANGE` (`L ≥ 0`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.3; "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments"
 * @example
 * ```ts
 * import { hedgeDrift } from '@inverse-math/core/sizing';
 * // −2x hedge of a β = 1 portfolio: after +10 % the fund is worth 0.8, the portfolio 1.1
 * Array.from(hedgeDrift([0.1, -0.1], { beta: 1, leverage: -2 }).ratio);
 * //≈ [0.727273, 0.969697]
 * ```
 */
export function hedgeDrift(indexReturns: ArrayLike<number>, options: HedgeDriftOptions): HedgeDrift {
  const o = guard.options(options, 'options', ['beta', 'leverage']);
  const beta = guard.positive(o.beta, 'options.beta');
  const L = inverse(o.leverage, 'options.leverage');
  const s = guard.arrayLike(indexReturns, 'indexReturns', 1);
  const ratio = new Float64Array(s.length);
  let h = 1;
  let wipedOutAt: number | null = null;
  for (let i = 0; i < s.length; i++) {
    const r = guard.survivableReturn(s[i], beta, 'indexReturns', i);
    const fund = 1 + L * r;
    if (fund <= 0 && wipedOutAt === null) wipedOutAt = i;
    h = wipedOutAt === null ? guard.finiteResult(h * (fund / (1 + beta * r)), 'indexReturns', r, i) : 0;
    ratio[i] = h;
  }
  return { ratio, wipedOutAt };
}
