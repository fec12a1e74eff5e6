/**
 * Distance to wipe-out (docs/concepts.md §6.4): the one-period move `−1/L`
 * and the same move in standard deviations of a volatility. Worked numbers
 * from docs/concepts.md §6.4 and §3; the standard-deviation forms against a
 * 40-digit decimal.js oracle fed the exact binary inputs.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { wipeOutDistance, wipeOutMove } from '../../src/risk/index.ts';
import { expectClose, expectCode, expectStated } from '../helpers/assert.ts';
import { decimalWith, exact } from '../helpers/oracle.ts';

const D = decimalWith(40);

describe('wipeOutMove: docs/concepts.md §6.4 worked numbers', () => {
  test('−33⅓ % for 3x, +33⅓ % for −3x, +100 % for −1x', () => {
    expectStated(wipeOutMove(3) as number, -0.3333, 4, 'docs/concepts.md §6.4 (3x)');
    expectStated(wipeOutMove(-3) as number, 0.3333, 4, 'docs/concepts.md §6.4 (−3x)');
    expect(wipeOutMove(-1)).toBe(1);
    expect(wipeOutMove(2)).toBe(-0.5);
  });

  test('docs/concepts.md §3: the −1x fund is not insolvent after +50 %, it is at +100 %', () => {
    const move = wipeOutMove(-1) as number;
    expect(1 + -1 * 0.5).toBeGreaterThan(0);
    expect(1 + -1 * move).toBe(0);
  });

  test('0 ≤ L ≤ 1: no price move (all are > −100 %) wipes the fund out', () => {
    for (const L of [0, -0, 0.25, 0.5, 1]) expect(wipeOutMove(L)).toBeNull();
    // just above 1 a fall of almost 100 % does
    expect(wipeOutMove(1 + 2 ** -52)).toBeGreaterThan(-1);
  });

  fcTest.prop([fc.double({ min: -10, max: 10, noNaN: true }).filter((L) => L < -1e-3 || L > 1 + 1e-9)])(
    'the factor 1 + L·r* is 0 (docs/concepts.md §3, insolvency) and r* > −1',
    (L) => {
      const r = wipeOutMove(L) as number;
      expect(r).toBeGreaterThan(-1);
      expect(Math.abs(1 + L * r)).toBeLessThanOrEqual(4 * Number.EPSILON);
      // on the fund's side of the move: L·r* = −1
      expect(Math.sign(r)).toBe(-Math.sign(L));
    },
  );

  test('bad input', () => {
    expectCode(() => wipeOutMove(Number.NaN), 'NON_FINITE', 'leverage');
    expectCode(() => wipeOutMove('3' as never), 'INVALID_TYPE', 'leverage');
    expectCode(() => wipeOutMove(-5e-324), 'NON_FINITE', 'leverage');
  });
});

describe('wipeOutDistance: in standard deviations of a volatility', () => {
  /** r* ÷ s and ln(1 + r*) ÷ s with s = σ·√(1/P), 40 digits, from the exact binary inputs. */
  function oracle(L: number, sigma: number, P: number): { sigmas: number; logSigmas: number } {
    const r = new D(-1).div(exact(L, D));
    const s = exact(sigma, D).times(new D(1).div(exact(P, D)).sqrt());
    return { sigmas: r.div(s).toNumber(), logSigmas: r.plus(1).ln().div(s).toNumber() };
  }

  test('3x at σ = 20 %, 252 periods: −(1/3)·√252/0.2 SDs', () => {
    const d = wipeOutDistance({ leverage: 3, volatility: 0.2 });
    expectStated(d.move as number, -0.3333, 4, 'docs/concepts.md §6.4 (3x)');
    const o = oracle(3, 0.2, 252);
    expectClose(d.sigmas as number, o.sigmas, 1e-15);
    expectClose(d.logSigmas as number, o.logSigmas, 1e-15);
    // closed form by hand: √252 = 15.8745…, /0.6
    expectStated(d.sigmas as number, -26.4575, 4, 'closed form −√252/0.6');
  });

  fcTest.prop([
    fc.double({ min: -5, max: 5, noNaN: true }).filter((L) => L < -1e-3 || L > 1.001),
    fc.double({ min: 0.01, max: 2, noNaN: true }),
    fc.constantFrom(1, 12, 52, 252, 365),
  ])('against the oracle, and the log form farther out than the simple one for every L', (L, sigma, P) => {
    const d = wipeOutDistance({ leverage: L, volatility: sigma, periodsPerYear: P });
    const o = oracle(L, sigma, P);
    expectClose(d.sigmas as number, o.sigmas, 4e-15);
    expectClose(d.logSigmas as number, o.logSigmas, 4e-15);
    // ln(1 + x) < x for x ≠ 0: a rise is nearer in log units, a fall farther
    expect(d.logSigmas as number).toBeLessThan(d.sigmas as number);
  });

  test('0 ≤ L ≤ 1: every field null', () => {
    expect(wipeOutDistance({ leverage: 1, volatility: 0.2 })).toEqual({ move: null, sigmas: null, logSigmas: null });
  });

  test.each([
    ['negative volatility', { leverage: 3, volatility: -0.2 }, 'NEGATIVE', 'options.volatility'],
    ['zero volatility', { leverage: 3, volatility: 0 }, 'NOT_POSITIVE', 'options.volatility'],
    ['periodsPerYear', { leverage: 3, volatility: 0.2, periodsPerYear: 0 }, 'NOT_POSITIVE', 'options.periodsPerYear'],
    ['leverage', { leverage: Number.POSITIVE_INFINITY, volatility: 0.2 }, 'NON_FINITE', 'options.leverage'],
    [
      'misspelt option',
      { leverage: 3, volatility: 0.2, periodPerYear: 252 },
      'UNKNOWN_OPTION',
      'options.periodPerYear',
    ],
    ['a move beyond a double', { leverage: -5e-324, volatility: 0.2 }, 'NON_FINITE', 'options.leverage'],
  ])('%s', (_name, options, code, argument) => {
    expectCode(() => wipeOutDistance(options as never), code as never, argument);
  });

  test('UNKNOWN_OPTION names the option that was meant', () => {
    expect(
      expectCode(() => wipeOutDistance({ leverage: 3, volatilty: 0.2 } as never), 'UNKNOWN_OPTION').message,
    ).toContain("did you mean 'volatility'");
  });
});
