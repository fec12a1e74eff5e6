import * as guard from '../internal/guards.ts';
import { normalCdf } from '../internal/numeric/normal.ts';
import { finiteOr, type Input } from '../internal/blame.ts';

/** Options of {@link pairShortOutcome}. */
export interface PairShortOutcomeOptions {
  /** The multiple `L` of one fund; the other is `−L`. */
  readonly leverage: number;
  /** Annualised index volatility `σ`, `≥ 0`. */
  readonly volatility: number;
  /** Horizon `T` in years, `> 0`. */
  readonly years: number;
  /** Arithmetic drift `μ` of the index (annual fraction); default `0`. */
  readonly drift?: number;
  /** Annual borrow fees `[b_L, b_−L]` of the two shorts (fractions, `≥ 0`), charged on each short's market value; default `[0, 0]`. */
  readonly borrowRates?: ArrayLike<number>;
}

/** Result of {@link pairShortOutcome}: fractions of the gross short (both legs' proceeds). */
export interface PairShortOutcome {
  /** P&L when the index ends where it started, before borrow: `1 − ½(e^{−c(L)σ²T} + e^{−c(−L)σ²T})`, `≥ 0`. */
  readonly flat: number;
  /** Expected P&L under GBM, before borrow: `1 − ½(e^{LμT} + e^{−LμT}) = 1 − cosh(LμT)`, `≤ 0`. */
  readonly expected: number;
  /** Expected borrow cost: `½·(b_L·∫E[V_L] + b_−L·∫E[V_−L])`, `∫_0^T e^{±LμT}dt`. */
  readonly borrow: number;
  /** Probability that the pair loses money before borrow: `P(½(V_L + V_−L) > 1)`. */
  readonly lossProbability: number;
}

/** `[b_L, b_−L]`: two annual fees `≥ 0`. */
function borrowPair(value: unknown, argument: string): [number, number] {
  if (value === undefined) return [0, 0];
  const s = guard.arrayLike(value, argument, 2);
  if (s.length !== 2) guard.fail('LENGTH_MISMATCH', 'must have length 2', argument, value);
  return [guard.nonNegative(s[0], argument, 0), guard.nonNegative(s[1], argument, 1)];
}

/** `∫_0^T e^{αt} dt = T·(e^{αT} − 1)/(αT)`. */
function growthIntegral(alpha: number, T: number): number {
  const x = alpha * T;
  return x === 0 ? T : (T * Math.expm1(x)) / x;
}

/**
 * Shorting both an `L` and a `−L` fund on the same index ("decay
 * harvesting"), equal amounts, held without rebalancing the shorts: the P&L
 * distribution at a horizon under geometric Brownian motion (continuous
 * rebalancing of the funds, no fund costs).
 *
 * Formula: per unit of gross, P&L `= 1 − ½(V_L + V_−L)` with
 * `V_{±L} = e^{−c(±L)σ²T}·y^{±L}`, `y = S_T/S_0`, `c(L) = (L² − L)/2`. On a
 * flat index (`y = 1`) the pair gains `1 − ½(e^{−c(L)σ²T} + e^{−c(−L)σ²T})`:
 * both funds decay. But the expected P&L is `1 − cosh(L·μ·T) ≤ 0` (the funds'
 * means carry no drag), and the pair loses when the index trends either way:
 * `½(A·w + B/w) > 1`, `w = y^{|L|}`, outside the roots
 * `w = (1 ± √(1 − A·B))/A` (`A = e^{−c(|L|)σ²T}`, `B = e^{−c(−|L|)σ²T}`,
 * `A·B = e^{−L²σ²T}`): `lossProbability` is `Φ` at those two points. A short
 * can lose without bound; borrow fees make it worse.
 *
 * @param options - `leverage` `L`, `volatility` `σ ≥ 0`, `years` `T > 0`, `drift` `μ` (default 0), `borrowRates` `[b_L, b_−L]` (default `[0, 0]`)
 * @returns `flat`, `expected`, `borrow` and `lossProbability`, as fractions of the gross short
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also on overflow), `NEGATIVE` (volatility, a borrow rate), `NOT_POSITIVE` (years), `SERIES_TOO_SHORT`, `EMPTY_SERIES`, `LENGTH_MISMATCH` (borrowRates not of length 2), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.5; M. Avellaneda and S. Zhang (2010), "Path-dependence of leveraged ETF returns"; "Shorting is hard"
 * @example
 * ```ts
 * import { pairShortOutcome } from '@inverse-math/core/outcomes';
 * const o = pairShortOutcome({ leverage: 3, volatility: 0.2, years: 1, drift: 0.08 });
 * // flat index: 1 − ½(e^{−0.12} + e^{−0.24}); expected: 1 − cosh(0.24)
 * [o.flat, o.expected];
 * //≈ [0.1632, -0.0289]
 * ```
 */
