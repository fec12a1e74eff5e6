import * as guard from '../internal/guards.ts';

/** Options of {@link premiumSignal}. */
export interface PremiumSignalOptions {
  /** Entry threshold on `|premium|`, a fraction `≥ 0`; default `0.0002` (2 basis points). */
  readonly threshold?: number;
  /** Exit threshold for hysteresis, `0 ≤ exit ≤ threshold`: a signal on stays on until `|premium|` falls to `exit` or below; default `threshold` (no hysteresis). */
  readonly exit?: number;
}

/** One change of the signal in {@link PremiumSignal}. */
export interface PremiumCrossing {
  /** The tick (index into the premiums) at which the signal changed. */
  readonly index: number;
  /** The signal from this tick on: `1` premium, `−1` discount, `0` none. */
  readonly signal: -1 | 0 | 1;
  /** The premium at that tick (fraction). */
  readonly premium: number;
}

/** Result of {@link premiumSignal}. */
export interface PremiumSignal {
  /** The signal at each tick: `1` (premium beyond the threshold), `−1` (discount beyond it), `0` (none). */
  readonly signal: Int8Array;
  /** Every tick where the signal changed, in order (the start counts as `0`). */
  readonly crossings: readonly PremiumCrossing[];
}

/**
 * Where a premium/discount series crosses a threshold, with optional
 * hysteresis: analytics of the iNAV rule of docs/concepts.md §6.2, not advice.
 *
 * Formula, with `s_{−1} = 0` and `θ` = threshold, `x` = exit:
 * `s_i = 1` if `π_i > θ`; `−1` if `π_i < −θ`; otherwise `s_{i−1}` if it was
 * `1` and `π_i > x`, or `−1` and `π_i < −x`; otherwise `0`. A premium exactly
 * at `θ` does not fire ("beyond"). Premiums are ratios, so the signal does
 * not change when prices and NAVs are scaled by the same factor.
 *
 * @param premiums - premium/discount fractions, e.g. from {@link premiumDiscount} (not mutated)
 * @param options - `threshold` (default 2 bp) and `exit`
 * @returns the signal per tick and the list of its changes
 * @throws {@link InverseMathError} `INVALID_TYPE`, `NON_FINITE`, `EMPTY_SERIES`, `NEGATIVE` (`threshold`, `exit`), `OUT_OF_RANGE` (`exit > threshold`), `UNKNOWN_OPTION`
 * @see docs/concepts.md §6.2; "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments" (beyond 2 basis points of the iNAV)
 * @example
 * ```ts
 * import { premiumSignal } from '@inverse-math/core/signals';
 * const bp = [0, 3, 1.5, 0.5, -2.5].map((x) => x / 1e4);
 * Array.from(premiumSignal(bp).signal); // on beyond 2 bp, off at once
 * //=> [0, 1, 0, 0, -1]
 * Array.from(premiumSignal(bp, { exit: 0.0001 }).signal); // on beyond 2 bp, off at 1 bp or less
 * //=> [0, 1, 1, 0, -1]
 * premiumSignal(bp).crossings[0];
 * //=> { index: 1, signal: 1, premium: 0.0003 }
 * ```
 */
export function premiumSignal(premiums: ArrayLike<number>, options?: PremiumSignalOptions): PremiumSignal {
  const p = guard.series(premiums, 'premiums');
  const o = guard.optionalOptions(options, 'options', ['threshold', 'exit']);
  const thresholdIn = o.threshold;
  const exitIn = o.exit;
  const theta = thresholdIn === undefined ? 0.0002 : guard.nonNegative(thresholdIn, 'options.threshold');
  const x = exitIn === undefined ? theta : guard.nonNegative(exitIn, 'options.exit');
  if (x > theta) guard.fail('OUT_OF_RANGE', `must be at most options.threshold (${theta})`, 'options.exit', exitIn);
  const signal = new Int8Array(p.length);
  const crossings: PremiumCrossing[] = [];
  let s: -1 | 0 | 1 = 0;
  for (let i = 0; i < p.length; i++) {
    const pi = p[i] as number;
    const next: -1 | 0 | 1 = pi > theta ? 1 : pi < -theta ? -1 : (s === 1 && pi > x) || (s === -1 && pi < -x) ? s : 0;
    if (next !== s) crossings.push({ index: i, signal: next, premium: pi });
    s = next;
    signal[i] = s;
  }
  return { signal, crossings };
}
