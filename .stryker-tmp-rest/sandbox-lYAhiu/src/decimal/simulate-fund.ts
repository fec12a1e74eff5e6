// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import type Decimal from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { arithFor, DEFAULT_ARITH, ROUNDING_MODES, type Arith, type DecimalArithmeticOptions, type RoundingMode } from './context.ts';
import { dec, decNonNegative, decPositive, decSeries, type DecimalValue } from './parse.ts';
import { roundQuotient, roundToDecimals } from './round.ts';
import { carryDecimal, periodAt, readDecimalSchedule } from './schedule.ts';
import { classifyFlowDecimal, type DecimalFlowEffect } from './trades.ts';

/** Net flows per day, in shares (creation units) or in currency, one value per day (element `t − 1` for day `t`). */
export type DecimalFundFlows = {
  /** Shares created (`> 0`) or redeemed (`< 0`) at the close of each day; made whole with `shareRounding`. */
  readonly shares: ArrayLike<DecimalValue>;
} | {
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
const FULL_REDEMPTION_SLACK = stryMutAct_9fa48("527") ? "" : (stryCov_9fa48("527"), '1e-12');
function readDecimals(value: unknown, argument: string, fallback: number): number {
  if (stryMutAct_9fa48("528")) {
    {}
  } else {
    stryCov_9fa48("528");
    if (stryMutAct_9fa48("531") ? value !== undefined : stryMutAct_9fa48("530") ? false : stryMutAct_9fa48("529") ? true : (stryCov_9fa48("529", "530", "531"), value === undefined)) return fallback;
    const x = guard.integer(value, argument, 0);
    if (stryMutAct_9fa48("535") ? x <= 100 : stryMutAct_9fa48("534") ? x >= 100 : stryMutAct_9fa48("533") ? false : stryMutAct_9fa48("532") ? true : (stryCov_9fa48("532", "533", "534", "535"), x > 100)) guard.fail(stryMutAct_9fa48("536") ? "" : (stryCov_9fa48("536"), 'OUT_OF_RANGE'), stryMutAct_9fa48("537") ? "" : (stryCov_9fa48("537"), 'must be at most 100'), argument, value);
    return x;
  }
}
function readMode(value: unknown, argument: string, fallback: RoundingMode): RoundingMode {
  if (stryMutAct_9fa48("538")) {
    {}
  } else {
    stryCov_9fa48("538");
    return (stryMutAct_9fa48("541") ? value !== undefined : stryMutAct_9fa48("540") ? false : stryMutAct_9fa48("539") ? true : (stryCov_9fa48("539", "540", "541"), value === undefined)) ? fallback : guard.oneOf(value, ROUNDING_MODES, argument);
  }
}
interface Start {
  readonly navGiven: Decimal;
  readonly sharesGiven: Decimal;
  readonly modelAssets: Decimal;
}
function readStart(D: Decimal.Constructor, o: Readonly<Record<string, unknown>>): Start {
  if (stryMutAct_9fa48("542")) {
    {}
  } else {
    stryCov_9fa48("542");
    const hasAum = stryMutAct_9fa48("545") ? o['initialAum'] === undefined : stryMutAct_9fa48("544") ? false : stryMutAct_9fa48("543") ? true : (stryCov_9fa48("543", "544", "545"), o[stryMutAct_9fa48("546") ? "" : (stryCov_9fa48("546"), 'initialAum')] !== undefined);
    const hasShares = stryMutAct_9fa48("549") ? o['initialShares'] === undefined : stryMutAct_9fa48("548") ? false : stryMutAct_9fa48("547") ? true : (stryCov_9fa48("547", "548", "549"), o[stryMutAct_9fa48("550") ? "" : (stryCov_9fa48("550"), 'initialShares')] !== undefined);
    if (stryMutAct_9fa48("553") ? hasAum !== hasShares : stryMutAct_9fa48("552") ? false : stryMutAct_9fa48("551") ? true : (stryCov_9fa48("551", "552", "553"), hasAum === hasShares)) guard.fail(stryMutAct_9fa48("554") ? "" : (stryCov_9fa48("554"), 'INVALID_OPTION'), stryMutAct_9fa48("555") ? "" : (stryCov_9fa48("555"), 'give exactly one of initialAum or initialShares'), stryMutAct_9fa48("556") ? "" : (stryCov_9fa48("556"), 'options.initialAum'), o[stryMutAct_9fa48("557") ? "" : (stryCov_9fa48("557"), 'initialAum')]);
    if (stryMutAct_9fa48("559") ? false : stryMutAct_9fa48("558") ? true : (stryCov_9fa48("558", "559"), hasAum)) {
      if (stryMutAct_9fa48("560")) {
        {}
      } else {
        stryCov_9fa48("560");
        const aum = decNonNegative(D, o[stryMutAct_9fa48("561") ? "" : (stryCov_9fa48("561"), 'initialAum')], stryMutAct_9fa48("562") ? "" : (stryCov_9fa48("562"), 'options.initialAum'));
        const nav = (stryMutAct_9fa48("565") ? o['initialNav'] !== undefined : stryMutAct_9fa48("564") ? false : stryMutAct_9fa48("563") ? true : (stryCov_9fa48("563", "564", "565"), o[stryMutAct_9fa48("566") ? "" : (stryCov_9fa48("566"), 'initialNav')] === undefined)) ? new D(1) : decPositive(D, o[stryMutAct_9fa48("567") ? "" : (stryCov_9fa48("567"), 'initialNav')], stryMutAct_9fa48("568") ? "" : (stryCov_9fa48("568"), 'options.initialNav'));
        return stryMutAct_9fa48("569") ? {} : (stryCov_9fa48("569"), {
          navGiven: nav,
          sharesGiven: aum.div(nav),
          modelAssets: aum
        });
      }
    }
    const shares = decNonNegative(D, o[stryMutAct_9fa48("570") ? "" : (stryCov_9fa48("570"), 'initialShares')], stryMutAct_9fa48("571") ? "" : (stryCov_9fa48("571"), 'options.initialShares'));
    if (stryMutAct_9fa48("574") ? o['initialNav'] !== undefined : stryMutAct_9fa48("573") ? false : stryMutAct_9fa48("572") ? true : (stryCov_9fa48("572", "573", "574"), o[stryMutAct_9fa48("575") ? "" : (stryCov_9fa48("575"), 'initialNav')] === undefined)) guard.fail(stryMutAct_9fa48("576") ? "" : (stryCov_9fa48("576"), 'INVALID_OPTION'), stryMutAct_9fa48("577") ? "" : (stryCov_9fa48("577"), 'initialShares requires initialNav'), stryMutAct_9fa48("578") ? "" : (stryCov_9fa48("578"), 'options.initialNav'), undefined);
    const nav = decPositive(D, o[stryMutAct_9fa48("579") ? "" : (stryCov_9fa48("579"), 'initialNav')], stryMutAct_9fa48("580") ? "" : (stryCov_9fa48("580"), 'options.initialNav'));
    return stryMutAct_9fa48("581") ? {} : (stryCov_9fa48("581"), {
      navGiven: nav,
      sharesGiven: shares,
      modelAssets: shares.times(nav)
    });
  }
}
function readFlows(D: Decimal.Constructor, value: unknown, n: number): {
  kind: 'shares' | 'currency';
  values: Decimal[];
} | null {
  if (stryMutAct_9fa48("582")) {
    {}
  } else {
    stryCov_9fa48("582");
    if (stryMutAct_9fa48("585") ? value !== undefined : stryMutAct_9fa48("584") ? false : stryMutAct_9fa48("583") ? true : (stryCov_9fa48("583", "584", "585"), value === undefined)) return null;
    const f = guard.options(value, stryMutAct_9fa48("586") ? "" : (stryCov_9fa48("586"), 'options.flows'));
    const hasShares = stryMutAct_9fa48("589") ? f['shares'] === undefined : stryMutAct_9fa48("588") ? false : stryMutAct_9fa48("587") ? true : (stryCov_9fa48("587", "588", "589"), f[stryMutAct_9fa48("590") ? "" : (stryCov_9fa48("590"), 'shares')] !== undefined);
    const hasCurrency = stryMutAct_9fa48("593") ? f['currency'] === undefined : stryMutAct_9fa48("592") ? false : stryMutAct_9fa48("591") ? true : (stryCov_9fa48("591", "592", "593"), f[stryMutAct_9fa48("594") ? "" : (stryCov_9fa48("594"), 'currency')] !== undefined);
    if (stryMutAct_9fa48("597") ? hasShares !== hasCurrency : stryMutAct_9fa48("596") ? false : stryMutAct_9fa48("595") ? true : (stryCov_9fa48("595", "596", "597"), hasShares === hasCurrency)) guard.fail(stryMutAct_9fa48("598") ? "" : (stryCov_9fa48("598"), 'INVALID_OPTION'), stryMutAct_9fa48("599") ? "" : (stryCov_9fa48("599"), 'give exactly one of shares or currency'), stryMutAct_9fa48("600") ? "" : (stryCov_9fa48("600"), 'options.flows'), value);
    const kind = hasShares ? stryMutAct_9fa48("601") ? "" : (stryCov_9fa48("601"), 'shares') : stryMutAct_9fa48("602") ? "" : (stryCov_9fa48("602"), 'currency');
    const argument = stryMutAct_9fa48("603") ? `` : (stryCov_9fa48("603"), `options.flows.${kind}`);
    const values = decSeries(D, f[kind], argument, 1);
    guard.sameLength(stryMutAct_9fa48("604") ? {} : (stryCov_9fa48("604"), {
      length: n
    }), values, argument, n);
    return stryMutAct_9fa48("605") ? {} : (stryCov_9fa48("605"), {
      kind,
      values
    });
  }
}

/** @internal */
export function simulateFundIn(base: Arith, options: DecimalSimulateFundOptions): DecimalFundLedger {
  if (stryMutAct_9fa48("606")) {
    {}
  } else {
    stryCov_9fa48("606");
    const o = guard.options(options);
    const {
      D,
      X
    } = arithFor(base, o);
    const prices = decSeries(D, o[stryMutAct_9fa48("607") ? "" : (stryCov_9fa48("607"), 'indexPrices')], stryMutAct_9fa48("608") ? "" : (stryCov_9fa48("608"), 'options.indexPrices'), 2, decPositive);
    const n = stryMutAct_9fa48("609") ? prices.length + 1 : (stryCov_9fa48("609"), prices.length - 1);
    const L = dec(D, o[stryMutAct_9fa48("610") ? "" : (stryCov_9fa48("610"), 'leverage')], stryMutAct_9fa48("611") ? "" : (stryCov_9fa48("611"), 'options.leverage'));
    const start = readStart(D, o);
    const flows = readFlows(D, o[stryMutAct_9fa48("612") ? "" : (stryCov_9fa48("612"), 'flows')], n);
    const schedule = readDecimalSchedule(D, (stryMutAct_9fa48("615") ? o['costs'] !== undefined : stryMutAct_9fa48("614") ? false : stryMutAct_9fa48("613") ? true : (stryCov_9fa48("613", "614", "615"), o[stryMutAct_9fa48("616") ? "" : (stryCov_9fa48("616"), 'costs')] === undefined)) ? {} : guard.options(o[stryMutAct_9fa48("617") ? "" : (stryCov_9fa48("617"), 'costs')], stryMutAct_9fa48("618") ? "" : (stryCov_9fa48("618"), 'options.costs')), n, stryMutAct_9fa48("619") ? "" : (stryCov_9fa48("619"), 'options.costs'));
    const m = (stryMutAct_9fa48("622") ? o['multiplier'] !== undefined : stryMutAct_9fa48("621") ? false : stryMutAct_9fa48("620") ? true : (stryCov_9fa48("620", "621", "622"), o[stryMutAct_9fa48("623") ? "" : (stryCov_9fa48("623"), 'multiplier')] === undefined)) ? new D(1) : decPositive(D, o[stryMutAct_9fa48("624") ? "" : (stryCov_9fa48("624"), 'multiplier')], stryMutAct_9fa48("625") ? "" : (stryCov_9fa48("625"), 'options.multiplier'));
    const navDecimals = readDecimals(o[stryMutAct_9fa48("626") ? "" : (stryCov_9fa48("626"), 'navDecimals')], stryMutAct_9fa48("627") ? "" : (stryCov_9fa48("627"), 'options.navDecimals'), 4);
    const navRounding = readMode(o[stryMutAct_9fa48("628") ? "" : (stryCov_9fa48("628"), 'navRounding')], stryMutAct_9fa48("629") ? "" : (stryCov_9fa48("629"), 'options.navRounding'), stryMutAct_9fa48("630") ? "" : (stryCov_9fa48("630"), 'half-even'));
    const unitRounding = readMode(o[stryMutAct_9fa48("631") ? "" : (stryCov_9fa48("631"), 'unitRounding')], stryMutAct_9fa48("632") ? "" : (stryCov_9fa48("632"), 'options.unitRounding'), stryMutAct_9fa48("633") ? "" : (stryCov_9fa48("633"), 'half-even'));
    const shareRounding = readMode(o[stryMutAct_9fa48("634") ? "" : (stryCov_9fa48("634"), 'shareRounding')], stryMutAct_9fa48("635") ? "" : (stryCov_9fa48("635"), 'options.shareRounding'), stryMutAct_9fa48("636") ? "" : (stryCov_9fa48("636"), 'toward-zero'));
    const accrualDecimals = readDecimals(o[stryMutAct_9fa48("637") ? "" : (stryCov_9fa48("637"), 'accrualDecimals')], stryMutAct_9fa48("638") ? "" : (stryCov_9fa48("638"), 'options.accrualDecimals'), 2);
    const accrualRounding = readMode(o[stryMutAct_9fa48("639") ? "" : (stryCov_9fa48("639"), 'accrualRounding')], stryMutAct_9fa48("640") ? "" : (stryCov_9fa48("640"), 'options.accrualRounding'), stryMutAct_9fa48("641") ? "" : (stryCov_9fa48("641"), 'half-even'));
    const ONE = new X(1);
    const LX = new X(L);
    const ZERO = new X(0);
    const navUnit = new X(10).pow(stryMutAct_9fa48("642") ? +navDecimals : (stryCov_9fa48("642"), -navDecimals));
    const slack = new D(FULL_REDEMPTION_SLACK).plus(1);
    const out = stryMutAct_9fa48("643") ? () => undefined : (stryCov_9fa48("643"), (() => {
      const out = (x: Decimal): Decimal => new D(x.isZero() ? 0 : x);
      return out;
    })());
    const balance = stryMutAct_9fa48("644") ? () => undefined : (stryCov_9fa48("644"), (() => {
      const balance = (units: Decimal, value: Decimal, cash: Decimal): DecimalLedgerBalance => stryMutAct_9fa48("645") ? {} : (stryCov_9fa48("645"), {
        positionUnits: out(units),
        positionValue: out(value),
        cash: out(cash),
        assets: out(value.plus(cash))
      });
      return balance;
    })());
    const strike = stryMutAct_9fa48("646") ? () => undefined : (stryCov_9fa48("646"), (() => {
      const strike = (x: Decimal): Decimal => roundToDecimals(x, navDecimals, navRounding);
      return strike;
    })());
    const accrue = stryMutAct_9fa48("647") ? () => undefined : (stryCov_9fa48("647"), (() => {
      const accrue = (x: Decimal): Decimal => roundToDecimals(x, accrualDecimals, accrualRounding);
      return accrue;
    })());

    // Opening: the subscription, made whole, invested at I_0.
    const nav0 = strike(start.navGiven);
    if (stryMutAct_9fa48("649") ? false : stryMutAct_9fa48("648") ? true : (stryCov_9fa48("648", "649"), nav0.isZero())) guard.fail(stryMutAct_9fa48("650") ? "" : (stryCov_9fa48("650"), 'OUT_OF_RANGE'), stryMutAct_9fa48("651") ? `` : (stryCov_9fa48("651"), `is 0 when struck to ${navDecimals} decimals`), stryMutAct_9fa48("652") ? "" : (stryCov_9fa48("652"), 'options.initialNav'), o[stryMutAct_9fa48("653") ? "" : (stryCov_9fa48("653"), 'initialNav')]);
    const shares0 = (stryMutAct_9fa48("656") ? o['initialAum'] === undefined : stryMutAct_9fa48("655") ? false : stryMutAct_9fa48("654") ? true : (stryCov_9fa48("654", "655", "656"), o[stryMutAct_9fa48("657") ? "" : (stryCov_9fa48("657"), 'initialAum')] !== undefined)) ? roundQuotient(new X(start.modelAssets), nav0, shareRounding) : roundQuotient(start.sharesGiven, ONE, shareRounding);
    const assets0 = shares0.times(nav0);
    const v0 = new X(prices[0] as Decimal).times(m);
    let units = roundQuotient(LX.times(assets0), v0, unitRounding);
    let cash = assets0.minus(units.times(v0));
    let shares = shares0;
    let nav = nav0;
    let modelNav = start.navGiven;
    let modelShares = start.sharesGiven;
    let modelAssets = start.modelAssets;
    const opening: DecimalLedgerOpening = stryMutAct_9fa48("658") ? {} : (stryCov_9fa48("658"), {
      ...balance(units, units.times(v0), cash),
      nav: out(nav0),
      shares: out(shares0),
      model: stryMutAct_9fa48("659") ? {} : (stryCov_9fa48("659"), {
        nav: modelNav,
        shares: modelShares,
        assets: modelAssets
      }),
      residual: out(assets0.minus(modelAssets))
    });
    const totals = stryMutAct_9fa48("660") ? {} : (stryCov_9fa48("660"), {
      financing: ZERO,
      spread: ZERO,
      dividends: ZERO,
      expenses: ZERO,
      exposure: ZERO,
      accrual: ZERO,
      flow: new X(opening.residual),
      strike: ZERO
    });
    let traded = ZERO;
    let rebalanced = ZERO;
    let flowed = ZERO;
    let aumSum = assets0;
    let wipedOutAt: number | null = null;
    let modelWipedOutAt: number | null = null;
    const days: DecimalLedgerDay[] = stryMutAct_9fa48("661") ? ["Stryker was here"] : (stryCov_9fa48("661"), []);
    let vPrev = v0;
    const fixedCarry = schedule.constant ? carryDecimal(L, periodAt(D, schedule, 0)) : null;
    for (let t = 1; stryMutAct_9fa48("664") ? t > n : stryMutAct_9fa48("663") ? t < n : stryMutAct_9fa48("662") ? false : (stryCov_9fa48("662", "663", "664"), t <= n); stryMutAct_9fa48("665") ? t-- : (stryCov_9fa48("665"), t++)) {
      if (stryMutAct_9fa48("666")) {
        {}
      } else {
        stryCov_9fa48("666");
        const price = prices[t] as Decimal;
        const v = new X(price).times(m);
        const r = price.div(prices[t - 1] as Decimal).minus(1);
        const period = periodAt(D, schedule, stryMutAct_9fa48("667") ? t + 1 : (stryCov_9fa48("667"), t - 1));
        const c = stryMutAct_9fa48("668") ? fixedCarry && carryDecimal(L, period) : (stryCov_9fa48("668"), fixedCarry ?? carryDecimal(L, period));
        const g = L.times(r).plus(c).plus(1);

        // The ledger: the move and the day's accruals.
        const exposurePrev = units.times(vPrev);
        const assetsPrev = exposurePrev.plus(cash);
        const solvent = stryMutAct_9fa48("671") ? wipedOutAt !== null : stryMutAct_9fa48("670") ? false : stryMutAct_9fa48("669") ? true : (stryCov_9fa48("669", "670", "671"), wipedOutAt === null);
        const pnl = solvent ? units.times(v.minus(vPrev)) : ZERO;
        const financing = (stryMutAct_9fa48("674") ? solvent || !period.financing.isZero() : stryMutAct_9fa48("673") ? false : stryMutAct_9fa48("672") ? true : (stryCov_9fa48("672", "673", "674"), solvent && (stryMutAct_9fa48("675") ? period.financing.isZero() : (stryCov_9fa48("675"), !period.financing.isZero())))) ? accrue(cash.times(period.financing).times(period.tau360)) : ZERO;
        const spread = (stryMutAct_9fa48("678") ? solvent || !period.spread.isZero() : stryMutAct_9fa48("677") ? false : stryMutAct_9fa48("676") ? true : (stryCov_9fa48("676", "677", "678"), solvent && (stryMutAct_9fa48("679") ? period.spread.isZero() : (stryCov_9fa48("679"), !period.spread.isZero())))) ? accrue(exposurePrev.abs().times(period.spread).times(period.tau360).neg()) : ZERO;
        const dividends = (stryMutAct_9fa48("682") ? solvent || !period.dividendYield.isZero() : stryMutAct_9fa48("681") ? false : stryMutAct_9fa48("680") ? true : (stryCov_9fa48("680", "681", "682"), solvent && (stryMutAct_9fa48("683") ? period.dividendYield.isZero() : (stryCov_9fa48("683"), !period.dividendYield.isZero())))) ? accrue(exposurePrev.times(period.dividendYield).times(period.tau365)) : ZERO;
        const expenses = (stryMutAct_9fa48("686") ? solvent || !period.expenseRatio.isZero() : stryMutAct_9fa48("685") ? false : stryMutAct_9fa48("684") ? true : (stryCov_9fa48("684", "685", "686"), solvent && (stryMutAct_9fa48("687") ? period.expenseRatio.isZero() : (stryCov_9fa48("687"), !period.expenseRatio.isZero())))) ? accrue(assetsPrev.times(period.expenseRatio).times(period.tau365).neg()) : ZERO;
        const accrued = financing.plus(spread).plus(dividends).plus(expenses);
        cash = cash.plus(accrued);
        const valueMoved = units.times(v);
        const afterMove = balance(units, valueMoved, cash);
        const assetsMoved = valueMoved.plus(cash);

        // The model: the float simulator's day, unrounded.
        if (stryMutAct_9fa48("690") ? modelWipedOutAt !== null : stryMutAct_9fa48("689") ? false : stryMutAct_9fa48("688") ? true : (stryCov_9fa48("688", "689", "690"), modelWipedOutAt === null)) {
          if (stryMutAct_9fa48("691")) {
            {}
          } else {
            stryCov_9fa48("691");
            if (stryMutAct_9fa48("693") ? false : stryMutAct_9fa48("692") ? true : (stryCov_9fa48("692", "693"), g.gt(0))) {
              if (stryMutAct_9fa48("694")) {
                {}
              } else {
                stryCov_9fa48("694");
                modelNav = modelNav.times(g);
                modelAssets = modelAssets.times(g);
              }
            } else {
              if (stryMutAct_9fa48("695")) {
                {}
              } else {
                stryCov_9fa48("695");
                modelWipedOutAt = t;
                modelNav = new D(0);
                modelShares = new D(0);
                modelAssets = new D(0);
              }
            }
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
        if (stryMutAct_9fa48("698") ? solvent || !assetsMoved.gt(0) : stryMutAct_9fa48("697") ? false : stryMutAct_9fa48("696") ? true : (stryCov_9fa48("696", "697", "698"), solvent && (stryMutAct_9fa48("699") ? assetsMoved.gt(0) : (stryCov_9fa48("699"), !assetsMoved.gt(0))))) {
          if (stryMutAct_9fa48("700")) {
            {}
          } else {
            stryCov_9fa48("700");
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
          }
        } else if (stryMutAct_9fa48("703") ? false : stryMutAct_9fa48("702") ? true : stryMutAct_9fa48("701") ? solvent : (stryCov_9fa48("701", "702", "703"), !solvent)) {
          if (stryMutAct_9fa48("704")) {
            {}
          } else {
            stryCov_9fa48("704");
            navUnrounded = ZERO;
            afterFlow = afterMove;
            rebalanceTrade = ZERO;
            targetTrade = ZERO;
          }
        } else {
          if (stryMutAct_9fa48("705")) {
            {}
          } else {
            stryCov_9fa48("705");
            // Strike the NAV per share.
            if (stryMutAct_9fa48("707") ? false : stryMutAct_9fa48("706") ? true : (stryCov_9fa48("706", "707"), shares.isZero())) {
              if (stryMutAct_9fa48("708")) {
                {}
              } else {
                stryCov_9fa48("708");
                navUnrounded = new D(nav).times(g);
                nav = strike(navUnrounded);
              }
            } else {
              if (stryMutAct_9fa48("709")) {
                {}
              } else {
                stryCov_9fa48("709");
                navUnrounded = new D(assetsMoved).div(shares);
                nav = roundQuotient(assetsMoved, shares.times(navUnit), navRounding).times(navUnit);
              }
            }
            strikeResidual = assetsMoved.minus(nav.times(shares));
            // The flow, in whole shares at the struck NAV.
            if (stryMutAct_9fa48("712") ? flows === null : stryMutAct_9fa48("711") ? false : stryMutAct_9fa48("710") ? true : (stryCov_9fa48("710", "711", "712"), flows !== null)) {
              if (stryMutAct_9fa48("713")) {
                {}
              } else {
                stryCov_9fa48("713");
                const asked = flows.values[t - 1] as Decimal;
                const argument = stryMutAct_9fa48("714") ? `` : (stryCov_9fa48("714"), `options.flows.${flows.kind}`);
                let requestedShares: Decimal;
                if (stryMutAct_9fa48("717") ? flows.kind !== 'shares' : stryMutAct_9fa48("716") ? false : stryMutAct_9fa48("715") ? true : (stryCov_9fa48("715", "716", "717"), flows.kind === (stryMutAct_9fa48("718") ? "" : (stryCov_9fa48("718"), 'shares')))) {
                  if (stryMutAct_9fa48("719")) {
                    {}
                  } else {
                    stryCov_9fa48("719");
                    requestedShares = new X(asked);
                    flowShares = roundQuotient(asked, ONE, shareRounding);
                  }
                } else if (stryMutAct_9fa48("721") ? false : stryMutAct_9fa48("720") ? true : (stryCov_9fa48("720", "721"), asked.isZero())) {
                  if (stryMutAct_9fa48("722")) {
                    {}
                  } else {
                    stryCov_9fa48("722");
                    requestedShares = ZERO;
                  }
                } else {
                  if (stryMutAct_9fa48("723")) {
                    {}
                  } else {
                    stryCov_9fa48("723");
                    if (stryMutAct_9fa48("725") ? false : stryMutAct_9fa48("724") ? true : (stryCov_9fa48("724", "725"), nav.isZero())) guard.fail(stryMutAct_9fa48("726") ? "" : (stryCov_9fa48("726"), 'OUT_OF_RANGE'), stryMutAct_9fa48("727") ? `` : (stryCov_9fa48("727"), `no flow can be converted at a NAV struck at 0 on day ${t}`), argument, asked, stryMutAct_9fa48("728") ? t + 1 : (stryCov_9fa48("728"), t - 1));
                    requestedShares = asked.div(nav);
                    flowShares = roundQuotient(asked, nav, shareRounding);
                  }
                }
                const excess = (stryMutAct_9fa48("731") ? flows.kind !== 'currency' : stryMutAct_9fa48("730") ? false : stryMutAct_9fa48("729") ? true : (stryCov_9fa48("729", "730", "731"), flows.kind === (stryMutAct_9fa48("732") ? "" : (stryCov_9fa48("732"), 'currency')))) ? asked.neg().gt(assetsMoved.times(slack)) : requestedShares.neg().gt(shares.times(slack));
                if (stryMutAct_9fa48("734") ? false : stryMutAct_9fa48("733") ? true : (stryCov_9fa48("733", "734"), excess)) guard.fail(stryMutAct_9fa48("735") ? "" : (stryCov_9fa48("735"), 'OUT_OF_RANGE'), stryMutAct_9fa48("736") ? `` : (stryCov_9fa48("736"), `redeems more than the ${shares.toString()} shares outstanding on day ${t}`), argument, asked, stryMutAct_9fa48("737") ? t + 1 : (stryCov_9fa48("737"), t - 1));
                // a request for everything (within the float's slack) cannot round to more than every share
                if (stryMutAct_9fa48("739") ? false : stryMutAct_9fa48("738") ? true : (stryCov_9fa48("738", "739"), flowShares.neg().gt(shares))) flowShares = shares.neg();
                flowCash = flowShares.times(nav);
                shortfall = (stryMutAct_9fa48("742") ? flows.kind !== 'currency' : stryMutAct_9fa48("741") ? false : stryMutAct_9fa48("740") ? true : (stryCov_9fa48("740", "741", "742"), flows.kind === (stryMutAct_9fa48("743") ? "" : (stryCov_9fa48("743"), 'currency')))) ? flowCash.minus(asked) : flowShares.minus(requestedShares).times(nav);
                shares = shares.plus(flowShares);
                if (stryMutAct_9fa48("746") ? modelWipedOutAt !== null : stryMutAct_9fa48("745") ? false : stryMutAct_9fa48("744") ? true : (stryCov_9fa48("744", "745", "746"), modelWipedOutAt === null)) {
                  if (stryMutAct_9fa48("747")) {
                    {}
                  } else {
                    stryCov_9fa48("747");
                    let modelFlowShares = (stryMutAct_9fa48("750") ? flows.kind !== 'shares' : stryMutAct_9fa48("749") ? false : stryMutAct_9fa48("748") ? true : (stryCov_9fa48("748", "749", "750"), flows.kind === (stryMutAct_9fa48("751") ? "" : (stryCov_9fa48("751"), 'shares')))) ? asked : asked.div(modelNav);
                    modelFlowCash = (stryMutAct_9fa48("754") ? flows.kind !== 'shares' : stryMutAct_9fa48("753") ? false : stryMutAct_9fa48("752") ? true : (stryCov_9fa48("752", "753", "754"), flows.kind === (stryMutAct_9fa48("755") ? "" : (stryCov_9fa48("755"), 'shares')))) ? asked.times(modelNav) : asked;
                    if (stryMutAct_9fa48("757") ? false : stryMutAct_9fa48("756") ? true : (stryCov_9fa48("756", "757"), modelFlowShares.neg().gte(modelShares))) {
                      if (stryMutAct_9fa48("758")) {
                        {}
                      } else {
                        stryCov_9fa48("758");
                        // the model redeems everything it has: it never fails where the ledger succeeded
                        modelFlowCash = modelAssets.neg();
                        modelShares = new D(0);
                        modelAssets = new D(0);
                      }
                    } else {
                      if (stryMutAct_9fa48("759")) {
                        {}
                      } else {
                        stryCov_9fa48("759");
                        modelShares = modelShares.plus(modelFlowShares);
                        modelAssets = modelAssets.plus(modelFlowCash);
                      }
                    }
                  }
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
        days.push(stryMutAct_9fa48("760") ? {} : (stryCov_9fa48("760"), {
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
          accruals: stryMutAct_9fa48("761") ? {} : (stryCov_9fa48("761"), {
            financing: out(financing),
            spread: out(spread),
            dividends: out(dividends),
            expenses: out(expenses),
            total: out(accrued)
          }),
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
          model: stryMutAct_9fa48("762") ? {} : (stryCov_9fa48("762"), {
            nav: modelNav,
            shares: modelShares,
            assets: modelAssets
          }),
          residual: stryMutAct_9fa48("763") ? {} : (stryCov_9fa48("763"), {
            exposure: out(exposureResidual),
            accrual: out(accrualResidual),
            flow: out(flowResidual),
            day: out(dayResidual),
            carried: out(assetsClose.minus(modelAssets))
          })
        }));
        vPrev = v;
      }
    }
    const last = days[days.length - 1] as DecimalLedgerDay;
    const averageAum = new D(aumSum).div(stryMutAct_9fa48("764") ? n - 1 : (stryCov_9fa48("764"), n + 1));
    const tradedNotional = out(traded);
    return stryMutAct_9fa48("765") ? {} : (stryCov_9fa48("765"), {
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
      totals: stryMutAct_9fa48("766") ? {} : (stryCov_9fa48("766"), {
        accruals: stryMutAct_9fa48("767") ? {} : (stryCov_9fa48("767"), {
          financing: out(totals.financing),
          spread: out(totals.spread),
          dividends: out(totals.dividends),
          expenses: out(totals.expenses),
          total: out(totals.financing.plus(totals.spread).plus(totals.dividends).plus(totals.expenses))
        }),
        residuals: stryMutAct_9fa48("768") ? {} : (stryCov_9fa48("768"), {
          exposure: out(totals.exposure),
          accrual: out(totals.accrual),
          flow: out(totals.flow),
          day: out(totals.exposure.plus(totals.accrual).plus(totals.flow))
        }),
        strikeResidual: out(totals.strike)
      })
    });
  }
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
 *    close's balances (`E` position value, `A` assets), each rounded to
 *    `accrualDecimals`. `assets = units·P_t + cash`.
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
 * and any negative cash left is the loss beyond the assets.
 *
 * @param options - `indexPrices`, `leverage`, `initialAum` or `initialShares` & `initialNav`, `flows`, `costs` as in the float `simulateFund` (decimal values); the ledger's `multiplier`, `navDecimals` (4), `navRounding` (`'half-even'`), `unitRounding` (`'half-even'`), `shareRounding` (`'toward-zero'`), `accrualDecimals` (2), `accrualRounding` (`'half-even'`); optional `precision` / `arithmeticRounding`
 * @returns the opening balance, one ledger row per day, the float result's summary fields and the cumulative accruals and residuals
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `EMPTY_SERIES` / `SERIES_TOO_SHORT` (`indexPrices`), `NOT_POSITIVE` (a price, `initialNav`, `multiplier`, `periodsPerYear`), `NEGATIVE` (`initialAum`, `initialShares`, a cost rate), `INVALID_OPTION` (both or neither of `initialAum` / `initialShares`; flows with both or neither key; an unknown rounding mode; both `dates` and `periodsPerYear`), `LENGTH_MISMATCH`, `INVALID_DATE`, `OUT_OF_RANGE` (a redemption larger than the shares outstanding, with the day's index; a currency flow on a day the NAV is struck at 0; `navDecimals` / `accrualDecimals` not a whole number in [0, 100]; an `initialNav` struck to 0)
 * @see docs/concepts.md §4, §5, §7 (I8); seed 000
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
  if (stryMutAct_9fa48("769")) {
    {}
  } else {
    stryCov_9fa48("769");
    return simulateFundIn(DEFAULT_ARITH, options);
  }
}