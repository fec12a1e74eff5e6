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
import {
  out,
  type DecimalAccruals,
  type DecimalLedgerBalance,
  type DecimalLedgerDay,
  type Ledger,
  type Work,
} from './ledger.ts';
import { roundQuotient, roundQuotientTo, roundToDecimals } from './round.ts';
import { toScaled } from './scaled.ts';
import { carryDecimal, periodAt, type DecimalPeriod } from './schedule.ts';
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

/** `a + b + c + d`, skipping zeros (an accrual is often 0): the same exact sum, fewer operations. */
function sum4(zero: Decimal, a: Decimal, b: Decimal, c: Decimal, d: Decimal): Decimal {
  let s = zero;
  for (const x of [a, b, c, d]) if (!x.isZero()) s = s.isZero() ? x : s.plus(x);
  return s;
}

/**
 * The day's accruals on the previous close's balances, each computed exactly
 * and rounded once to `accrualDecimals` (./accrual.ts); 0 when the rate is 0
 * or the fund was wiped out.
 */
function accrue(led: Ledger, period: DecimalPeriod, i: number, solvent: boolean): DecimalAccruals {
  const { zero, accrual: rule, value: exposure } = led;
  const on = (rate: Decimal): boolean => solvent && !rate.isZero();
  const { financing: rf, spread: sp, dividendYield: q, expenseRatio: f } = period;
  const financing = on(rf) ? exactAccrual(led.cash.times(rf), rule, i, true) : zero;
  // −|E|·s (s ≥ 0): the negative of the position's magnitude times the spread
  const spread = on(sp)
    ? exactAccrual((exposure.isNegative() ? exposure : exposure.neg()).times(sp), rule, i, true)
    : zero;
  const dividends = on(q) ? exactAccrual(exposure.times(q), rule, i, false) : zero;
  const expenses = on(f) ? exactAccrual(led.assets.times(f).neg(), rule, i, false) : zero;
  return { financing, spread, dividends, expenses, total: sum4(zero, financing, spread, dividends, expenses) };
}

/**
 * Open the day: the index move and the day's accruals on the previous close's
 * balances (its position value and assets, kept from the close), credited to
 * cash.
 */
function openDay(led: Ledger, t: number): Work {
  const { D, L, m, units, zero } = led;
  const price = led.prices[t] as Decimal;
  // every use of v has an exact receiver (units, trades) or is a divisor of roundQuotient: no copy needed
  const v = led.unitMultiplier ? price : new led.X(price).times(m);
  const r = price.div(led.prices[t - 1] as Decimal).minus(1);
  const period = led.fixedPeriod ?? periodAt(D, led.schedule, t - 1);
  const c = led.fixedCarry ?? carryDecimal(L, period);
  const g = L.times(r).plus(c).plus(1);
  const exposurePrev = led.value;
  const assetsPrev = led.assets;
  const solvent = led.wipedOutAt === null;
  const accruals = accrue(led, period, t - 1, solvent);
  if (!accruals.total.isZero()) led.cash = led.cash.plus(accruals.total);
  const valueMoved = units.times(v);
  const assetsMoved = valueMoved.plus(led.cash);
  const afterMove = balance(led, valueMoved, assetsMoved);
  return {
    t,
    price,
    v,
    r,
    c,
    g,
    solvent,
    assetsPrev,
    // units·(v − v_{t−1}) = units·v − the value at the last close, exactly
    pnl: solvent ? valueMoved.minus(exposurePrev) : zero,
    accruals,
    valueMoved,
    assetsMoved,
    afterMove,
    exposureResidual: zero,
    accrualResidual: zero,
    navUnrounded: zero,
    strikeResidual: zero,
    flowShares: zero,
    flowCash: zero,
    shortfall: zero,
    modelFlowCash: led.zeroD,
    flowTrade: zero,
    exposureClose: null,
    rebalanceTrade: zero,
    targetTrade: zero,
    tradeUnits: zero,
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
  const exposurePrev = led.exposureClose ?? LX.times(w.assetsPrev); // L·A_{t−1}, kept from the last close
  w.exposureResidual = w.pnl.minus(exposurePrev.times(w.r));
  w.accrualResidual = w.accruals.total.minus(w.assetsPrev.times(w.c));
}

/** Assets `≤ 0`: the position is closed out at `I_t`; NAV 0, no shares, nothing more happens. */
function wipeOut(led: Ledger, w: Work): void {
  led.wipedOutAt = w.t;
  led.nav = led.zero;
  led.shares = led.zero;
  w.navUnrounded = led.zero;
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
    led.nav = roundQuotientTo(w.assetsMoved, toScaled(shares), led.navDecimals, led.navRounding);
  }
  w.strikeResidual = w.assetsMoved.minus(led.nav.times(shares));
}

