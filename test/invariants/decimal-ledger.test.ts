/**
 * docs/concepts.md §7, invariant I8 (conservation of the decimal ledger), over random
 * paths, flows, costs, rounding settings and precisions:
 *
 * 1. assets = position value + cash exactly, after the move, after the flow
 *    and after the trade, every day; position value = whole units × price ×
 *    multiplier exactly; and every change of cash and assets is a recorded
 *    amount (P&L, accruals, flow, trade): nothing appears or vanishes.
 * 2. The NAV strike, the share counts and the position follow their named
 *    rounding modes.
 * 3. The residuals explain every difference from the unrounded model: with
 *    `M` rebuilt here, independently, from the inputs (docs/concepts.md §3 carry, the
 *    float simulator's flows), `assets_t − M_t = R_t` where
 *    `R_t = R_{t−1}·g_t + exposure_t + accrual_t + flow_t` is carried from the
 *    ledger's reported daily residuals — up to the model's own rounding at
 *    the context's precision.
 */
import { fc, test } from '@fast-check/vitest';
import { Decimal } from 'decimal.js';
import { describe, expect } from 'vitest';
import {
  isInverseMathError,
  simulateFund,
  type DecimalFundLedger,
  type DecimalLedgerBalance,
  type RoundingMode,
} from '../../src/decimal/index.ts';
import { ledgerCase, type LedgerCase } from '../helpers/decimal-arbitraries.ts';

// Exact for every sum and product the ledger makes; 80 digits for the model's divisions.
const X = Decimal.clone({ precision: 1000 });
const M = Decimal.clone({ precision: 80 });
const x = (v: Decimal.Value): Decimal => new X(v);
const HALF_MODES: readonly RoundingMode[] = ['half-even', 'half-up', 'half-down', 'half-ceil', 'half-floor'];

function run(c: LedgerCase): DecimalFundLedger | null {
  try {
    return simulateFund(c.options);
  } catch (error) {
    // random redemptions may exceed what a fund that lost money still has: not this property's subject
    if (isInverseMathError(error) && error.code === 'OUT_OF_RANGE' && error.argument.startsWith('options.flows'))
      return null;
    throw error;
  }
}

function expectBalanced(b: DecimalLedgerBalance, unitValue: Decimal, where: string): void {
  expect(b.positionUnits.isInteger(), `${where}: whole units`).toBe(true);
  expect(x(b.positionUnits).times(unitValue).eq(b.positionValue), `${where}: value = units × price × multiplier`).toBe(
    true,
  );
  expect(x(b.positionValue).plus(b.cash).eq(b.assets), `${where}: assets = value + cash`).toBe(true);
}

/** `|actual − target| ≤ bound`, and the direction a directed mode imposes (`actual − target` for a positive quantity). */
function expectRounded(actual: Decimal, target: Decimal, unit: Decimal, mode: RoundingMode, where: string): void {
  const diff = x(actual).minus(target);
  const bound = HALF_MODES.includes(mode) ? x(unit).div(2) : x(unit);
  expect(diff.abs().lte(bound), `${where}: ${actual} vs ${target} (${mode})`).toBe(true);
  if (diff.abs().eq(bound) && HALF_MODES.includes(mode)) {
    // a tie: the mode decides
    const up = diff.isPositive(); // rounded toward +∞
    const positive = x(target).isPositive();
    const expectUp = {
      'half-even': null,
      'half-up': positive,
      'half-down': !positive,
      'half-ceil': true,
      'half-floor': false,
    }[mode as 'half-even'];
    if (expectUp !== null) expect(up, `${where}: tie (${mode})`).toBe(expectUp);
    else expect(x(actual).div(unit).mod(2).isZero(), `${where}: tie to even`).toBe(true);
  }
  if (mode === 'floor') expect(diff.lte(0), where).toBe(true);
  if (mode === 'ceil') expect(diff.gte(0), where).toBe(true);
  if (mode === 'toward-zero') expect(x(actual).abs().lte(x(target).abs()), where).toBe(true);
  if (mode === 'away-from-zero') expect(x(actual).abs().gte(x(target).abs()), where).toBe(true);
}

