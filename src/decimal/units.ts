import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import {
  arithFor,
  DEFAULT_ARITH,
  ROUNDING_MODES,
  type Arith,
  type DecimalArithmeticOptions,
  type RoundingMode,
} from './context.ts';
import { dec, decPositive, type DecimalValue } from './parse.ts';
import { roundQuotient } from './round.ts';

/** Options of the decimal {@link toShares} and {@link toContracts}. */
export interface DecimalUnitOptions extends DecimalArithmeticOptions {
  /** How a fractional quantity becomes whole units; default `'toward-zero'` (never trade more than asked). Any {@link RoundingMode}. */
  readonly rounding?: RoundingMode | undefined;
}

/** Result of the decimal {@link toShares} and {@link toContracts}; Decimal amounts in the currency of the notional. */
export interface DecimalUnitTrade {
  /** Whole units, signed like the notional (sells `< 0`); never `−0`. */
  readonly units: Decimal;
  /** `units × price` (× `multiplier` for contracts), exactly. */
  readonly filledNotional: Decimal;
  /** `notional − filledNotional`, exactly: tracked, never lost. */
  readonly residual: Decimal;
}

/** The `multiplier` argument of {@link toShares}: shares have none (a `null` passed to `toContracts` is rejected). */
export const SHARES: unique symbol = Symbol('shares');

/** @internal */
export function unitsIn(
  base: Arith,
  notional: unknown,
  price: unknown,
  multiplier: unknown,
  options: unknown,
): DecimalUnitTrade {
  const o = guard.optionalOptions(options, 'options', ['rounding', 'precision', 'arithmeticRounding']);
  const { D, X } = arithFor(base, o);
  const n = dec(D, notional, 'notional');
  const p = decPositive(D, price, 'price');
  const m = multiplier === SHARES ? new D(1) : decPositive(D, multiplier, 'multiplier');
  const asked = o.rounding; // read once
  const rounding = asked === undefined ? 'toward-zero' : guard.oneOf(asked, ROUNDING_MODES, 'options.rounding');
  const v = new X(p).times(m); // the contract value, exact
  const units = roundQuotient(n, v, rounding);
  const filled = units.times(v);
  const residual = new X(n).minus(filled);
  return {
    units: new D(units),
    filledNotional: new D(filled.isZero() ? 0 : filled),
    residual: new D(residual.isZero() ? 0 : residual),
  };
}

/**
 * Whole shares for a notional, with an explicit rounding rule, exactly.
 *
 * Formula: `units = round(notional / price)` under `rounding`, decided on
 * the exact quotient (a tie is a tie only when `notional = (k + ½)·price`
 * exactly); `filledNotional = units × price` and
 * `residual = notional − filledNotional`, both exact. The decimal counterpart
 * of the float `toShares` (`@inverse-math/core/rebalance`); it accepts every
 * {@link RoundingMode} (the float one the six most common).
 *
 * @param notional - the amount to trade, in currency (buy `> 0`, sell `< 0`)
 * @param price - price of one share, `> 0`
 * @param options - `rounding` (default `'toward-zero'`), optional `precision` / `arithmeticRounding`
 * @returns whole units, the filled notional and the residual, as Decimals
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `NOT_POSITIVE` (`price ≤ 0`), `INVALID_OPTION` (unknown `rounding`), `UNKNOWN_OPTION` (a key that is not an option), `OUT_OF_RANGE` (`precision` not a whole number in range, a value beyond 1e±10000)
 * @see docs/concepts.md §4 (in units), §7
 * @example
 * ```ts
 * import { toShares } from '@inverse-math/core/decimal';
 * const s = toShares('1000', '33.33');
 * [s.units, s.filledNotional, s.residual].map(String);
 * //=> ['30', '999.9', '0.1']
 * // an exact tie: 250 / 100 = 2.5 shares
 * [toShares('250', '100', { rounding: 'half-even' }).units, toShares('250', '100', { rounding: 'half-up' }).units].map(String);
 * //=> ['2', '3']
 * ```
 */
export function toShares(notional: DecimalValue, price: DecimalValue, options?: DecimalUnitOptions): DecimalUnitTrade {
  return unitsIn(DEFAULT_ARITH, notional, price, SHARES, options);
}

/**
 * Whole futures contracts for a notional, with an explicit rounding rule, exactly.
 *
 * Formula: contract value `v = price × multiplier` (exact),
 * `units = round(notional / v)` under `rounding` (decided exactly),
 * `filledNotional = units × v`, `residual = notional − filledNotional`. The
 * decimal counterpart of the float `toContracts`.
 *
 * @param notional - the amount to trade, in currency (buy `> 0`, sell `< 0`)
 * @param price - the futures price, in index points, `> 0`
 * @param multiplier - currency per index point of one contract, `> 0` (e.g. 50 for the E-mini S&P 500)
 * @param options - `rounding` (default `'toward-zero'`), optional `precision` / `arithmeticRounding`
 * @returns whole contracts, the filled notional and the residual, as Decimals
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `NOT_POSITIVE` (`price` or `multiplier ≤ 0`), `INVALID_OPTION`, `UNKNOWN_OPTION` (a key that is not an option), `OUT_OF_RANGE` (`precision` not a whole number in range, a value beyond 1e±10000)
 * @see docs/concepts.md §4 (in units), §7
 * @example
 * ```ts
 * import { toContracts } from '@inverse-math/core/decimal';
 * // sell $6mm of E-mini S&P 500 at 5000.25 (× $50): 23.9988… contracts
 * const c = toContracts('-6000000', '5000.25', 50, { rounding: 'half-even' });
 * [c.units, c.filledNotional, c.residual].map(String);
 * //=> ['-24', '-6000300', '300']
 * ```
 */
export function toContracts(
  notional: DecimalValue,
  price: DecimalValue,
  multiplier: DecimalValue,
  options?: DecimalUnitOptions,
): DecimalUnitTrade {
  return unitsIn(DEFAULT_ARITH, notional, price, multiplier, options);
}
