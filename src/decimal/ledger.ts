/**
 * The decimal ledger's records: the balance sheet, accruals, residuals and
 * row of one day (public types of `./decimal`), and the running ledger the
 * day's phases (`./ledger-day.ts`) work on.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import type { FlowEffect } from '../internal/flow-effect.ts';
import type { Flows } from '../internal/options/fund-start.ts';
import { type AccrualRule, exactAccrual } from './accrual.ts';
import type { RoundingMode } from './context.ts';
import { toScaled, type Scaled } from './scaled.ts';
import type { DecimalMaker } from './decimal-maker.ts';
import { add, isZero, mul, neg, sign, sub, ZERO } from './scaled-math.ts';
import { carryDecimal, type DecimalPeriod, type DecimalSchedule } from './schedule.ts';

/** The fund's balance sheet at one instant: `assets = positionValue + cash`, exactly. */
export interface DecimalLedgerBalance {
  /** Whole units of the reference (shares or contracts), signed (a short `< 0`). */
  readonly positionUnits: Decimal;
  /** `positionUnits × indexPrice × multiplier`, exactly. */
  readonly positionValue: Decimal;
  /** Cash, exactly (negative when the fund borrows to hold a long position above its assets). */
  readonly cash: Decimal;
  /** `positionValue + cash`, exactly. */
  readonly assets: Decimal;
}

/** The day's accruals, each rounded to `accrualDecimals` and credited (`> 0`) or debited (`< 0`) to cash. */
export interface DecimalAccruals {
  /** Interest on the cash balance: `cash·rf·τ360` (a 3x fund pays on its borrowing; a −1x fund earns on its cash and short proceeds). */
  readonly financing: Decimal;
  /** `−|positionValue|·s·τ360`. */
  readonly spread: Decimal;
  /** `positionValue·q·τ365` (a short position pays the dividends). */
  readonly dividends: Decimal;
  /** `−assets·f·τ365`. */
  readonly expenses: Decimal;
  /** The sum of the four. */
  readonly total: Decimal;
}

/**
 * Where the ledger departs from the unrounded model on one day. With `g` the
 * model's growth factor of the day (`1 + L·r + carry`), the carried residual
 * satisfies `carried_t = carried_{t−1}·g + day` (docs/concepts.md I8): every
 * difference between the ledger and the unrounded model is explained.
 */
export interface DecimalResiduals {
  /** `pnl − L·A_{t−1}·r`: the whole-unit position did not hold exactly `L·A` over the day. */
  readonly exposure: Decimal;
  /** `accruals.total − A_{t−1}·carry`: accruals rounded to cents and computed on the actual cash and position. */
  readonly accrual: Decimal;
  /** Ledger flow cash − model flow cash: whole shares at the struck NAV vs the model's flow. */
  readonly flow: Decimal;
  /** The sum of the three. */
  readonly day: Decimal;
  /** `assets − model.assets` after the day: the residual carried so far, never dropped. */
  readonly carried: Decimal;
}

/** The unrounded model (the float `simulateFund`'s semantics, in decimal at the context's precision). */
export interface DecimalModelState {
  /** NAV per share, unrounded. */
  readonly nav: Decimal;
  /** Shares outstanding (fractional when currency flows are converted). */
  readonly shares: Decimal;
  /** Assets. */
  readonly assets: Decimal;
}

