/**
 * The options of the NAV functions (docs/concepts.md §3): one type and one
 * reader for the float `nav`/`stream` entries and the decimal `navPath`.
 *
 * @internal
 * @module
 */
import * as guard from '../guards.ts';
import { COST_KEYS, readCosts, type CostOptions, type Costs } from './cost-schedule.ts';
import type { NumberReader } from './reader.ts';
import { readRule, type RebalanceRule } from './rebalance-rule.ts';

/**
 * Options of the NAV functions: the cost model of docs/concepts.md §3 and the
 * rebalancing rule. `V` is how a value is written (`number`, or a decimal
 * value in `./decimal`).
 *
 * One period `t` (from close `t` to close `t + 1`) with exposure ratio
 * `ℓ = E/A` at the start of the period:
 *
 * `A_{t+1}/A_t = 1 + ℓ·(r_t + q·τ365) + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365`
 *
 * With daily rebalancing `ℓ = L` every period. Between rebalances of a
 * `{ every }` or `{ band }` rule the fund holds a fixed position: the exposure
 * drifts with the index, `E ← E·(1 + r_t)`, the NAV moves by `E·r_t` plus the
 * carry, and costs accrue on the actual exposure `ℓ`, not on `L`. Dividends
 * (`q`) are paid in cash and do not change the exposure.
 */
export interface NavOptions<V = number> extends CostOptions<V> {
  /** The target multiple `L` (signed: −1 inverse, 2, −3 …). */
  readonly leverage: V;
  /** The rebalancing rule; default `'daily'`. */
  readonly rebalance?: RebalanceRule<V> | undefined;
  /** NAV at the start, `> 0`; default 1. */
  readonly initialNav?: V | undefined;
}

/** The keys of {@link NavOptions}. */
export const NAV_KEYS: readonly string[] = ['leverage', 'rebalance', 'initialNav', ...COST_KEYS];

/** Validated NAV options in the number type `N`. */
export interface NavPlan<N> {
  readonly leverage: N;
  /** `initialNav`, or `undefined` (the default 1). */
  readonly initialNav: N | undefined;
  readonly rule: RebalanceRule<N>;
  /** The cost options of `periods` returns. */
  readonly costs: Costs<N>;
}

/**
 * Validate NAV options for `periods` returns: every key known (`known`: the
 * entry's full list), each option read once. Errors name `options.<name>`.
 */
export function readNavOptions<N>(
  R: NumberReader<N>,
  options: unknown,
  periods: number,
  known: readonly string[] = NAV_KEYS,
): NavPlan<N> {
  const o = guard.options(options, 'options', known);
  const { leverage, initialNav, rebalance } = o;
  return {
    leverage: R.finite(leverage, 'options.leverage'),
    initialNav: initialNav === undefined ? undefined : R.positive(initialNav, 'options.initialNav'),
    rule: readRule(R, rebalance, 'options.rebalance'),
    costs: readCosts(R, o, periods, 'options'),
  };
}
