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
import * as guard from '../internal/guards.ts';
import { growthFactor } from '../internal/accrual.ts';
import { carryAt, readCostSchedule, type CostOptionsInput } from '../internal/schedule.ts';
import { neumaierSum } from '../internal/sum.ts';
import { finiteAmounts, zero } from '../internal/trade.ts';
import { classifyFlow, type FlowEffect } from '../flows/flow-effect.ts';

/** Net flows per day: either in shares (creation units) or in currency, one value per day. */
export type FundFlows = {
  /** Shares created (`> 0`) or redeemed (`< 0`) at the close of each day; `n` values, element `t − 1` for day `t`. */
  readonly shares: ArrayLike<number>;
} | {
  /** Currency created (`> 0`) or redeemed (`< 0`) at that day's NAV; `n` values, element `t − 1` for day `t`. */
  readonly currency: ArrayLike<number>;
};

/** Costs of {@link simulateFund}: the same option names and meaning as the `nav` domain (docs/concepts.md §3). */
export interface FundCosts {
  /** Expense ratio `f`, annual fraction `≥ 0` (a constant or one value per day); accrues actual/365. Default 0. */
  readonly expenseRatio?: number | ArrayLike<number>;
  /** Financing rate `rf`, annual fraction of any sign (a constant or one value per day); the fund earns `(1 − L)·rf`, actual/360. Default 0. */
  readonly financingRate?: number | ArrayLike<number>;
  /** Swap/borrow spread `s` on `|L|` notional, annual fraction `≥ 0` (a constant or one value per day), actual/360. Default 0. */
  readonly spread?: number | ArrayLike<number>;
  /** Dividend yield `q` of a price index, annual fraction `≥ 0` (a constant or one value per day), actual/365. Default 0. */
  readonly dividendYield?: number | ArrayLike<number>;
  /** Periods per year when no `dates` are given: every year fraction is `1/periodsPerYear`. Default 252. */
  readonly periodsPerYear?: number;
  /** `n + 1` dates (ISO `YYYY-MM-DD` strings or `Date`s) aligned with `indexPrices`: day `t` accrues its calendar days. Exclusive with `periodsPerYear`. */
  readonly dates?: readonly (string | Date)[];
}

/** Options of {@link simulateFund}. */
export interface SimulateFundOptions {
  /** Index closes `I_0 … I_n` (`n ≥ 1` days), each `> 0`; day `t` moves `I_{t−1} → I_t`. Not mutated. */
  readonly indexPrices: ArrayLike<number>;
  /** The daily multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: number;
  /** Assets at the start, currency `≥ 0`; the fund starts with `initialAum / initialNav` shares. Exclusive with `initialShares`. */
  readonly initialAum?: number;
  /** Shares outstanding at the start, `≥ 0`; requires `initialNav`. Exclusive with `initialAum`. */
  readonly initialShares?: number;
  /** NAV per share at the start, currency `> 0`. Default 1 with `initialAum`; required with `initialShares`. */
  readonly initialNav?: number;
  /** Net creations/redemptions per day, in shares or currency, at that day's NAV after the move. Default: none. */
  readonly flows?: FundFlows;
  /** Expenses, financing, spread and dividends (docs/concepts.md §3). Default: frictionless. */
  readonly costs?: FundCosts;
}

