/**
 * One day of the decimal ledger (`simulateFund` of `./decimal`), in its
 * phases, each on the day's record ({@link Work}): open the day (the index
 * move and the accruals), the unrounded model, strike the NAV, apply the
 * flow, trade at the close, close the day (residuals, totals, the row).
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import type { Flows } from '../internal/options/fund-start.ts';
import { exactAccrual } from './accrual.ts';
import { balance, out, type DecimalLedgerDay, type Ledger, type Work } from './ledger.ts';
import { roundQuotient, roundToDecimals } from './round.ts';
import { carryDecimal, periodAt } from './schedule.ts';
import { classifyFlowDecimal } from './trades.ts';

/**
 * Day `t` of the ledger, phase by phase: open it (the move and the accruals),
 * the unrounded model, the strike, the flow, the trade at the close.
 */
export function ledgerDay(led: Ledger, t: number): DecimalLedgerDay {
  const w = openDay(led, t);
  modelDay(led, w);
  // an empty fund (no shares) is not wiped out by having no assets: like the float simulator, only by g ≤ 0
  if (w.solvent && (led.shares.isZero() ? !w.g.gt(0) : !w.assetsMoved.gt(0))) wipeOut(led, w);
  else if (w.solvent) {
    strikeNav(led, w);
    if (led.flows !== null) applyFlow(led, led.flows, w);
    tradeAtClose(led, w);
  }
  return closeDay(led, w);
}

/**
 * Open the day: the index move and the day's accruals on the previous close's
 * balances, each computed exactly and rounded once to `accrualDecimals`
 * (./accrual.ts), and credited to cash.
 */
function openDay(led: Ledger, t: number): Work {
  const { D, X, L, m, units, vPrev } = led;
  const ZERO = new X(0);
  const price = led.prices[t] as Decimal;
  const v = new X(price).times(m);
  const r = price.div(led.prices[t - 1] as Decimal).minus(1);
  const period = periodAt(D, led.schedule, t - 1);
  const c = led.fixedCarry ?? carryDecimal(L, period);
  const g = L.times(r).plus(c).plus(1);
  const exposurePrev = units.times(vPrev);
  const assetsPrev = exposurePrev.plus(led.cash);
  const solvent = led.wipedOutAt === null;
  // exact: amount·rate·d divided once by 360, 365 or periodsPerYear, rounded once (./accrual.ts)
  const accrue = (rate: Decimal, basis: number, amount: () => Decimal): Decimal =>
    solvent && !rate.isZero()
      ? exactAccrual(amount(), led.schedule, t - 1, basis, led.accrualDecimals, led.accrualRounding)
      : ZERO;
  const financing = accrue(period.financing, 360, () => led.cash.times(period.financing));
  const spread = accrue(period.spread, 360, () => exposurePrev.abs().times(period.spread).neg());
  const dividends = accrue(period.dividendYield, 365, () => exposurePrev.times(period.dividendYield));
  const expenses = accrue(period.expenseRatio, 365, () => assetsPrev.times(period.expenseRatio).neg());
  const total = financing.plus(spread).plus(dividends).plus(expenses);
  led.cash = led.cash.plus(total);
  const valueMoved = units.times(v);
  const afterMove = balance(D, units, valueMoved, led.cash);
  return {
    t,
    price,
    v,
    r,
    c,
    g,
    solvent,
    assetsPrev,
    pnl: solvent ? units.times(v.minus(vPrev)) : ZERO,
    accruals: { financing, spread, dividends, expenses, total },
    valueMoved,
    assetsMoved: valueMoved.plus(led.cash),
    afterMove,
    exposureResidual: ZERO,
    accrualResidual: ZERO,
    navUnrounded: ZERO,
    strikeResidual: ZERO,
    flowShares: ZERO,
    flowCash: ZERO,
    shortfall: ZERO,
    modelFlowCash: new D(0),
    rebalanceTrade: ZERO,
    targetTrade: ZERO,
    tradeUnits: ZERO,
    afterFlow: afterMove,
  };
}