/** One day of the decimal ledger; Decimal amounts in currency, trades buy `> 0`, sell `< 0`. */
export interface DecimalLedgerDay {
  /** The day `t` (`1 … n`). */
  readonly day: number;
  /** The index close `I_t`. */
  readonly indexPrice: Decimal;
  /** `r_t = I_t / I_{t−1} − 1` (rounded to the precision). */
  readonly indexReturn: Decimal;
  /** NAV per share struck at the close, to `navDecimals` with `navRounding` (`0` once wiped out). */
  readonly nav: Decimal;
  /** `assets / shares` before the flow, unrounded (the value the strike rounds); `nav` when no share is outstanding. */
  readonly navUnrounded: Decimal;
  /** `afterMove.assets − nav × shares before the flow`: assets not attributed to shares by the strike; it stays in the fund (0 after a wipe-out day). */
  readonly strikeResidual: Decimal;
  /** Shares outstanding after the day's flow (whole). */
  readonly sharesOutstanding: Decimal;
  /** After the index move and the day's accruals, before the flow and the trade. */
  readonly afterMove: DecimalLedgerBalance;
  /** After the flow (cash in or out at the struck NAV), before the trade. */
  readonly afterFlow: DecimalLedgerBalance;
  /** After the close trade: the day's closing balance. */
  readonly afterTrade: DecimalLedgerBalance;
  /** Assets at the close (`afterTrade.assets`). */
  readonly aum: Decimal;
  /** Assets before the flow (`afterMove.assets`). */
  readonly aumBeforeFlow: Decimal;
  /** The position P&L of the day: `units × (I_t − I_{t−1}) × multiplier`, exactly. */
  readonly pnl: Decimal;
  /** The day's accruals. */
  readonly accruals: DecimalAccruals;
  /** Position value after the move, before the trade (`afterMove.positionValue`). */
  readonly exposureBefore: Decimal;
  /** Position value after the trade (`afterTrade.positionValue`). */
  readonly exposureAfter: Decimal;
  /** The rebalance part of the target trade: `L·aumBeforeFlow − exposureBefore` (on a wipe-out, the close-out `−exposureBefore`). */
  readonly rebalanceTrade: Decimal;
  /** Whole shares created (`> 0`) or redeemed (`< 0`). */
  readonly flowShares: Decimal;
  /** The flow's cash: `flowShares × nav`, exactly. */
  readonly flow: Decimal;
  /** What was asked in currency minus what was received: `flow − requested` (currency flows), `(flowShares − requested shares) × nav` (share flows). */
  readonly flowShortfall: Decimal;
  /** The flow part of the target trade, `L·flow`. */
  readonly flowTrade: Decimal;
  /** Whole units traded at the close. */
  readonly tradeUnits: Decimal;
  /** The trade done: `tradeUnits × I_t × multiplier`, exactly. */
  readonly totalTrade: Decimal;
  /** `totalTrade − (rebalanceTrade + flowTrade)` = `exposureAfter − L·aum`: what whole units left off the target. */
  readonly tradeResidual: Decimal;
  /** I7 on `rebalanceTrade` and `flowTrade`. */
  readonly flowEffect: FlowEffect;
  /** The unrounded model after the day. */
  readonly model: DecimalModelState;
  /** The day's departures from the model and the carried residual. */
  readonly residual: DecimalResiduals;
}

/** A `Decimal` constructor, the arithmetic of one ledger. */
type Ctor = Decimal.Constructor;

/** A flow series, validated. */
type LedgerFlows = Flows<Decimal> | null;

/** A period's rates and the model's carry, as scaled integers (./scaled-math.ts). */
export interface ScaledPeriod {
  readonly financing: Scaled;
  readonly spread: Scaled;
  readonly dividendYield: Scaled;
  readonly expenseRatio: Scaled;
  /** The model's carry of the period, at the context's precision (./schedule.ts). */
  readonly carry: Scaled;
}

/**
 * The ledger between days: its settings (read once), the running balance
 * (whole position units, cash, whole shares, struck NAV), the unrounded model
 * and the running totals. Amounts are exact scaled integers (./scaled-math.ts);
 * the model's are rounded to the context's precision `precision` under
 * `rounding`, as decimal.js in the context's constructor `D` rounds them.
 */
