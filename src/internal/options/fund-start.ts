/**
 * The start of a simulated fund (`initialAum`, or `initialShares` with
 * `initialNav`) and its flows, read by the float and the decimal
 * `simulateFund` with the same rules and messages.
 *
 * @internal
 * @module
 */
import * as guard from '../guards.ts';
import { readSeries, type NumberReader } from './reader.ts';

/** How a fund starts, validated: `aum` or `shares` (exactly one), and the NAV when given. */
export interface FundStart<N> {
  /** `initialAum` (`≥ 0`), or `undefined` when the fund starts from shares. */
  readonly aum: N | undefined;
  /** `initialShares` (`≥ 0`), or `undefined` when the fund starts from assets. */
  readonly shares: N | undefined;
  /** `initialNav` (`> 0`), or `undefined` (the default 1, only with `aum`). */
  readonly nav: N | undefined;
}

/**
 * Read the start from the values of `initialAum`, `initialShares` and
 * `initialNav` (each read once by the caller): exactly one of the first two,
 * and `initialNav` required with `initialShares`.
 */
export function readFundStart<N>(
  R: NumberReader<N>,
  initialAum: unknown,
  initialShares: unknown,
  initialNav: unknown,
): FundStart<N> {
  const fromAum = initialAum !== undefined;
  if (fromAum === (initialShares !== undefined)) {
    guard.fail('INVALID_OPTION', 'give exactly one of initialAum or initialShares', 'options.initialAum', initialAum);
  }
  const aum = fromAum ? R.nonNegative(initialAum, 'options.initialAum') : undefined;
  const shares = fromAum ? undefined : R.nonNegative(initialShares, 'options.initialShares');
  if (!fromAum && initialNav === undefined)
    guard.fail('INVALID_OPTION', 'initialShares requires initialNav', 'options.initialNav', undefined);
  return { aum, shares, nav: initialNav === undefined ? undefined : R.positive(initialNav, 'options.initialNav') };
}

/**
 * Net flows per day: either in shares (creation units) or in currency, one
 * value per day (element `t − 1` for day `t`). `V` is how a value is written
 * (`number`, or a decimal value in `./decimal`, where shares are made whole
 * with `shareRounding`).
 */
export type FundFlows<V = number> =
  | {
      /** Shares created (`> 0`) or redeemed (`< 0`) at the close of each day; `n` values, element `t − 1` for day `t`. */
      readonly shares: ArrayLike<V>;
    }
  | {
      /** Currency created (`> 0`) or redeemed (`< 0`) at that day's NAV; `n` values, element `t − 1` for day `t`. */
      readonly currency: ArrayLike<V>;
    };

/** Validated flows: their kind and one value per day. */
export interface Flows<N> {
  readonly kind: 'shares' | 'currency';
  readonly values: ArrayLike<N>;
  /** The argument name of the values, `options.flows.<kind>`. */
  readonly argument: string;
}

/** Read `options.flows` for `n` days: an object with exactly one of `shares` or `currency`, `n` finite values. */
export function readFlows<N>(R: NumberReader<N>, value: unknown, n: number): Flows<N> | null {
  if (value === undefined) return null;
  const f = guard.options(value, 'options.flows', ['shares', 'currency']);
  const { shares, currency } = f;
  if ((shares === undefined) === (currency === undefined))
    guard.fail('INVALID_OPTION', 'give exactly one of shares or currency', 'options.flows', value);
  const kind = shares === undefined ? 'currency' : 'shares';
  const argument = `options.flows.${kind}`;
  const given = shares ?? currency;
  const values = readSeries(R, given, argument, 1, R.finite);
  guard.sameLength({ length: n }, values, argument, n, given);
  return { kind, values, argument };
}
