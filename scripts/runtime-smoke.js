/*
 * The runtime smoke test, shared by every runtime and module format.
 *
 * `scripts/test-runtimes.mjs` wraps this file (it has no import or export of
 * its own, so it is valid as an ES module and as a CommonJS script) with a
 * three-line header that defines `ENTRIES` (the subpaths of the packed
 * package.json "exports"), `RUNTIME`, `load(specifier)` (dynamic `import()`
 * or `require()`) and `loadedModuleIds()` (CommonJS only: the ids in
 * `require.cache`, to prove that float entries do not load decimal.js) and
 * `loadCjs(specifier)` (ESM only: `createRequire`, to load the CommonJS build
 * in the same process), and runs it inside throwaway projects where the
 * packed tarball is installed.
 *
 * Nothing here names a domain: the entries come from the exports map. For
 * every entry it checks that
 *  - the entry loads and exports at least one function;
 *  - every exported function called with no argument either returns or throws
 *    an InverseMathError (bad input is never a raw TypeError), at least one
 *    of them throws, and `instanceof InverseMathError` holds against the class
 *    of the root entry and of the entry itself (separate copies in CommonJS);
 *  - the functions it knows by name (KNOWN below, closed forms computed here,
 *    not copied from the library's output) give the right numbers;
 *  - in ESM, with the CommonJS build loaded in the same process (the
 *    dual-package hazard: an app importing the ESM build and a dependency
 *    requiring the CJS one), errors thrown by either build are instances of
 *    the other build's class.
 */

/* global ENTRIES, RUNTIME, load, loadedModuleIds, loadCjs */

const PKG = '@inverse-math/core';
const specifierOf = (entry) => (entry === '.' ? PKG : `${PKG}/${entry.slice(2)}`);
const isDecimalEntry = (entry) => /decimal/.test(entry);

/** Plain number out of a number, a Decimal-like (`toNumber()`), or a one-element wrapper. */
function asNumber(x) {
  if (typeof x === 'number') return x;
  if (x !== null && typeof x === 'object' && typeof x.toNumber === 'function') return x.toNumber();
  throw new Error(`expected a number or a Decimal, got ${String(x)}`);
}
function last(xs) {
  const a = Array.from(xs);
  return a[a.length - 1];
}
function close(actual, expected, rel, what) {
  const a = asNumber(actual);
  const ok = Math.abs(a - expected) <= rel * Math.max(Math.abs(expected), 1e-300) || a === expected;
  if (!ok) throw new Error(`${what}: got ${a}, expected ${expected} (relative tolerance ${rel})`);
}

// Closed forms from docs/concepts.md, computed independently of the library.
const FLOAT_CALLS = {
  fundReturn: (f) => close(f(0.01, 3), 3 * 0.01, 1e-15, 'fundReturn(0.01, 3) = L·r'),
  effectiveLogLeverage: (f) =>
    close(f(0.0408, -1), Math.log1p(-0.0408) / Math.log1p(0.0408), 1e-12, 'γ = ln(1 + L·r)/ln(1 + r), Kaya'),
  simpleReturn: (f) => close(f(100, 104), 0.04, 1e-14, 'simpleReturn(100, 104)'),
  returnsFromPrices: (f) => close(last(f([100, 90, 100])), 10 / 90, 1e-14, 'returnsFromPrices: 90 → 100'),
  dragCoefficient: (f) => close(f(-1), ((-1) ** 2 - -1) / 2, 0, 'c(−1) = (L² − L)/2'),
  compoundingDecay: (f) =>
    close(f([-0.1, 1 / 9], -1).decay, 1.1 * (1 - 1 / 9) - 1, 1e-12, '"Precision Hedging": 100 → 90 → 100 at −1x'),
  continuousDrag: (f) =>
    close(f({ leverage: -1, volatility: 0.2, years: 1 }), Math.expm1(-0.04), 1e-14, 'exp(−c·σ²·T) − 1'),
  fundReturnTable: (f) =>
    close(
      f({ leverage: -3, indexReturns: [0.2], volatilities: [0.3] }).returns[0][0],
      1.2 ** -3 * Math.exp(-6 * 0.09) - 1,
      1e-12,
      '(1 + R)^L·exp(−c·σ²) − 1',
    ),
  kellyLeverage: (f) =>
    close(f({ drift: 0.08, volatility: 0.2, rate: 0.03 }), (0.08 - 0.03) / 0.04, 1e-14, 'L* = (μ − rf)/σ²'),
  // docs/concepts.md §3–§5 (nav, rebalance, flows), when those entries exist.
  navPath: (f) => close(last(f([0.1, -0.1], { leverage: -1 })), 0.9 * 1.1, 1e-14, 'navPath at −1x: 0.9 × 1.1'),
  rebalanceTrade: (f) =>
    close(f({ aum: 100e6, leverage: 3, indexReturn: 0.01 }).trade, 100e6 * (9 - 3) * 0.01, 1e-12, 'W4: A·(L² − L)·r'),
  closeTrade: (f) =>
    close(
      f({ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -0.5e6 }).total,
      1e6 * 2 * -0.5 + -1 * -0.5e6,
      1e-12,
      'W5: A·(L² − L)·r + L·F',
    ),
  offsettingFlow: (f) =>
    close(f({ aum: 1e6, leverage: -1, indexReturn: -0.5 }), -(-1 - 1) * 1e6 * -0.5, 1e-12, 'F = −(L − 1)·A·r'),
};

