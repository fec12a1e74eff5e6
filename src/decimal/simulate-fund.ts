import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import { COST_KEYS, type CostOptions } from '../internal/options/cost-schedule.ts';
import { readFlows, readFundStart, type FundFlows } from '../internal/options/fund-start.ts';
import { arithFor, DEFAULT_ARITH, type Arith, type DecimalArithmeticOptions, type RoundingMode } from './context.ts';
import { accrualRule } from './accrual.ts';
import { ledgerDay } from './ledger-day.ts';
import {
  balance,
  emptyTotals,
  out,
  type DecimalAccruals,
  type DecimalLedgerBalance,
  type DecimalLedgerDay,
  type DecimalModelState,
  type DecimalResiduals,
  scaledPeriod,
  type Ledger,
} from './ledger.ts';
import { dec, decPositive, decSeries, type DecimalValue } from './parse.ts';
import { decimalReader } from './reader.ts';
import { type LedgerRounding, readRounding, roundQuotient, roundToDecimals } from './round.ts';
import { periodAt, readDecimalSchedule } from './schedule.ts';
import { toScaled } from './scaled.ts';
import { decimalMaker } from './decimal-maker.ts';
import { add } from './scaled-math.ts';

export type {
  DecimalAccruals,
  DecimalLedgerBalance,
  DecimalLedgerDay,
  DecimalModelState,
  DecimalResiduals,
} from './ledger.ts';

/** Net flows per day, in shares or in currency (element `t − 1` for day `t`); shares are made whole with `shareRounding`, currency flows converted to whole shares at the struck NAV. */
export type DecimalFundFlows = FundFlows<DecimalValue>;

/** Costs of the decimal {@link simulateFund}: the float option names and meanings (docs/concepts.md §3), as decimal values. */
export type DecimalFundCosts = CostOptions<DecimalValue>;

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

/** The keys of {@link DecimalSimulateFundOptions}. */
const FUND_KEYS = [
  'indexPrices',
  'leverage',
  'initialAum',
  'initialShares',
  'initialNav',
  'flows',
  'costs',
  'multiplier',
  'navDecimals',
  'navRounding',
  'unitRounding',
  'shareRounding',
  'accrualDecimals',
  'accrualRounding',
  'precision',
  'arithmeticRounding',
];

/** The unrounded model's start: NAV, shares and assets as given. */
interface ModelStart {
  readonly nav: Decimal;
  readonly shares: Decimal;
  readonly assets: Decimal;
  /** The fund starts from `initialAum` (shares are its quotient by the struck NAV). */
  readonly fromAum: boolean;
}

/** The unrounded model's start from the validated `initialNav` and `initialAum` or `initialShares`. */
function modelStart(nav: Decimal, aum: Decimal | undefined, shares: Decimal | undefined): ModelStart {
  return aum !== undefined
    ? { nav, shares: aum.div(nav), assets: aum, fromAum: true }
    : { nav, shares: shares as Decimal, assets: (shares as Decimal).times(nav), fromAum: false };
}

/** The opening NAV struck to `navDecimals` (never 0) and the opening shares rounded by `shareRounding`. */
function strikeOpening(
  X: Decimal.Constructor,
  model: ModelStart,
  rounding: LedgerRounding,
  initialNav: unknown,
): { nav0: Decimal; shares0: Decimal } {
  const { navDecimals, navRounding, shareRounding } = rounding;
  const nav0 = roundToDecimals(model.nav, navDecimals, navRounding);
  if (nav0.isZero())
    guard.fail('OUT_OF_RANGE', `is 0 when struck to ${navDecimals} decimals`, 'options.initialNav', initialNav);
  const shares0 = model.fromAum
    ? roundQuotient(new X(model.assets), nav0, shareRounding)
    : roundQuotient(model.shares, new X(1), shareRounding);
  return { nav0, shares0 };
}

