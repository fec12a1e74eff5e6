/**
 * The rebalancing rule option (docs/concepts.md §3), read by the float and the
 * decimal NAV functions with the same rules and messages.
 *
 * @internal
 * @module
 */
import * as guard from '../guards.ts';
import type { NumberReader } from './reader.ts';

/**
 * When the fund resets its exposure to `L × NAV`.
 *
 * - `'daily'` (default): at every close, the daily-reset fund of docs/concepts.md §3.
 * - `{ every: k }`: at every `k`-th close (after periods `k, 2k, …`); in
 *   between, the fund holds a fixed position (see `NavOptions`).
 * - `{ band: b }`: at a close where the exposure/NAV ratio `ℓ` has left the
 *   band `L·(1 ± b)`, i.e. `|ℓ − L| > b·|L|`.
 *
 * `V` is how the band is written: a `number` in the float entry, a decimal
 * value in `./decimal`.
 */
export type RebalanceRule<V = number> =
  | 'daily'
  | {
      /** Rebalance after every `k`-th period (a whole number `≥ 1`; `1` is daily). */
      readonly every: number;
    }
  | {
      /** Half-width `b ≥ 0` of the band, as a fraction of `|L|` (`0` is daily). */
      readonly band: V;
    };

const SHAPE = "must be 'daily', { every: k } or { band: b }";

/**
 * Validate a rebalancing rule: `'daily'` (or absent), or an object with
 * exactly one field, `every` (a whole number `≥ 1`) or `band` (`≥ 0`). Each
 * field is read once; the result is a new object (a snapshot), never the
 * caller's.
 */
export function readRule<N>(R: NumberReader<N>, value: unknown, argument: string): RebalanceRule<N> {
  if (value === undefined || value === 'daily') return 'daily';
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const [key, ...more] = Object.keys(value);
    const field = `${argument}.${key}`;
    const v = (value as Record<string, unknown>)[key as string];
    if (more.length === 0 && key === 'every') return { every: guard.integer(v, field, 1) };
    if (more.length === 0 && key === 'band') return { band: R.nonNegative(v, field) };
  }
  return guard.fail('INVALID_OPTION', SHAPE, argument, value);
}
