import * as guard from '../internal/guards.ts';
import { growthFactor } from '../internal/accrual.ts';
import { carryAt, readCostSchedule, type CostOptionsInput } from '../internal/schedule.ts';
import { neumaierSum } from '../internal/sum.ts';
import { allFinite, overflow, type Input } from '../internal/blame.ts';
import { zero } from '../internal/trade.ts';
import { classifyFlow, type FlowEffect } from '../flows/flow-effect.ts';

/** Net flows per day: either in shares (creation units) or in currency, one value per day. */
export type FundFlows =
  | {
      /** Shares created (`> 0`) or redeemed (`< 0`) at the close of each day; `n` values, element `t − 1` for day `t`. */
      readonly shares: ArrayLike<number>;
    }
  | {
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
 * @see "Shorting is hard" (AUM = NAV × shares outstanding; redemptions after declines and rallies); docs/concepts.md §3–5
 * @example
 * ```ts
 * import { simulateFund } from '@inverse-math/core/fund';
 * // "Shorting is hard": a $1mm −1x fund; the index falls 50 %, then $0.5mm is redeemed (docs/concepts.md W5)
 * const sim = simulateFund({ indexPrices: [100, 50], leverage: -1, initialAum: 1e6, flows: { currency: [-0.5e6] } });
 * const d = sim.days[0]!;
 * [d.nav, d.aumBeforeFlow, d.aum, d.sharesOutstanding]; // NAV unchanged by the flow; 1/3 of the shares redeemed
 * //≈ [1.50, 1500000.00, 1000000.00, 666666.67]
 * [d.rebalanceTrade, d.flowTrade, d.totalTrade, d.flowEffect];
 * //=> [-1000000, 500000, -500000, 'stabilizing']
 * ```
 */
export function simulateFund(options: SimulateFundOptions): FundSimulation {
  const o = guard.options(options);
  const prices = guard.priceSeries(o['indexPrices'], 'options.indexPrices', 2);
  const n = prices.length - 1;
  const L = guard.finite(o['leverage'], 'options.leverage');
  const start = readStart(o);
  const { nav: initialNav, shares: initialShares } = start;
  const flows = readFlows(o['flows'], n);
  const costs = readCostSchedule(o['costs'] === undefined ? {} : guard.options(o['costs'], 'options.costs'), n, 'options.costs');

  // the inputs of day t's amounts, for an overflow: the start, the leverage, the day's move and flow
  const blame = (t: number): Input[] => [
    [start.argument, start.amount],
    ['options.leverage', L, 2],
    ['options.indexPrices', prices[t] as number, 1, t],
    ...(flows === null ? [] : [[`options.flows.${flows.kind}`, flows.values[t - 1] as number, 1, t - 1] as const]),
  ];
  const days: FundDay[] = [];
  const total = new Float64Array(n);
  const rebal = new Float64Array(n);
  const flowAbs = new Float64Array(n);
  const aums = new Float64Array(n + 1);
  let nav = initialNav;
  let shares = initialShares;
  aums[0] = nav * shares;
  let wipedOutAt: number | null = null;

  for (let t = 1; t <= n; t++) {
    const r = (prices[t] as number) / (prices[t - 1] as number) - 1;
    if (!Number.isFinite(r)) guard.fail('NON_FINITE', 'the move from the previous price overflows a double', 'options.indexPrices', prices[t], t);
    const A = nav * shares;
    const exposureBefore = zero(L * A * (1 + r));
    let rebalanceTrade = 0;
    let aumBeforeFlow = 0;
    let flowShares = 0;
    let flow = 0;
    if (wipedOutAt === null) {
      const c = carryAt(costs, L, t - 1);
      const g = growthFactor(r, L, c);
      if (g > 0) {
        nav *= g;
        aumBeforeFlow = nav * shares;
        rebalanceTrade = zero(A * (L * (L - 1) * r + L * c));
        if (flows !== null) {
          const value = flows.values[t - 1] as number;
          flowShares = flows.kind === 'shares' ? value : value / nav;
          if (-flowShares > shares) {
            if (-flowShares > shares * (1 + FULL_REDEMPTION_SLACK)) {
              guard.fail('OUT_OF_RANGE', `redeems more than the ${shares} shares outstanding on day ${t}`, `options.flows.${flows.kind}`, value, t - 1);
            }
            flowShares = -shares;
          }
          flow = flows.kind === 'currency' && flowShares !== -shares ? value : flowShares * nav;
          shares = flowShares === -shares ? 0 : shares + flowShares;
        }
      } else {
        wipedOutAt = t;
        nav = 0;
        shares = 0;
        rebalanceTrade = zero(-exposureBefore);
      }
    }
    flowShares = zero(flowShares);
    flow = zero(flow);
    const aum = nav * shares;
    const flowTrade = zero(L * flow);
    const totalTrade = zero(rebalanceTrade + flowTrade);
    total[t - 1] = Math.abs(totalTrade);
    rebal[t - 1] = Math.abs(rebalanceTrade);
    flowAbs[t - 1] = Math.abs(flowTrade);
    aums[t] = aum;
    if (!allFinite(nav, aum, exposureBefore, L * aum, totalTrade, flowShares)) overflow(`the amounts of day ${t}`, blame(t));
    days.push({
      day: t,
      indexReturn: r,
      nav,
      sharesOutstanding: shares,
      aum,
      aumBeforeFlow,
      exposureBefore,
      exposureAfter: zero(L * aum),
      rebalanceTrade,
      flowShares,
      flow,
      flowTrade,
      totalTrade,
      flowEffect: classifyFlow(rebalanceTrade, flowTrade),
    });
  }
  const tradedNotional = neumaierSum(total);
  const averageAum = neumaierSum(aums) / (n + 1);
  const rebalanceNotional = neumaierSum(rebal);
  const flowNotional = neumaierSum(flowAbs);
  const turnover = averageAum > 0 ? tradedNotional / averageAum : 0;
  if (!allFinite(tradedNotional, rebalanceNotional, flowNotional, averageAum, turnover)) overflow('the totals', blame(n));
  return {
    leverage: L,
    initialNav,
    initialShares,
    initialAum: initialNav * initialShares,
    days,
    finalNav: nav,
    finalShares: shares,
    finalAum: nav * shares,
    tradedNotional,
    rebalanceNotional,
    flowNotional,
    averageAum,
    turnover,
    wipedOutAt,
  };
}

function readStart(o: Readonly<Record<string, unknown>>): { nav: number; shares: number; argument: string; amount: number } {
  const hasAum = o['initialAum'] !== undefined;
  const hasShares = o['initialShares'] !== undefined;
  if (hasAum === hasShares) {
    guard.fail('INVALID_OPTION', 'give exactly one of initialAum or initialShares', 'options.initialAum', o['initialAum']);
  }
  if (hasAum) {
    const aum = guard.nonNegative(o['initialAum'], 'options.initialAum');
    const nav = o['initialNav'] === undefined ? 1 : guard.positive(o['initialNav'], 'options.initialNav');
    return { nav, shares: aum / nav, argument: 'options.initialAum', amount: aum };
  }
  const shares = guard.nonNegative(o['initialShares'], 'options.initialShares');
  if (o['initialNav'] === undefined) guard.fail('INVALID_OPTION', 'initialShares requires initialNav', 'options.initialNav', undefined);
  return { nav: guard.positive(o['initialNav'], 'options.initialNav'), shares, argument: 'options.initialShares', amount: shares };
}

function readFlows(value: unknown, n: number): { kind: 'shares' | 'currency'; values: ArrayLike<number> } | null {
  if (value === undefined) return null;
  const f = guard.options(value, 'options.flows');
  const hasShares = f['shares'] !== undefined;
  const hasCurrency = f['currency'] !== undefined;
  if (hasShares === hasCurrency) guard.fail('INVALID_OPTION', 'give exactly one of shares or currency', 'options.flows', value);
  const kind = hasShares ? 'shares' : 'currency';
  const argument = `options.flows.${kind}`;
  const given = f[kind];
  const values = guard.series(given, argument, 1);
  guard.sameLength({ length: n }, values, argument, n, given);
  return { kind, values };
}
