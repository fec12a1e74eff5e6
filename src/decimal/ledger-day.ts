/**
 * One day of the decimal ledger (`simulateFund` of `./decimal`), in its
 * phases, each on the day's record ({@link Work}): open the day (the index
 * move and the accruals), the unrounded model, strike the NAV, apply the
 * flow, trade at the close, close the day (residuals, totals, the row).
 *
 * The arithmetic is on exact scaled integers (./scaled-math.ts); the
 * operations decimal.js would round in the context's constructor (the index
 * return, the growth factor, the model, the unrounded NAV) are rounded the
 * same way, to the context's precision under its rounding. Decimals are made
 * only for what the row returns.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import * as guard from '../internal/guards.ts';
import type { Flows } from '../internal/options/fund-start.ts';
import {
  accrue,
  addTotals,
  scaledPeriod,
  type DecimalLedgerBalance,
  type DecimalLedgerDay,
  type Ledger,
  type Work,
} from './ledger.ts';
import type { Scaled } from './scaled.ts';
import {
  add,
  addOne,
  compare,
  divideSignificant,
  isZero,
  mul,
  neg,
  quotientTo,
  roundSignificant,
  roundTo,
  sameScaled,
  sign,
  sub,
  subOne,
  ZERO,
} from './scaled-math.ts';
import { periodAt } from './schedule.ts';
import { classifyFlowDecimal } from './trades.ts';

/**
 * Day `t` of the ledger, phase by phase: open it (the move and the accruals),
 * the unrounded model, the strike, the flow, the trade at the close.
 */
export function ledgerDay(led: Ledger, t: number): DecimalLedgerDay {
  const w = openDay(led, t);
  modelDay(led, w);
  // an empty fund (no shares) is not wiped out by having no assets: like the float simulator, only by g ≤ 0
  if (w.solvent && (isZero(led.shares) ? sign(w.g) <= 0 : sign(w.assetsMoved) <= 0)) wipeOut(led, w);
  else if (w.solvent) {
    strikeNav(led, w);
    if (led.flows !== null) applyFlow(led, led.flows, w);
    tradeAtClose(led, w);
  }
  return closeDay(led, w);
}

/** `x` rounded to the context's precision under its rounding (what decimal.js does to a result in `D`). */
function inContext(led: Ledger, x: Scaled): Scaled {
  return roundSignificant(x, led.precision, led.rounding);
}

/**
 * Open the day: the index move and the day's accruals on the previous close's
 * balances (its position value and assets, kept from the close), credited to
 * cash.
 */
function openDay(led: Ledger, t: number): Work {
  const price = led.scaledPrices[t] as Scaled;
  const v = led.m === null ? price : mul(price, led.m);
  // price.div(previous).minus(1) in the context: two roundings
  const r = inContext(
    led,
    subOne(divideSignificant(price, led.scaledPrices[t - 1] as Scaled, led.precision, led.rounding)),
  );
  const period = led.fixedPeriod ?? scaledPeriod(led.leverage, periodAt(led.D, led.schedule, t - 1));
  const c = period.carry;
  // L.times(r).plus(c).plus(1) in the context: three roundings
  const g = inContext(led, addOne(inContext(led, add(inContext(led, mul(led.L, r)), c))));
  const exposurePrev = led.value;
  const assetsPrev = led.assets;
  const solvent = led.wipedOutAt === null;
  const accruals = accrue(led, period, t - 1, solvent);
  led.cash = add(led.cash, accruals.total);
  const valueMoved = mul(led.units, v);
  const assetsMoved = add(valueMoved, led.cash);
  const afterMove = balance(led, valueMoved, out(led, assetsMoved));
  return {
    t,
    v,
    r,
    c,
    g,
    solvent,
    assetsPrev,
    // units·(v − v_{t−1}) = units·v − the value at the last close, exactly
    pnl: solvent ? sub(valueMoved, exposurePrev) : ZERO,
    accruals,
    valueMoved,
    assetsMoved,
    afterMove,
    exposureResidual: ZERO,
    accrualResidual: ZERO,
    navUnrounded: ZERO,
    strikeResidual: ZERO,
    flowShares: ZERO,
    flowCash: ZERO,
    shortfall: ZERO,
    modelFlowCash: ZERO,
    flowTrade: ZERO,
    exposureClose: null,
    rebalanceTrade: ZERO,
    targetTrade: ZERO,
    tradeUnits: ZERO,
    afterFlow: afterMove,
    assetsFlowed: assetsMoved,
    modelMoved: false,
  };
}