/** The unrounded model's move (the float simulator's day) and the ledger's departures from it. */
function modelDay(led: Ledger, w: Work): void {
  const { D, LX } = led;
  if (led.modelWipedOutAt === null) {
    if (w.g.gt(0)) {
      led.modelNav = led.modelNav.times(w.g);
      led.modelAssets = led.modelAssets.times(w.g);
    } else {
      led.modelWipedOutAt = w.t;
      led.modelNav = new D(0);
      led.modelShares = new D(0);
      led.modelAssets = new D(0);
    }
  }
  if (!w.solvent) return;
  w.exposureResidual = w.pnl.minus(LX.times(w.assetsPrev).times(w.r));
  w.accrualResidual = w.accruals.total.minus(w.assetsPrev.times(w.c));
}

/** Assets `≤ 0`: the position is closed out at `I_t`; NAV 0, no shares, nothing more happens. */
function wipeOut(led: Ledger, w: Work): void {
  const X = led.X;
  led.wipedOutAt = w.t;
  led.nav = new X(0);
  led.shares = new X(0);
  w.navUnrounded = new X(0);
  w.strikeResidual = w.assetsMoved;
  w.rebalanceTrade = w.valueMoved.neg();
  w.targetTrade = w.rebalanceTrade;
  w.tradeUnits = led.units.neg();
}

/** Strike the NAV per share to `navDecimals` (decided exactly); what it leaves stays in the fund. */
function strikeNav(led: Ledger, w: Work): void {
  const { D, shares } = led;
  if (shares.isZero()) {
    w.navUnrounded = new D(led.nav).times(w.g);
    led.nav = roundToDecimals(w.navUnrounded, led.navDecimals, led.navRounding);
  } else {
    w.navUnrounded = new D(w.assetsMoved).div(shares);
    led.nav = roundQuotient(w.assetsMoved, shares.times(led.navUnit), led.navRounding).times(led.navUnit);
  }
  w.strikeResidual = w.assetsMoved.minus(led.nav.times(shares));
}

/** The day's flow in whole shares at the struck NAV, and the model's flow. */
function applyFlow(led: Ledger, flows: Flows<Decimal>, w: Work): void {
  const { X, nav, shares, slack } = led;
  const t = w.t;
  const asked = flows.values[t - 1] as Decimal;
  let requestedShares: Decimal;
  let flowShares = new X(0);
  if (flows.kind === 'shares') {
    requestedShares = new X(asked);
    flowShares = roundQuotient(asked, new X(1), led.shareRounding);
  } else if (asked.isZero()) {
    requestedShares = new X(0);
  } else {
    if (nav.isZero())
      guard.fail(
        'OUT_OF_RANGE',
        `no flow can be converted at a NAV struck at 0 on day ${t}`,
        flows.argument,
        asked,
        t - 1,
      );
    requestedShares = asked.div(nav);
    flowShares = roundQuotient(asked, nav, led.shareRounding);
  }
  const excess =
    flows.kind === 'currency'
      ? asked.neg().gt(w.assetsMoved.times(slack))
      : requestedShares.neg().gt(shares.times(slack));
  if (excess)
    guard.fail(
      'OUT_OF_RANGE',
      `redeems more than the ${shares.toString()} shares outstanding on day ${t}`,
      flows.argument,
      asked,
      t - 1,
    );
  // a request for everything (within the float's slack) cannot round to more than every share
  if (flowShares.neg().gt(shares)) flowShares = shares.neg();
  w.flowShares = flowShares;
  w.flowCash = flowShares.times(nav);
  w.shortfall = flows.kind === 'currency' ? w.flowCash.minus(asked) : flowShares.minus(requestedShares).times(nav);
  led.shares = shares.plus(flowShares);
  if (led.modelWipedOutAt === null) modelFlow(led, flows.kind, asked, w);
}

/** The model's flow: unrounded shares at the model's NAV; a request for everything it has redeems it all. */
function modelFlow(led: Ledger, kind: 'shares' | 'currency', asked: Decimal, w: Work): void {
  const { D, modelNav } = led;
  const modelFlowShares = kind === 'shares' ? asked : asked.div(modelNav);
  w.modelFlowCash = kind === 'shares' ? asked.times(modelNav) : asked;
  if (modelFlowShares.neg().gte(led.modelShares)) {
    // the model redeems everything it has: it never fails where the ledger succeeded
    w.modelFlowCash = led.modelAssets.neg();
    led.modelShares = new D(0);
    led.modelAssets = new D(0);
  } else {
    led.modelShares = led.modelShares.plus(modelFlowShares);
    led.modelAssets = led.modelAssets.plus(w.modelFlowCash);
  }
}

