import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { arithFor, DEFAULT_ARITH, ROUNDING_MODES, type Arith, type DecimalArithmeticOptions, type RoundingMode } from './context.ts';
import { dec, decNonNegative, decPositive, decSeries, type DecimalValue } from './parse.ts';
import { exactAccrual } from './accrual.ts';
import { roundQuotient, roundToDecimals } from './round.ts';
import { carryDecimal, periodAt, readDecimalSchedule } from './schedule.ts';
import { classifyFlowDecimal, type DecimalFlowEffect } from './trades.ts';

/** Net flows per day, in shares (creation units) or in currency, one value per day (element `t − 1` for day `t`). */
export type DecimalFundFlows =
  | {
      /** Shares created (`> 0`) or redeemed (`< 0`) at the close of each day; made whole with `shareRounding`. */
      readonly shares: ArrayLike<DecimalValue>;
    }
  | {
      /** Currency created (`> 0`) or redeemed (`< 0`) at that day's struck NAV; converted to whole shares with `shareRounding`. */
      readonly currency: ArrayLike<DecimalValue>;
    };

/** Costs of the decimal {@link simulateFund}: the float option names and meanings (docs/concepts.md §3), as decimal values. */
export interface DecimalFundCosts {
  /** Expense ratio `f`, annual fraction `≥ 0` (a value or one per day); accrues actual/365 on the assets. Default 0. */
  readonly expenseRatio?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Financing rate `rf`, annual fraction of any sign (a value or one per day); accrues actual/360 on the cash balance. Default 0. */
  readonly financingRate?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Swap/borrow spread `s`, annual fraction `≥ 0` (a value or one per day); accrues actual/360 on `|position value|`. Default 0. */
  readonly spread?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Dividend yield `q` of a price index, annual fraction `≥ 0` (a value or one per day); paid actual/365 on the position value (a short pays). Default 0. */
  readonly dividendYield?: DecimalValue | ArrayLike<DecimalValue> | undefined;
  /** Periods per year when no `dates` are given; default 252. */
  readonly periodsPerYear?: DecimalValue | undefined;
  /** `n + 1` dates (ISO strings or `Date`s) aligned with `indexPrices`. Exclusive with `periodsPerYear`. */
  readonly dates?: ReadonlyArray<string | Date> | undefined;
}

/**
 * Options of the decimal {@link simulateFund}: the float `SimulateFundOptions`
 * with decimal values, plus the ledger's rounding rules and the arithmetic
 * settings.
 */
export interface DecimalSimulateFundOptions extends DecimalArithmeticOptions {
  /** Index closes `I_0 … I_n` (`n ≥ 1`), each `> 0`. Not mutated. */
  readonly indexPrices: ArrayLike<DecimalValue>;
  /** The daily multiple `L` (signed). */
  readonly leverage: DecimalValue;
  /** Cash subscribed at the start, `≥ 0`; buys `initialAum / initialNav` shares, made whole with `shareRounding`. Exclusive with `initialShares`. */
  readonly initialAum?: DecimalValue | undefined;
  /** Shares outstanding at the start, `≥ 0` (made whole with `shareRounding`); requires `initialNav`. Exclusive with `initialAum`. */
  readonly initialShares?: DecimalValue | undefined;
  /** NAV per share at the start, `> 0`, struck to `navDecimals`. Default 1 with `initialAum`; required with `initialShares`. */
  readonly initialNav?: DecimalValue | undefined;
  /** Net creations/redemptions per day. Default: none. */
  readonly flows?: DecimalFundFlows | undefined;
  /** Expenses, financing, spread and dividends (docs/concepts.md §3). Default: frictionless. */
  readonly costs?: DecimalFundCosts | undefined;
  /** Currency per index point of one unit of the reference position, `> 0`: 1 (default) for a share priced at the index level, 50 for an E-mini S&P 500 contract. */
  readonly multiplier?: DecimalValue | undefined;
  /** Decimals of the struck NAV per share, a whole number in [0, 100]; default 4 (as financial statements show). */
  readonly navDecimals?: number | undefined;
  /** How the NAV per share is struck; default `'half-even'`. */
  readonly navRounding?: RoundingMode | undefined;
  /** How the target position `L·A / (price × multiplier)` becomes whole units; default `'half-even'` (nearest). */
  readonly unitRounding?: RoundingMode | undefined;
  /** How flows (and the initial subscription) become whole shares; default `'toward-zero'` (never issue or redeem more than asked). */
  readonly shareRounding?: RoundingMode | undefined;
  /** Decimals of each daily accrual (financing, spread, dividends, expenses), a whole number in [0, 100]; default 2 (cents). */
  readonly accrualDecimals?: number | undefined;
  /** How each accrual is rounded (as a signed amount); default `'half-even'`. */
  readonly accrualRounding?: RoundingMode | undefined;
}

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
  readonly flowEffect: DecimalFlowEffect;
  /** The unrounded model after the day. */
  readonly model: DecimalModelState;
  /** The day's departures from the model and the carried residual. */
  readonly residual: DecimalResiduals;
}

