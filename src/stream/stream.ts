import { calendarDays } from '../internal/accrual.ts';
import {
  blankState,
  copyState,
  createState,
  newPeriod,
  type Acc,
  type NavState,
  type Period,
} from '../internal/engine/state.ts';
import { advance, cadence, checkStep } from '../internal/engine/step.ts';
import * as guard from '../internal/guards.ts';
import { RATES, parseDate, rateOption, readPeriodsPerYear } from '../internal/options/cost-schedule.ts';
import { FLOAT } from '../internal/options/reader.ts';
import { readRule, type RebalanceRule } from '../internal/options/rebalance-rule.ts';

export type { NavState } from '../internal/engine/state.ts';

/** Options of {@link navState}: those of {@link nav!NavOptions} with constant rates and a start date instead of `dates`. */
export interface NavStateOptions {
  /** The target multiple `L`. */
  readonly leverage: number;
  /** Expense ratio `f`, annual fraction, actual/365; default 0 (a step may override it). */
  readonly expenseRatio?: number;
  /** Financing rate `rf`, annual fraction, actual/360; default 0 (a step may override it). */
  readonly financingRate?: number;
  /** Spread `s` on `|ℓ|` notional, annual fraction, actual/360; default 0 (a step may override it). */
  readonly spread?: number;
  /** Dividend yield `q` of a price index, annual fraction, actual/365; default 0 (a step may override it). */
  readonly dividendYield?: number;
  /** Periods per year when there is no `startDate`; default 252. */
  readonly periodsPerYear?: number;
  /** The first close (ISO 8601 string or `Date`); when given, every step must give its close's `date`. */
  readonly startDate?: string | Date;
  /** The rebalancing rule; default `'daily'`. */
  readonly rebalance?: RebalanceRule;
  /** NAV at the start, `> 0`; default 1. */
  readonly initialNav?: number;
}

/** One period's inputs to {@link stepNav} besides the index return; each rate, when given, overrides the state's for this period only. */
export interface NavStepInputs {
  /** Financing rate of this period (annual fraction). */
  readonly financingRate?: number;
  /** Spread of this period (annual fraction, `≥ 0`). */
  readonly spread?: number;
  /** Dividend yield of this period (annual fraction, `≥ 0`). */
  readonly dividendYield?: number;
  /** Expense ratio of this period (annual fraction, `≥ 0`). */
  readonly expenseRatio?: number;
  /** This period's close (required when the state has dates, refused otherwise); on a later calendar day than the last. */
  readonly date?: string | Date;
}

/**
 * The starting state of a streaming NAV computation (live data, or paths too
 * long to hold): `NAV_0 = initialNav`, exposure `L × NAV_0`.
 *
 * Formula: as {@link nav!navPath}; {@link stepNav} applies one period.
 *
 * @param options - `leverage`, constant default rates, `periodsPerYear` or `startDate`, `rebalance`, `initialNav`
 * @returns the state at period 0
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NEGATIVE`, `NOT_POSITIVE`, `INVALID_DATE`, `INVALID_OPTION` (`rebalance`; both `startDate` and `periodsPerYear`), `OUT_OF_RANGE`, `UNKNOWN_OPTION` (a key of `options` that is not an option)
 * @see docs/concepts.md §3; CONTRIBUTING.md (streaming: a state and a step)
 * @example
 * ```ts
 * import { navState, stepNav } from '@inverse-math/core/stream';
 * let s = navState({ leverage: -1 });
 * for (const r of [-0.05, 0.05]) s = stepNav(s, r);
 * s.nav;
 * //≈ 0.9975
 * ```
 */
export function navState(options: NavStateOptions): NavState {
  const o = guard.options(options, 'options', STATE_KEYS);
  const { leverage, initialNav, rebalance, periodsPerYear, startDate } = o;
  const L = guard.finite(leverage, 'options.leverage');
  const nav = initialNav === undefined ? 1 : guard.positive(initialNav, 'options.initialNav');
  const rule = readRule(FLOAT, rebalance, 'options.rebalance');
  const [rf, sp, q, f] = RATES.map((k) => rateOption(o[k], k, 'options', 0)) as [number, number, number, number];
  const ppy = readPeriodsPerYear(FLOAT, periodsPerYear, startDate !== undefined, 'startDate', 'options');
  const lastDate = startDate === undefined ? null : parseDate(startDate, 'options.startDate');
  return createState({
    leverage: L,
    rebalance: rule,
    financingRate: rf,
    spread: sp,
    dividendYield: q,
    expenseRatio: f,
    periodsPerYear: lastDate === null ? (ppy ?? 252) : null,
    lastDate,
    nav,
  });
}