/** The flow's cash in, then the close trade: the target position `L·A` in whole units. */
function tradeAtClose(led: Ledger, w: Work): void {
  const { D, LX } = led;
  led.cash = led.cash.plus(w.flowCash);
  w.afterFlow = balance(D, led.units, w.valueMoved, led.cash);
  const assetsAfterFlow = w.valueMoved.plus(led.cash);
  w.rebalanceTrade = LX.times(w.assetsMoved).minus(w.valueMoved);
  w.targetTrade = w.rebalanceTrade.plus(LX.times(w.flowCash));
  const target = roundQuotient(LX.times(assetsAfterFlow), w.v, led.unitRounding);
  w.tradeUnits = target.minus(led.units);
}

/** Close the day: the trade done in whole units against cash, the residuals, the totals and the day's row. */
function closeDay(led: Ledger, w: Work): DecimalLedgerDay {
  const { D, X, LX, totals: s } = led;
  const totalTrade = w.tradeUnits.times(w.v);
  led.cash = led.cash.minus(totalTrade);
  led.units = led.units.plus(w.tradeUnits);
  const valueClose = led.units.times(w.v);
  const afterTrade = balance(D, led.units, valueClose, led.cash);
  const flowTrade = LX.times(w.flowCash);
  const flowResidual = new X(w.flowCash).minus(w.modelFlowCash);
  const a = w.accruals;
  s.financing = s.financing.plus(a.financing);
  s.spread = s.spread.plus(a.spread);
  s.dividends = s.dividends.plus(a.dividends);
  s.expenses = s.expenses.plus(a.expenses);
  s.exposure = s.exposure.plus(w.exposureResidual);
  s.accrual = s.accrual.plus(w.accrualResidual);
  s.flow = s.flow.plus(flowResidual);
  s.strike = s.strike.plus(w.strikeResidual);
  s.traded = s.traded.plus(totalTrade.abs());
  s.rebalanced = s.rebalanced.plus(w.rebalanceTrade.abs());
  s.flowed = s.flowed.plus(flowTrade.abs());
  s.aum = s.aum.plus(valueClose.plus(led.cash));
  led.vPrev = w.v;
  return {
    day: w.t,
    indexPrice: w.price,
    indexReturn: w.r,
    nav: out(D, led.nav),
    navUnrounded: new D(w.navUnrounded),
    strikeResidual: out(D, w.strikeResidual),
    sharesOutstanding: out(D, led.shares),
    afterMove: w.afterMove,
    afterFlow: w.afterFlow,
    afterTrade,
    aum: afterTrade.assets,
    aumBeforeFlow: w.afterMove.assets,
    pnl: out(D, w.pnl),
    accruals: {
      financing: out(D, a.financing),
      spread: out(D, a.spread),
      dividends: out(D, a.dividends),
      expenses: out(D, a.expenses),
      total: out(D, a.total),
    },
    exposureBefore: w.afterMove.positionValue,
    exposureAfter: afterTrade.positionValue,
    rebalanceTrade: out(D, w.rebalanceTrade),
    flowShares: out(D, w.flowShares),
    flow: out(D, w.flowCash),
    flowShortfall: out(D, w.shortfall),
    flowTrade: out(D, flowTrade),
    tradeUnits: out(D, w.tradeUnits),
    totalTrade: out(D, totalTrade),
    tradeResidual: out(D, totalTrade.minus(w.targetTrade)),
    flowEffect: classifyFlowDecimal(w.rebalanceTrade, flowTrade),
    model: { nav: led.modelNav, shares: led.modelShares, assets: led.modelAssets },
    residual: {
      exposure: out(D, w.exposureResidual),
      accrual: out(D, w.accrualResidual),
      flow: out(D, flowResidual),
      day: out(D, w.exposureResidual.plus(w.accrualResidual).plus(flowResidual)),
      carried: out(D, valueClose.plus(led.cash).minus(led.modelAssets)),
    },
  };
}
