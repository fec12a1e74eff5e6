/**
 * NAV over 10⁷ daily returns against minimal hand-written Float64Array loops
 * doing the same arithmetic (constant carry, daily reset) without validation
 * or wipe-out handling: the price of the library's guarantees.
 * Target (issue 7): navPath ≤ 1.2 × its baseline.
 *
 * Memory: logNavPath over 10⁷ returns and 10⁷ stepNav steps (heap growth per
 * period, run by bench/memory.ts under --expose-gc).
 */
import { logNavPath, navPath } from '../src/nav/index.ts';
import { navState, stepNav } from '../src/stream/index.ts';
import { consume, navReturns, periodCarry, suite } from './harness.ts';

const N = 10_000_000;
const STREAM = 1_000_000;
const L = 3;
const options = { leverage: L, expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, periodsPerYear: 252 } as const;
// the carry of one period, as docs/concepts.md §3 writes it (τ = 1/252 for every rate)
const tau = 1 / options.periodsPerYear;
const c = periodCarry(options);

let returns: Float64Array | undefined;
// shifted so that the NAV stays among the normal doubles over 10⁷ periods (harness.ts navReturns)
const path = (): Float64Array => (returns ??= navReturns(N, 42, 0.02, L, c));

/** The baseline of navPath: the recursion as a plain function of its inputs (no constant folding of L or c). */
function handNav(r: Float64Array, lev: number, carryPerPeriod: number): Float64Array {
  const n = r.length;
  const out = new Float64Array(n + 1);
  let v = 1;
  out[0] = v;
  for (let i = 0; i < n; i++) {
    v *= 1 + lev * (r[i] as number) + carryPerPeriod;
    out[i + 1] = v;
  }
  return out;
}

/** The baseline of logNavPath: Neumaier-compensated Σ log1p(L·r + c) into a Float64Array. */
function handLogNav(r: Float64Array, lev: number, carryPerPeriod: number): Float64Array {
  const n = r.length;
  const out = new Float64Array(n + 1);
  let sum = 0;
  let comp = 0;
  for (let i = 0; i < n; i++) {
    const y = Math.log1p(lev * (r[i] as number) + carryPerPeriod);
    const t = sum + y;
    comp += Math.abs(sum) >= Math.abs(y) ? sum - t + y : y - t + sum;
    sum = t;
    out[i + 1] = sum + comp;
  }
  return out;
}

suite(
  'nav: navPath, 10⁷ returns',
  (s) => {
    const r = path();
    s.baseline('hand loop v *= 1 + L·r + c', () => consume(handNav(r, L, c)), { calls: N });
    s.add('navPath', () => consume(navPath(r, options)), { calls: N, maxRatio: 1.2 });
    s.memory('logNavPath', N, (n) => {
      const rr = n === N ? r : r.subarray(0, n);
      return () => logNavPath(rr, options);
    });
  },
  { time: 2000 },
);

/** The baseline of navPath with `options.out`: the recursion into a buffer the caller already has. */
function handNavInto(r: Float64Array, lev: number, carryPerPeriod: number, out: Float64Array): Float64Array {
  const n = r.length;
  let v = 1;
  out[0] = v;
  for (let i = 0; i < n; i++) {
    v *= 1 + lev * (r[i] as number) + carryPerPeriod;
    out[i + 1] = v;
  }
  return out;
}

// Both write into one buffer allocated (and first touched) once, outside the timed region: what is left
// is the arithmetic, the validation and the memory traffic, without the page faults of a new 80 MB array.
suite(
  "nav: navPath into a caller's buffer (options.out), 10⁷ returns",
  (s) => {
    const r = path();
    const out = new Float64Array(N + 1).fill(1);
    const withOut = { ...options, out };
    s.baseline('hand loop v *= 1 + L·r + c into out', () => consume(handNavInto(r, L, c, out)), { calls: N });
    s.add('navPath(r, { …, out })', () => consume(navPath(r, withOut)), { calls: N, maxRatio: 1.1 });
  },
  { time: 2000 },
);

suite(
  'nav: logNavPath, 10⁷ returns',
  (s) => {
    const r = path();
    s.baseline('hand loop Neumaier Σ log1p(L·r + c)', () => consume(handLogNav(r, L, c)), { calls: N });
    s.add('logNavPath', () => consume(logNavPath(r, options)), { calls: N });
  },
  { time: 2000 },
);

/**
 * The baseline of stepNav: the step's arithmetic by hand, on local variables: the carry on the exposure
 * ratio, `NAV *= 1 + x`, the Neumaier-compensated `Σ log1p(x)` that gives `ln NAV`, the exposure's drift
 * and the daily reset. No state object, no validation. A function of its inputs (no constant folding).
 */
