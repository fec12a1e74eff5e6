import { calendarDays } from '../internal/accrual.ts';
import { copyState, createState, newPeriod, type Acc, type NavState, type Period } from '../internal/engine/state.ts';
import { advance, cadence, overflow, stepIsFinite } from '../internal/engine/step.ts';
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
  const st = guard.options(state, 'state') as unknown as NavState;
  const r = guard.simpleReturn(indexReturn, 'indexReturn');
  // a frozen, sealed or otherwise non-extensible object could not take the new fields
  if (out !== undefined && !Object.isExtensible(guard.options(out, 'out')))
    guard.fail('INVALID_TYPE', 'must be a writable object', 'out', out);
  const kept = out === undefined ? undefined : (out as Keeper)[SCRATCH];
  const s = kept === undefined ? newScratch() : kept;
  // the return goes in the scratch, not as an argument: a call that is not inlined would box it
  s.p.indexReturn = r;
  try {
    const a = stepScratch(s, st, inputs);
    if (out === undefined) return a;
    copyState(out as Acc, a);
  } finally {
    // what a scratch kept on `out` holds between steps is always the same: no value of a step (nor of a
    // state the user got wrong) stays alive there, and an `out` a step failed to write is as it was
    if (out !== undefined) clear(s);
  }
  // the first step into `out` leaves its scratch there for the next ones (only once it has succeeded)
  if (kept === undefined) Object.defineProperty(out, SCRATCH, { value: s });
  return out;
}

/** The scratch back to its blank values. */
function clear(s: Scratch): void {
  copyState(s.a, BLANK_STATE);
  const p = s.p;
  p.indexReturn = p.financingRate = p.spread = p.dividendYield = p.expenseRatio = p.tau360 = p.tau365 = 0;
  s.every = 1;
  s.band = Infinity;
}

/**
 * An object that has had a step written into it: it keeps the scratch of
 * its steps behind a hidden key (a symbol, not enumerable: not among the
 * state's fields, not copied by a spread, not in JSON), blank between steps,
 * so that later steps into `out` allocate nothing.
 */
interface Keeper {
  [SCRATCH]?: Scratch;
}

/** The hidden key of {@link Keeper}. */
const SCRATCH = Symbol('stepNav scratch');

/**
 * The running values of one step: the state being written, the period's
 * return, rates and year fractions, the rule as numbers. The step runs on
 * it, so a step that throws leaves `out` as it was; then `out` takes its
 * fields one by one (no double is boxed on the way), or, without `out`, its
 * state is the result. A pure step makes a new one; steps in place reuse the
 * one kept on their `out` ({@link Keeper}): one per state written, none in
 * the module.
 */
interface Scratch {
  readonly a: Acc;
  readonly p: Period;
  every: number;
  band: number;
}

/** The start a scratch state is made from (overwritten by each step). */
const BLANK = { leverage: 0, rebalance: 'daily', nav: 1 } as const;
/** The state a scratch kept on `out` holds between steps (see {@link clear}). */
const BLANK_STATE: NavState = Object.freeze(createState(BLANK));

/** A new scratch (one creation site, so that every scratch has the same shape). */
function newScratch(): Scratch {
  return { a: createState(BLANK), p: newPeriod(), every: 1, band: Infinity };
}

/** One step on the scratch `s` (its period's return set): the state's fields read once and checked, the period's rates, the engine's {@link advance}. Returns `s.a`. */
function stepScratch(s: Scratch, st: NavState, inputs: NavStepInputs | undefined): Acc {
  // the state is input too (a user may build or store one): every field is read once and checked
  const a = copyState(s.a, st);
  const rule = a.rebalance;
  if (rule === 'daily') {
    s.every = 1;
    s.band = Infinity;
  } else a.rebalance = loadRule(s, rule);
  if (!validState(a)) guard.fail('INVALID_TYPE', 'is not a state of navState/stepNav', 'state', st);
  // ln NAV is the compensated sum, whatever the state says
  a.logNav = a.logNavSum + a.logNavCompensation;
  const p = s.p;
  if (inputs === undefined && a.lastDate === null) {
    p.financingRate = a.financingRate;
    p.spread = a.spread;
    p.dividendYield = a.dividendYield;
    p.expenseRatio = a.expenseRatio;
    p.tau360 = p.tau365 = 1 / (a.periodsPerYear as number);
  } else loadInputs(a, p, guard.optionalOptions(inputs, 'inputs', STEP_KEYS));
  advance(a, s, p);
  if (!stepIsFinite(a, true)) overflow('indexReturn', p.indexReturn);
  return a;
}

/** Whether the fields could come from `navState`/`stepNav` (each checked by value, allocating nothing). */
function validState(a: Acc): boolean {
  // every check written out on locals: a helper the compiler does not inline would box each double passed to it
  const { leverage: L, financingRate: rf, spread: sp, dividendYield: q, expenseRatio: f, nav, logNavSum: sum } = a;
  const { logNavCompensation: comp, leverageRatio: ell, periodsPerYear: ppy, lastDate } = a;
  const numbers =
    typeof L === 'number' &&
    typeof rf === 'number' &&
    typeof sp === 'number' &&
    typeof q === 'number' &&
    typeof f === 'number' &&
    typeof nav === 'number' &&
    typeof sum === 'number' &&
    typeof comp === 'number' &&
    typeof ell === 'number';
  const clock =
    lastDate === null
      ? typeof ppy === 'number' && ppy > 0 && ppy < Infinity
      : typeof lastDate === 'number' &&
        lastDate - lastDate === 0 &&
        (ppy === null || (typeof ppy === 'number' && ppy > 0 && ppy < Infinity));
  return (
    numbers &&
    clock &&
    L - L === 0 &&
    rf - rf === 0 &&
    sp >= 0 &&
    sp < Infinity &&
    q >= 0 &&
    q < Infinity &&
    f >= 0 &&
    f < Infinity &&
    nav >= 0 &&
    nav < Infinity &&
    sum < Infinity &&
    comp - comp === 0 &&
    ell - ell === 0 &&
    whole(a.period) &&
    whole(a.periodsSinceRebalance) &&
    whole(a.rebalances) &&
    (a.wipedOutAt === null || whole(a.wipedOutAt))
  );
}

/**
 * A rule other than `'daily'`, checked, its fields read once, as `every` /
 * `band` in the scratch ({@link cadence}); a valid object rule is kept as
 * given, an absent one reads as `'daily'`.
 */
function loadRule(s: Scratch, rule: unknown): RebalanceRule {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) {
    const read = readRule(FLOAT, rule, 'state.rebalance');
    ({ every: s.every, band: s.band } = cadence(read));
    return read;
  }
  let keys = 0;
  for (const _ in rule) keys++;
  const { every, band } = rule as { every?: unknown; band?: unknown };
  if (keys === 1 && Number.isInteger(every) && (every as number) >= 1) [s.every, s.band] = [every as number, Infinity];
  else if (keys === 1 && typeof band === 'number' && band >= 0 && band < Infinity) [s.every, s.band] = [Infinity, band];
  else ({ every: s.every, band: s.band } = cadence(readRule(FLOAT, rule, 'state.rebalance')));
  return rule as RebalanceRule;
}

/** This period's rates (the state's, or the overrides of `inputs`) and year fractions into `p`; a dated step's close into `a`. */
function loadInputs(a: Acc, p: Period, i: Readonly<Record<string, unknown>>): void {
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

/** A whole number `≥ 0`. */
const whole = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