/**
 * The model as the rows report it, made again after the model moved; its
 * shares are the ledger's Decimal when the two are the same number (whole
 * shares asked in shares: every day).
 */
function modelOut(led: Ledger): void {
  const { modelShares: m, shares } = led;
  led.modelOut = {
    nav: out(led, led.modelNav),
    shares: sameScaled(m, shares) ? led.sharesOut : out(led, m),
    assets: out(led, led.modelAssets),
  };
}

/** `x` as a Decimal of the context's constructor; every 0 of a run is one Decimal (immutable, so shared). */
function out(led: Ledger, x: Scaled): Decimal {
  return x.int === 0n ? led.zeroOut : led.make(x);
}

/** The unrounded model's move (the float simulator's day) and the ledger's departures from it. */
function modelDay(led: Ledger, w: Work): void {
  if (led.modelWipedOutAt === null) {
    if (sign(w.g) > 0) {
      led.modelNav = inContext(led, mul(led.modelNav, w.g));
      led.modelAssets = inContext(led, mul(led.modelAssets, w.g));
    } else {
      led.modelWipedOutAt = w.t;
      led.modelNav = ZERO;
      led.modelShares = ZERO;
      led.modelAssets = ZERO;
    }
    w.modelMoved = true;
  }
  if (!w.solvent) return;
  const exposurePrev = led.exposureClose ?? mul(led.L, w.assetsPrev); // L·A_{t−1}, kept from the last close
  w.exposureResidual = sub(w.pnl, mul(exposurePrev, w.r));
  w.accrualResidual = sub(w.accruals.total, mul(w.assetsPrev, w.c));
}

/** Assets `≤ 0`: the position is closed out at `I_t`; NAV 0, no shares, nothing more happens. */
function wipeOut(led: Ledger, w: Work): void {
  led.wipedOutAt = w.t;
  led.nav = ZERO;
  led.shares = ZERO;
  led.sharesOut = led.zeroOut;
  w.navUnrounded = ZERO;
  w.strikeResidual = w.assetsMoved;
  w.rebalanceTrade = neg(w.valueMoved);
  w.targetTrade = w.rebalanceTrade;
  w.tradeUnits = neg(led.units);
}

/** Strike the NAV per share to `navDecimals` (decided exactly); what it leaves stays in the fund. */
function strikeNav(led: Ledger, w: Work): void {
  const { shares } = led;
  if (isZero(shares)) {
    w.navUnrounded = inContext(led, mul(led.nav, w.g));
    led.nav = roundTo(w.navUnrounded, led.navDecimals, led.navRounding);
  } else {
    w.navUnrounded = divideSignificant(w.assetsMoved, shares, led.precision, led.rounding);
    led.nav = quotientTo(w.assetsMoved, shares, led.navDecimals, led.navRounding);
  }
  w.strikeResidual = sub(w.assetsMoved, mul(led.nav, shares));
}

