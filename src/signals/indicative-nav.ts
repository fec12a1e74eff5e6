import { carry, growthFactor } from '../internal/accrual.ts';
import * as guard from '../internal/guards.ts';
import { RATES, rateOption } from '../internal/options/cost-schedule.ts';

const KEYS = [
  'nav',
  'leverage',
  'indexClose',
  'index',
  'financingRate',
  'expenseRatio',
  'spread',
  'dividendYield',
  'elapsed',
  'periodsPerYear',
  'days',
] as const;

/**
 * Options of {@link indicativeNav}: the last close, the index now, and the
 * cost model of `navPath` (docs/concepts.md §3) with constant rates.
 */
export interface IndicativeNavOptions<T extends number | ArrayLike<number> = number | ArrayLike<number>> {
  /** The fund's NAV at the last close, `> 0`. */
  readonly nav: number;
  /** The fund's daily multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: number;
  /** The index level at the last close, `> 0`. */
  readonly indexClose: number;
  /** The index level now (`> 0`), or a series of ticks (each `> 0`): a number gives a number, a series a `Float64Array`. */
  readonly index: T;
  /** Financing rate `rf`, annual fraction, actual/360; default 0. May be negative. */
  readonly financingRate?: number;
  /** Expense ratio `f`, annual fraction, actual/365; default 0. */
  readonly expenseRatio?: number;
  /** Swap/borrow spread `s` on `|L|` notional, annual fraction, actual/360; default 0. */
  readonly spread?: number;
  /** Dividend yield `q` of a price index, annual fraction, actual/365; default 0. */
  readonly dividendYield?: number;
  /** Fraction of the period (close to close) elapsed since the last close, in `[0, 1]`: a number, or one per tick; default 0. */
  readonly elapsed?: number | ArrayLike<number>;
  /** Periods per year when `days` is not given: a whole period is `1/periodsPerYear` of a year; default 252. */
  readonly periodsPerYear?: number;
  /** Calendar days from the last close to the next (3 over a weekend): a whole period is `days/360` (financing, spread) and `days/365` (expenses, dividends). */
  readonly days?: number;
}

/**
 * Indicative (intraday) NAV of a daily-reset fund: its exposure is fixed at
 * the last close, so the NAV moves by `L` times the index's move since then,
 * plus the carry accrued so far.
 *
 * Formula: `iNAV_t = NAV_close · (1 + L·(I_t/I_close − 1) + c(e))`, where
 * `c(e) = L·q·τ365 + (1 − L)·rf·τ360 − |L|·s·τ360 − f·τ365` with
 * `τ360 = e·days/360`, `τ365 = e·days/365` (or both `e/periodsPerYear`) for
 * the elapsed fraction `e` of the period: the same one-period factor as
 * `navPath` (docs/concepts.md §3), so at `e = 1` and the next close the iNAV
 * is the next NAV `navPath` gives with the same carry. A tick whose factor is
 * `≤ 0` (the fund would be wiped out) has iNAV 0, never a negative number.
 *
 * @param options - `nav`, `leverage`, `indexClose`, `index` (a level or ticks), the rates, `elapsed`, `periodsPerYear` or `days`
 * @returns the iNAV (same unit as `nav`): a number for a level, a new `Float64Array` for ticks
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also an iNAV beyond a double), `NOT_POSITIVE` (`nav`, `indexClose`, `index`, `periodsPerYear`, `days`), `NEGATIVE` (a spread, yield or expense ratio), `EMPTY_SERIES`, `LENGTH_MISMATCH` (`elapsed` and the ticks), `OUT_OF_RANGE` (`elapsed` outside `[0, 1]`), `INVALID_OPTION` (both `days` and `periodsPerYear`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.2 and §3; "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments" (iNAV every 15 s)
 * @example
 * ```ts
 * import { indicativeNav } from '@inverse-math/core/signals';
 * // −3x fund, NAV 20 at the close; the index is up 1 % at mid-session
 * indicativeNav({ nav: 20, leverage: -3, indexClose: 5000, index: 5050 });
 * //≈ 19.4
 * // with half a day of carry: 4 units of cash at 5 %, 0.95 % expenses
 * indicativeNav({ nav: 20, leverage: -3, indexClose: 5000, index: 5050, financingRate: 0.05, expenseRatio: 0.0095, elapsed: 0.5 });
 * //≈ 19.40756
 * Array.from(indicativeNav({ nav: 20, leverage: 3, indexClose: 100, index: [99, 101, 66] })); // −34 % at 3x: wiped out, 0
 * //≈ [19.4, 20.6, 0]
 * ```
 */
export function indicativeNav<T extends number | ArrayLike<number>>(
  options: IndicativeNavOptions<T>,
): T extends number ? number : Float64Array {
  const o = guard.options(options, 'options', KEYS);
  const nav = guard.positive(o.nav, 'options.nav');
  const L = guard.finite(o.leverage, 'options.leverage');
  const close = guard.positive(o.indexClose, 'options.indexClose');
  const indexIn = o.index;
  const ticks = typeof indexIn === 'number' ? null : guard.priceSeries(indexIn, 'options.index', 1);
  if (ticks === null) guard.positive(indexIn, 'options.index');
  const [rf, s, q, f] = RATES.map((name) => rateOption(o[name], name, 'options', 0)) as [
    number,
    number,
    number,
    number,
  ];
  const elapsedIn = o.elapsed;
  const elapsed = readElapsed(elapsedIn, ticks);
  const daysIn = o.days;
  const ppyIn = o.periodsPerYear;
  if (daysIn !== undefined && ppyIn !== undefined)
    guard.fail('INVALID_OPTION', 'give days or periodsPerYear, not both', 'options.periodsPerYear', ppyIn);
  const days = daysIn === undefined ? null : guard.positive(daysIn, 'options.days');
  const ppy = ppyIn === undefined ? 252 : guard.positive(ppyIn, 'options.periodsPerYear');
  // a whole period's year fractions, as navPath forms them (days/360, days/365, or 1/periodsPerYear)
  const y360 = days === null ? 1 / ppy : days / 360;
  const y365 = days === null ? 1 / ppy : days / 365;
  const one = (level: number, e: number, i?: number): number => {
    const g = growthFactor(level / close - 1, L, carry(L, rf, s, q, f, e * y360, e * y365));
    return g > 0 ? guard.finiteResult(nav * g, 'options.index', level, i) : 0;
  };
  if (ticks === null) return one(indexIn as number, elapsed === null ? 0 : (elapsed as number)) as never;
  const out = new Float64Array(ticks.length);
  for (let i = 0; i < ticks.length; i++)
    out[i] = one(
      ticks[i] as number,
      typeof elapsed === 'number' ? elapsed : elapsed === null ? 0 : (elapsed[i] as number),
      i,
    );
  return out as never;
}

/** `elapsed`: a number in `[0, 1]`, or (with ticks) one per tick; `null` when absent. */
function readElapsed(value: unknown, ticks: ArrayLike<number> | null): number | ArrayLike<number> | null {
  const inRange = (x: unknown, _argument?: string, i?: number): number => {
    if (guard.finite(x, 'options.elapsed', i) < 0 || (x as number) > 1)
      guard.fail('OUT_OF_RANGE', 'must be in [0, 1]', 'options.elapsed', x, i);
    return x as number;
  };
  if (value === undefined) return null;
  if (typeof value === 'number' || ticks === null) return inRange(value);
  const e = guard.series(value, 'options.elapsed', 1, inRange);
  guard.sameLength(ticks, e, 'options.elapsed');
  return e;
}