export interface Ledger {
  /** The context's constructor: every returned amount is one of its Decimals. */
  readonly D: Ctor;
  /** The context's significant digits and rounding (the model, the index return, the unrounded NAV). */
  readonly precision: number;
  readonly rounding: RoundingMode;
  readonly L: Scaled;
  /** The index closes as given (returned in the rows) and as scaled integers. */
  readonly prices: readonly Decimal[];
  readonly scaledPrices: readonly Scaled[];
  /** Currency per index point of one unit (`null` when it is 1). */
  readonly m: Scaled | null;
  readonly flows: LedgerFlows;
  /** The flows as scaled integers (`null` without flows). */
  readonly scaledFlows: readonly Scaled[] | null;
  readonly schedule: DecimalSchedule;
  /** `L` and the multiplier as given (returned in the result; `L` also makes a varying period's carry). */
  readonly leverage: Decimal;
  readonly multiplier: Decimal;
  /** The rates and carry of every period when they are constant and there are no dates, else `null`. */
  readonly fixedPeriod: ScaledPeriod | null;
  /** The accruals' unit and day bases, computed once (./accrual.ts). */
  readonly accrual: AccrualRule;
  /** `1 + 1e-12`: a redemption within this relative excess of the shares outstanding redeems them all. */
  readonly slack: Scaled;
  readonly navDecimals: number;
  readonly navRounding: RoundingMode;
  readonly unitRounding: RoundingMode;
  readonly shareRounding: RoundingMode;
  units: Scaled;
  /** `units` as the balance sheets report it (shared while the units do not change). */
  unitsOut: Decimal;
  cash: Scaled;
  /** Position value and assets at the last close (`units × I × multiplier`, `value + cash`). */
  value: Scaled;
  assets: Scaled;
  /** `L × assets` at the last close when the close traded to it (else `null`: computed when needed). */
  exposureClose: Scaled | null;
  shares: Scaled;
  /** `shares` as the rows report it (made again when the shares change). */
  sharesOut: Decimal;
  nav: Scaled;
  wipedOutAt: number | null;
  modelNav: Scaled;
  modelShares: Scaled;
  modelAssets: Scaled;
  /** Makes the Decimals of `D` a row returns (./scaled-math.ts). */
  readonly make: DecimalMaker;
  /** `0` as the rows report it: one Decimal for every 0 of the run (a Decimal is immutable). */
  readonly zeroOut: Decimal;
  /** The model as the rows report it (shared while the model does not change). */
  modelOut: DecimalModelState;
  modelWipedOutAt: number | null;
  /** Running sums (accruals by kind, residuals by kind, strike residual, traded notionals, assets). */
  readonly totals: LedgerTotals;
}

/** Running sums of a ledger (exact). */
export interface LedgerTotals {
  financing: Scaled;
  spread: Scaled;
  dividends: Scaled;
  expenses: Scaled;
  exposure: Scaled;
  accrual: Scaled;
  flow: Scaled;
  strike: Scaled;
  traded: Scaled;
  rebalanced: Scaled;
  flowed: Scaled;
  aum: Scaled;
}

/** The day's accruals, exact. */
export interface ScaledAccruals {
  readonly financing: Scaled;
  readonly spread: Scaled;
  readonly dividends: Scaled;
  readonly expenses: Scaled;
  readonly total: Scaled;
}

/** One day being computed: what each phase leaves for the next (`./ledger-day.ts`). */
export interface Work {
  readonly t: number;
  /** The unit price `I_t × multiplier`. */
  readonly v: Scaled;
  readonly r: Scaled;
  /** The model's carry and growth factor `g = 1 + L·r + carry`. */
  readonly c: Scaled;
  readonly g: Scaled;
  /** The ledger was solvent at the start of the day. */
  readonly solvent: boolean;
  readonly assetsPrev: Scaled;
  readonly pnl: Scaled;
  readonly accruals: ScaledAccruals;
  readonly valueMoved: Scaled;
  readonly assetsMoved: Scaled;
  readonly afterMove: DecimalLedgerBalance;
  exposureResidual: Scaled;
  accrualResidual: Scaled;
  navUnrounded: Scaled;
  strikeResidual: Scaled;
  flowShares: Scaled;
  flowCash: Scaled;
  shortfall: Scaled;
  modelFlowCash: Scaled;
  /** `L·flowCash`. */
  flowTrade: Scaled;
  /** `L × assets` after the flow, the close's target exposure (`null` on a day without a trade to target). */
  exposureClose: Scaled | null;
  rebalanceTrade: Scaled;
  targetTrade: Scaled;
  tradeUnits: Scaled;
  afterFlow: DecimalLedgerBalance;
  /** The assets of `afterFlow` (a trade in whole units against cash keeps them: the close's assets, the same number). */
  assetsFlowed: Scaled;
  /** The model moved today (its Decimals are made again at the close). */
  modelMoved: boolean;
}