/** Read and validate the options (each once), and open the ledger: the subscription, made whole, invested at `I_0`. */
function openLedger(base: Arith, options: unknown): { led: Ledger; opening: DecimalLedgerOpening } {
  const o = guard.options(options, 'options', FUND_KEYS);
  const { D, X, precision, rounding: arithmeticRounding } = arithFor(base, o);
  const R = decimalReader(D);
  const { indexPrices, leverage, initialAum, initialShares, initialNav, flows, costs, multiplier } = o;
  const prices = decSeries(D, indexPrices, 'options.indexPrices', 2, decPositive);
  const n = prices.length - 1;
  const L = dec(D, leverage, 'options.leverage');
  const start = readFundStart(R, initialAum, initialShares, initialNav);
  const f = readFlows(R, flows, n);
  const schedule = readDecimalSchedule(
    D,
    costs === undefined ? {} : guard.options(costs, 'options.costs', COST_KEYS),
    n,
    'options.costs',
  );
  const m = multiplier === undefined ? new D(1) : decPositive(D, multiplier, 'options.multiplier');
  const rounding = readRounding(o);
  const { navDecimals, navRounding, unitRounding, shareRounding } = rounding;
  const model = modelStart(start.nav ?? new D(1), start.aum, start.shares);
  const { nav0, shares0 } = strikeOpening(X, model, rounding, initialNav);
  const assets0 = shares0.times(nav0);
  const v0 = new X(prices[0] as Decimal).times(m);
  const exposure0 = new X(L).times(assets0);
  const units = roundQuotient(exposure0, v0, unitRounding);
  const value = units.times(v0);
  const cash = assets0.minus(value);
  const opening: DecimalLedgerOpening = {
    ...balance(D, units, value, cash),
    nav: out(D, nav0),
    shares: out(D, shares0),
    model: { nav: model.nav, shares: model.shares, assets: model.assets },
    residual: out(D, assets0.minus(model.assets)),
  };
  const led: Ledger = {
    D,
    precision,
    rounding: arithmeticRounding,
    L: toScaled(L),
    prices,
    scaledPrices: prices.map((x) => toScaled(x)),
    m: m.eq(1) ? null : toScaled(m),
    flows: f,
    scaledFlows: f === null ? null : Array.from(f.values, (x) => toScaled(x)),
    schedule,
    leverage: L,
    multiplier: m,
    fixedPeriod: schedule.constant ? scaledPeriod(L, periodAt(D, schedule, 0)) : null,
    accrual: accrualRule(schedule, rounding.accrualDecimals, rounding.accrualRounding),
    slack: toScaled(new D(FULL_REDEMPTION_SLACK).plus(1)),
    navDecimals,
    navRounding,
    unitRounding,
    shareRounding,
    units: toScaled(units),
    unitsOut: opening.positionUnits,
    cash: toScaled(cash),
    value: toScaled(value),
    assets: toScaled(value.plus(cash)),
    exposureClose: toScaled(exposure0),
    shares: toScaled(shares0),
    sharesOut: opening.shares,
    nav: toScaled(nav0),
    wipedOutAt: null,
    modelNav: toScaled(model.nav),
    modelShares: toScaled(model.shares),
    modelAssets: toScaled(model.assets),
    make: decimalMaker(D),
    zeroOut: new D(0),
    modelOut: opening.model,
    modelWipedOutAt: null,
    totals: emptyTotals(toScaled(assets0)),
  };
  led.totals.flow = toScaled(opening.residual);
  return { led, opening };
}

/** @internal */
export function simulateFundIn(base: Arith, options: DecimalSimulateFundOptions): DecimalFundLedger {
  const { led, opening } = openLedger(base, options);
  const n = led.prices.length - 1;
  const days: DecimalLedgerDay[] = [];
  for (let t = 1; t <= n; t++) days.push(ledgerDay(led, t));
  return summarize(led, opening, days);
}

/** The result: the opening, the days, the float result's summary fields and the cumulative amounts. */
function summarize(led: Ledger, opening: DecimalLedgerOpening, days: DecimalLedgerDay[]): DecimalFundLedger {
  const { D, make, totals: s } = led;
  const last = days[days.length - 1] as DecimalLedgerDay;
  const averageAum = make(s.aum).div(days.length + 1);
  const tradedNotional = make(s.traded);
  return {
    leverage: led.leverage,
    multiplier: led.multiplier,
    initialNav: opening.nav,
    initialShares: opening.shares,
    initialAum: opening.assets,
    opening,
    days,
    finalNav: last.nav,
    finalShares: last.sharesOutstanding,
    finalAum: last.aum,
    tradedNotional,
    rebalanceNotional: make(s.rebalanced),
    flowNotional: make(s.flowed),
    averageAum,
    turnover: averageAum.gt(0) ? tradedNotional.div(averageAum) : new D(0),
    wipedOutAt: led.wipedOutAt,
    modelWipedOutAt: led.modelWipedOutAt,
    totals: {
      accruals: {
        financing: make(s.financing),
        spread: make(s.spread),
        dividends: make(s.dividends),
        expenses: make(s.expenses),
        total: make(add(add(s.financing, s.spread), add(s.dividends, s.expenses))),
      },
      residuals: {
        exposure: make(s.exposure),
        accrual: make(s.accrual),
        flow: make(s.flow),
        day: make(add(add(s.exposure, s.accrual), s.flow)),
      },
      strikeResidual: make(s.strike),
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
 * @throws {@link InverseMathError} `INVALID_TYPE`, `INVALID_DECIMAL`, `NON_FINITE`, `EMPTY_SERIES` / `SERIES_TOO_SHORT` (`indexPrices`), `NOT_POSITIVE` (a price, `initialNav`, `multiplier`, `periodsPerYear`), `NEGATIVE` (`initialAum`, `initialShares`, a cost rate), `INVALID_OPTION` (both or neither of `initialAum` / `initialShares`; flows with both or neither key; an unknown rounding mode; both `dates` and `periodsPerYear`), `LENGTH_MISMATCH`, `INVALID_DATE`, `OUT_OF_RANGE` (a redemption larger than the shares outstanding, with the day's index; a currency flow on a day the NAV is struck at 0; `navDecimals` / `accrualDecimals` not a whole number in [0, 100]; an `initialNav` struck to 0), `UNKNOWN_OPTION` (a key of `options`, `options.costs` or `options.flows` that is not an option)
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
