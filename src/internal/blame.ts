/**
 * Which input to name when a result computed from valid inputs overflows a
 * double: the one that drives the overflow, not `options` or a whole series.
 * Each input enters the result with a power (`1` a factor, `2` squared, `−1`
 * a divisor); the one with the largest `power·log|value|` is blamed — a
 * drift of 1e308 over a volatility of 0.5 blames the drift, a volatility of
 * 1e-200 the volatility, a price of 5e-324 under a notional of 1 the price.
 *
 * @internal
 * @module
 */
import { fail } from './guards.ts';

/** One input of a result: its name as the user passed it, its value, its power in the result (default 1), its index in a series. */
export type Input = readonly [argument: string, value: number, power?: number, index?: number];

/** `0·a·b·…` is `±0` for finite amounts and `NaN` as soon as one is `±∞` or `NaN`: one test, no array. */
export function allFinite(a: number, b = 0, c = 0, d = 0, e = 0, f = 0): boolean {
  return 0 * a * b * c * d * e * f === 0;
}

/** The input with the largest `power·log|value|` (the first on a tie). */
export function culprit(inputs: readonly Input[]): Input {
  let worst = inputs[0] as Input;
  let most = -Infinity;
  for (const input of inputs) {
    const weight = (input[2] ?? 1) * Math.log(Math.abs(input[1]));
    if (weight > most || Number.isNaN(most)) [worst, most] = [input, weight];
  }
  return worst;
}

/**
 * Throw `NON_FINITE` naming the culprit among `inputs`:
 * `<argument>[<index>] makes <what> overflow a double, got <value> [NON_FINITE]`.
 */
export function overflow(what: string, inputs: readonly Input[]): never {
  const [argument, value, , index] = culprit(inputs);
  return fail('NON_FINITE', `makes ${what} overflow a double`, argument, value, index);
}

/** `x` when it is finite, else {@link overflow}. */
export function finiteOr(x: number, what: string, inputs: readonly Input[]): number {
  return Number.isFinite(x) ? x : overflow(what, inputs);
}