/** One simulated day of {@link simulateFund}; amounts in currency, trades buy `> 0`, sell `< 0`. */
export interface FundDay {
  /** The day `t` (`1 … n`): the index of its close in `indexPrices`. */
  readonly day: number;
  /** The index simple return `r_t = I_t / I_{t−1} − 1`. */
  readonly indexReturn: number;
  /** NAV per share after the close (`0` from the day the fund is wiped out). */
  readonly nav: number;
  /** Shares outstanding after the day's flow. */
  readonly sharesOutstanding: number;
  /** Assets after the close and the flow: `nav × sharesOutstanding`. */
  readonly aum: number;
  /** Assets after the move and the day's costs, before the flow: `A' = A·(1 + L·r + carry)`. */
  readonly aumBeforeFlow: number;
  /** Exposure after the move, before the close trade: `E' = L·A·(1 + r)`. */
  readonly exposureBefore: number;
  /** Exposure after the close trade: `L × aum`. */
  readonly exposureAfter: number;
  /** The rebalance part of the close trade, `L·A' − E' = A·((L² − L)·r + L·carry)`; the close-out `−E'` on the day the fund is wiped out. */
  readonly rebalanceTrade: number;
  /** Shares created (`> 0`) or redeemed (`< 0`) at the close. */
  readonly flowShares: number;
  /** The flow `F` in currency at the day's NAV. */
  readonly flow: number;
  /** The flow part of the close trade, `L·F`. */
  readonly flowTrade: number;
  /** `rebalanceTrade + flowTrade`: what the fund trades at the close. */
  readonly totalTrade: number;
  /** Whether the flow opposes or adds to the rebalance (docs/concepts.md I7). */
  readonly flowEffect: FlowEffect;
}

/** Result of {@link simulateFund}. */
export interface FundSimulation {
  /** The daily multiple `L`. */
  readonly leverage: number;
  /** NAV per share at the start. */
  readonly initialNav: number;
  /** Shares outstanding at the start. */
  readonly initialShares: number;
  /** Assets at the start (`initialNav × initialShares`). */
  readonly initialAum: number;
  /** One row per day (`n` rows). */
  readonly days: readonly FundDay[];
  /** NAV per share after the last day. */
  readonly finalNav: number;
  /** Shares outstanding after the last day. */
  readonly finalShares: number;
  /** Assets after the last day. */
  readonly finalAum: number;
  /** `Σ |totalTrade|`: the notional the fund traded at the closes. */
  readonly tradedNotional: number;
  /** `Σ |rebalanceTrade|`: what it would have traded without flows. */
  readonly rebalanceNotional: number;
  /** `Σ |flowTrade|`. */
  readonly flowNotional: number;
  /** Mean assets over the `n + 1` closes `AUM_0 … AUM_n`. */
  readonly averageAum: number;
  /** `tradedNotional / averageAum` over the whole simulation (0 if the fund never had assets). */
  readonly turnover: number;
  /** The day `t` the fund was wiped out (`1 + L·r + carry ≤ 0`), or `null` if it survived. */
  readonly wipedOutAt: number | null;
}

/** A redemption exceeding the shares outstanding by at most this relative amount is a full redemption (float currency flows of exactly −AUM). */
const FULL_REDEMPTION_SLACK = 1e-12;

/**
 * Day-by-day simulation of a daily-reset fund with shares outstanding,
 * creations and redemptions, costs, and its close trades.
 *
 * Formula, day `t` (state: NAV `P`, shares `N`, assets `A = P·N`):
 * `r = I_t/I_{t−1} − 1`; `g = 1 + L·r + carry_t` (docs/concepts.md §3);
 * `E' = L·A·(1 + r)`; if `g > 0`: `P' = P·g`, `A' = P'·N`,
 * rebalance `= A·((L² − L)·r + L·carry_t)` (`= L·A' − E'`, computed in this
 * form); the flow `F` (given in currency, or shares × `P'`) is created or
 * redeemed at `P'`, so NAV per share is unchanged by it and
 * `N' = N + F/P'`; flow trade `L·F`; `AUM = P'·N'`, exposure after `L·AUM`.
 * If `g ≤ 0` the fund is wiped out that day: NAV 0, shares 0, the position
 * is closed (rebalance `−E'`), `wipedOutAt = t`, and every later day is all
 * zeros with flows ignored — reported, never an error, never a negative NAV.
 * A fund redeemed to zero shares keeps its NAV and can take creations later.
 *
 * Rows are plain readonly objects rather than columns: a simulation is at
 * most a few thousand days, rows are what users print and serialise, and the
 * decimal ledger mirrors them row for row. For very long paths use `nav`.
 *
 * @param options - prices, leverage, the start (`initialAum`, or `initialShares` and `initialNav`), `flows`, `costs`
 * @returns one row per day, final state, traded notionals, turnover and the day of a wipe-out
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NOT_POSITIVE` (a price or `initialNav ≤ 0`), `NEGATIVE` (AUM, shares or a cost rate `< 0`), `SERIES_TOO_SHORT` (fewer than 2 prices), `LENGTH_MISMATCH` (flows, rates or dates not aligned), `INVALID_OPTION` (both or neither of `initialAum`/`initialShares`; `initialShares` without `initialNav`; flows with both or neither key; `dates` with `periodsPerYear`), `INVALID_DATE`, `OUT_OF_RANGE` (a redemption larger than the shares outstanding, with the flow's index), `NON_FINITE` (also a price move or an amount that overflows a double)
 * @see seed 000 (AUM = NAV × shares outstanding; redemptions after declines and rallies); docs/concepts.md §3–5
 * @example
 * ```ts
 * import { simulateFund } from '@inverse-math/core/fund';
 * // seed 000: a $1mm −1x fund; the index falls 50 %, then $0.5mm is redeemed (docs/concepts.md W5)
 * const sim = simulateFund({ indexPrices: [100, 50], leverage: -1, initialAum: 1e6, flows: { currency: [-0.5e6] } });
 * const d = sim.days[0]!;
 * [d.nav, d.aumBeforeFlow, d.aum, d.sharesOutstanding]; // NAV unchanged by the flow; 1/3 of the shares redeemed
 * //≈ [1.50, 1500000.00, 1000000.00, 666666.67]
 * [d.rebalanceTrade, d.flowTrade, d.totalTrade, d.flowEffect];
 * //=> [-1000000, 500000, -500000, 'stabilizing']
 * ```
 */