/** The keys of {@link NavStateOptions}. */
const STATE_KEYS = [...RATES, 'leverage', 'periodsPerYear', 'startDate', 'rebalance', 'initialNav'];
/** The keys of {@link NavStepInputs}. */
const STEP_KEYS = [...RATES, 'date'];

/**
 * Advance a streaming NAV computation by one period. Pure by default: returns
 * a new state, the input state is not changed. With `out` (a state to
 * overwrite, the input state itself included) the new state is written there
 * and `out` is returned: a step then allocates nothing, for live feeds and
 * paths of any length. The numbers are those of
 * {@link nav!navPath} / {@link nav!logNavPath} / {@link nav!navHistory} on the same
 * inputs, bit for bit.
 *
 * Formula: as {@link nav!navPath}, for one period with index return `r` and this
 * period's rates (the state's, or those in `inputs`) and year fractions
 * (`1/periodsPerYear`, or calendar days since the last close / 360 and / 365).
 * After a wipe-out the state keeps NAV 0 and only counts periods.
 *
 * @param state - a state from {@link navState} or a previous step
 * @param indexReturn - the index simple return of the period, `> −1`
 * @param inputs - this period's rate overrides and, for a dated state, its close `date`
 * @param out - where to write the new state (may be `state`); written only when the step succeeds
 * @returns the state after the period: a new object, or `out`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE` (also when the NAV overflows a double), `RETURN_OUT_OF_DOMAIN`, `NEGATIVE` (a rate override), `INVALID_TYPE` (`state`) for a state whose fields no step could have produced, `INVALID_OPTION`/`OUT_OF_RANGE` for its `rebalance`, `INVALID_DATE` (not later than the last close), `INVALID_OPTION` (a `date` missing on a dated state, or given to an undated one), `INVALID_TYPE` (`out`) for an `out` that is not a writable object, `UNKNOWN_OPTION` (a key of `inputs` that is not an input)
 * @see docs/concepts.md §3
 * @example
 * ```ts
 * import { navState, stepNav } from '@inverse-math/core/stream';
 * const s0 = navState({ leverage: 3, financingRate: 0.05, startDate: '2024-03-08' });
 * const s1 = stepNav(s0, 0, { date: '2024-03-11' }); // Friday → Monday: 3 days of financing on 2 units
 * s1.nav; // 1 − 2 · 0.05 · 3/360
 * //≈ 0.99916667
 * s0.period;
 * //=> 0
 *
 * // in place: the same numbers, no allocation per step
 * const live = navState({ leverage: -1 });
 * for (const r of [-0.05, 0.05]) stepNav(live, r, undefined, live);
 * live.nav;
 * //≈ 0.9975
 * ```
 */
export function stepNav(state: NavState, indexReturn: number, inputs?: NavStepInputs, out?: NavState): NavState {
  const st = guard.options(state, 'state');
  const r = guard.simpleReturn(indexReturn, 'indexReturn');
  const i = guard.optionalOptions(inputs, 'inputs', STEP_KEYS);
  // a frozen, sealed or otherwise non-extensible object could not take the new fields
  if (out !== undefined && !Object.isExtensible(guard.options(out, 'out')))
    guard.fail('INVALID_TYPE', 'must be a writable object', 'out', out);
  const s: Scratch = { a: blankState(), p: newPeriod(), every: 1, band: Infinity };
  // the state is input too (a user may build or store one): every field is read once and checked
  loadState(s, st);
  loadInputs(s, i);
  const a = s.a;
  advance(a, a.leverage, s.every, s.band, r, s.p);
  checkStep(a, true, 'indexReturn', r);
  return out === undefined ? a : copyState(out as Acc, a);
}

/**
 * The running values of one step (a state being written, the period's rates,
 * the rule as numbers), made by the step itself: nothing is shared between
 * calls or kept in the module. The step runs on it, so a step that throws
 * leaves `out` as it was, then copies it into `out` field by field (no double
 * is boxed on the way); without `out` its state is the result.
 */
