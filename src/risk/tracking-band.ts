import * as guard from '../internal/guards.ts';

const KEYS = ['leverage', 'band', 'floor', 'tighten'] as const;

/**
 * Options of the tracking band: the fund's multiple and the band's rule.
 *
 * The band in force at close `t` is `w_t = max(floor, band − tighten·M_{t−1})`,
 * where `M_{t−1}` is the widest `|D_s|` seen at the closes before `t` (`M_0 = 0`,
 * so `w_1 = band`): it tightens as the deviation widens, and does not widen
 * again when the deviation comes back (a stop that only tightens).
 */
export interface TrackingBandOptions {
  /** The fund's daily multiple `L` (signed). */
  readonly leverage: number;
  /** The starting half-width of the band, a fraction of `NAV_0`, `> 0` (`0.02` is 2 % of the starting NAV). */
  readonly band: number;
  /** The narrowest the band gets, `0 ≤ floor ≤ band`. */
  readonly floor: number;
  /** How much the band narrows per unit of the widest deviation so far, `≥ 0` (`0` is a fixed band). */
  readonly tighten: number;
}

/** The state of a tracking-band monitor: plain numbers; {@link trackingBandState} starts it, {@link stepTrackingBand} advances it. */
export interface TrackingBandState {
  /** The fund's multiple `L`. */
  readonly leverage: number;
  /** Starting half-width of the band. */
  readonly band: number;
  /** Narrowest half-width. */
  readonly floor: number;
  /** Narrowing per unit of the widest deviation. */
  readonly tighten: number;
  /** Closes stepped so far (`t`). */
  readonly period: number;
  /** `NAV_t/NAV_0 = Π(1 + R_i)` from the fund's returns. */
  readonly fundGrowth: number;
  /** `I_t/I_0 = Π(1 + r_i)` from the index's returns. */
  readonly indexGrowth: number;
  /** `D_t = NAV_t/NAV_0 − (1 + L·(I_t/I_0 − 1))` (docs/concepts.md §3). */
  readonly deviation: number;
  /** `M_t = max_{s ≤ t} |D_s|`, the widest deviation so far. */
  readonly maxAbsDeviation: number;
  /** The half-width `w_t` that `D_t` was judged against (`band` at the start). */
  readonly width: number;
  /** Whether `|D_t| > w_t`. */
  readonly breached: boolean;
  /** Closes at which the band was breached so far. */
  readonly breaches: number;
  /** The first close at which it was breached, or `null`. */
  readonly firstBreach: number | null;
}

/** One period's returns for {@link stepTrackingBand}. */
export interface TrackingBandInput {
  /** The index's simple return over the period, `> −1`. */
  readonly indexReturn: number;
  /** The fund's simple return over the period (NAV to NAV), `≥ −1`. */
  readonly fundReturn: number;
}

/** Result of {@link trackingBand}: one value per close `0 … n` (close 0 is the start). */
export interface TrackingBand {
  /** `D_t` at each close (`0` at the start). */
  readonly deviation: Float64Array;
  /** The band's half-width `w_t` in force at each close (`band` at the start). */
  readonly width: Float64Array;
  /** `1` where `|D_t| > w_t`, else `0`. */
  readonly breached: Uint8Array;
  /** How many closes breached the band. */
  readonly breaches: number;
  /** The first close that breached it, or `null`. */
  readonly firstBreach: number | null;
}

type Mutable = { -readonly [K in keyof TrackingBandState]: TrackingBandState[K] };

function readOptions(options: unknown): TrackingBandState {
  const o = guard.options(options, 'options', KEYS);
  const leverage = guard.finite(o.leverage, 'options.leverage');
  const band = guard.positive(o.band, 'options.band');
  const floorIn = o.floor;
  const floor = guard.nonNegative(floorIn, 'options.floor');
  if (floor > band) guard.fail('OUT_OF_RANGE', `must be at most options.band (${band})`, 'options.floor', floorIn);
  const tighten = guard.nonNegative(o.tighten, 'options.tighten');
  return {
    leverage,
    band,
    floor,
    tighten,
    period: 0,
    fundGrowth: 1,
    indexGrowth: 1,
    deviation: 0,
    maxAbsDeviation: 0,
    width: band,
    breached: false,
    breaches: 0,
    firstBreach: null,
  };
}