describe('I8: the decimal ledger conserves value and explains every difference from the unrounded model', () => {
  test.prop([ledgerCase()])(
    'assets = position value + cash at every step, every change recorded, residuals carried',
    (c) => {
      const r = run(c);
      fc.pre(r !== null);
      const ledger = r as DecimalFundLedger;
      const o = c.options;
      const prices = (o.indexPrices as string[]).map((p) => x(p));
      const m = x(o.multiplier as string);
      const L = x(o.leverage as string);
      const navUnit = x(10).pow(-(o.navDecimals as number));
      const precision = o.precision as number;

      // Opening
      expectBalanced(ledger.opening, prices[0]!.times(m), 'opening');
      expect(ledger.opening.shares.isInteger()).toBe(true);
      expect(x(ledger.opening.shares).times(ledger.opening.nav).eq(ledger.opening.assets)).toBe(true);
      expect(ledger.opening.nav.decimalPlaces()).toBeLessThanOrEqual(o.navDecimals as number);

      // The unrounded model, rebuilt here from the inputs.
      const navGiven = new M(o.initialNav as string);
      let modelAssets =
        o.initialAum !== undefined ? new M(o.initialAum as string) : new M(o.initialShares as string).times(navGiven);
      let modelNav = navGiven;
      let modelShares =
        o.initialAum !== undefined ? new M(o.initialAum as string).div(navGiven) : new M(o.initialShares as string);
      expect(x(ledger.opening.assets).minus(modelAssets).eq(ledger.opening.residual), 'opening residual').toBe(true);
      let carried = new M(ledger.opening.residual);
      const tolerance = (t: number, scale: Decimal): Decimal =>
        new M(10)
          .pow(4 - precision)
          .times(t + 2)
          .times(Decimal.max(1, scale.abs()));

      let prev: DecimalLedgerBalance = ledger.opening;
      let prevShares = ledger.opening.shares;
      let alive = true;
      let traded = x(0);
      for (const day of ledger.days) {
        const t = day.day;
        const price = prices[t]!;
        const unitValue = price.times(m);
        const where = `day ${t}`;

        // 1. Conservation, exactly.
        expectBalanced(day.afterMove, unitValue, `${where} after the move`);
        expectBalanced(day.afterFlow, unitValue, `${where} after the flow`);
        expectBalanced(day.afterTrade, unitValue, `${where} after the trade`);
        const a = day.accruals;
        expect(
          x(a.financing).plus(a.spread).plus(a.dividends).plus(a.expenses).eq(a.total),
          `${where}: accrual total`,
        ).toBe(true);
        for (const v of [a.financing, a.spread, a.dividends, a.expenses])
          expect(v.decimalPlaces()).toBeLessThanOrEqual(o.accrualDecimals as number);
        expect(
          x(prev.positionUnits)
            .times(price.minus(prices[t - 1]!))
            .times(m)
            .eq(day.pnl),
          `${where}: P&L`,
        ).toBe(true);
        expect(day.afterMove.positionUnits.eq(prev.positionUnits), `${where}: the move trades nothing`).toBe(true);
        expect(x(prev.cash).plus(a.total).eq(day.afterMove.cash), `${where}: cash after accruals`).toBe(true);
        expect(x(prev.assets).plus(day.pnl).plus(a.total).eq(day.afterMove.assets), `${where}: assets bridge`).toBe(
          true,
        );
        expect(day.afterFlow.positionUnits.eq(day.afterMove.positionUnits)).toBe(true);
        expect(x(day.afterMove.cash).plus(day.flow).eq(day.afterFlow.cash), `${where}: cash after the flow`).toBe(true);
        expect(x(day.flowShares).times(day.nav).eq(day.flow), `${where}: flow = shares × NAV`).toBe(true);
        expect(x(day.afterFlow.positionUnits).plus(day.tradeUnits).eq(day.afterTrade.positionUnits)).toBe(true);
        expect(x(day.tradeUnits).times(unitValue).eq(day.totalTrade), `${where}: trade = units × price`).toBe(true);
        expect(
          x(day.afterFlow.cash).minus(day.totalTrade).eq(day.afterTrade.cash),
          `${where}: cash after the trade`,
        ).toBe(true);
        expect(day.afterTrade.assets.eq(day.afterFlow.assets), `${where}: a trade at the price moves no value`).toBe(
          true,
        );
        if (t === ledger.wipedOutAt)
          expect(day.sharesOutstanding.isZero() && day.afterTrade.positionUnits.isZero(), `${where}: wiped out`).toBe(
            true,
          );
        else expect(x(prevShares).plus(day.flowShares).eq(day.sharesOutstanding), `${where}: shares`).toBe(true);
        expect(
          day.sharesOutstanding.isInteger() && !day.sharesOutstanding.isNegative(),
          `${where}: whole shares ≥ 0`,
        ).toBe(true);
        const afterWipeOut = ledger.wipedOutAt !== null && t > ledger.wipedOutAt;
        expect(
          afterWipeOut
            ? day.strikeResidual.isZero()
            : x(day.afterMove.assets).minus(x(day.nav).times(prevShares)).eq(day.strikeResidual),
          `${where}: strike residual`,
        ).toBe(true);
        const solventLedger = ledger.wipedOutAt === null || t < ledger.wipedOutAt;
        // the trade residual is what whole units left off L × assets (on and after a wipe-out the close-out is the target: 0)
        expect(
          solventLedger
            ? x(day.exposureAfter).minus(L.times(day.aum)).eq(day.tradeResidual)
            : day.tradeResidual.isZero(),
          `${where}: trade residual`,
        ).toBe(true);
        traded = traded.plus(x(day.totalTrade).abs());

        // 2. Rounding modes.
        if (solventLedger) {
          expect(day.nav.decimalPlaces()).toBeLessThanOrEqual(o.navDecimals as number);
          if (!prevShares.isZero())
            expectRounded(
              x(day.nav).times(prevShares),
              x(day.afterMove.assets),
              x(navUnit).times(prevShares),
              o.navRounding as RoundingMode,
              `${where}: NAV strike`,
            );
          expectRounded(
            day.afterTrade.positionValue,
            L.times(day.aum),
            unitValue,
            o.unitRounding as RoundingMode,
            `${where}: position`,
          );
        }

        // 3. The unrounded model (the float simulator's day) and the carried residual.
        const r = new M(price).div(prices[t - 1]!).minus(1);
        const tau360 = c.days === null ? new M(1).div(c.periodsPerYear) : new M(c.days[t - 1]!).div(360);
        const tau365 = c.days === null ? new M(1).div(c.periodsPerYear) : new M(c.days[t - 1]!).div(365);
        const costs = o.costs;
        const rf =
          costs === undefined
            ? new M(0)
            : new M(
                Array.isArray(costs.financingRate)
                  ? (costs.financingRate[t - 1] as string)
                  : (costs.financingRate as string),
              );
        const q = new M((costs?.dividendYield as string | undefined) ?? 0);
        const sp = new M((costs?.spread as string | undefined) ?? 0);
        const f = new M((costs?.expenseRatio as string | undefined) ?? 0);
        const Lm = new M(L);
        const carry = Lm.times(q)
          .times(tau365)
          .plus(new M(1).minus(Lm).times(rf).times(tau360))
          .minus(Lm.abs().times(sp).times(tau360))
          .minus(f.times(tau365));
        const g = Lm.times(r).plus(carry).plus(1);
        if (!g.gt(0) || !solventLedger) alive = false;
        if (!alive) {
          // after a wipe-out (of the ledger or the model) only conservation is checked
          prev = day.afterTrade;
          prevShares = day.sharesOutstanding;
          continue;
        }
        modelAssets = modelAssets.times(g);
        modelNav = modelNav.times(g);
        let modelFlowCash = new M(0);
        const flows = o.flows;
        if (flows !== undefined) {
          const asked = new M('shares' in flows ? (flows.shares[t - 1] as string) : (flows.currency[t - 1] as string));
          const flowShares = 'shares' in flows ? asked : asked.div(modelNav);
          modelFlowCash = 'shares' in flows ? asked.times(modelNav) : asked;
          if (flowShares.neg().gte(modelShares)) {
            modelFlowCash = modelAssets.neg();
            modelShares = new M(0);
            modelAssets = new M(0);
          } else {
            modelShares = modelShares.plus(flowShares);
            modelAssets = modelAssets.plus(modelFlowCash);
          }
        }
        const tol = tolerance(t, Decimal.max(modelAssets.abs(), new M(day.aum).abs(), new M(ledger.opening.assets)));
        const res = day.residual;
        expect(x(res.exposure).plus(res.accrual).plus(res.flow).eq(res.day), `${where}: day residual = sum`).toBe(true);
        expect(
          new M(day.pnl).minus(Lm.times(prev.assets).times(r)).minus(res.exposure).abs().lte(tol),
          `${where}: exposure residual`,
        ).toBe(true);
        expect(
          new M(a.total).minus(carry.times(prev.assets)).minus(res.accrual).abs().lte(tol),
          `${where}: accrual residual`,
        ).toBe(true);
        expect(new M(day.flow).minus(modelFlowCash).minus(res.flow).abs().lte(tol), `${where}: flow residual`).toBe(
          true,
        );
        carried = carried.times(g).plus(res.day);
        const difference = new M(day.aum).minus(modelAssets);
        expect(
          difference.minus(carried).abs().lte(tol),
          `${where}: assets − model = carried residuals (${difference} vs ${carried})`,
        ).toBe(true);
        expect(difference.minus(res.carried).abs().lte(tol), `${where}: reported carried residual`).toBe(true);
        expect(new M(day.model.assets).minus(modelAssets).abs().lte(tol), `${where}: the ledger's model`).toBe(true);

        prev = day.afterTrade;
        prevShares = day.sharesOutstanding;
      }
      expect(traded.eq(ledger.tradedNotional), 'traded notional').toBe(true);
      const sum = (pick: (d: (typeof ledger.days)[number]) => Decimal): Decimal =>
        ledger.days.reduce((acc, d) => acc.plus(pick(d)), x(0));
      expect(sum((d) => d.accruals.total).eq(ledger.totals.accruals.total)).toBe(true);
      expect(
        sum((d) => d.residual.day)
          .plus(ledger.opening.residual)
          .eq(ledger.totals.residuals.day),
      ).toBe(true);
      expect(sum((d) => d.strikeResidual).eq(ledger.totals.strikeResidual)).toBe(true);
    },
  );
});
