/**
 * Kernels of the close trade (docs/concepts.md §4–5), shared by `rebalance`, `flows`
 * and `fund`. Inputs are validated by the callers (their options by
 * `src/internal/options/fund-move.ts`).
 *
 * @internal
 * @module
 */
import * as guard from './guards.ts';

/** The close trade of one fund for validated `A ≥ 0`, finite `L`, `r > −1` (see `rebalanceTrade`). */
export function rebalanceKernel(
  A: number,
  L: number,
  r: number,
): { trade: number; exposureBefore: number; exposureAfter: number; aumAfter: number } {
  const exposureBefore = L * A * (1 + r);
  if (!(1 + L * r > 0)) {
    // wiped out: nothing left to lever, the position is closed
    return { trade: zero(-exposureBefore), exposureBefore: zero(exposureBefore), exposureAfter: 0, aumAfter: 0 };
  }
  const aumAfter = A * (1 + L * r);
  return {
    trade: zero(A * (L * (L - 1) * r)),
    exposureBefore: zero(exposureBefore),
    exposureAfter: zero(L * aumAfter),
    aumAfter,
  };
}

/**
 * Throw `NON_FINITE` unless every amount is finite: inputs that are each
 * valid (a huge AUM times a huge leverage) can overflow a double, and a
 * result of `±Infinity` or `NaN` must never be returned.
 *
 * One test for all of them, with no array: `0·x` is `±0` for every finite `x`
 * and `NaN` for `±∞` or `NaN`, so `0·a·b·c·…` is finite exactly when every
 * amount is (an array built per call cost a trade function half its time).
 * One amount alone: `guard.finiteResult`. `argument` and `value` name the
 * input that overflowed (the one of largest magnitude, see {@link larger}),
 * never the options object as a whole.
 */
export function finiteAmounts(argument: string, value: unknown, index: number | undefined, a: number, b = 0, c = 0, d = 0, e = 0, f = 0): void {
  guard.finiteResult(0 * a * b * c * d * e * f, argument, value, index);
}

/** Of two inputs that scale an amount, whether the first is the larger in magnitude (the one an overflow names). */
export function larger(a: number, b: number): boolean {
  return Math.abs(a) >= Math.abs(b);
}

/** `−0` → `0`, so that results compare and print as users expect. */
export function zero(x: number): number {
  return x === 0 ? 0 : x;
}
