import * as guard from '../internal/guards.ts';

/** Options of {@link premiumDisclosure}. */
export interface PremiumDisclosureOptions {
  /** The premium/discount beyond which a day counts, a fraction `≥ 0`; default `0.02` (2 %). */
  readonly threshold?: number;
  /** A run is disclosed when it lasts MORE than this many consecutive trading days (a whole number `≥ 0`); default 7. */
  readonly days?: number;
}

/** A run of consecutive trading days beyond the threshold, in {@link PremiumDisclosure}. */
export interface DisclosureRun {
  /** Index of the run's first day in the premiums. */
  readonly start: number;
  /** Index of the run's last day (inclusive). */
  readonly end: number;
  /** Its length, `end − start + 1` trading days. */
  readonly days: number;
  /** The largest `|premium|` in the run (fraction). */
  readonly maxAbs: number;
}

/** Result of {@link premiumDisclosure}. */
export interface PremiumDisclosure {
  /** Whether any run triggers the disclosure. */
  readonly flagged: boolean;
  /** The runs that trigger it (longer than `days`), in order. */
  readonly runs: readonly DisclosureRun[];
}

/**
 * SEC Rule 6c-11's disclosure test on a daily premium/discount history: an
 * exchange-traded fund whose premium or discount was beyond 2 % for more than
 * seven consecutive trading days must say so (and why) on its website.
 *
 * Formula: a day counts when `|π_t| > threshold`; a run is a maximal stretch
 * of consecutive counting days (a premium turning into a discount beyond the
 * threshold continues the run: the rule reads "premium or discount"); it is
 * disclosed when its length exceeds `days`. Each element is one trading day.
 *
 * @param premiums - daily premium/discount fractions, one per trading day (not mutated)
 * @param options - `threshold` (default 0.02) and `days` (default 7)
 * @returns `flagged` and the disclosed runs
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `EMPTY_SERIES`, `NEGATIVE` (`threshold`), `OUT_OF_RANGE` (`days` not a whole number `≥ 0`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.2; SEC Rule 6c-11 (17 CFR 270.6c-11(c)(1)(vii))
 * @example
 * ```ts
 * import { premiumDisclosure } from '@inverse-math/core/signals';
 * const days = [0.01, ...Array(8).fill(0.025), -0.021, 0.005]; // 9 days beyond 2 %
 * premiumDisclosure(days);
 * //=> { flagged: true, runs: [{ start: 1, end: 9, days: 9, maxAbs: 0.025 }] }
 * premiumDisclosure(days.slice(0, 8)).flagged; // 7 days: not more than 7
 * //=> false
 * ```
 */
export function premiumDisclosure(premiums: ArrayLike<number>, options?: PremiumDisclosureOptions): PremiumDisclosure {
  const p = guard.series(premiums, 'premiums');
  const o = guard.optionalOptions(options, 'options', ['threshold', 'days']);
  const thresholdIn = o.threshold;
  const daysIn = o.days;
  const theta = thresholdIn === undefined ? 0.02 : guard.nonNegative(thresholdIn, 'options.threshold');
  const limit = daysIn === undefined ? 7 : guard.integer(daysIn, 'options.days', 0);
  const runs: DisclosureRun[] = [];
  let start = -1;
  let maxAbs = 0;
  for (let i = 0; i <= p.length; i++) {
    const a = i < p.length ? Math.abs(p[i] as number) : 0;
    if (i < p.length && a > theta) {
      if (start < 0) [start, maxAbs] = [i, a];
      else if (a > maxAbs) maxAbs = a;
    } else if (start >= 0) {
      if (i - start > limit) runs.push({ start, end: i - 1, days: i - start, maxAbs });
      start = -1;
    }
  }
  return { flagged: runs.length > 0, runs };
}