/** The opening of the ledger: the subscription invested at `I_0`. */
export interface DecimalLedgerOpening extends DecimalLedgerBalance {
  /** NAV per share at the start, struck. */
  readonly nav: Decimal;
  /** Shares outstanding at the start (whole). */
  readonly shares: Decimal;
  /** The unrounded model at the start. */
  readonly model: DecimalModelState;
  /** `assets − model.assets`: the subscription made whole (the opening residual). */
  readonly residual: Decimal;
}

/** Cumulative amounts of a ledger. */
export interface DecimalLedgerTotals {
  /** Σ accruals, by kind. */
  readonly accruals: DecimalAccruals;
  /** Σ of the daily residuals, by kind (the opening residual in `flow`). */
  readonly residuals: Omit<DecimalResiduals, 'carried'>;
  /** Σ `strikeResidual`. */
  readonly strikeResidual: Decimal;
}

/** Result of the decimal {@link simulateFund}: the float result's fields as Decimals, plus the ledger. */
export interface DecimalFundLedger {
  /** The daily multiple `L`. */
  readonly leverage: Decimal;
  /** Currency per index point of one unit of the reference. */
  readonly multiplier: Decimal;
  /** NAV per share at the start (struck). */
  readonly initialNav: Decimal;
  /** Shares at the start (whole). */
  readonly initialShares: Decimal;
  /** Assets at the start (`initialNav × initialShares`). */
  readonly initialAum: Decimal;
  /** The opening balance. */
  readonly opening: DecimalLedgerOpening;
  /** One row per day (`n` rows). */
  readonly days: readonly DecimalLedgerDay[];
  /** The last struck NAV. */
  readonly finalNav: Decimal;
  /** Shares after the last day. */
  readonly finalShares: Decimal;
  /** Assets after the last day. */
  readonly finalAum: Decimal;
  /** `Σ |totalTrade|`, exactly. */
  readonly tradedNotional: Decimal;
  /** `Σ |rebalanceTrade|`, exactly. */
  readonly rebalanceNotional: Decimal;
  /** `Σ |flowTrade|`, exactly. */
  readonly flowNotional: Decimal;
  /** Mean assets over the `n + 1` closes. */
  readonly averageAum: Decimal;
  /** `tradedNotional / averageAum` (0 if the fund never had assets). */
  readonly turnover: Decimal;
  /** The day the ledger's assets fell to `≤ 0` (the position is closed out, NAV 0 from then on), or `null`. */
  readonly wipedOutAt: number | null;
  /** The day the unrounded model was wiped out (`1 + L·r + carry ≤ 0`), or `null`. */
  readonly modelWipedOutAt: number | null;
  /** Cumulative accruals and residuals. */
  readonly totals: DecimalLedgerTotals;
}

/** The float's slack for a full redemption (a request within this relative excess redeems everything). */
const FULL_REDEMPTION_SLACK = '1e-12';

function readDecimals(value: unknown, argument: string, fallback: number): number {
  if (value === undefined) return fallback;
  const x = guard.integer(value, argument, 0);
  if (x > 100) guard.fail('OUT_OF_RANGE', 'must be at most 100', argument, value);
  return x;
}

function readMode(value: unknown, argument: string, fallback: RoundingMode): RoundingMode {
  return value === undefined ? fallback : guard.oneOf(value, ROUNDING_MODES, argument);
}

