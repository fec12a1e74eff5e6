import * as guard from '../internal/guards.ts';
import { neumaierSum, sumLog1pScaled } from '../internal/sum.ts';

/** Result of {@link compoundingDecay}. */
export interface CompoundingDecay {
  /** `G = Π(1 + r_i)`: the index's growth factor. */
  readonly indexGrowth: number;
  /** `V = Π(1 + L·r_i)`: the frictionless fund's growth factor; `0` once the fund is wiped out. */
  readonly fundGrowth: number;
  /** `G^L`: what the fund would be worth if it compounded the index's total move `L` times in log space. */
  readonly leveragedIndexGrowth: number;
  /** `V / G^L − 1`: the compounding decay; `≤ 0` for `L ∉ (0, 1)` (docs/concepts.md I2), `−1` once wiped out. */
  readonly decay: number;
  /** `V − 1 − L·(G − 1)`: the fund's shortfall against `L` times the index's total return, in NAV units. */
  readonly gapToLeveragedReturn: number;
  /** Index of the first period with `1 + L·r_i ≤ 0`, or `null` when the fund survives the whole path. */
  readonly wipedOutAt: number | null;
}

/**
 * Compounding decay of a frictionless daily-reset fund over a path.
 *
 * Formula: `G = Π(1 + r_i)`, `V = Π(1 + L·r_i)`, `decay = V / G^L − 1`,
 * accumulated in log space (`Σ log1p`, compensated) so that long paths neither
 * underflow nor lose digits. By Bernoulli's inequality `V ≤ G^L` for
 * `L ∉ (0, 1)` (docs/concepts.md I2): a fund whose index comes back to where it started
 * has lost money, for any non-flat path.
 *
 * @param indexReturns - index simple returns, each `> −1` (not mutated)
 * @param leverage - the daily multiple `L`
 * @returns growth factors, the decay and the period the fund was wiped out, if it was
 * @throws {@link InverseMathError} `INVALID_TYPE`, `EMPTY_SERIES`, `NON_FINITE` (with the index; also when a growth factor overflows), `RETURN_OUT_OF_DOMAIN` (with the index)
 * @see "Precision Hedging: Algorithmic Strategies for Inverse ETF Investments" (the 100 → 90 → 100 example); docs/concepts.md §2, W2
 * @example
 * ```ts
 * import { compoundingDecay } from '@inverse-math/core/drag';
 * const d = compoundingDecay([-0.1, 1 / 9], -1); // "Precision Hedging": index 100 → 90 → 100
 * [d.indexGrowth, d.fundGrowth, d.decay];
 * //≈ [1, 0.97778, -0.02222]
 * ```
 */
export function compoundingDecay(indexReturns: ArrayLike<number>, leverage: number): CompoundingDecay {
  const L = guard.finite(leverage, 'leverage');
  const s = guard.returnSeries(indexReturns, 'indexReturns');
  const logs = new Float64Array(s.length);
  for (let i = 0; i < s.length; i++) logs[i] = Math.log1p(s[i] as number);
  const logG = neumaierSum(logs);
  const indexGrowth = Math.exp(logG);
  const leveragedIndexGrowth = Math.exp(L * logG);
  const { sum: logV, wipedOutAt } = sumLog1pScaled(s, L);
  const fundGrowth = wipedOutAt >= 0 ? 0 : Math.exp(logV);
  const decay = wipedOutAt >= 0 ? -1 : Math.expm1(logV - L * logG);
  const overflow = (x: number, argument: string, value: unknown): number => guard.finiteResult(x, argument, value);
  return {
    indexGrowth: overflow(indexGrowth, 'indexReturns', indexReturns),
    fundGrowth: overflow(fundGrowth, 'indexReturns', indexReturns),
    leveragedIndexGrowth: overflow(leveragedIndexGrowth, 'leverage', leverage),
    decay: overflow(decay, 'leverage', leverage),
    gapToLeveragedReturn: overflow(fundGrowth - 1 - L * (indexGrowth - 1), 'leverage', leverage),
    wipedOutAt: wipedOutAt >= 0 ? wipedOutAt : null,
  };
}