export function pairShortOutcome(options: PairShortOutcomeOptions): PairShortOutcome {
  const o = guard.options(options, 'options', ['leverage', 'volatility', 'years', 'drift', 'borrowRates']);
  const L = guard.option(o, 'leverage', guard.finite);
  const sigma = guard.option(o, 'volatility', guard.nonNegative);
  const T = guard.option(o, 'years', guard.positive);
  const mu = guard.option(o, 'drift', guard.finite, 0);
  const [b1, b2] = borrowPair(o.borrowRates, 'options.borrowRates');
  const a = Math.abs(L);
  // the inputs of each exponent: c(±L)·σ²·T, L·μ·T, and the borrow fees in front of the last
  const drag: Input[] = [
    ['options.leverage', L, 2],
    ['options.volatility', sigma, 2],
    ['options.years', T],
  ];
  const trendInputs: Input[] = [
    ['options.leverage', L],
    ['options.drift', mu],
    ['options.years', T],
  ];
  const v = finiteOr(sigma * sigma * T, 'volatility²·years', drag.slice(1));
  const lnA = -((a * a - a) / 2) * v;
  const lnB = -((a * a + a) / 2) * v;
  const trend = L * mu * T;
  const borrowInputs: Input[] = [['options.borrowRates', b1, 1, 0], ['options.borrowRates', b2, 1, 1], ...trendInputs];
  return {
    flat: finiteOr(0 - (Math.expm1(lnA) + Math.expm1(lnB)) / 2, 'the flat-index P&L', drag),
    expected: finiteOr(0 - (Math.expm1(trend) + Math.expm1(-trend)) / 2, 'the expected P&L', trendInputs),
    borrow: finiteOr(
      (b1 * growthIntegral(L * mu, T) + b2 * growthIntegral(-L * mu, T)) / 2,
      'the borrow cost',
      borrowInputs,
    ),
    lossProbability: lossProbability(a, lnA, lnB, (mu - (sigma * sigma) / 2) * T, sigma * Math.sqrt(T)),
  };
}

/** `P(½(A·e^{a·u} + B·e^{−a·u}) > 1)` for `u ~ N(m, s²)`. */
function lossProbability(a: number, lnA: number, lnB: number, m: number, s: number): number {
  const pnl = (u: number): number => -(Math.expm1(lnA + a * u) + Math.expm1(lnB - a * u)) / 2;
  if (!(a * s > 0)) return pnl(m) < 0 ? 1 : 0;
  const r = Math.log1p(Math.sqrt(-Math.expm1(lnA + lnB)));
  const lower = (lnB - r) / a; // ln w− / a
  const upper = (r - lnA) / a; // ln w+ / a
  return Math.min(1, normalCdf((lower - m) / s) + normalCdf((m - upper) / s));
}