/** One close: the kernel shared by the step and the batch form (so both give the same bits). Inputs are valid. */
function advance(s: Mutable, r: number, R: number, names: readonly [index: string, fund: string], t?: number): void {
  const width = Math.max(s.floor, s.band - s.tighten * s.maxAbsDeviation);
  const fundGrowth = guard.finiteResult(s.fundGrowth * (1 + R), names[1], R, t);
  const indexGrowth = guard.finiteResult(s.indexGrowth * (1 + r), names[0], r, t);
  const deviation = guard.finiteResult(fundGrowth - (1 + s.leverage * (indexGrowth - 1)), names[0], r, t);
  const breached = Math.abs(deviation) > width;
  s.period += 1;
  s.fundGrowth = fundGrowth;
  s.indexGrowth = indexGrowth;
  s.deviation = deviation;
  s.maxAbsDeviation = Math.max(s.maxAbsDeviation, Math.abs(deviation));
  s.width = width;
  s.breached = breached;
  if (breached) {
    s.breaches += 1;
    if (s.firstBreach === null) s.firstBreach = s.period;
  }
}

/**
 * The starting state of a tracking-band monitor: the cumulative tracking
 * deviation of docs/concepts.md §3 against a band that tightens as the
 * deviation widens.
 *
 * Formula: `D_t = NAV_t/NAV_0 − (1 + L·(I_t/I_0 − 1))`; the band in force at
 * close `t` is `w_t = max(floor, band − tighten·M_{t−1})` with
 * `M_{t−1} = max_{s<t} |D_s|`; close `t` breaches it when `|D_t| > w_t`.
 * Worked example (2x, band 2 %, floor 0.5 %, tighten 2): a deviation of
 * −0.6 % at close 1 is inside `w_1 = 2 %`; it narrows the band to
 * `2 % − 2·0.6 % = 0.8 %`, so a deviation of −0.9 % at close 2 breaches it
 * (a fixed 2 % band would not have).
 *
 * @param options - `leverage`, `band` (`> 0`), `floor` (`0 ≤ floor ≤ band`), `tighten` (`≥ 0`)
 * @returns the state at close 0: growths 1, deviation 0, width `band`
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `NOT_POSITIVE` (`band`), `NEGATIVE` (`floor`, `tighten`), `OUT_OF_RANGE` (`floor > band`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §3 ("Tracking diagnostics") and §6.4; "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments" (tightening stops as the deviation widens)
 * @example
 * ```ts
 * import { stepTrackingBand, trackingBandState } from '@inverse-math/core/risk';
 * let s = trackingBandState({ leverage: 2, band: 0.02, floor: 0.005, tighten: 2 });
 * s = stepTrackingBand(s, { indexReturn: 0.01, fundReturn: 0.014 }); // D = 1.014 − 1.02
 * [s.deviation, s.width, s.breached];
 * //≈ [-0.006, 0.02, false]
 * s = stepTrackingBand(s, { indexReturn: 0, fundReturn: -0.003 / 1.014 }); // D = 1.011 − 1.02
 * [s.deviation, s.width, s.breached, s.firstBreach];
 * //≈ [-0.009, 0.008, true, 2]
 * ```
 */
export function trackingBandState(options: TrackingBandOptions): TrackingBandState {
  return readOptions(options);
}

const finite = (v: unknown): v is number => typeof v === 'number' && v - v === 0;
const atLeast = (v: unknown, min: number): boolean => finite(v) && v >= min;
const whole = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 0;

/** The state's fields, checked (a state is input too): a copy the step may write. */
function readState(state: unknown): Mutable {
  const st = guard.options(state, 'state') as unknown as TrackingBandState;
  // the state's own fields only (a copy the step may write; other keys of the object are not carried over)
  const {
    leverage,
    band,
    floor,
    tighten,
    period,
    fundGrowth,
    indexGrowth,
    deviation,
    maxAbsDeviation,
    width,
    breached,
    breaches,
    firstBreach,
  } = st;
  const s: Mutable = {
    leverage,
    band,
    floor,
    tighten,
    period,
    fundGrowth,
    indexGrowth,
    deviation,
    maxAbsDeviation,
    width,
    breached,
    breaches,
    firstBreach,
  };
  const ok =
    finite(s.leverage) &&
    atLeast(s.band, Number.MIN_VALUE) &&
    atLeast(s.floor, 0) &&
    s.floor <= s.band &&
    atLeast(s.tighten, 0) &&
    whole(s.period) &&
    atLeast(s.fundGrowth, 0) &&
    atLeast(s.indexGrowth, 0) &&
    finite(s.deviation) &&
    atLeast(s.maxAbsDeviation, 0) &&
    atLeast(s.width, 0) &&
    typeof s.breached === 'boolean' &&
    whole(s.breaches) &&
    (s.firstBreach === null || whole(s.firstBreach));
  if (!ok) guard.fail('INVALID_TYPE', 'is not a state of trackingBandState/stepTrackingBand', 'state', state);
  return s;
}

