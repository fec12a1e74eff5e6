/**
 * Returns: simple ↔ log, from prices (docs/concepts.md §1).
 */
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
import type { InverseMathErrorCode } from '../../src/errors.ts';
import { expectCode } from '../helpers/assert.ts';

describe('returns', () => {
  test('simple and log returns of prices, and their conversions, invert each other', () => {
    expect(simpleReturn(100, 110)).toBe(0.1);
    expect(logReturn(100, 110)).toBe(Math.log1p(0.1));
    expect(simpleToLog(0)).toBe(0);
    expect(logToSimple(Math.log1p(0.25))).toBeCloseTo(0.25, 15);
    // tiny moves keep their digits: log1p/expm1, not log(1 + x)
    expect(simpleToLog(1e-17)).toBe(1e-17);
    expect(logToSimple(1e-17)).toBe(1e-17);
  });

  test('returnsFromPrices: simple by default, log on request, from arrays and typed arrays', () => {
    expect(Array.from(returnsFromPrices([100, 110, 99]))).toEqual([0.1, -0.1]);
    const logs = returnsFromPrices(new Float64Array([100, 110, 99]), { kind: 'log' });
    expect(logs).toBeInstanceOf(Float64Array);
    expect(logs[0]).toBe(Math.log1p(0.1));
    expect(logs[1]).toBe(Math.log1p(-0.1));
  });

  test('fundReturn is L·r, and −1 (total loss) once 1 + L·r ≤ 0 — never below −1', () => {
    expect(fundReturn(0.02, -3)).toBe(-0.06);
    expect(fundReturn(1 / 3, -3)).toBe(-1);
    expect(fundReturn(0.9, -2)).toBe(-1);
    expect(fundReturn(-0.6, 2)).toBe(-1);
  });

  test('logLeverageSeries is effectiveLogLeverage element by element', () => {
    const rs = [0.01, -0.02, 0, 1e-12];
    const out = logLeverageSeries(rs, 3);
    expect(Array.from(out)).toEqual(rs.map((r) => effectiveLogLeverage(r, 3)));
  });
});

describe('logToSimple: error messages name the argument and its value', () => {
  test.each<[string, () => unknown, InverseMathErrorCode, string, string]>([
    ['e^ρ overflows', () => logToSimple(1000), 'NON_FINITE', 'rho', 'rho e^rho overflows, got 1000 [NON_FINITE]'],
  ])('%s', (_name, call, code, argument, message) => {
    expect(expectCode(call, code, argument).message).toBe(message);
  });
});