/** Options of {@link pairShort}. */
export interface PairShortOptions {
  /** The multiple `L` of one fund; the other is `−L`. */
  readonly leverage: number;
  /** Annual borrow fees `[b_L, b_−L]` (fractions, `≥ 0`), accrued each period on each short's value at its start; default `[0, 0]`. */
  readonly borrowRates?: ArrayLike<number>;
  /** `true`: both shorts are traded back to half the initial gross after every period; default `false` (held). */
  readonly rebalance?: boolean;
  /** Periods per year for the borrow accrual; default `252`. */
  readonly periodsPerYear?: number;
}

/**
 * The pair short of {@link pairShortOutcome} on a path of index returns: the
 * cumulative P&L after each period, as a fraction of the initial gross.
 *
 * Formula: each leg starts short `½` (of the gross). Over period `i` the
 * funds return `R_{±} = max(±L·r_i, −1)` (a fund that loses 100 % is
 * liquidated: its short has gained its whole value and the leg is closed);
 * the shorts gain `−(x_+·R_+ + x_−·R_−)` and pay `(b_L·x_+ + b_−L·x_−)/periodsPerYear`.
 * Held (`rebalance: false`): `x_± ← x_±·(1 + R_±)`, so before borrow the
 * P&L is `1 − ½(Π(1 + L·r_i) + Π(1 − L·r_i))`. Rebalanced daily: `x_± = ½`
 * every period and the two legs cancel exactly, P&L `0` before borrow: the
 * decay is harvested only by not rebalancing, i.e. by letting the position
 * drift into the trend.
 *
 * @param indexReturns - simple index returns per period, each `> −1`
 * @param options - `leverage` `L`, `borrowRates` `[b_L, b_−L]` (default `[0, 0]`), `rebalance` (default `false`), `periodsPerYear` (default 252)
 * @returns the cumulative P&L after each period, fractions of the initial gross
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also on overflow), `EMPTY_SERIES`, `SERIES_TOO_SHORT`, `RETURN_OUT_OF_DOMAIN`, `NEGATIVE` (a borrow rate), `NOT_POSITIVE` (periodsPerYear), `LENGTH_MISMATCH` (borrowRates not of length 2), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.5; "Shorting is hard"
 * @example
 * ```ts
 * import { pairShort } from '@inverse-math/core/outcomes';
 * // index −10 %, then back to its start: the 3x and −3x funds end at 0.9333 and 0.8667
 * Array.from(pairShort([-0.1, 1 / 9], { leverage: 3 }));
 * //≈ [0, 0.1]
 * Array.from(pairShort([-0.1, 1 / 9], { leverage: 3, rebalance: true }));
 * //=> [0, 0]
 * ```
 */
export function pairShort(indexReturns: ArrayLike<number>, options: PairShortOptions): Float64Array {
  const o = guard.options(options, 'options', ['leverage', 'borrowRates', 'rebalance', 'periodsPerYear']);
  const L = guard.option(o, 'leverage', guard.finite);
  const [b1, b2] = borrowPair(o.borrowRates, 'options.borrowRates');
  const rebalance = o.rebalance ?? false;
  if (typeof rebalance !== 'boolean')
    guard.fail('INVALID_TYPE', 'must be true or false', 'options.rebalance', rebalance);
  const ppy = guard.option(o, 'periodsPerYear', guard.positive, 252);
  const s = guard.arrayLike(indexReturns, 'indexReturns', 1);
  const out = new Float64Array(s.length);
  let up = 0.5;
  let down = 0.5;
  let pnl = 0;
  for (let i = 0; i < s.length; i++) {
    const r = guard.simpleReturn(s[i], 'indexReturns', i);
    const move = L * r;
    const rUp = Math.max(move, -1);
    const rDown = Math.max(-move, -1);
    pnl -= up * rUp + down * rDown + (b1 * up + b2 * down) / ppy;
    up = rebalance && rUp > -1 ? up : up * (1 + rUp);
    down = rebalance && rDown > -1 ? down : down * (1 + rDown);
    out[i] = guard.finiteResult(pnl, 'indexReturns', r, i);
  }
  return out;
}