/** A period's rates and the model's carry `carryDecimal(L, period)` (at the context's precision), as scaled integers. */
export function scaledPeriod(L: Decimal, p: DecimalPeriod): ScaledPeriod {
  return {
    financing: toScaled(p.financing),
    spread: toScaled(p.spread),
    dividendYield: toScaled(p.dividendYield),
    expenseRatio: toScaled(p.expenseRatio),
    carry: toScaled(carryDecimal(L, p)),
  };
}

/** Add day `w` to the running totals `s` (its trade done, flow residual and closing assets given). */
export function addTotals(
  s: LedgerTotals,
  w: Work,
  totalTrade: Scaled,
  flowResidual: Scaled,
  assetsClose: Scaled,
): void {
  const a = w.accruals;
  s.financing = add(s.financing, a.financing);
  s.spread = add(s.spread, a.spread);
  s.dividends = add(s.dividends, a.dividends);
  s.expenses = add(s.expenses, a.expenses);
  s.exposure = add(s.exposure, w.exposureResidual);
  s.accrual = add(s.accrual, w.accrualResidual);
  s.flow = add(s.flow, flowResidual);
  s.strike = add(s.strike, w.strikeResidual);
  s.traded = sign(totalTrade) < 0 ? sub(s.traded, totalTrade) : add(s.traded, totalTrade);
  s.rebalanced = sign(w.rebalanceTrade) < 0 ? sub(s.rebalanced, w.rebalanceTrade) : add(s.rebalanced, w.rebalanceTrade);
  s.flowed = sign(w.flowTrade) < 0 ? sub(s.flowed, w.flowTrade) : add(s.flowed, w.flowTrade);
  s.aum = add(s.aum, assetsClose);
}

/** Running totals at the opening: every flow of money 0, the assets those of the opening. */
export function emptyTotals(aum: Scaled): LedgerTotals {
  return {
    financing: ZERO,
    spread: ZERO,
    dividends: ZERO,
    expenses: ZERO,
    exposure: ZERO,
    accrual: ZERO,
    flow: ZERO,
    strike: ZERO,
    traded: ZERO,
    rebalanced: ZERO,
    flowed: ZERO,
    aum,
  };
}

/** `x` in the context's constructor, `−0` as `0`. */
export function out(D: Ctor, x: Decimal): Decimal {
  return new D(x.isZero() ? 0 : x);
}

/** A balance sheet from units, their value and cash: `assets = value + cash`, exactly. */
export function balance(D: Ctor, units: Decimal, value: Decimal, cash: Decimal): DecimalLedgerBalance {
  return {
    positionUnits: out(D, units),
    positionValue: out(D, value),
    cash: out(D, cash),
    assets: out(D, value.plus(cash)),
  };
}

/** No accruals (a wiped-out fund's day). */
const NO_ACCRUALS: ScaledAccruals = { financing: ZERO, spread: ZERO, dividends: ZERO, expenses: ZERO, total: ZERO };

/**
 * The day's accruals on the previous close's balances, each computed exactly
 * and rounded once to `accrualDecimals` (./accrual.ts); 0 when the rate is 0
 * or the fund was wiped out.
 */
export function accrue(led: Ledger, period: ScaledPeriod, i: number, solvent: boolean): ScaledAccruals {
  if (!solvent) return NO_ACCRUALS;
  const { accrual: rule, value: exposure } = led;
  const { financing: rf, spread: sp, dividendYield: q, expenseRatio: f } = period;
  const financing = isZero(rf) ? ZERO : exactAccrual(mul(led.cash, rf), rule, i, true);
  // −|E|·s (s ≥ 0): the negative of the position's magnitude times the spread
  const spread = isZero(sp)
    ? ZERO
    : exactAccrual(mul(sign(exposure) < 0 ? exposure : neg(exposure), sp), rule, i, true);
  const dividends = isZero(q) ? ZERO : exactAccrual(mul(exposure, q), rule, i, false);
  const expenses = isZero(f) ? ZERO : exactAccrual(neg(mul(led.assets, f)), rule, i, false);
  return { financing, spread, dividends, expenses, total: add(add(financing, spread), add(dividends, expenses)) };
}