interface Start {
  readonly navGiven: Decimal;
  readonly sharesGiven: Decimal;
  readonly modelAssets: Decimal;
}

function readStart(D: Decimal.Constructor, o: Readonly<Record<string, unknown>>): Start {
  const hasAum = o['initialAum'] !== undefined;
  const hasShares = o['initialShares'] !== undefined;
  if (hasAum === hasShares) guard.fail('INVALID_OPTION', 'give exactly one of initialAum or initialShares', 'options.initialAum', o['initialAum']);
  if (hasAum) {
    const aum = decNonNegative(D, o['initialAum'], 'options.initialAum');
    const nav = o['initialNav'] === undefined ? new D(1) : decPositive(D, o['initialNav'], 'options.initialNav');
    return { navGiven: nav, sharesGiven: aum.div(nav), modelAssets: aum };
  }
  const shares = decNonNegative(D, o['initialShares'], 'options.initialShares');
  if (o['initialNav'] === undefined) guard.fail('INVALID_OPTION', 'initialShares requires initialNav', 'options.initialNav', undefined);
  const nav = decPositive(D, o['initialNav'], 'options.initialNav');
  return { navGiven: nav, sharesGiven: shares, modelAssets: shares.times(nav) };
}

function readFlows(D: Decimal.Constructor, value: unknown, n: number): { kind: 'shares' | 'currency'; values: Decimal[] } | null {
  if (value === undefined) return null;
  const f = guard.options(value, 'options.flows');
  const hasShares = f['shares'] !== undefined;
  const hasCurrency = f['currency'] !== undefined;
  if (hasShares === hasCurrency) guard.fail('INVALID_OPTION', 'give exactly one of shares or currency', 'options.flows', value);
  const kind = hasShares ? 'shares' : 'currency';
  const argument = `options.flows.${kind}`;
  const values = decSeries(D, f[kind], argument, 1);
  guard.sameLength({ length: n }, values, argument, n);
  return { kind, values };
}

