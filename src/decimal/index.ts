/**
 * Exact accounting on decimal.js (docs/concepts.md §7): decimal counterparts of the
 * money-facing functions — `fundReturn`, `navPath`, `rebalanceTrade`,
 * `closeTrade`, `toShares`, `toContracts` — and `simulateFund` as a ledger
 * with struck NAVs, whole shares, whole units of the reference, cash,
 * accruals and every rounding residual carried.
 *
 * Inputs are decimal values (`'0.1'`, `0.1`, `10n` or a `Decimal`); outputs
 * are Decimals of a private `Decimal.clone`. The module-level functions use
 * a default context (34 significant digits, half-even); build another with
 * {@link createDecimalContext}, or override `precision` /
 * `arithmeticRounding` per call. decimal.js is loaded by this entry only:
 * the float entries never import it.
 *
 * @module decimal
 */
export { createDecimalContext } from './create-context.ts';
export type { DecimalContext } from './create-context.ts';
export { ROUNDING_MODES, DEFAULT_PRECISION, DEFAULT_ROUNDING } from './context.ts';
export type { RoundingMode, DecimalContextOptions, DecimalArithmeticOptions } from './context.ts';
export type { DecimalValue } from './parse.ts';
export { fundReturn } from './fund-return.ts';
export { navPath } from './nav-path.ts';
export type { DecimalNavOptions, DecimalRebalanceRule } from './nav-path.ts';
export { rebalanceTrade, closeTrade } from './trades.ts';
export type {
  DecimalRebalanceTradeOptions,
  DecimalRebalanceTrade,
  DecimalCloseTradeOptions,
  DecimalCloseTrade,
  DecimalFlowEffect,
} from './trades.ts';
export { toShares, toContracts } from './units.ts';
export type { DecimalUnitOptions, DecimalUnitTrade } from './units.ts';
export { simulateFund } from './simulate-fund.ts';
export type {
  DecimalSimulateFundOptions,
  DecimalFundFlows,
  DecimalFundCosts,
  DecimalFundLedger,
  DecimalLedgerDay,
  DecimalLedgerOpening,
  DecimalLedgerBalance,
  DecimalLedgerTotals,
  DecimalAccruals,
  DecimalResiduals,
  DecimalModelState,
} from './simulate-fund.ts';
export { InverseMathError, isInverseMathError } from '../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../errors.ts';
