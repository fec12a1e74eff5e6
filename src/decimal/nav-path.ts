import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { arithFor, DEFAULT_ARITH, type Arith, type DecimalArithmeticOptions } from './context.ts';
import { NAV_KEYS, readNavOptions, type NavOptions } from '../internal/options/nav-options.ts';
import type { RebalanceRule } from '../internal/options/rebalance-rule.ts';
import { decReturn, decSeries, type DecimalValue } from './parse.ts';
import { decimalReader } from './reader.ts';
import { carryDecimal, periodAt, toDecimalSchedule } from './schedule.ts';

/**
 * When the fund resets its exposure to `L × NAV` (as the float `nav` domain):
 * `'daily'`, every `k`-th close (`{ every: k }`), or when the exposure/NAV
 * ratio `ℓ` has left `L·(1 ± b)` (`{ band: b }`, `b` a decimal value `≥ 0`).
 */
export type DecimalRebalanceRule = RebalanceRule<DecimalValue>;

/**
 * Options of the decimal {@link navPath}: the float `NavOptions` with every
 * number a decimal value, plus the arithmetic settings.
 */
export interface DecimalNavOptions extends NavOptions<DecimalValue>, DecimalArithmeticOptions {}

/** The keys of {@link DecimalNavOptions}. */
const KEYS = [...NAV_KEYS, 'precision', 'arithmeticRounding'];

/** @internal */
export function navPathIn(base: Arith, indexReturns: unknown, options: unknown): Decimal[] {
  const ok = Array.isArray(indexReturns) || (ArrayBuffer.isView(indexReturns) && !(indexReturns instanceof DataView));
  if (!ok) guard.fail('INVALID_TYPE', 'must be an array of decimal values', 'indexReturns', indexReturns);
  if ((indexReturns as ArrayLike<unknown>).length === 0)
    guard.fail('EMPTY_SERIES', 'must not be empty', 'indexReturns', indexReturns);
  const o = guard.options(options, 'options', KEYS);
  const { D } = arithFor(base, o);
  const n = (indexReturns as ArrayLike<unknown>).length;
  const { leverage: L, initialNav: nav0, rule, costs } = readNavOptions(decimalReader(D), o, n, KEYS);
  const initialNav = nav0 ?? new D(1);
  const returns = decSeries(D, indexReturns, 'indexReturns', 1, decReturn);
  const schedule = toDecimalSchedule(D, costs, n);

  const out = new Array<Decimal>(n + 1);
  out[0] = initialNav;
  let nav = initialNav;
  let ell = L; // exposure/NAV ratio for the next period
  let since = 0;
  const bandWidth = typeof rule === 'object' && 'band' in rule ? rule.band.times(L.abs()) : null;
  // constant rates, no dates: the carry at ℓ = L is the same every period
  const fixedCarry = schedule.constant ? carryDecimal(L, periodAt(D, schedule, 0)) : null;
  for (let i = 0; i < n; i++) {
    const r = returns[i] as Decimal;
    const c = fixedCarry !== null && ell === L ? fixedCarry : carryDecimal(ell, periodAt(D, schedule, i));
    const x = ell.times(r).plus(c);
    if (!x.gt(-1)) {
      for (let j = i + 1; j <= n; j++) out[j] = new D(0);
      return out;
    }
    const g = x.plus(1);
    nav = nav.times(g);
    out[i + 1] = nav;
    since++;
    if (rule === 'daily') continue;
    const drifted = ell.times(r.plus(1)).div(g);
    const reset =
      'every' in rule
        ? since >= rule.every
        : drifted
            .minus(L)
            .abs()
            .gt(bandWidth as Decimal);
    if (reset) {
      ell = L;
      since = 0;
    } else {
      ell = drifted;
    }
  }
  return out;
}

/**
 * NAV path of a daily-reset fund with real costs, in decimal: the decimal
 * counterpart of the float `navPath` (`@inverse-math/core/nav`), with the
 * same cost model, day counts and rebalancing rules.
 *
 * Formula (docs/concepts.md §3), one period with exposure ratio `ℓ` (`= L` under daily
 * reset):
 * `NAV_t = NAV_{t−1} · (1 + ℓ·(r_t + q·τ365) + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365)`,
 * `τ360 = d_t/360`, `τ365 = d_t/365` for `d_t` calendar days between `dates`,
 * or both `1/periodsPerYear`. Between rebalances of `{ every }` or `{ band }`
 * the exposure drifts: `ℓ ← ℓ·(1 + r)/g`. Every operation is rounded to the
 * context's precision (34 significant digits by default): decimal inputs
 * like `'0.1'` are exact, and a frictionless path of short decimals is exact.
 * A period with growth `≤ 0` wipes the fund out: NAV 0 from then on.
 *
 * @param indexReturns - index simple returns, each `> −1` (decimal strings, numbers, bigints or Decimals; not mutated)
 * @param options - `leverage` and the cost options as in the float `navPath`, `initialNav` (default 1), optional `precision` / `arithmeticRounding`
 * @returns `n + 1` Decimal NAVs, from `initialNav`; `0` from the wipe-out on
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `INVALID_DECIMAL`, `NON_FINITE`, `RETURN_OUT_OF_DOMAIN` (with the index), `NEGATIVE` (a negative spread, dividend yield or expense ratio), `NOT_POSITIVE` (`initialNav`, `periodsPerYear`), `LENGTH_MISMATCH` (a rate series or `dates`), `INVALID_DATE`, `INVALID_OPTION` (`rebalance`, or both `dates` and `periodsPerYear`), `OUT_OF_RANGE` (`rebalance.every`), `UNKNOWN_OPTION` (a key of `options` that is not an option)
 * @see docs/concepts.md §3, §7; "Precision Hedging"
 * @example
 * ```ts
 * import { navPath } from '@inverse-math/core/decimal';
 * // +10 % then −10 % at −1x: exactly 0.9 × 1.1 = 0.99 of the start
 * navPath(['0.1', '-0.1'], { leverage: -1 }).map(String);
 * //=> ['1', '0.9', '0.99']
 * // a 3x fund paying 5 % financing on two borrowed units, one 360th of a year
 * navPath(['0'], { leverage: 3, financingRate: '0.05', dates: ['2024-03-08', '2024-03-09'], initialNav: 100 })[1].toFixed(6);
 * //=> '99.972222'
 * ```
 */
export function navPath(indexReturns: ArrayLike<DecimalValue>, options: DecimalNavOptions): Decimal[] {
  return navPathIn(DEFAULT_ARITH, indexReturns, options);
}