/** @internal */
export function simulateFundIn(base: Arith, options: DecimalSimulateFundOptions): DecimalFundLedger {
  const o = guard.options(options);
  const { D, X } = arithFor(base, o);
  const prices = decSeries(D, o['indexPrices'], 'options.indexPrices', 2, decPositive);
  const n = prices.length - 1;
  const L = dec(D, o['leverage'], 'options.leverage');
  const start = readStart(D, o);
  const flows = readFlows(D, o['flows'], n);
  const schedule = readDecimalSchedule(D, o['costs'] === undefined ? {} : guard.options(o['costs'], 'options.costs'), n, 'options.costs');
  const m = o['multiplier'] === undefined ? new D(1) : decPositive(D, o['multiplier'], 'options.multiplier');
  const navDecimals = readDecimals(o['navDecimals'], 'options.navDecimals', 4);
  const navRounding = readMode(o['navRounding'], 'options.navRounding', 'half-even');
  const unitRounding = readMode(o['unitRounding'], 'options.unitRounding', 'half-even');
  const shareRounding = readMode(o['shareRounding'], 'options.shareRounding', 'toward-zero');
  const accrualDecimals = readDecimals(o['accrualDecimals'], 'options.accrualDecimals', 2);
  const accrualRounding = readMode(o['accrualRounding'], 'options.accrualRounding', 'half-even');

  const ONE = new X(1);
  const LX = new X(L);
  const ZERO = new X(0);
  const navUnit = new X(10).pow(-navDecimals);
  const slack = new D(FULL_REDEMPTION_SLACK).plus(1);
  const out = (x: Decimal): Decimal => new D(x.isZero() ? 0 : x);
  const balance = (units: Decimal, value: Decimal, cash: Decimal): DecimalLedgerBalance => ({
    positionUnits: out(units),
    positionValue: out(value),
    cash: out(cash),
    assets: out(value.plus(cash)),
  });
  const strike = (x: Decimal): Decimal => roundToDecimals(x, navDecimals, navRounding);
  const accrue = (x: Decimal, basis: number, i: number): Decimal => exactAccrual(x, schedule, i, basis, accrualDecimals, accrualRounding);

  // Opening: the subscription, made whole, invested at I_0.
  const nav0 = strike(start.navGiven);
  if (nav0.isZero()) guard.fail('OUT_OF_RANGE', `is 0 when struck to ${navDecimals} decimals`, 'options.initialNav', o['initialNav']);
  const shares0 = o['initialAum'] !== undefined ? roundQuotient(new X(start.modelAssets), nav0, shareRounding) : roundQuotient(start.sharesGiven, ONE, shareRounding);
  const assets0 = shares0.times(nav0);
  const v0 = new X(prices[0] as Decimal).times(m);
  let units = roundQuotient(LX.times(assets0), v0, unitRounding);
  let cash = assets0.minus(units.times(v0));
  let shares = shares0;
  let nav = nav0;
  let modelNav = start.navGiven;
  let modelShares = start.sharesGiven;
  let modelAssets = start.modelAssets;
  const opening: DecimalLedgerOpening = {
    ...balance(units, units.times(v0), cash),
    nav: out(nav0),
    shares: out(shares0),
    model: { nav: modelNav, shares: modelShares, assets: modelAssets },
    residual: out(assets0.minus(modelAssets)),
  };

  const totals = { financing: ZERO, spread: ZERO, dividends: ZERO, expenses: ZERO, exposure: ZERO, accrual: ZERO, flow: new X(opening.residual), strike: ZERO };
  let traded = ZERO;
  let rebalanced = ZERO;
  let flowed = ZERO;
  let aumSum = assets0;
  let wipedOutAt: number | null = null;
  let modelWipedOutAt: number | null = null;
  const days: DecimalLedgerDay[] = [];
  let vPrev = v0;
  const fixedCarry = schedule.constant ? carryDecimal(L, periodAt(D, schedule, 0)) : null;

  for (let t = 1; t <= n; t++) {
    const price = prices[t] as Decimal;
    const v = new X(price).times(m);
    const r = price.div(prices[t - 1] as Decimal).minus(1);
    const period = periodAt(D, schedule, t - 1);
    const c = fixedCarry ?? carryDecimal(L, period);
    const g = L.times(r).plus(c).plus(1);

    // The ledger: the move and the day's accruals.
    const exposurePrev = units.times(vPrev);
    const assetsPrev = exposurePrev.plus(cash);
    const solvent = wipedOutAt === null;
    const pnl = solvent ? units.times(v.minus(vPrev)) : ZERO;
    const financing = solvent && !period.financing.isZero() ? accrue(cash.times(period.financing), 360, t - 1) : ZERO;
    const spread = solvent && !period.spread.isZero() ? accrue(exposurePrev.abs().times(period.spread).neg(), 360, t - 1) : ZERO;
    const dividends = solvent && !period.dividendYield.isZero() ? accrue(exposurePrev.times(period.dividendYield), 365, t - 1) : ZERO;
    const expenses = solvent && !period.expenseRatio.isZero() ? accrue(assetsPrev.times(period.expenseRatio).neg(), 365, t - 1) : ZERO;
    const accrued = financing.plus(spread).plus(dividends).plus(expenses);
    cash = cash.plus(accrued);
    const valueMoved = units.times(v);
    const afterMove = balance(units, valueMoved, cash);
    const assetsMoved = valueMoved.plus(cash);

    // The model: the float simulator's day, unrounded.
    if (modelWipedOutAt === null) {
      if (g.gt(0)) {
        modelNav = modelNav.times(g);
        modelAssets = modelAssets.times(g);
      } else {
        modelWipedOutAt = t;
        modelNav = new D(0);
        modelShares = new D(0);
        modelAssets = new D(0);
      }
    }
    const exposureResidual = solvent ? pnl.minus(LX.times(assetsPrev).times(r)) : ZERO;
    const accrualResidual = solvent ? accrued.minus(assetsPrev.times(c)) : ZERO;

    let navUnrounded: Decimal;
    let strikeResidual = ZERO;
    let flowShares = ZERO;
    let flowCash = ZERO;
    let shortfall = ZERO;
    let modelFlowCash = new D(0);
    let rebalanceTrade: Decimal;
    let tradeUnits = ZERO;
    let afterFlow: DecimalLedgerBalance;
    let targetTrade: Decimal;

    // an empty fund (no shares) is not wiped out by having no assets: like the float simulator, only by g ≤ 0
    if (solvent && (shares.isZero() ? !g.gt(0) : !assetsMoved.gt(0))) {
      // Wiped out: the position is closed out at I_t; NAV 0, no shares, nothing more happens.
      wipedOutAt = t;
      nav = ZERO;
      navUnrounded = new X(0);
      strikeResidual = assetsMoved;
      shares = ZERO;
      afterFlow = afterMove;
      rebalanceTrade = valueMoved.neg();
      targetTrade = rebalanceTrade;
      tradeUnits = units.neg();
    } else if (!solvent) {
      navUnrounded = ZERO;
      afterFlow = afterMove;
      rebalanceTrade = ZERO;
      targetTrade = ZERO;
    } else {
      // Strike the NAV per share.
      if (shares.isZero()) {
        navUnrounded = new D(nav).times(g);
        nav = strike(navUnrounded);
      } else {
        navUnrounded = new D(assetsMoved).div(shares);
        nav = roundQuotient(assetsMoved, shares.times(navUnit), navRounding).times(navUnit);
      }
      strikeResidual = assetsMoved.minus(nav.times(shares));
      // The flow, in whole shares at the struck NAV.
      if (flows !== null) {
        const asked = flows.values[t - 1] as Decimal;
        const argument = `options.flows.${flows.kind}`;
        let requestedShares: Decimal;
        if (flows.kind === 'shares') {
          requestedShares = new X(asked);
          flowShares = roundQuotient(asked, ONE, shareRounding);
        } else if (asked.isZero()) {
          requestedShares = ZERO;
        } else {
          if (nav.isZero()) guard.fail('OUT_OF_RANGE', `no flow can be converted at a NAV struck at 0 on day ${t}`, argument, asked, t - 1);
          requestedShares = asked.div(nav);
          flowShares = roundQuotient(asked, nav, shareRounding);
        }
        const excess = flows.kind === 'currency' ? asked.neg().gt(assetsMoved.times(slack)) : requestedShares.neg().gt(shares.times(slack));
        if (excess) guard.fail('OUT_OF_RANGE', `redeems more than the ${shares.toString()} shares outstanding on day ${t}`, argument, asked, t - 1);
        // a request for everything (within the float's slack) cannot round to more than every share
        if (flowShares.neg().gt(shares)) flowShares = shares.neg();
        flowCash = flowShares.times(nav);
        shortfall = flows.kind === 'currency' ? flowCash.minus(asked) : flowShares.minus(requestedShares).times(nav);
        shares = shares.plus(flowShares);
        if (modelWipedOutAt === null) {
          let modelFlowShares = flows.kind === 'shares' ? asked : asked.div(modelNav);
          modelFlowCash = flows.kind === 'shares' ? asked.times(modelNav) : asked;
          if (modelFlowShares.neg().gte(modelShares)) {
            // the model redeems everything it has: it never fails where the ledger succeeded
            modelFlowCash = modelAssets.neg();
            modelShares = new D(0);
            modelAssets = new D(0);
          } else {
            modelShares = modelShares.plus(modelFlowShares);
            modelAssets = modelAssets.plus(modelFlowCash);
          }
        }
      }
      cash = cash.plus(flowCash);
      afterFlow = balance(units, valueMoved, cash);
      // The close trade: the target position L·A in whole units.
      const assetsAfterFlow = valueMoved.plus(cash);
      rebalanceTrade = LX.times(assetsMoved).minus(valueMoved);
      targetTrade = rebalanceTrade.plus(LX.times(flowCash));
      const target = roundQuotient(LX.times(assetsAfterFlow), v, unitRounding);
      tradeUnits = target.minus(units);
    }
    const totalTrade = tradeUnits.times(v);
    cash = cash.minus(totalTrade);
    units = units.plus(tradeUnits);
    const valueClose = units.times(v);
    const afterTrade = balance(units, valueClose, cash);
    const assetsClose = valueClose.plus(cash);
    const flowTrade = LX.times(flowCash);
    const flowResidual = new X(flowCash).minus(modelFlowCash);
    const dayResidual = exposureResidual.plus(accrualResidual).plus(flowResidual);

    totals.financing = totals.financing.plus(financing);
    totals.spread = totals.spread.plus(spread);
    totals.dividends = totals.dividends.plus(dividends);
    totals.expenses = totals.expenses.plus(expenses);
    totals.exposure = totals.exposure.plus(exposureResidual);
    totals.accrual = totals.accrual.plus(accrualResidual);
    totals.flow = totals.flow.plus(flowResidual);
    totals.strike = totals.strike.plus(strikeResidual);
    traded = traded.plus(totalTrade.abs());
    rebalanced = rebalanced.plus(rebalanceTrade.abs());
    flowed = flowed.plus(flowTrade.abs());
    aumSum = aumSum.plus(assetsClose);

    days.push({
      day: t,
      indexPrice: price,
      indexReturn: r,
      nav: out(nav),
      navUnrounded: new D(navUnrounded),
      strikeResidual: out(strikeResidual),
      sharesOutstanding: out(shares),
      afterMove,
      afterFlow,
      afterTrade,
      aum: afterTrade.assets,
      aumBeforeFlow: afterMove.assets,
      pnl: out(pnl),
      accruals: { financing: out(financing), spread: out(spread), dividends: out(dividends), expenses: out(expenses), total: out(accrued) },
      exposureBefore: afterMove.positionValue,
      exposureAfter: afterTrade.positionValue,
      rebalanceTrade: out(rebalanceTrade),
      flowShares: out(flowShares),
      flow: out(flowCash),
      flowShortfall: out(shortfall),
      flowTrade: out(flowTrade),
      tradeUnits: out(tradeUnits),
      totalTrade: out(totalTrade),
      tradeResidual: out(totalTrade.minus(targetTrade)),
      flowEffect: classifyFlowDecimal(rebalanceTrade, flowTrade),
      model: { nav: modelNav, shares: modelShares, assets: modelAssets },
      residual: {
        exposure: out(exposureResidual),
        accrual: out(accrualResidual),
        flow: out(flowResidual),
        day: out(dayResidual),
        carried: out(assetsClose.minus(modelAssets)),
      },
    });
    vPrev = v;
  }

  const last = days[days.length - 1] as DecimalLedgerDay;
  const averageAum = new D(aumSum).div(n + 1);
  const tradedNotional = out(traded);
  return {
    leverage: L,
    multiplier: m,
    initialNav: opening.nav,
    initialShares: opening.shares,
    initialAum: opening.assets,
    opening,
    days,
    finalNav: last.nav,
    finalShares: last.sharesOutstanding,
    finalAum: last.aum,
    tradedNotional,
    rebalanceNotional: out(rebalanced),
    flowNotional: out(flowed),
    averageAum,
    turnover: averageAum.gt(0) ? tradedNotional.div(averageAum) : new D(0),
    wipedOutAt,
    modelWipedOutAt,
    totals: {
      accruals: {
        financing: out(totals.financing),
        spread: out(totals.spread),
        dividends: out(totals.dividends),
        expenses: out(totals.expenses),
        total: out(totals.financing.plus(totals.spread).plus(totals.dividends).plus(totals.expenses)),
      },
      residuals: {
        exposure: out(totals.exposure),
        accrual: out(totals.accrual),
        flow: out(totals.flow),
        day: out(totals.exposure.plus(totals.accrual).plus(totals.flow)),
      },
      strikeResidual: out(totals.strike),
    },
  };
}