/** The day's flow in whole shares at the struck NAV, and the model's flow. */
function applyFlow(led: Ledger, flows: Flows<Decimal>, w: Work): void {
  const { nav, shares, slack } = led;
  const t = w.t;
  const given = flows.values[t - 1] as Decimal;
  const asked = led.scaledFlows?.[t - 1] as Scaled;
  let requestedShares = ZERO;
  let flowShares = ZERO;
  let excess: boolean;
  if (flows.kind === 'shares') {
    requestedShares = asked;
    flowShares = roundTo(asked, 0, led.shareRounding);
    // only a redemption can exceed the shares outstanding
    excess = sign(asked) < 0 && compare(neg(asked), mul(shares, slack)) > 0;
  } else {
    if (!isZero(asked)) {
      if (isZero(nav))
        guard.fail(
          'OUT_OF_RANGE',
          `no flow can be converted at a NAV struck at 0 on day ${t}`,
          flows.argument,
          given,
          t - 1,
        );
      requestedShares = divideSignificant(asked, nav, led.precision, led.rounding);
      flowShares = quotientTo(asked, nav, 0, led.shareRounding);
    }
    excess = compare(neg(asked), mul(w.assetsMoved, slack)) > 0;
  }
  if (excess)
    guard.fail(
      'OUT_OF_RANGE',
      `redeems more than the ${out(led, shares).toString()} shares outstanding on day ${t}`,
      flows.argument,
      given,
      t - 1,
    );
  // a request for everything (within the float's slack) cannot round to more than every share
  if (sign(flowShares) < 0 && compare(neg(flowShares), shares) > 0) flowShares = neg(shares);
  w.flowShares = flowShares;
  if (!isZero(flowShares)) {
    w.flowCash = mul(flowShares, nav);
    led.shares = add(shares, flowShares);
    led.sharesOut = out(led, led.shares);
  }
  if (flows.kind === 'currency') w.shortfall = sub(w.flowCash, asked);
  else w.shortfall = mul(sub(flowShares, requestedShares), nav);
  if (led.modelWipedOutAt === null) modelFlow(led, flows.kind, asked, w);
}

/** The model's flow: unrounded shares at the model's NAV; a request for everything it has redeems it all. */
function modelFlow(led: Ledger, kind: 'shares' | 'currency', asked: Scaled, w: Work): void {
  const { modelNav } = led;
  const modelFlowShares = kind === 'shares' ? asked : divideSignificant(asked, modelNav, led.precision, led.rounding);
  w.modelFlowCash = kind === 'shares' ? inContext(led, mul(asked, modelNav)) : asked;
  // a creation (> 0) never redeems everything: the comparison is needed only for 0 and redemptions
  if (sign(asked) <= 0 && compare(neg(modelFlowShares), led.modelShares) >= 0) {
    // the model redeems everything it has: it never fails where the ledger succeeded
    w.modelFlowCash = neg(led.modelAssets);
    led.modelShares = ZERO;
    led.modelAssets = ZERO;
  } else {
    led.modelShares = inContext(led, add(led.modelShares, modelFlowShares));
    led.modelAssets = inContext(led, add(led.modelAssets, w.modelFlowCash));
  }
  w.modelMoved = true;
}

/** The flow's cash in, then the close trade: the target position `L·A` in whole units. */
function tradeAtClose(led: Ledger, w: Work): void {
  const { L } = led;
  const exposureTarget = mul(L, w.assetsMoved);
  w.rebalanceTrade = sub(exposureTarget, w.valueMoved);
  let targetAfterFlow = exposureTarget;
  w.targetTrade = w.rebalanceTrade;
  if (!isZero(w.flowCash)) {
    led.cash = add(led.cash, w.flowCash);
    const m = w.afterMove;
    w.assetsFlowed = add(w.valueMoved, led.cash);
    w.afterFlow = {
      positionUnits: m.positionUnits,
      positionValue: m.positionValue,
      cash: out(led, led.cash),
      assets: out(led, w.assetsFlowed),
    };
    // L·(assets + flow) = L·assets + L·flow, exactly
    w.flowTrade = mul(L, w.flowCash);
    targetAfterFlow = add(exposureTarget, w.flowTrade);
    w.targetTrade = add(w.rebalanceTrade, w.flowTrade);
  }
  // the trade keeps the assets: L·assets at this close, the model's next exposure (modelDay)
  w.exposureClose = targetAfterFlow;
  w.tradeUnits = sub(quotientTo(targetAfterFlow, w.v, 0, led.unitRounding), led.units);
}

