/**
 * Premium signal (docs/concepts.md §6.2): fires when |premium| is beyond the
 * threshold (2 bp by default, "Precision Hedging: Algorithmic Strategies for
 * Inverse ETF Investments"), optional hysteresis. Worked sequences by hand,
 * a reference implementation written independently, invariance to scaling.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { premiumDiscount, premiumSignal } from '../../src/signals/index.ts';
import { expectCode, snapshot } from '../helpers/assert.ts';

const bp = (xs: number[]): number[] => xs.map((x) => x / 1e4);

describe('worked sequences', () => {
  test('default 2 bp, no hysteresis: beyond fires, at 2 bp exactly does not', () => {
    const s = premiumSignal(bp([0, 2, 2.5, 1, -3, -2, 5]));
    expect(Array.from(s.signal)).toEqual([0, 0, 1, 0, -1, 0, 1]);
    expect(s.crossings.map((c) => [c.index, c.signal])).toEqual([
      [2, 1],
      [3, 0],
      [4, -1],
      [5, 0],
      [6, 1],
    ]);
  });

  test('hysteresis: on beyond 2 bp, off at 1 bp or less; a flip from premium to discount is one crossing', () => {
    const s = premiumSignal(bp([3, 1.5, 1, -1.5, -2.5, -1.2, -1, 2.1, -2.1]), { threshold: 0.0002, exit: 0.0001 });
    expect(Array.from(s.signal)).toEqual([1, 1, 0, 0, -1, -1, 0, 1, -1]);
    expect(s.crossings.at(-1)).toEqual({ index: 8, signal: -1, premium: -0.00021 });
  });

  test('threshold 0 fires on any non-zero premium', () => {
    expect(Array.from(premiumSignal([0, 1e-12, -1e-12], { threshold: 0 }).signal)).toEqual([0, 1, -1]);
  });

  test('the input is not mutated', () => {
    const p = bp([3, 1]);
    const before = snapshot(p);
    premiumSignal(p, { exit: 0 });
    expect(p).toEqual(before);
  });
});

/** An independent reading of the rule: a state machine written as a switch. */
function reference(p: readonly number[], theta: number, exit: number): number[] {
  let s = 0;
  return p.map((x) => {
    switch (s) {
      case 1:
        s = x < -theta ? -1 : x > exit ? 1 : 0;
        break;
      case -1:
        s = x > theta ? 1 : x < -exit ? -1 : 0;
        break;
      default:
        s = Math.abs(x) > theta ? Math.sign(x) : 0;
    }
    return s;
  });
}

const premium = fc.oneof(
  fc.double({ min: -0.001, max: 0.001, noNaN: true }),
  fc.constantFrom(0.0002, -0.0002, 0.0001, -0.0001, 0),
);
describe('properties', () => {
  fcTest.prop([
    fc.array(premium, { minLength: 1, maxLength: 50 }),
    fc.double({ min: 0, max: 0.0005, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])('agrees with the reference; the crossings are exactly the changes of the signal', (p, theta, share) => {
    const exit = theta * share;
    const s = premiumSignal(p, { threshold: theta, exit });
    expect(Array.from(s.signal)).toEqual(reference(p, theta, exit));
    const changes = Array.from(s.signal).flatMap((x, i) =>
      x !== (i === 0 ? 0 : s.signal[i - 1]) ? [{ index: i, signal: x, premium: p[i] }] : [],
    );
    expect(s.crossings).toEqual(changes);
  });

  fcTest.prop([
    fc.array(
      fc.tuple(fc.double({ min: 1, max: 100, noNaN: true }), fc.double({ min: -0.001, max: 0.001, noNaN: true })),
      { minLength: 1, maxLength: 40 },
    ),
    fc.integer({ min: -30, max: 30 }),
  ])('invariant to scaling prices and NAVs (issue 15): the same signal for c·P against c·NAV', (rows, e) => {
    const nav = rows.map(([v]) => v);
    const price = rows.map(([v, p]) => v * (1 + p));
    const c = 2 ** e;
    const a = premiumSignal(premiumDiscount(price, nav), { exit: 0.0001 });
    const b = premiumSignal(
      premiumDiscount(
        price.map((x) => c * x),
        nav.map((x) => c * x),
      ),
      { exit: 0.0001 },
    );
    expect(b).toEqual(a);
  });
});

describe('bad input', () => {
  test.each([
    ['empty', () => premiumSignal([]), 'EMPTY_SERIES', 'premiums'],
    ['NaN premium', () => premiumSignal([0, Number.NaN]), 'NON_FINITE', 'premiums'],
    ['negative threshold', () => premiumSignal([0], { threshold: -0.0002 }), 'NEGATIVE', 'options.threshold'],
    ['negative exit', () => premiumSignal([0], { exit: -0.0001 }), 'NEGATIVE', 'options.exit'],
    [
      'exit above threshold',
      () => premiumSignal([0], { threshold: 0.0002, exit: 0.0003 }),
      'OUT_OF_RANGE',
      'options.exit',
    ],
    ['misspelt option', () => premiumSignal([0], { treshold: 0.0002 } as never), 'UNKNOWN_OPTION', 'options.treshold'],
    ['options not an object', () => premiumSignal([0], 0.0002 as never), 'INVALID_TYPE', 'options'],
  ])('%s', (_name, fn, code, argument) => {
    expectCode(fn, code as never, argument);
  });
});