interface Scratch {
  readonly a: Acc;
  readonly p: Period;
  every: number;
  band: number;
}

/** Read every field of the state `st` once into the scratch and check it; allocates nothing. */
function loadState(s: Scratch, st: Readonly<Record<string, unknown>>): void {
  const a = copyState(s.a, st as unknown as NavState);
  a.rebalance = loadRule(s, a.rebalance);
  if (!validState(a)) guard.fail('INVALID_TYPE', 'is not a state of navState/stepNav', 'state', st);
  // ln NAV is the compensated sum, whatever the state says
  a.logNav = a.logNavSum + a.logNavCompensation;
}

/** Whether the fields could come from `navState`/`stepNav` (each checked by value, allocating nothing). */
function validState(a: Acc): boolean {
  const dated = a.lastDate !== null;
  return (
    finite(a.leverage) &&
    finite(a.financingRate) &&
    atLeast(a.spread, 0) &&
    atLeast(a.dividendYield, 0) &&
    atLeast(a.expenseRatio, 0) &&
    (dated
      ? finite(a.lastDate) && (a.periodsPerYear === null || atLeast(a.periodsPerYear, Number.MIN_VALUE))
      : atLeast(a.periodsPerYear, Number.MIN_VALUE)) &&
    whole(a.period) &&
    atLeast(a.nav, 0) &&
    typeof a.logNavSum === 'number' &&
    a.logNavSum < Infinity &&
    finite(a.logNavCompensation) &&
    finite(a.leverageRatio) &&
    whole(a.periodsSinceRebalance) &&
    whole(a.rebalances) &&
    (a.wipedOutAt === null || whole(a.wipedOutAt))
  );
}

/**
 * The state's rule, checked, its fields read once, as `every`/`band` in the
 * scratch ({@link cadence}); a valid object rule is kept as given, an absent
 * one reads as `'daily'`.
 */
function loadRule(s: Scratch, rule: unknown): RebalanceRule {
  if (rule === 'daily') return rule;
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return readRule(FLOAT, rule, 'state.rebalance');
  let keys = 0;
  for (const _ in rule) keys++;
  const { every, band } = rule as { every?: unknown; band?: unknown };
  if (keys === 1 && Number.isInteger(every) && (every as number) >= 1) s.every = every as number;
  else if (keys === 1 && typeof band === 'number' && band >= 0 && band < Infinity) [s.every, s.band] = [Infinity, band];
  else ({ every: s.every, band: s.band } = cadence(readRule(FLOAT, rule, 'state.rebalance')));
  return rule as RebalanceRule;
}

/** This period's rates (the state's, or the overrides of `inputs`) and year fractions into the scratch. */
function loadInputs(s: Scratch, i: Readonly<Record<string, unknown>>): void {
  const { a, p } = s;
  const { financingRate, spread, dividendYield, expenseRatio, date } = i;
  const stateDate = a.lastDate;
  if ((stateDate === null) !== (date === undefined))
    guard.fail(
      'INVALID_OPTION',
      stateDate === null ? 'needs a dated state' : 'is required by a dated state',
      'inputs.date',
      date,
    );
  p.financingRate = rateOption(financingRate, 'financingRate', 'inputs', a.financingRate);
  p.spread = rateOption(spread, 'spread', 'inputs', a.spread);
  p.dividendYield = rateOption(dividendYield, 'dividendYield', 'inputs', a.dividendYield);
  p.expenseRatio = rateOption(expenseRatio, 'expenseRatio', 'inputs', a.expenseRatio);
  if (stateDate === null) {
    p.tau360 = p.tau365 = 1 / (a.periodsPerYear as number);
    return;
  }
  const lastDate = parseDate(date, 'inputs.date');
  const days = calendarDays(stateDate, lastDate);
  if (!(days >= 1)) guard.fail('INVALID_DATE', 'must be after the last close', 'inputs.date', date);
  a.lastDate = lastDate;
  p.tau360 = days / 360;
  p.tau365 = days / 365;
}

/** A finite number. */
const finite = (v: unknown): v is number => typeof v === 'number' && v - v === 0;
/** A finite number `≥ min`. */
const atLeast = (v: unknown, min: number): v is number => finite(v) && v >= min;
/** A whole number `≥ 0`. */
const whole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