/** Close the day: the trade done in whole units against cash, the residuals, the totals and the day's row. */
function closeDay(led: Ledger, w: Work): DecimalLedgerDay {
  let totalTrade = ZERO;
  let valueClose = w.valueMoved;
  if (!isZero(w.tradeUnits)) {
    totalTrade = mul(w.tradeUnits, w.v);
    led.cash = sub(led.cash, totalTrade);
    led.units = add(led.units, w.tradeUnits);
    led.unitsOut = out(led, led.units);
    // units·v after the trade = value before it + the trade, exactly
    valueClose = add(w.valueMoved, totalTrade);
  }
  const assetsClose = add(valueClose, led.cash);
  // the trade moves value and cash by the same amount: the assets are the flow's, one Decimal when written alike
  const afterTrade = balance(
    led,
    valueClose,
    sameScaled(assetsClose, w.assetsFlowed) ? w.afterFlow.assets : out(led, assetsClose),
  );
  const flowResidual = sub(w.flowCash, w.modelFlowCash);
  addTotals(led.totals, w, totalTrade, flowResidual, assetsClose);
  led.value = valueClose;
  led.assets = assetsClose;
  led.exposureClose = w.exposureClose;
  if (w.modelMoved) modelOut(led);
  return row(led, w, afterTrade, totalTrade, flowResidual, assetsClose);
}

/** The day's row: every amount a Decimal of the context's constructor, never −0. */
function row(
  led: Ledger,
  w: Work,
  afterTrade: DecimalLedgerBalance,
  totalTrade: Scaled,
  flowResidual: Scaled,
  assetsClose: Scaled,
): DecimalLedgerDay {
  const a = w.accruals;
  const rebalanceTrade = out(led, w.rebalanceTrade);
  const flowTrade = out(led, w.flowTrade);
  return {
    day: w.t,
    indexPrice: led.prices[w.t] as Decimal,
    indexReturn: out(led, w.r),
    nav: out(led, led.nav),
    navUnrounded: out(led, w.navUnrounded),
    strikeResidual: out(led, w.strikeResidual),
    sharesOutstanding: led.sharesOut,
    afterMove: w.afterMove,
    afterFlow: w.afterFlow,
    afterTrade,
    aum: afterTrade.assets,
    aumBeforeFlow: w.afterMove.assets,
    pnl: out(led, w.pnl),
    accruals: {
      financing: out(led, a.financing),
      spread: out(led, a.spread),
      dividends: out(led, a.dividends),
      expenses: out(led, a.expenses),
      total: out(led, a.total),
    },
    exposureBefore: w.afterMove.positionValue,
    exposureAfter: afterTrade.positionValue,
    rebalanceTrade,
    flowShares: out(led, w.flowShares),
    flow: out(led, w.flowCash),
    flowShortfall: out(led, w.shortfall),
    flowTrade,
    tradeUnits: out(led, w.tradeUnits),
    totalTrade: out(led, totalTrade),
    tradeResidual: out(led, sub(totalTrade, w.targetTrade)),
    flowEffect: classifyFlowDecimal(rebalanceTrade, flowTrade),
    // made today (the day's own object) or kept from an earlier day (a copy: no two rows share an object)
    model: w.modelMoved ? led.modelOut : { ...led.modelOut },
    residual: {
      exposure: out(led, w.exposureResidual),
      accrual: out(led, w.accrualResidual),
      flow: out(led, flowResidual),
      day: out(led, add(add(w.exposureResidual, w.accrualResidual), flowResidual)),
      carried: out(led, sub(assetsClose, led.modelAssets)),
    },
  };
}

/** The balance sheet of the ledger's position and cash, with the position's value and the assets (made) given. */
function balance(led: Ledger, value: Scaled, assets: Decimal): DecimalLedgerBalance {
  return {
    positionUnits: led.unitsOut,
    positionValue: out(led, value),
    cash: out(led, led.cash),
    assets,
  };
}
