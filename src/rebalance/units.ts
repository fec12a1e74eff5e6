import { finiteOr, overflow, type Input } from '../internal/blame.ts';
import * as guard from '../internal/guards.ts';
import { shortestDecimal, signOfScaledMinus } from '../internal/exact.ts';
import { zero } from '../internal/trade.ts';

/** The rounding rules for whole units; see {@link toShares}. */
export type UnitRounding = 'toward-zero' | 'away-from-zero' | 'floor' | 'ceil' | 'half-even' | 'half-up';

const ROUNDINGS: readonly UnitRounding[] = ['toward-zero', 'away-from-zero', 'floor', 'ceil', 'half-even', 'half-up'];

/** Options of {@link toShares} and {@link toContracts}. */
export interface UnitOptions {
  /**
   * How a fractional quantity becomes whole units (default `'toward-zero'`:
   * never trade more than asked). `'floor'`/`'ceil'` round toward −∞/+∞
   * (mind the sign of a sell); `'half-even'` and `'half-up'` round to the
   * nearest unit, ties to the even unit or away from zero (decimal.js
   * `ROUND_HALF_EVEN` / `ROUND_HALF_UP`).
   */
  readonly rounding?: UnitRounding;
}

/** Result of {@link toShares} and {@link toContracts}; amounts in the currency of the notional. */
export interface UnitTrade {
  /** Whole units, signed like the notional (sells `< 0`); never `−0`. */
  readonly units: number;
  /** `units × price` (× `multiplier` for contracts): the notional actually traded. */
  readonly filledNotional: number;
  /** `notional − filledNotional`: what is left untraded, tracked rather than lost. */
  readonly residual: number;
}

/**
 * A notional trade in whole shares of a reference priced at `price`.
 *
 * Formula: `units = round(notional / price)` by the chosen rule,
 * `filledNotional = units·price`, `residual = notional − filledNotional`.
 * The rounding is decided exactly on the decimal values the two numbers
 * print as (`String(x)`: what was typed, and what the decimal entry reads),
 * not on the rounded float quotient: `toShares(44220, 13.4)` is 3,300
 * shares with `'toward-zero'` although the double nearest 13.4 is slightly
 * larger than 13.4, and a tie for the `half-*` rules is an exact decimal
 * tie. So `'toward-zero'` never asks for more than the notional:
 * `|units·price| ≤ |notional|` in those decimals. `filledNotional` and
 * `residual` are then one float operation each (within an ulp of the
 * notional); for cent-exact cash use the decimal entry.
 *
 * @param notional - the trade in currency, signed: buy `> 0`, sell `< 0` (e.g. a `rebalanceTrade`)
 * @param price - the price of one share, in currency, `> 0`
 * @param options - `rounding` (default `'toward-zero'`)
 * @returns whole units, the filled notional and the residual
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NOT_POSITIVE` (`price ≤ 0`), `INVALID_OPTION` (unknown rounding), `NON_FINITE` (also when `notional / price` overflows a double), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §4 ("in units: shares = Δ / price … with an explicit rounding rule"), §7
 * @example
 * ```ts
 * import { toShares } from '@inverse-math/core/rebalance';
 * toShares(-1_000_000, 33.7); // sell $1mm of a $33.70 stock: never more than asked
 * //=> { units: -29673, filledNotional: -29673 * 33.7, residual: -1_000_000 - -29673 * 33.7 }
 * toShares(44220, 13.4).units; // decided on the decimals 44220 and 13.4, not on the binary 13.4000000000000004
 * //=> 3300
 * toShares(250, 100, { rounding: 'half-even' }).units;
 * //=> 2
 * toShares(250, 100, { rounding: 'half-up' }).units;
 * //=> 3
 * ```
 */
export function toShares(notional: number, price: number, options?: UnitOptions): UnitTrade {
  const n = guard.finite(notional, 'notional');
  const p = guard.positive(price, 'price');
  const rounding = readRounding(options);
  const units = wholeUnits(n, p, rounding, [
    ['notional', n],
    ['price', p, -1],
  ]);
  const filledNotional = finiteOr(zero(units * p), 'units × price', [['notional', n]]);
  return { units, filledNotional, residual: n - filledNotional };
}