/**
 * A fund administrator's ledger of a daily-reset fund, in decimal: NAV per
 * share struck to a fixed number of decimals, whole shares, a position in
 * whole units of the reference, cash, accruals, and every rounding residual
 * carried — the decimal counterpart of the float `simulateFund`
 * (`@inverse-math/core/fund`), whose unrounded day it also computes beside
 * the ledger (`model`).
 *
 * Formula, day `t` (price `P_t = I_t × multiplier` per unit):
 * 1. Move and accruals: `pnl = units·(P_t − P_{t−1})`; cash is credited with
 *    `cash·rf·τ360`, `−|E|·s·τ360`, `E·q·τ365` and `−A·f·τ365` on the previous
 *    close's balances (`E` position value, `A` assets), each computed exactly
 *    (`amount·rate·d`, divided once by 360, 365 or `periodsPerYear`) and
 *    rounded once to `accrualDecimals`. `assets = units·P_t + cash`.
 * 2. Strike: `nav = round(assets / shares, navDecimals, navRounding)`, decided
 *    exactly; `strikeResidual = assets − nav·shares` stays in the fund.
 * 3. Flow: whole shares `k` (share flows rounded, currency flows `F / nav`
 *    rounded, with `shareRounding`); `cash += k·nav`, `shares += k`.
 * 4. Trade: target `round(L·assets / P_t, unitRounding)` whole units; the
 *    difference is bought or sold at `P_t` against cash.
 *
 * Assets equal position value plus cash exactly after each step (docs/concepts.md I8).
 * Against the unrounded model `M_t = M_{t−1}·g_t + F_t`
 * (`g_t = 1 + L·r_t + carry_t`, the float simulator's day), the carried
 * residual `assets − M` obeys `carried_t = carried_{t−1}·g_t + exposure +
 * accrual + flow` while both are solvent, up to the model's own rounding at
 * the context's precision: nothing is lost. A day whose assets fall to `≤ 0`
 * wipes the fund out: the position is closed at `I_t`, NAV and shares are 0,
 * and any negative cash left is the loss beyond the assets. An empty fund (no
 * shares: `initialAum` 0, or redeemed to zero) is not wiped out: its NAV per
 * share moves with `g_t` and it takes creations; only `g_t ≤ 0` wipes it out.
 *
 * @param options - `indexPrices`, `leverage`, `initialAum` or `initialShares` & `initialNav`, `flows`, `costs` as in the float `simulateFund` (decimal values); the ledger's `multiplier`, `navDecimals` (4), `navRounding` (`'half-even'`), `unitRounding` (`'half-even'`), `shareRounding` (`'toward-zero'`), `accrualDecimals` (2), `accrualRounding` (`'half-even'`); optional `precision` / `arithmeticRounding`
 * @returns the opening balance, one ledger row per day, the float result's summary fields and the cumulative accruals and residuals
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `EMPTY_SERIES` / `SERIES_TOO_SHORT` (`indexPrices`), `NOT_POSITIVE` (a price, `initialNav`, `multiplier`, `periodsPerYear`), `NEGATIVE` (`initialAum`, `initialShares`, a cost rate), `INVALID_OPTION` (both or neither of `initialAum` / `initialShares`; flows with both or neither key; an unknown rounding mode; both `dates` and `periodsPerYear`), `LENGTH_MISMATCH`, `INVALID_DATE`, `OUT_OF_RANGE` (a redemption larger than the shares outstanding, with the day's index; a currency flow on a day the NAV is struck at 0; `navDecimals` / `accrualDecimals` not a whole number in [0, 100]; an `initialNav` struck to 0)
 * @see docs/concepts.md §4, §5, §7 (I8); "Shorting is hard"
 * @example
 * ```ts
 * import { simulateFund } from '@inverse-math/core/decimal';
 * // a −1x fund, $1mm at NAV 25 (40,000 shares), short 333 whole units at 3000; the index rises 1 %
 * const ledger = simulateFund({ indexPrices: ['3000', '3030'], leverage: -1, initialAum: '1000000', initialNav: '25' });
 * const day = ledger.days[0];
 * // 990,010 / 40,000 = 24.75025: a tie, struck half-even to 24.7502, leaving 2 in the fund
 * [day.nav, day.strikeResidual, day.afterTrade.positionUnits, day.afterTrade.cash, day.aum].map(String);
 * //=> ['24.7502', '2', '-327', '1980820', '990010']
 * // the unrounded model lost exactly 1 %; the short of 333 units (not 333⅓) explains the 10
 * [day.model.assets, day.residual.exposure, day.residual.carried].map(String);
 * //=> ['990000', '10', '10']
 * ```
 */
export function simulateFund(options: DecimalSimulateFundOptions): DecimalFundLedger {
  return simulateFundIn(DEFAULT_ARITH, options);
}
