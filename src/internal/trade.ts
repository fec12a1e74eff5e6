/**
 * Kernels of the close trade (docs/concepts.md §4–5), shared by `rebalance`, `flows`
 * and `fund`. Inputs are validated by the callers (their options by
 * `src/internal/options/fund-move.ts`).
 *
 * @internal
 * @module
 */
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

/** `−0` → `0`, so that results compare and print as users expect. */
export function zero(x: number): number {
  return x === 0 ? 0 : x;
}