function handStep(r: Float64Array, lev: number, rf: number, sp: number, f: number, tau: number): number {
  let nav = 1;
  let sum = 0;
  let comp = 0;
  let ell = lev;
  let resets = 0;
  for (let i = 0; i < r.length; i++) {
    const ri = r[i] as number;
    const x = ell * ri + ((1 - ell) * rf * tau - Math.abs(ell) * sp * tau - f * tau);
    const g = 1 + x;
    nav *= g;
    const y = Math.log1p(x);
    const t = sum + y;
    comp += Math.abs(sum) >= Math.abs(y) ? sum - t + y : y - t + sum;
    sum = t;
    const drift = (ell * (1 + ri)) / g;
    ell = drift === lev ? drift : lev;
    resets++;
  }
  return nav + sum + comp + ell + resets;
}

/** stepNav in place over the returns `r` (out = the state); the NAV at the end. */
function inPlace(r: Float64Array): number {
  const st = navState(options);
  for (let i = 0; i < r.length; i++) stepNav(st, r[i] as number, undefined, st);
  return st.nav;
}

/** A bare multiply loop, as a function of its inputs: the figure issue 18 quoted stepNav against. */
function handMultiply(r: Float64Array, lev: number, carryPerPeriod: number): number {
  let v = 1;
  for (let i = 0; i < r.length; i++) v *= 1 + lev * (r[i] as number) + carryPerPeriod;
  return v;
}

suite('nav: stepNav (streaming), 10⁶ steps', (s) => {
  const r = navReturns(STREAM, 43, 0.02, L, c);
  const { financingRate: rf, spread: sp, expenseRatio: f } = options;
  s.baseline('hand step: NAV, compensated ln NAV, exposure drift', () => consume(handStep(r, L, rf, sp, f, tau)), {
    calls: STREAM,
  });
  s.add(
    'stepNav',
    () => {
      let st = navState(options);
      for (let i = 0; i < STREAM; i++) st = stepNav(st, r[i] as number);
      consume(st.nav);
    },
    { calls: STREAM },
  );
  s.add('stepNav in place (out = state)', () => consume(inPlace(r)), { calls: STREAM, maxRatio: 10 });
  // pure: each step allocates its new state (~400 B of short-lived garbage); what it retains must not grow
  // with the steps. Over ~1,000 scavenges the retained figure moves by ±0.3 B/period either way (heap
  // accounting noise), so its bound is 1 B/period: less than any one object kept per step.
  s.memory(
    'stepNav',
    N,
    (n) => {
      const rr = path();
      return () => {
        let st = navState(options);
        for (let i = 0; i < n; i++) st = stepNav(st, rr[i] as number);
        return st.nav;
      };
    },
    1,
  );
  // in place (out = the state): retains nothing per step. What the loop allocates is reported without a
  // target: a double read from a Float64Array and passed to a step V8 did not inline is boxed by the caller
  // (16 B a step, the loop's allocation, not stepNav's); whether V8 inlines the step into this loop differs
  // from process to process. The check below, on returns already boxed, holds stepNav's own path to ≈ 0.
  s.memory(
    'stepNav in place (out = state)',
    N,
    (n) => {
      const rr = path();
      return () => {
        const st = navState(options);
        for (let i = 0; i < n; i++) stepNav(st, rr[i] as number, undefined, st);
        return st.nav;
      };
    },
    0.01,
  );
  // The same, with the returns read from an Array whose elements are already boxed numbers: a double
  // read from a Float64Array and passed as an argument to a function that is not inlined is boxed by
  // the caller (one 16-byte HeapNumber a call, the caller's allocation, not stepNav's); this check
  // leaves that out, so that what remains is what stepNav itself allocates.
  s.memory(
    'stepNav in place, boxed returns',
    N,
    (n) => {
      const boxed: unknown[] = Array.from(path().subarray(0, n));
      boxed.push('end'); // one non-number keeps the elements tagged (PACKED_ELEMENTS, not unboxed doubles)
      return () => {
        const st = navState(options);
        for (let i = 0; i < n; i++) stepNav(st, boxed[i] as number, undefined, st);
        return st.nav;
      };
    },
    0.01,
    0.01,
  ); // allocated: 0.01 B/period is 100 kB in all over 10⁷ periods; one object a step is ≥ 16 B/period
});

suite('nav: stepNav against a bare multiply loop, 10⁶ steps', (s) => {
  const r = navReturns(STREAM, 43, 0.02, L, c);
  s.baseline('hand loop v *= 1 + L·r + c (no ln NAV)', () => consume(handMultiply(r, L, c)), { calls: STREAM });
  s.add('stepNav in place (out = state)', () => consume(inPlace(r)), { calls: STREAM });
});
