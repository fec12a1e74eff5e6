import { describe, expect, test } from 'vitest';
import {
  effectiveLogLeverage,
  fundReturn,
  logLeverageSeries,
  logReturn,
  logToSimple,
  returnsFromPrices,
  simpleReturn,
  simpleToLog,
} from '../../src/leverage/index.ts';
import { expectClose, expectCode, expectStated } from '../helpers/assert.ts';
import type { InverseMathErrorCode } from '../../src/errors.ts';

describe('W1 (Kaya, "Are −1x Inverse Funds ‘Leveraged’?"): index log return +4 %, then −4 %', () => {
  const up = logToSimple(0.04);
  const down = logToSimple(-0.04);

  test('+1x fund: 100 → 104.08 → 100', () => {
    const p1 = 100 * (1 + fundReturn(up, 1));
    const p2 = p1 * (1 + fundReturn(down, 1));
    expectStated(p1, 104.08, 2, 'Kaya price table, +1x P1');
    expectClose(p2, 100, 1e-15);
  });

  test('−1x fund: arithmetic −4.08 % then +3.92 %; price 100 → 95.92 → 99.68', () => {
    const a1 = fundReturn(up, -1);
    const a2 = fundReturn(down, -1);
    expectStated(a1 * 100, -4.08, 2, 'Kaya table, −1x a1');
    expectStated(a2 * 100, 3.92, 2, 'Kaya table, −1x a2');
    const p1 = 100 * (1 + a1);
    const p2 = p1 * (1 + a2);
    expectStated(p1, 95.92, 2, 'Kaya price table, −1x P1');
    expectStated(p2, 99.68, 2, 'Kaya price table, −1x P2');
  });

  test('−1x log returns −4.17 % and +3.85 %, effective log leverage −1.04 then −0.96', () => {
    expectStated(simpleToLog(fundReturn(up, -1)) * 100, -4.17, 2, 'Kaya table, −1x r1');
    expectStated(simpleToLog(fundReturn(down, -1)) * 100, 3.85, 2, 'Kaya table, −1x r2');
    expectStated(effectiveLogLeverage(up, -1), -1.04, 2, 'Kaya table, leverage day 1');
    expectStated(effectiveLogLeverage(down, -1), -0.96, 2, 'Kaya table, leverage day 2');
    // docs/concepts.md W1, unrounded to four places; and the closed form γ = ln(2 − e^ρ)/ρ for L = −1.
    expectStated(effectiveLogLeverage(up, -1), -1.0417, 4, 'docs/concepts.md W1');
    expectStated(effectiveLogLeverage(down, -1), -0.9615, 4, 'docs/concepts.md W1');
    expectClose(effectiveLogLeverage(up, -1), Math.log(2 - Math.exp(0.04)) / 0.04, 1e-14);
    expectClose(effectiveLogLeverage(down, -1), Math.log(2 - Math.exp(-0.04)) / -0.04, 1e-14);
  });

  test('arithmetic leverage is exactly −1 both days', () => {
    expect(fundReturn(up, -1) / up).toBe(-1);
    expect(fundReturn(down, -1) / down).toBe(-1);
  });
});

describe('bad input throws InverseMathError with a stable code', () => {
  test.each([
    ['simpleReturn(NaN, 1)', () => simpleReturn(Number.NaN, 1), 'NON_FINITE', 'p0'],
    ['simpleReturn(1, 0)', () => simpleReturn(1, 0), 'NOT_POSITIVE', 'p1'],
    ['simpleReturn(-1, 1)', () => simpleReturn(-1, 1), 'NOT_POSITIVE', 'p0'],
    ['logReturn(1, Infinity)', () => logReturn(1, Number.POSITIVE_INFINITY), 'NON_FINITE', 'p1'],
    ['logReturn("1", 2)', () => logReturn('1' as unknown as number, 2), 'INVALID_TYPE', 'p0'],
    ['simpleToLog(-1)', () => simpleToLog(-1), 'RETURN_OUT_OF_DOMAIN', 'r'],
    ['simpleToLog(-Infinity)', () => simpleToLog(Number.NEGATIVE_INFINITY), 'NON_FINITE', 'r'],
    ['logToSimple(1000)', () => logToSimple(1000), 'NON_FINITE', 'rho'],
    ['returnsFromPrices([])', () => returnsFromPrices([]), 'EMPTY_SERIES', 'prices'],
    ['returnsFromPrices([1])', () => returnsFromPrices([1]), 'SERIES_TOO_SHORT', 'prices'],
    ['returnsFromPrices([1, -2])', () => returnsFromPrices([1, -2]), 'NOT_POSITIVE', 'prices'],
    ['returnsFromPrices("12")', () => returnsFromPrices('12' as unknown as number[]), 'INVALID_TYPE', 'prices'],
    [
      'returnsFromPrices(kind)',
      () => returnsFromPrices([1, 2], { kind: 'pct' as 'log' }),
      'INVALID_OPTION',
      'options.kind',
    ],
    ['fundReturn(-1, 2)', () => fundReturn(-1, 2), 'RETURN_OUT_OF_DOMAIN', 'indexReturn'],
    ['fundReturn(0.1, NaN)', () => fundReturn(0.1, Number.NaN), 'NON_FINITE', 'leverage'],
    [
      'effectiveLogLeverage(0.5, -3)',
      () => effectiveLogLeverage(0.5, -3),
      'LEVERAGED_RETURN_OUT_OF_DOMAIN',
      'indexReturn',
    ],
    ['effectiveLogLeverage(-1.5, 2)', () => effectiveLogLeverage(-1.5, 2), 'RETURN_OUT_OF_DOMAIN', 'indexReturn'],
    [
      'effectiveLogLeverage(0.1, Infinity)',
      () => effectiveLogLeverage(0.1, Number.POSITIVE_INFINITY),
      'NON_FINITE',
      'leverage',
    ],
    ['logLeverageSeries([])', () => logLeverageSeries([], 2), 'EMPTY_SERIES', 'indexReturns'],
  ] as const)('%s', (_name, fn, code, argument) => {
    expectCode(fn, code, argument);
  });

  test('the index of a bad element is reported', () => {
    const e = expectCode(() => logLeverageSeries([0.01, 0.02, 0.4], -3), 'LEVERAGED_RETURN_OUT_OF_DOMAIN');
    expect(e.index).toBe(2);
    expect(e.value).toBe(0.4);
    const h = expectCode(() => returnsFromPrices([1, 2, , 4] as number[]), 'INVALID_TYPE');
    expect(h.index).toBe(2);
  });

  test('inputs are not mutated', () => {
    const prices = Object.freeze([100, 101, 99]);
    const typed = new Float64Array([0.01, -0.02]);
    returnsFromPrices(prices);
    logLeverageSeries(typed, -2);
    expect(Array.from(typed)).toEqual([0.01, -0.02]);
  });
});

describe('effectiveLogLeverage: error messages name the argument and its value', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    // near wipe-out at |L| ≈ 1e307: γ = ln(1 + L·r)/ln(1 + r) ≈ −37/1e-307, beyond the largest double
    [
      'γ overflows',
      () => effectiveLogLeverage(1e-307, -9.999999999999999e306),
      'NON_FINITE',
      'leverage',
      'leverage overflows a double, got -9.999999999999999e+306 [NON_FINITE]',
    ],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