export function simulateFund(options: SimulateFundOptions): FundSimulation {
  if (stryMutAct_9fa48("1094")) {
    {}
  } else {
    stryCov_9fa48("1094");
    const o = guard.options(options);
    const prices = guard.priceSeries(o[stryMutAct_9fa48("1095") ? "" : (stryCov_9fa48("1095"), 'indexPrices')], stryMutAct_9fa48("1096") ? "" : (stryCov_9fa48("1096"), 'options.indexPrices'), 2);
    const n = stryMutAct_9fa48("1097") ? prices.length + 1 : (stryCov_9fa48("1097"), prices.length - 1);
    const L = guard.finite(o[stryMutAct_9fa48("1098") ? "" : (stryCov_9fa48("1098"), 'leverage')], stryMutAct_9fa48("1099") ? "" : (stryCov_9fa48("1099"), 'options.leverage'));
    const {
      nav: initialNav,
      shares: initialShares
    } = readStart(o);
    const flows = readFlows(o[stryMutAct_9fa48("1100") ? "" : (stryCov_9fa48("1100"), 'flows')], n);
    const costs = readCostSchedule((stryMutAct_9fa48("1103") ? o['costs'] !== undefined : stryMutAct_9fa48("1102") ? false : stryMutAct_9fa48("1101") ? true : (stryCov_9fa48("1101", "1102", "1103"), o[stryMutAct_9fa48("1104") ? "" : (stryCov_9fa48("1104"), 'costs')] === undefined)) ? {} : guard.options(o[stryMutAct_9fa48("1105") ? "" : (stryCov_9fa48("1105"), 'costs')], stryMutAct_9fa48("1106") ? "" : (stryCov_9fa48("1106"), 'options.costs')), n, stryMutAct_9fa48("1107") ? "" : (stryCov_9fa48("1107"), 'options.costs'));
    const days: FundDay[] = stryMutAct_9fa48("1108") ? ["Stryker was here"] : (stryCov_9fa48("1108"), []);
    const total = new Float64Array(n);
    const rebal = new Float64Array(n);
    const flowAbs = new Float64Array(n);
    const aums = new Float64Array(stryMutAct_9fa48("1109") ? n - 1 : (stryCov_9fa48("1109"), n + 1));
    let nav = initialNav;
    let shares = initialShares;
    aums[0] = stryMutAct_9fa48("1110") ? nav / shares : (stryCov_9fa48("1110"), nav * shares);
    let wipedOutAt: number | null = null;
    for (let t = 1; stryMutAct_9fa48("1113") ? t > n : stryMutAct_9fa48("1112") ? t < n : stryMutAct_9fa48("1111") ? false : (stryCov_9fa48("1111", "1112", "1113"), t <= n); stryMutAct_9fa48("1114") ? t-- : (stryCov_9fa48("1114"), t++)) {
      if (stryMutAct_9fa48("1115")) {
        {}
      } else {
        stryCov_9fa48("1115");
        const r = stryMutAct_9fa48("1116") ? (prices[t] as number) / (prices[t - 1] as number) + 1 : (stryCov_9fa48("1116"), (stryMutAct_9fa48("1117") ? (prices[t] as number) * (prices[t - 1] as number) : (stryCov_9fa48("1117"), (prices[t] as number) / (prices[t - 1] as number))) - 1);
        if (stryMutAct_9fa48("1120") ? false : stryMutAct_9fa48("1119") ? true : stryMutAct_9fa48("1118") ? Number.isFinite(r) : (stryCov_9fa48("1118", "1119", "1120"), !Number.isFinite(r))) guard.fail(stryMutAct_9fa48("1121") ? "" : (stryCov_9fa48("1121"), 'NON_FINITE'), stryMutAct_9fa48("1122") ? "" : (stryCov_9fa48("1122"), 'the move from the previous price overflows a double'), stryMutAct_9fa48("1123") ? "" : (stryCov_9fa48("1123"), 'options.indexPrices'), prices[t], t);
        const A = stryMutAct_9fa48("1124") ? nav / shares : (stryCov_9fa48("1124"), nav * shares);
        const exposureBefore = zero(stryMutAct_9fa48("1125") ? L * A / (1 + r) : (stryCov_9fa48("1125"), (stryMutAct_9fa48("1126") ? L / A : (stryCov_9fa48("1126"), L * A)) * (stryMutAct_9fa48("1127") ? 1 - r : (stryCov_9fa48("1127"), 1 + r))));
        let rebalanceTrade = 0;
        let aumBeforeFlow = 0;
        let flowShares = 0;
        let flow = 0;
        if (stryMutAct_9fa48("1130") ? wipedOutAt !== null : stryMutAct_9fa48("1129") ? false : stryMutAct_9fa48("1128") ? true : (stryCov_9fa48("1128", "1129", "1130"), wipedOutAt === null)) {
          if (stryMutAct_9fa48("1131")) {
            {}
          } else {
            stryCov_9fa48("1131");
            const c = carryAt(costs, L, stryMutAct_9fa48("1132") ? t + 1 : (stryCov_9fa48("1132"), t - 1));
            const g = growthFactor(r, L, c);
            if (stryMutAct_9fa48("1136") ? g <= 0 : stryMutAct_9fa48("1135") ? g >= 0 : stryMutAct_9fa48("1134") ? false : stryMutAct_9fa48("1133") ? true : (stryCov_9fa48("1133", "1134", "1135", "1136"), g > 0)) {
              if (stryMutAct_9fa48("1137")) {
                {}
              } else {
                stryCov_9fa48("1137");
                stryMutAct_9fa48("1138") ? nav /= g : (stryCov_9fa48("1138"), nav *= g);
                aumBeforeFlow = stryMutAct_9fa48("1139") ? nav / shares : (stryCov_9fa48("1139"), nav * shares);
                rebalanceTrade = zero(stryMutAct_9fa48("1140") ? A / (L * (L - 1) * r + L * c) : (stryCov_9fa48("1140"), A * (stryMutAct_9fa48("1141") ? L * (L - 1) * r - L * c : (stryCov_9fa48("1141"), (stryMutAct_9fa48("1142") ? L * (L - 1) / r : (stryCov_9fa48("1142"), (stryMutAct_9fa48("1143") ? L / (L - 1) : (stryCov_9fa48("1143"), L * (stryMutAct_9fa48("1144") ? L + 1 : (stryCov_9fa48("1144"), L - 1)))) * r)) + (stryMutAct_9fa48("1145") ? L / c : (stryCov_9fa48("1145"), L * c))))));
                if (stryMutAct_9fa48("1148") ? flows === null : stryMutAct_9fa48("1147") ? false : stryMutAct_9fa48("1146") ? true : (stryCov_9fa48("1146", "1147", "1148"), flows !== null)) {
                  if (stryMutAct_9fa48("1149")) {
                    {}
                  } else {
                    stryCov_9fa48("1149");
                    const value = flows.values[t - 1] as number;
                    flowShares = (stryMutAct_9fa48("1152") ? flows.kind !== 'shares' : stryMutAct_9fa48("1151") ? false : stryMutAct_9fa48("1150") ? true : (stryCov_9fa48("1150", "1151", "1152"), flows.kind === (stryMutAct_9fa48("1153") ? "" : (stryCov_9fa48("1153"), 'shares')))) ? value : stryMutAct_9fa48("1154") ? value * nav : (stryCov_9fa48("1154"), value / nav);
                    if (stryMutAct_9fa48("1158") ? -flowShares <= shares : stryMutAct_9fa48("1157") ? -flowShares >= shares : stryMutAct_9fa48("1156") ? false : stryMutAct_9fa48("1155") ? true : (stryCov_9fa48("1155", "1156", "1157", "1158"), (stryMutAct_9fa48("1159") ? +flowShares : (stryCov_9fa48("1159"), -flowShares)) > shares)) {
                      if (stryMutAct_9fa48("1160")) {
                        {}
                      } else {
                        stryCov_9fa48("1160");
                        if (stryMutAct_9fa48("1164") ? -flowShares <= shares * (1 + FULL_REDEMPTION_SLACK) : stryMutAct_9fa48("1163") ? -flowShares >= shares * (1 + FULL_REDEMPTION_SLACK) : stryMutAct_9fa48("1162") ? false : stryMutAct_9fa48("1161") ? true : (stryCov_9fa48("1161", "1162", "1163", "1164"), (stryMutAct_9fa48("1165") ? +flowShares : (stryCov_9fa48("1165"), -flowShares)) > (stryMutAct_9fa48("1166") ? shares / (1 + FULL_REDEMPTION_SLACK) : (stryCov_9fa48("1166"), shares * (stryMutAct_9fa48("1167") ? 1 - FULL_REDEMPTION_SLACK : (stryCov_9fa48("1167"), 1 + FULL_REDEMPTION_SLACK)))))) {
                          if (stryMutAct_9fa48("1168")) {
                            {}
                          } else {
                            stryCov_9fa48("1168");
                            guard.fail(stryMutAct_9fa48("1169") ? "" : (stryCov_9fa48("1169"), 'OUT_OF_RANGE'), stryMutAct_9fa48("1170") ? `` : (stryCov_9fa48("1170"), `redeems more than the ${shares} shares outstanding on day ${t}`), stryMutAct_9fa48("1171") ? `` : (stryCov_9fa48("1171"), `options.flows.${flows.kind}`), value, stryMutAct_9fa48("1172") ? t + 1 : (stryCov_9fa48("1172"), t - 1));
                          }
                        }
                        flowShares = stryMutAct_9fa48("1173") ? +shares : (stryCov_9fa48("1173"), -shares);
                      }
                    }
                    flow = (stryMutAct_9fa48("1176") ? flows.kind === 'currency' || flowShares !== -shares : stryMutAct_9fa48("1175") ? false : stryMutAct_9fa48("1174") ? true : (stryCov_9fa48("1174", "1175", "1176"), (stryMutAct_9fa48("1178") ? flows.kind !== 'currency' : stryMutAct_9fa48("1177") ? true : (stryCov_9fa48("1177", "1178"), flows.kind === (stryMutAct_9fa48("1179") ? "" : (stryCov_9fa48("1179"), 'currency')))) && (stryMutAct_9fa48("1181") ? flowShares === -shares : stryMutAct_9fa48("1180") ? true : (stryCov_9fa48("1180", "1181"), flowShares !== (stryMutAct_9fa48("1182") ? +shares : (stryCov_9fa48("1182"), -shares)))))) ? value : stryMutAct_9fa48("1183") ? flowShares / nav : (stryCov_9fa48("1183"), flowShares * nav);
                    shares = (stryMutAct_9fa48("1186") ? flowShares !== -shares : stryMutAct_9fa48("1185") ? false : stryMutAct_9fa48("1184") ? true : (stryCov_9fa48("1184", "1185", "1186"), flowShares === (stryMutAct_9fa48("1187") ? +shares : (stryCov_9fa48("1187"), -shares)))) ? 0 : stryMutAct_9fa48("1188") ? shares - flowShares : (stryCov_9fa48("1188"), shares + flowShares);
                  }
                }
              }
            } else {
              if (stryMutAct_9fa48("1189")) {
                {}
              } else {
                stryCov_9fa48("1189");
                wipedOutAt = t;
                nav = 0;
                shares = 0;
                rebalanceTrade = zero(stryMutAct_9fa48("1190") ? +exposureBefore : (stryCov_9fa48("1190"), -exposureBefore));
              }
            }
          }
        }
        flowShares = zero(flowShares);
        flow = zero(flow);
        const aum = stryMutAct_9fa48("1191") ? nav / shares : (stryCov_9fa48("1191"), nav * shares);
        const flowTrade = zero(stryMutAct_9fa48("1192") ? L / flow : (stryCov_9fa48("1192"), L * flow));
        const totalTrade = zero(stryMutAct_9fa48("1193") ? rebalanceTrade - flowTrade : (stryCov_9fa48("1193"), rebalanceTrade + flowTrade));
        total[stryMutAct_9fa48("1194") ? t + 1 : (stryCov_9fa48("1194"), t - 1)] = Math.abs(totalTrade);
        rebal[stryMutAct_9fa48("1195") ? t + 1 : (stryCov_9fa48("1195"), t - 1)] = Math.abs(rebalanceTrade);
        flowAbs[stryMutAct_9fa48("1196") ? t + 1 : (stryCov_9fa48("1196"), t - 1)] = Math.abs(flowTrade);
        aums[t] = aum;
        finiteAmounts(stryMutAct_9fa48("1197") ? [] : (stryCov_9fa48("1197"), [nav, aum, exposureBefore, stryMutAct_9fa48("1198") ? L / aum : (stryCov_9fa48("1198"), L * aum), totalTrade, flowShares]), stryMutAct_9fa48("1199") ? "" : (stryCov_9fa48("1199"), 'options'), options, stryMutAct_9fa48("1200") ? t + 1 : (stryCov_9fa48("1200"), t - 1));
        days.push(stryMutAct_9fa48("1201") ? {} : (stryCov_9fa48("1201"), {
          day: t,
          indexReturn: r,
          nav,
          sharesOutstanding: shares,
          aum,
          aumBeforeFlow,
          exposureBefore,
          exposureAfter: zero(stryMutAct_9fa48("1202") ? L / aum : (stryCov_9fa48("1202"), L * aum)),
          rebalanceTrade,
          flowShares,
          flow,
          flowTrade,
          totalTrade,
          flowEffect: classifyFlow(rebalanceTrade, flowTrade)
        }));
      }
    }
    const tradedNotional = neumaierSum(total);
    const averageAum = stryMutAct_9fa48("1203") ? neumaierSum(aums) * (n + 1) : (stryCov_9fa48("1203"), neumaierSum(aums) / (stryMutAct_9fa48("1204") ? n - 1 : (stryCov_9fa48("1204"), n + 1)));
    const rebalanceNotional = neumaierSum(rebal);
    const flowNotional = neumaierSum(flowAbs);
    const turnover = (stryMutAct_9fa48("1208") ? averageAum <= 0 : stryMutAct_9fa48("1207") ? averageAum >= 0 : stryMutAct_9fa48("1206") ? false : stryMutAct_9fa48("1205") ? true : (stryCov_9fa48("1205", "1206", "1207", "1208"), averageAum > 0)) ? stryMutAct_9fa48("1209") ? tradedNotional * averageAum : (stryCov_9fa48("1209"), tradedNotional / averageAum) : 0;
    finiteAmounts(stryMutAct_9fa48("1210") ? [] : (stryCov_9fa48("1210"), [tradedNotional, rebalanceNotional, flowNotional, averageAum, turnover]), stryMutAct_9fa48("1211") ? "" : (stryCov_9fa48("1211"), 'options'), options);
    return stryMutAct_9fa48("1212") ? {} : (stryCov_9fa48("1212"), {
      leverage: L,
      initialNav,
      initialShares,
      initialAum: stryMutAct_9fa48("1213") ? initialNav / initialShares : (stryCov_9fa48("1213"), initialNav * initialShares),
      days,
      finalNav: nav,
      finalShares: shares,
      finalAum: stryMutAct_9fa48("1214") ? nav / shares : (stryCov_9fa48("1214"), nav * shares),
      tradedNotional,
      rebalanceNotional,
      flowNotional,
      averageAum,
      turnover,
      wipedOutAt
    });
  }
}
function readStart(o: Readonly<Record<string, unknown>>): {
  nav: number;
  shares: number;
} {
  if (stryMutAct_9fa48("1215")) {
    {}
  } else {
    stryCov_9fa48("1215");
    const hasAum = stryMutAct_9fa48("1218") ? o['initialAum'] === undefined : stryMutAct_9fa48("1217") ? false : stryMutAct_9fa48("1216") ? true : (stryCov_9fa48("1216", "1217", "1218"), o[stryMutAct_9fa48("1219") ? "" : (stryCov_9fa48("1219"), 'initialAum')] !== undefined);
    const hasShares = stryMutAct_9fa48("1222") ? o['initialShares'] === undefined : stryMutAct_9fa48("1221") ? false : stryMutAct_9fa48("1220") ? true : (stryCov_9fa48("1220", "1221", "1222"), o[stryMutAct_9fa48("1223") ? "" : (stryCov_9fa48("1223"), 'initialShares')] !== undefined);
    if (stryMutAct_9fa48("1226") ? hasAum !== hasShares : stryMutAct_9fa48("1225") ? false : stryMutAct_9fa48("1224") ? true : (stryCov_9fa48("1224", "1225", "1226"), hasAum === hasShares)) {
      if (stryMutAct_9fa48("1227")) {
        {}
      } else {
        stryCov_9fa48("1227");
        guard.fail(stryMutAct_9fa48("1228") ? "" : (stryCov_9fa48("1228"), 'INVALID_OPTION'), stryMutAct_9fa48("1229") ? "" : (stryCov_9fa48("1229"), 'give exactly one of initialAum or initialShares'), stryMutAct_9fa48("1230") ? "" : (stryCov_9fa48("1230"), 'options.initialAum'), o[stryMutAct_9fa48("1231") ? "" : (stryCov_9fa48("1231"), 'initialAum')]);
      }
    }
    if (stryMutAct_9fa48("1233") ? false : stryMutAct_9fa48("1232") ? true : (stryCov_9fa48("1232", "1233"), hasAum)) {
      if (stryMutAct_9fa48("1234")) {
        {}
      } else {
        stryCov_9fa48("1234");
        const aum = guard.nonNegative(o[stryMutAct_9fa48("1235") ? "" : (stryCov_9fa48("1235"), 'initialAum')], stryMutAct_9fa48("1236") ? "" : (stryCov_9fa48("1236"), 'options.initialAum'));
        const nav = (stryMutAct_9fa48("1239") ? o['initialNav'] !== undefined : stryMutAct_9fa48("1238") ? false : stryMutAct_9fa48("1237") ? true : (stryCov_9fa48("1237", "1238", "1239"), o[stryMutAct_9fa48("1240") ? "" : (stryCov_9fa48("1240"), 'initialNav')] === undefined)) ? 1 : guard.positive(o[stryMutAct_9fa48("1241") ? "" : (stryCov_9fa48("1241"), 'initialNav')], stryMutAct_9fa48("1242") ? "" : (stryCov_9fa48("1242"), 'options.initialNav'));
        return stryMutAct_9fa48("1243") ? {} : (stryCov_9fa48("1243"), {
          nav,
          shares: stryMutAct_9fa48("1244") ? aum * nav : (stryCov_9fa48("1244"), aum / nav)
        });
      }
    }
    const shares = guard.nonNegative(o[stryMutAct_9fa48("1245") ? "" : (stryCov_9fa48("1245"), 'initialShares')], stryMutAct_9fa48("1246") ? "" : (stryCov_9fa48("1246"), 'options.initialShares'));
    if (stryMutAct_9fa48("1249") ? o['initialNav'] !== undefined : stryMutAct_9fa48("1248") ? false : stryMutAct_9fa48("1247") ? true : (stryCov_9fa48("1247", "1248", "1249"), o[stryMutAct_9fa48("1250") ? "" : (stryCov_9fa48("1250"), 'initialNav')] === undefined)) guard.fail(stryMutAct_9fa48("1251") ? "" : (stryCov_9fa48("1251"), 'INVALID_OPTION'), stryMutAct_9fa48("1252") ? "" : (stryCov_9fa48("1252"), 'initialShares requires initialNav'), stryMutAct_9fa48("1253") ? "" : (stryCov_9fa48("1253"), 'options.initialNav'), undefined);
    return stryMutAct_9fa48("1254") ? {} : (stryCov_9fa48("1254"), {
      nav: guard.positive(o[stryMutAct_9fa48("1255") ? "" : (stryCov_9fa48("1255"), 'initialNav')], stryMutAct_9fa48("1256") ? "" : (stryCov_9fa48("1256"), 'options.initialNav')),
      shares
    });
  }
}
function readFlows(value: unknown, n: number): {
  kind: 'shares' | 'currency';
  values: ArrayLike<number>;
} | null {
  if (stryMutAct_9fa48("1257")) {
    {}
  } else {
    stryCov_9fa48("1257");
    if (stryMutAct_9fa48("1260") ? value !== undefined : stryMutAct_9fa48("1259") ? false : stryMutAct_9fa48("1258") ? true : (stryCov_9fa48("1258", "1259", "1260"), value === undefined)) return null;
    const f = guard.options(value, stryMutAct_9fa48("1261") ? "" : (stryCov_9fa48("1261"), 'options.flows'));
    const hasShares = stryMutAct_9fa48("1264") ? f['shares'] === undefined : stryMutAct_9fa48("1263") ? false : stryMutAct_9fa48("1262") ? true : (stryCov_9fa48("1262", "1263", "1264"), f[stryMutAct_9fa48("1265") ? "" : (stryCov_9fa48("1265"), 'shares')] !== undefined);
    const hasCurrency = stryMutAct_9fa48("1268") ? f['currency'] === undefined : stryMutAct_9fa48("1267") ? false : stryMutAct_9fa48("1266") ? true : (stryCov_9fa48("1266", "1267", "1268"), f[stryMutAct_9fa48("1269") ? "" : (stryCov_9fa48("1269"), 'currency')] !== undefined);
    if (stryMutAct_9fa48("1272") ? hasShares !== hasCurrency : stryMutAct_9fa48("1271") ? false : stryMutAct_9fa48("1270") ? true : (stryCov_9fa48("1270", "1271", "1272"), hasShares === hasCurrency)) guard.fail(stryMutAct_9fa48("1273") ? "" : (stryCov_9fa48("1273"), 'INVALID_OPTION'), stryMutAct_9fa48("1274") ? "" : (stryCov_9fa48("1274"), 'give exactly one of shares or currency'), stryMutAct_9fa48("1275") ? "" : (stryCov_9fa48("1275"), 'options.flows'), value);
    const kind = hasShares ? stryMutAct_9fa48("1276") ? "" : (stryCov_9fa48("1276"), 'shares') : stryMutAct_9fa48("1277") ? "" : (stryCov_9fa48("1277"), 'currency');
    const argument = stryMutAct_9fa48("1278") ? `` : (stryCov_9fa48("1278"), `options.flows.${kind}`);
    const values = guard.series(f[kind], argument, 1);
    guard.sameLength(stryMutAct_9fa48("1279") ? {} : (stryCov_9fa48("1279"), {
      length: n
    }), values, argument, n);
    return stryMutAct_9fa48("1280") ? {} : (stryCov_9fa48("1280"), {
      kind,
      values
    });
  }
}