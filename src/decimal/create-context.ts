import type { Decimal } from 'decimal.js';
import {
  makeArith,
  readContextOptions,
  type DecimalArithmeticOptions,
  type DecimalContextOptions,
  type RoundingMode,
} from './context.ts';
import { fundReturnIn } from './fund-return.ts';
import { navPathIn, type DecimalNavOptions } from './nav-path.ts';
import type { DecimalValue } from './parse.ts';
import { simulateFundIn, type DecimalFundLedger, type DecimalSimulateFundOptions } from './simulate-fund.ts';
import {
  closeTradeIn,
  rebalanceTradeIn,
  type DecimalCloseTrade,
  type DecimalCloseTradeOptions,
  type DecimalRebalanceTrade,
  type DecimalRebalanceTradeOptions,
} from './trades.ts';
import { SHARES, unitsIn, type DecimalUnitOptions, type DecimalUnitTrade } from './units.ts';

/**
 * A configured decimal context: its settings, its private decimal.js
 * constructor, and every function of the entry bound to it. Each function
 * behaves as the module-level function of the same name with the context's
 * `precision` and `rounding` as defaults (a call may still override them).
 */
export interface DecimalContext {
  /** Significant digits of inexact operations. */
  readonly precision: number;
  /** Rounding of inexact operations. */
  readonly rounding: RoundingMode;
  /** The context's private decimal.js constructor (a `Decimal.clone`): `new ctx.Decimal('0.1')`. Changing its settings does not affect the context's functions. */
  readonly Decimal: Decimal.Constructor;
  /** {@link fundReturn} in this context. */
  readonly fundReturn: (
    indexReturn: DecimalValue,
    leverage: DecimalValue,
    options?: DecimalArithmeticOptions,
  ) => Decimal;
  /** {@link navPath} in this context. */
  readonly navPath: (indexReturns: ArrayLike<DecimalValue>, options: DecimalNavOptions) => Decimal[];
  /** {@link rebalanceTrade} in this context. */
  readonly rebalanceTrade: (options: DecimalRebalanceTradeOptions) => DecimalRebalanceTrade;
  /** {@link closeTrade} in this context. */
  readonly closeTrade: (options: DecimalCloseTradeOptions) => DecimalCloseTrade;
  /** {@link toShares} in this context. */
  readonly toShares: (notional: DecimalValue, price: DecimalValue, options?: DecimalUnitOptions) => DecimalUnitTrade;
  /** {@link toContracts} in this context. */
  readonly toContracts: (
    notional: DecimalValue,
    price: DecimalValue,
    multiplier: DecimalValue,
    options?: DecimalUnitOptions,
  ) => DecimalUnitTrade;
  /** {@link simulateFund} in this context. */
  readonly simulateFund: (options: DecimalSimulateFundOptions) => DecimalFundLedger;
}

/**
 * Create a decimal context: a private `Decimal.clone({ precision, rounding })`
 * and the entry's functions bound to it. Nothing global is touched (never
 * `Decimal.set`): two contexts, the module-level functions and any
 * decimal.js constructor the application uses stay independent.
 *
 * Formula: none; `precision` significant digits are kept by every inexact
 * operation (divisions, year fractions), rounded with `rounding`. Money
 * amounts of the ledger (products and sums of finite decimals) are exact at
 * any precision.
 *
 * @param options - `precision` (whole number in [1, 1e9], default 34) and `rounding` (a {@link RoundingMode}, default `'half-even'`)
 * @returns the context: its settings, its constructor and the bound functions
 * @throws {@link InverseMathError} `INVALID_TYPE` (not an options object), `NON_FINITE`, `OUT_OF_RANGE` (`precision`), `INVALID_OPTION` (`rounding`), `UNKNOWN_OPTION` (a key that is not an option)
 * @see docs/concepts.md §7; decimal.js `Decimal.clone`
 * @example
 * ```ts
 * import { createDecimalContext } from '@inverse-math/core/decimal';
 * const ctx = createDecimalContext({ precision: 10, rounding: 'half-up' });
 * ctx.navPath(['0', '0'], { leverage: 1, expenseRatio: '0.01', periodsPerYear: 3 }).map(String);
 * //=> ['1', '0.9966666667', '0.9933444445']
 * ```
 */
export function createDecimalContext(options?: DecimalContextOptions): DecimalContext {
  const { precision, rounding } = readContextOptions(options, 'options');
  const arith = makeArith(precision, rounding);
  return {
    precision,
    rounding,
    Decimal: arith.D.clone(),
    fundReturn: (indexReturn, leverage, o) => fundReturnIn(arith, indexReturn, leverage, o),
    navPath: (indexReturns, o) => navPathIn(arith, indexReturns, o),
    rebalanceTrade: (o) => rebalanceTradeIn(arith, o),
    closeTrade: (o) => closeTradeIn(arith, o),
    toShares: (notional, price, o) => unitsIn(arith, notional, price, SHARES, o),
    toContracts: (notional, price, multiplier, o) => unitsIn(arith, notional, price, multiplier, o),
    simulateFund: (o) => simulateFundIn(arith, o),
  };
}