// The decimal entry: strings are exact decimals (docs/concepts.md §7).
const DECIMAL_CALLS = {
  fundReturn: (f) => {
    const r = f('0.01', 3);
    if (String(r) !== '0.03') throw new Error(`decimal fundReturn('0.01', 3): got ${String(r)}, expected exactly 0.03`);
  },
  navPath: (f) => {
    const v = last(f(['0.1', '-0.1'], { leverage: -1 }));
    if (String(v) !== '0.99')
      throw new Error(`decimal navPath(['0.1', '-0.1']) at −1x: got ${String(v)}, expected exactly 0.99`);
  },
  rebalanceTrade: (f) => {
    const t = f({ aum: '100000000', leverage: 3, indexReturn: '0.01' }).trade;
    if (asNumber(t) !== 6e6) throw new Error(`decimal rebalanceTrade W4: got ${String(t)}, expected exactly 6000000`);
  },
};

function isClass(f) {
  return /^class[\s{]/.test(Function.prototype.toString.call(f)) || /^[A-Z]/.test(f.name);
}

// biome-ignore lint/correctness/noUnusedVariables: called by the wrapper scripts/test-runtimes.mjs adds around this file
async function main() {
  const started = Date.now();
  const root = await load(PKG);
  const RootError = root.InverseMathError;
  if (typeof RootError !== 'function') throw new Error(`${PKG} does not export InverseMathError`);

  const floatEntries = ENTRIES.filter((e) => !isDecimalEntry(e));
  const ordered = [...floatEntries, ...ENTRIES.filter(isDecimalEntry)];
  let calls = 0;
  let errors = 0;
  const lines = [];
  for (const entry of ordered) {
    if (isDecimalEntry(entry) && typeof loadedModuleIds === 'function') {
      // Every float entry is loaded by now: decimal.js must not be.
      const leaked = loadedModuleIds().filter((id) => /[\\/]decimal\.js[\\/]/.test(id));
      if (leaked.length > 0) throw new Error(`a float entry loaded decimal.js: ${leaked.join(', ')}`);
    }
    const spec = specifierOf(entry);
    const mod = await load(spec);
    const fns = Object.entries(mod).filter(([, v]) => typeof v === 'function' && !isClass(v));
    if (fns.length === 0) throw new Error(`${spec}: no exported function`);
    const OwnError = typeof mod.InverseMathError === 'function' ? mod.InverseMathError : RootError;

    let thrown = 0;
    for (const [name, f] of fns) {
      let error = null;
      try {
        await f(); // an async function (the worker runner) rejects instead of throwing
      } catch (e) {
        error = e;
      }
      if (error === null) continue;
      if (!(error instanceof RootError) || !(error instanceof OwnError) || !root.isInverseMathError(error)) {
        throw new Error(
          `${spec}: ${name}() threw something that is not an InverseMathError: ${String(error?.stack ? error.stack : error)}`,
        );
      }
      if (typeof error.code !== 'string' || !(error instanceof RangeError))
        throw new Error(`${spec}: ${name}(): error without a code`);
      thrown += 1;
    }
    // an entry that exports nothing of its own yet (a domain's placeholder: only the shared error helpers) has nothing to throw
    const placeholder = fns.every(([name]) => name === 'isInverseMathError');
    if (thrown === 0 && !placeholder)
      throw new Error(`${spec}: no function threw an InverseMathError on missing arguments`);
    errors += thrown;

    const table = isDecimalEntry(entry) ? DECIMAL_CALLS : FLOAT_CALLS;
    const known = fns.filter(([name]) => Object.hasOwn(table, name));
    for (const [name, f] of known) {
      try {
        table[name](f);
      } catch (e) {
        throw new Error(`${spec}: ${name}: ${e?.message ? e.message : String(e)}`);
      }
    }
    calls += known.length;

    if (typeof loadCjs === 'function') {
      // Dual-package hazard: the CommonJS build of the same entry, in the same process.
      const cjs = loadCjs(spec);
      const CjsRootError = loadCjs(PKG).InverseMathError;
      let crossed = 0;
      for (const [name, f] of fns) {
        const g = cjs[name];
        if (typeof g !== 'function') throw new Error(`${spec}: ${name} is missing from the CommonJS build`);
        let fromCjs = null;
        let fromEsm = null;
        try {
          await g();
        } catch (e) {
          fromCjs = e;
        }
        try {
          await f();
        } catch (e) {
          fromEsm = e;
        }
        if (fromCjs === null || fromEsm === null) continue;
        if (
          !(fromCjs instanceof RootError) ||
          !(fromEsm instanceof CjsRootError) ||
          !root.isInverseMathError(fromCjs)
        ) {
          throw new Error(`${spec}: ${name}: instanceof InverseMathError fails between the ESM and CommonJS builds`);
        }
        crossed += 1;
      }
      if (crossed === 0 && !placeholder)
        throw new Error(`${spec}: no error to check across the ESM and CommonJS builds`);
    }
    lines.push(
      `  ${spec.padEnd(30)} ${String(fns.length).padStart(3)} functions, ${String(known.length).padStart(2)} checked by value, ${String(thrown).padStart(3)} InverseMathError`,
    );
  }
  console.log(
    `${RUNTIME}: ${ENTRIES.length} entries, ${calls} value checks, ${errors} errors checked, ${Date.now() - started} ms`,
  );
  for (const line of lines) console.log(line);
}