/**
 * Advance a tracking-band monitor by one period. Pure by default (a new
 * state; the input state is not changed); with `out` (another state, or the
 * same one) the new state is written there and returned. The numbers are
 * those of {@link trackingBand} on the same returns, bit for bit.
 *
 * Formula: as {@link trackingBandState}: `NAV_t/NAV_0 ← ·(1 + R)`,
 * `I_t/I_0 ← ·(1 + r)`, `D_t`, then `w_t` from the widest deviation before
 * this close, and the breach test `|D_t| > w_t`.
 *
 * @param state - a state from {@link trackingBandState} or a previous step
 * @param input - the period's `indexReturn` (`> −1`) and `fundReturn` (`≥ −1`)
 * @param out - where to write the new state (may be `state`); written only when the step succeeds
 * @returns the state after the period: a new object, or `out`
 * @throws {@link InverseMathError} `INVALID_TYPE` (also a `state` no step could have produced, an `out` that is not a writable object), `NON_FINITE` (also a growth beyond a double), `RETURN_OUT_OF_DOMAIN`, `UNKNOWN_OPTION` (`input`)
 * @see docs/concepts.md §3 and §6.4
 * @example
 * ```ts
 * import { stepTrackingBand, trackingBandState } from '@inverse-math/core/risk';
 * const live = trackingBandState({ leverage: -1, band: 0.01, floor: 0.002, tighten: 1 });
 * for (const [r, R] of [[0.02, -0.021], [-0.01, 0.0085]]) stepTrackingBand(live, { indexReturn: r, fundReturn: R }, live);
 * [live.period, live.breaches];
 * //=> [2, 0]
 * ```
 */
export function stepTrackingBand(
  state: TrackingBandState,
  input: TrackingBandInput,
  out?: TrackingBandState,
): TrackingBandState {
  const s = readState(state);
  const i = guard.options(input, 'input', ['indexReturn', 'fundReturn']);
  const r = guard.simpleReturn(i.indexReturn, 'input.indexReturn');
  const R = guard.finite(i.fundReturn, 'input.fundReturn');
  if (R < -1) guard.fail('RETURN_OUT_OF_DOMAIN', 'must be ≥ -1', 'input.fundReturn', R);
  if (out !== undefined && !Object.isExtensible(guard.options(out, 'out')))
    guard.fail('INVALID_TYPE', 'must be a writable object', 'out', out);
  advance(s, r, R, ['input.indexReturn', 'input.fundReturn']);
  return out === undefined ? s : Object.assign(out as Mutable, s);
}

/**
 * The tracking-band monitor over whole series: {@link stepTrackingBand} at
 * every close, the same numbers bit for bit.
 *
 * Formula: as {@link trackingBandState}.
 *
 * @param indexReturns - `n ≥ 1` index simple returns, each `> −1` (not mutated)
 * @param fundReturns - `n` fund simple returns (NAV to NAV), each `≥ −1` (not mutated)
 * @param options - as {@link trackingBandState}
 * @returns `n + 1` deviations, widths and breach flags (close 0 is the start), the count and the first breach
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (also a growth beyond a double, with its index), `RETURN_OUT_OF_DOMAIN` (with the index), `LENGTH_MISMATCH`, and those of {@link trackingBandState}
 * @see docs/concepts.md §3 and §6.4
 * @example
 * ```ts
 * import { trackingBand } from '@inverse-math/core/risk';
 * const b = trackingBand([0.01, 0], [0.014, -0.003 / 1.014], { leverage: 2, band: 0.02, floor: 0.005, tighten: 2 });
 * [Array.from(b.width), Array.from(b.breached), b.firstBreach];
 * //≈ [[0.02, 0.02, 0.008], [0, 0, 1], 2]
 * ```
 */
export function trackingBand(
  indexReturns: ArrayLike<number>,
  fundReturns: ArrayLike<number>,
  options: TrackingBandOptions,
): TrackingBand {
  const r = guard.returnSeries(indexReturns, 'indexReturns');
  const f = guard.series(fundReturns, 'fundReturns');
  guard.sameLength(r, f, 'fundReturns');
  for (let t = 0; t < f.length; t++)
    if ((f[t] as number) < -1) guard.fail('RETURN_OUT_OF_DOMAIN', 'must be ≥ -1', 'fundReturns', f[t], t);
  const s = readOptions(options) as Mutable;
  const n = r.length;
  const deviation = new Float64Array(n + 1);
  const width = new Float64Array(n + 1);
  const breached = new Uint8Array(n + 1);
  width[0] = s.width;
  for (let t = 0; t < n; t++) {
    advance(s, r[t] as number, f[t] as number, ['indexReturns', 'fundReturns'], t);
    deviation[t + 1] = s.deviation;
    width[t + 1] = s.width;
    breached[t + 1] = s.breached ? 1 : 0;
  }
  return { deviation, width, breached, breaches: s.breaches, firstBreach: s.firstBreach };
}
