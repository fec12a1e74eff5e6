/**
 * Continuous-time drag and the issuers' return table (docs/concepts.md §2).
 */
import { describe, expect, test } from 'vitest';
import { continuousDrag, fundReturnTable } from '../../src/drag/index.ts';
import { expectClose, expectStated } from '../helpers/assert.ts';

describe('continuous-time drag and the issuers table', () => {
  test('continuousDrag = exp(−c(L)σ²T) − 1; −1x and 2x equal (Kaya: "same negative drift")', () => {
    expectClose(continuousDrag({ leverage: -1, volatility: 0.2, years: 1 }), Math.expm1(-0.04), 1e-15);
    expect(continuousDrag({ leverage: -1, volatility: 0.3, years: 2 })).toBe(
      continuousDrag({ leverage: 2, volatility: 0.3, years: 2 }),
    );
    expect(continuousDrag({ leverage: 0.5, volatility: 0.3, years: 1 })).toBeGreaterThan(0);
  });

  test('fundReturnTable: the 2x row for index 0 % at 25 % volatility (ProShares-style table: −6.1 %)', () => {
    // (1 + 0)^2 · exp(−1·0.0625) − 1 = −6.06 %, printed as −6.1 % in prospectus tables
    const t = fundReturnTable({ leverage: 2, indexReturns: [0], volatilities: [0.25] });
    expectStated(((t.returns[0] as Float64Array)[0] as number) * 100, -6.1, 1, 'prospectus-style 2x table');
  });

  test('fundReturnTable copies its axes and does not mutate them', () => {
    const rows = [0.1, -0.1];
    const cols = new Float64Array([0.1, 0.2]);
    const t = fundReturnTable({ leverage: -3, indexReturns: rows, volatilities: cols, years: 0.5 });
    expect(Array.from(t.indexReturns)).toEqual(rows);
    expect(t.volatilities).not.toBe(cols);
    expect(t.returns).toHaveLength(2);
    expectClose((t.returns[1] as Float64Array)[1] as number, 0.9 ** -3 * Math.exp(-6 * 0.04 * 0.5) - 1, 1e-14);
  });
});