/** The day's flow in whole shares at the struck NAV, and the model's flow. */
function applyFlow(led: Ledger, flows: Flows<Decimal>, w: Work): void {
  const { X, nav, shares, slack, zero } = led;
  const t = w.t;
  const asked = flows.values[t - 1] as Decimal;
  let requestedShares = zero;
  let flowShares = zero;
  let excess: boolean;
  if (flows.kind === 'shares') {
    requestedShares = asked;
    // a whole number of shares: rounding a decimal to 0 places is exact (./round.ts)
    flowShares = roundToDecimals(new X(asked), 0, led.shareRounding);
    // only a redemption can exceed the shares outstanding
    excess = asked.isNegative() && asked.neg().gt(shares.times(slack));
  } else {
    if (!asked.isZero()) {
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
    excess = asked.neg().gt(w.assetsMoved.times(slack));
  }
  if (excess)
    guard.fail(
      'OUT_OF_RANGE',
      `redeems more than the ${shares.toString()} shares outstanding on day ${t}`,
      flows.argument,
      asked,
      t - 1,
    );
  // a request for everything (within the float's slack) cannot round to more than every share
  if (flowShares.isZero()) flowShares = zero;
  else if (flowShares.isNegative() && flowShares.neg().gt(shares)) flowShares = shares.neg();
  w.flowShares = flowShares;
  if (!flowShares.isZero()) {
    w.flowCash = flowShares.times(nav);
    led.shares = shares.plus(flowShares);
  }
  const shortShares = flows.kind === 'currency' ? null : flowShares.minus(requestedShares);
  if (shortShares === null) w.shortfall = w.flowCash.minus(asked);
  else if (!shortShares.isZero()) w.shortfall = shortShares.times(nav);
  if (led.modelWipedOutAt === null) modelFlow(led, flows.kind, asked, w);
}

/** The model's flow: unrounded shares at the model's NAV; a request for everything it has redeems it all. */
function modelFlow(led: Ledger, kind: 'shares' | 'currency', asked: Decimal, w: Work): void {
  const { D, modelNav } = led;
  const modelFlowShares = kind === 'shares' ? asked : asked.div(modelNav);
  w.modelFlowCash = kind === 'shares' ? asked.times(modelNav) : asked;
  // a creation (> 0) never redeems everything: the comparison is needed only for 0 and redemptions
  if ((asked.isZero() || asked.isNegative()) && modelFlowShares.neg().gte(led.modelShares)) {
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
  const exposureTarget = LX.times(w.assetsMoved);
  w.rebalanceTrade = exposureTarget.minus(w.valueMoved);
  let targetAfterFlow = exposureTarget;
  w.targetTrade = w.rebalanceTrade;
  if (!w.flowCash.isZero()) {
    led.cash = led.cash.plus(w.flowCash);
    const m = w.afterMove;
    w.afterFlow = {
      positionUnits: m.positionUnits,
      positionValue: m.positionValue,
      cash: out(D, led.cash),
      assets: out(D, w.valueMoved.plus(led.cash)),
    };
    // L·(assets + flow) = L·assets + L·flow, exactly
    w.flowTrade = LX.times(w.flowCash);
    targetAfterFlow = exposureTarget.plus(w.flowTrade);
    w.targetTrade = w.rebalanceTrade.plus(w.flowTrade);
  }
  // the trade keeps the assets: L·assets at this close, the model's next exposure (modelDay)
  w.exposureClose = targetAfterFlow;
  const target = roundQuotient(targetAfterFlow, w.v, led.unitRounding);
  w.tradeUnits = target.minus(led.units);
}

/** `total + |x|`, exactly, without the copy `abs` makes. */
function addAbs(total: Decimal, x: Decimal): Decimal {
  if (x.isZero()) return total;
  return x.isNegative() ? total.minus(x) : total.plus(x);
}

/** `total + x`, exactly; `total` itself when `x` is 0. */
function add(total: Decimal, x: Decimal): Decimal {
  return x.isZero() ? total : total.plus(x);
}

/** Add the day to the running totals. */
function addTotals(led: Ledger, w: Work, totalTrade: Decimal, flowResidual: Decimal, assetsClose: Decimal): void {
  const s = led.totals;
  const a = w.accruals;
  s.financing = add(s.financing, a.financing);
  s.spread = add(s.spread, a.spread);
  s.dividends = add(s.dividends, a.dividends);
  s.expenses = add(s.expenses, a.expenses);
  s.exposure = add(s.exposure, w.exposureResidual);
  s.accrual = add(s.accrual, w.accrualResidual);
  s.flow = add(s.flow, flowResidual);
  s.strike = add(s.strike, w.strikeResidual);
  s.traded = addAbs(s.traded, totalTrade);
  s.rebalanced = addAbs(s.rebalanced, w.rebalanceTrade);
  s.flowed = addAbs(s.flowed, w.flowTrade);
  s.aum = s.aum.plus(assetsClose);
}

/** Close the day: the trade done in whole units against cash, the residuals, the totals and the day's row. */
function closeDay(led: Ledger, w: Work): DecimalLedgerDay {
  const { D, zero } = led;
  let totalTrade = zero;
  let valueClose = w.valueMoved;
  if (!w.tradeUnits.isZero()) {
    totalTrade = w.tradeUnits.times(w.v);
    led.cash = led.cash.minus(totalTrade);
    led.units = led.units.plus(w.tradeUnits);
    led.unitsOut = out(D, led.units);
    // units·v after the trade = value before it + the trade, exactly
    valueClose = w.valueMoved.plus(totalTrade);
  }
  const assetsClose = valueClose.plus(led.cash);
  const afterTrade = balance(led, valueClose, assetsClose);
  const flowResidual = w.flowCash.minus(w.modelFlowCash);
  addTotals(led, w, totalTrade, flowResidual, assetsClose);
  led.value = valueClose;
  led.assets = assetsClose;
  led.exposureClose = w.exposureClose;
  return row(led, w, afterTrade, totalTrade, flowResidual, assetsClose);
}

/** The day's row: every amount in the context's constructor, never −0. */
function row(
  led: Ledger,
  w: Work,
  afterTrade: DecimalLedgerBalance,
  totalTrade: Decimal,
  flowResidual: Decimal,
  assetsClose: Decimal,
): DecimalLedgerDay {
  const D = led.D;
  const a = w.accruals;
  return {
    day: w.t,
    indexPrice: w.price,
    indexReturn: w.r,
    nav: out(D, led.nav),
    // a strike's unrounded NAV is already the context's (a Decimal is immutable); a wipe-out's 0 is not
    navUnrounded: w.navUnrounded.constructor === D ? w.navUnrounded : new D(w.navUnrounded),
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
    flowTrade: out(D, w.flowTrade),
    tradeUnits: out(D, w.tradeUnits),
    totalTrade: out(D, totalTrade),
    tradeResidual: out(D, totalTrade.minus(w.targetTrade)),
    flowEffect: classifyFlowDecimal(w.rebalanceTrade, w.flowTrade),
    model: { nav: led.modelNav, shares: led.modelShares, assets: led.modelAssets },
    residual: {
      exposure: out(D, w.exposureResidual),
      accrual: out(D, w.accrualResidual),
      flow: out(D, flowResidual),
      day: out(D, w.exposureResidual.plus(w.accrualResidual).plus(flowResidual)),
      carried: out(D, assetsClose.minus(led.modelAssets)),
    },
  };
}

/** The balance sheet of the ledger's position and cash, with the position's value and the assets given (each returned as a copy). */
function balance(led: Ledger, value: Decimal, assets: Decimal): DecimalLedgerBalance {
  const D = led.D;
  return { positionUnits: led.unitsOut, positionValue: out(D, value), cash: out(D, led.cash), assets: out(D, assets) };
}
