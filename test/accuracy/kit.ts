/**
 * Accuracy harness: a 50-significant-digit decimal.js oracle fed the exact
 * binary value of every input (helpers/oracle.ts), deterministic random
 * inputs, and a record of the worst case per function, printed at the end.
 *
 * Error measures, against the oracle value `y` rounded to nothing (a Decimal):
 * - relative: |x − y| / |y| with `x` the double's exact value;
 * - ulps: |x − y| / ulp(y), ulp(y) = 2^(⌊log2|y|⌋ − 52) (subnormals: 2^−1074).
 * A result passes a single-step check when it is within `rel` relative OR
 * within `ulps` ulps (bench/README.md, "Accuracy": within 1e-14 relative, or a few ulps).
 */
import type { Decimal } from 'decimal.js';
import { expect } from 'vitest';
import { decimalWith, exact } from '../helpers/oracle.ts';

/** The oracle's arithmetic: 50 significant digits, round half even. */
export const D = decimalWith(50);
/** The exact value of a double in the oracle's arithmetic. */
export const x = (v: number): Decimal => exact(v, D);

/** A deterministic generator (mulberry32): the same inputs every run, reproducible from the seed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Log-uniform magnitude in [lo, hi] with a random sign. */
export function signedLogUniform(next: () => number, lo: number, hi: number): number {
  const m = Math.exp(Math.log(lo) + next() * (Math.log(hi) - Math.log(lo)));
  return next() < 0.5 ? -m : m;
}

const SPECIAL_LEVERAGE = [-5, -4, -3, -2, -1, -0.5, 0.5, 1.5, 2, 3, 4, 5];

/**
 * A leverage in [−5, 5]: uniform (60 %), the issuers' multiples (20 %), or
 * within 1e-12 … 1e-2 of 0 or 1 (20 %), where formulas in `L² − L` cancel.
 */
export function leverageIn(next: () => number): number {
  const u = next();
  if (u < 0.6) return -5 + 10 * next();
  if (u < 0.8) return SPECIAL_LEVERAGE[Math.floor(next() * SPECIAL_LEVERAGE.length)] as number;
  const d = signedLogUniform(next, 1e-12, 1e-2);
  return next() < 0.5 ? d : 1 + d;
}

/** An index return with |r| log-uniform in [1e-16, 0.9] and a random sign. */
export function returnIn(next: () => number): number {
  return signedLogUniform(next, 1e-16, 0.9);
}

/** ulp of the double nearest to `y`. */
export function ulpOf(y: number): number {
  const a = Math.abs(y);
  if (a < 2 ** -1022) return 2 ** -1074;
  return 2 ** (Math.floor(Math.log2(a)) - 52);
}

/** Relative and ulp error of `got` against the oracle value `want`. */
export function errors(got: number, want: Decimal): { rel: number; ulps: number } {
  if (!Number.isFinite(got)) return { rel: Infinity, ulps: Infinity };
  const diff = x(got).minus(want).abs();
  if (want.isZero())
    return diff.isZero() ? { rel: 0, ulps: 0 } : { rel: Infinity, ulps: diff.div(x(2 ** -1074)).toNumber() };
  return { rel: diff.div(want.abs()).toNumber(), ulps: diff.div(x(ulpOf(want.toNumber()))).toNumber() };
}

interface WorstCase {
  rel: number;
  ulps: number;
  inputs: string;
  got: number;
  want: string;
  count: number;
  failures: string[];
}

/** Tracks the worst error per function over a run, and the failures. */
export class Ledger {
  private readonly worst = new Map<string, WorstCase>();

  /**
   * Record one comparison. Passes when `rel ≤ maxRel` or `ulps ≤ maxUlps`.
   * `inputs` is only formatted when needed.
   */
  check(name: string, got: number, want: Decimal, inputs: () => string, maxRel: number, maxUlps: number): void {
    const e = errors(got, want);
    let w = this.worst.get(name);
    if (w === undefined) {
      w = { rel: -1, ulps: -1, inputs: '', got: 0, want: '', count: 0, failures: [] };
      this.worst.set(name, w);
    }
    w.count++;
    if (e.rel > w.rel || (e.rel === w.rel && e.ulps > w.ulps)) {
      Object.assign(w, {
        rel: e.rel,
        ulps: e.ulps,
        inputs: inputs(),
        got,
        want: want.toSignificantDigits(20).toString(),
      });
    }
    if (!(e.rel <= maxRel || e.ulps <= maxUlps)) {
      const message = `${name}(${inputs()}) = ${got}, oracle ${want.toSignificantDigits(20).toString()}: rel ${e.rel.toExponential(2)}, ${e.ulps.toFixed(1)} ulps`;
      w.failures.push(message);
      // fail the running test at once (a failure only reported in afterAll would not fail a test)
      expect.fail(message);
    }
  }

  /** Print the worst case per function (and, again, any failure: each already failed its test). */
  report(title: string): void {
    const lines = [...this.worst.entries()].map(
      ([name, w]) =>
        `  ${name.padEnd(34)} n=${String(w.count).padStart(6)}  worst rel ${w.rel.toExponential(2)} (${w.ulps.toFixed(2)} ulps) at ${w.inputs} → ${w.got} vs ${w.want}`,
    );
    console.log(`${title}: worst case per function (oracle: decimal.js, 50 digits)\n${lines.join('\n')}`);
    const failures = [...this.worst.values()].flatMap((w) => w.failures);
    expect(failures, failures.join('\n')).toEqual([]);
  }

  /** The worst relative error recorded for `name` (for assertions). */
  worstRel(name: string): number {
    return this.worst.get(name)?.rel ?? NaN;
  }
}

/** `ln(1 + v)` of an exact Decimal. */
export const ln1p = (v: Decimal): Decimal => v.plus(1).ln();

/** Format inputs for a report line. */
export const fmt = (...v: number[]): string => v.map((n) => (Object.is(n, -0) ? '-0' : String(n))).join(', ');