/**
 * A notional trade in whole futures contracts.
 *
 * Formula: contract value `v = price × multiplier` (one double rounding),
 * `units = round(notional / v)` by the chosen rule (decided exactly on the
 * decimals of `notional` and `v`, as in {@link toShares}),
 * `filledNotional = units·v`, `residual = notional − filledNotional`.
 *
 * @param notional - the trade in currency, signed: buy `> 0`, sell `< 0`
 * @param price - the futures price in index points, `> 0`
 * @param multiplier - currency per index point of one contract, `> 0` (E-mini S&P 500: 50)
 * @param options - `rounding` (default `'toward-zero'`)
 * @returns whole contracts, the filled notional and the residual
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NOT_POSITIVE` (`price ≤ 0`, `multiplier ≤ 0`), `INVALID_OPTION`, `NON_FINITE` (also when `price × multiplier` or `notional / (price × multiplier)` overflows a double), `OUT_OF_RANGE` (`price × multiplier` underflows to 0), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §4 ("futures contracts = Δ / (price × multiplier), with an explicit rounding rule")
 * @example
 * ```ts
 * import { toContracts } from '@inverse-math/core/rebalance';
 * // buy $6mm (docs/concepts.md W4) in E-mini S&P 500 futures at 5000 points × $50: 24 contracts exactly
 * toContracts(6_000_000, 5000, 50);
 * //=> { units: 24, filledNotional: 6000000, residual: 0 }
 * toContracts(-1_000_000, 5000, 50, { rounding: 'away-from-zero' });
 * //=> { units: -4, filledNotional: -1000000, residual: 0 }
 * toContracts(-1_100_000, 5000, 50, { rounding: 'away-from-zero' });
 * //=> { units: -5, filledNotional: -1250000, residual: 150000 }
 * ```
 */
export function toContracts(notional: number, price: number, multiplier: number, options?: UnitOptions): UnitTrade {
  const n = guard.finite(notional, 'notional');
  const p = guard.positive(price, 'price');
  const m = guard.positive(multiplier, 'multiplier');
  const rounding = readRounding(options);
  const v = p * m;
  if (!Number.isFinite(v)) guard.fail('NON_FINITE', 'price × multiplier overflows a double', 'multiplier', multiplier);
  if (v === 0) guard.fail('OUT_OF_RANGE', 'price × multiplier underflows to 0', 'multiplier', multiplier);
  const units = wholeUnits(n, v, rounding, [
    ['notional', n],
    ['price', p, -1],
    ['multiplier', m, -1],
  ]);
  const filledNotional = finiteOr(zero(units * v), 'units × price × multiplier', [['notional', n]]);
  return { units, filledNotional, residual: n - filledNotional };
}

function readRounding(options: unknown): UnitRounding {
  const { rounding } = guard.optionalOptions(options, 'options', ['rounding']);
  return rounding === undefined ? 'toward-zero' : guard.oneOf(rounding, ROUNDINGS, 'options.rounding');
}

/** Beyond 2^52 every double is an integer: the float quotient is already whole. */
const WHOLE = 2 ** 52;

/**
 * `round(n / p)` under `rule` (p > 0), decided exactly on the decimal values
 * `String(n)` and `String(p)`: the float quotient only proposes a candidate,
 * which is corrected by one unit where it straddles an integer or a half.
 */
function wholeUnits(n: number, p: number, rule: UnitRounding, inputs: readonly Input[]): number {
  const q = n / p;
  if (!Number.isFinite(q))
    overflow(inputs.length === 2 ? 'notional / price' : 'notional / (price × multiplier)', inputs);
  if (Math.abs(q) >= WHOLE) return zero(q);
  const N = shortestDecimal(n);
  const P = shortestDecimal(p);
  const N2 = { m: 2n * N.m, e: N.e };
  // lo = ⌊n / p⌋ exactly
  let lo = Math.floor(q);
  if (signOfScaledMinus(BigInt(lo), P, N) > 0) lo -= 1;
  else if (signOfScaledMinus(BigInt(lo + 1), P, N) <= 0) lo += 1;
  if (signOfScaledMinus(BigInt(lo), P, N) === 0) return zero(lo);
  const hi = lo + 1;
  let units: number;
  switch (rule) {
    case 'floor':
      units = lo;
      break;
    case 'ceil':
      units = hi;
      break;
    case 'toward-zero':
      units = n > 0 ? lo : hi;
      break;
    case 'away-from-zero':
      units = n > 0 ? hi : lo;
      break;
    default: {
      // n against the midpoint (lo + ½)·p, i.e. 2n against (2·lo + 1)·p
      const side = signOfScaledMinus(BigInt(2 * lo + 1), P, N2); // > 0: n below the midpoint
      if (side > 0) units = lo;
      else if (side < 0) units = hi;
      else if (rule === 'half-even') units = lo % 2 === 0 ? lo : hi;
      else units = n > 0 ? hi : lo; // half-up: ties away from zero
    }
  }
  return zero(units);
}
