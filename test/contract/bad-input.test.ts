/**
 * Bad input, everywhere. Every function exported by `src/index.ts`
 * and `src/decimal/index.ts` (and every function of a decimal context) is
 * enumerated at run time, so a new export is covered without registering it,
 * and called with arbitrary values: `fc.anything()`, adversarial numbers (NaN,
 * ±Infinity, −0, ±1e308, −1, 5e-324…), strings, objects with the library's
 * option names, sparse arrays, typed arrays of any length, Dates, bigints.
 *
 * Each call must either return a documented result — no NaN anywhere in it,
 * no ±Infinity outside a log-NAV (where −Infinity marks a wipe-out), no
 * negative NAV — or throw an `InverseMathError` with one of the codes of
 * `src/errors.ts` that the function's `@throws` TSDoc lists (so the lists
 * stay true). Never another exception type, and never a mutated input
 * (each argument is fingerprinted before the call and compared after).
 *
 * Two properties per function: (1) fully arbitrary arguments; (2) a valid call
 * from the table below with one value somewhere inside it (an argument, an
 * option, a nested option, an array element) replaced by an arbitrary one, or
 * an extra option added, so that the guards deep inside are reached too.
 * A function missing from the table gets property (1) only, and is listed.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as core from '../../src/index.ts';
import * as decimal from '../../src/decimal/index.ts';
import { InverseMathError } from '../../src/errors.ts';

const ROOT = join(__dirname, '..', '..');
/** Runs per property (two properties per function); `FUZZ_RUNS=20000 npx vitest run test/contract/bad-input.test.ts` to hunt longer. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 500);
const CODES = new Set(
  [...readFileSync(join(ROOT, 'src', 'errors.ts'), 'utf8').matchAll(/\|\s*'([A-Z_]+)'/g)].map((m) => m[1]),
);

/** Every option/field name declared in src (`readonly name?:`), so arbitrary objects use the library's own keys. */
function optionNames(): string[] {
  const names = new Set<string>();
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts'))
        for (const m of readFileSync(p, 'utf8').matchAll(/readonly\s+(\w+)\??\s*:/g)) names.add(m[1] as string);
    }
  };
  walk(join(ROOT, 'src'));
  return [...names].sort();
}
const KEYS = optionNames();

/** The source of every file under `dir`. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [readFileSync(p, 'utf8')] : [];
  });
}
/** The public files' sources (not `src/internal/`, whose helpers share public names such as `simpleReturn`). */
const FLOAT_SOURCES = readdirSync(join(ROOT, 'src'))
  .filter((d) => d !== 'internal' && d !== 'decimal' && statSync(join(ROOT, 'src', d)).isDirectory())
  .flatMap((d) => sources(join(ROOT, 'src', d)));
const DECIMAL_SOURCES = sources(join(ROOT, 'src', 'decimal'));

/**
 * The codes a function's TSDoc lists under `@throws` (the backquoted codes of
 * that tag; a `{@link f}` there, as in "as {@link navPath}", adds `f`'s list),
 * or `null` when the function has no `@throws` tag.
 */
function documentedCodes(name: string, decimalEntry: boolean, seen = new Set<string>()): Set<string> | null {
  seen.add(name);
  for (const text of decimalEntry ? DECIMAL_SOURCES : FLOAT_SOURCES) {
    const at = text.search(new RegExp(`\\nexport function ${name}\\b`));
    if (at < 0) continue;
    const doc = text.slice(text.lastIndexOf('/**', at), at);
    const tag = /@throws([\s\S]*?)(?=\n \* @|\n \*\/)/.exec(doc);
    if (tag === null) return null;
    const codes = new Set([...(tag[1] as string).matchAll(/`([A-Z_]{4,})`/g)].map((m) => m[1] as string));
    for (const [, linked] of (tag[1] as string).matchAll(/\{@link (\w+)\}/g)) {
      if (linked === 'InverseMathError' || seen.has(linked as string)) continue;
      for (const c of documentedCodes(linked as string, decimalEntry, seen) ?? []) codes.add(c);
    }
    return codes;
  }
  return null;
}

// ---------------------------------------------------------------------------
// Arbitrary values
// ---------------------------------------------------------------------------

const adversarialNumber = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1e308,
  -1e308,
  -1,
  1,
  -1.0000000000000002,
  -0.9999999999999999,
  5e-324,
  -5e-324,
  Number.MAX_SAFE_INTEGER,
  2 ** 53 + 2,
  0.5,
  1e-16,
  2,
  -2,
  3,
  -3,
  1 / 3,
  100,
  1e9,
);
const number = fc.oneof(adversarialNumber, fc.double(), fc.integer({ min: -5, max: 5 }));
const numericString = fc.oneof(
  fc.constantFrom(
    'NaN',
    'Infinity',
    '-Infinity',
    '-0',
    '1e308',
    '1e-400',
    '0x10',
    '1_000',
    ' 1',
    '',
    '-',
    '.',
    '1e',
    '2024-02-30',
    '2024-03-08',
    '9'.repeat(400),
  ),
  number.map(String),
);
const leaf = fc.oneof(
  number,
  numericString,
  fc.string({ maxLength: 12 }),
  fc.constantFrom(null, undefined, true, false),
  fc.bigInt(),
  fc.date({ noInvalidDate: false }),
);
const series = fc.oneof(
  fc.array(number, { maxLength: 8 }),
  fc.array(leaf, { maxLength: 6 }),
  fc.sparseArray(number, { maxLength: 8 }),
  fc.float64Array({ maxLength: 8 }),
  fc.float32Array({ maxLength: 6 }),
  fc.int8Array({ maxLength: 6 }),
  fc.constantFrom(
    new Float64Array(0),
    new Uint8ClampedArray([1, 2, 3]),
    new BigInt64Array(2),
    new DataView(new ArrayBuffer(8)),
  ),
);
const { value: anyValue } = fc.letrec<{ value: unknown; object: unknown }>((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, series, fc.anything(), tie('object')),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 6 })), tie('value'), { maxKeys: 5 }),
}));
const weird: fc.Arbitrary<unknown> = anyValue;

// ---------------------------------------------------------------------------
// The exported functions
// ---------------------------------------------------------------------------

type Fn = (...args: unknown[]) => unknown;
const isClass = (f: Fn): boolean => /^class[\s{]/.test(Function.prototype.toString.call(f));
function functionsOf(prefix: string, mod: Record<string, unknown>): [string, Fn][] {
  return Object.entries(mod)
    .filter((e): e is [string, Fn] => typeof e[1] === 'function' && !isClass(e[1] as Fn))
    .map(([k, f]) => [`${prefix}${k}`, f]);
}
const context = decimal.createDecimalContext({ precision: 30 }) as unknown as Record<string, unknown>;
const FUNCTIONS: [string, Fn][] = [
  ...functionsOf('', core as unknown as Record<string, unknown>),
  ...functionsOf('decimal.', decimal as unknown as Record<string, unknown>),
  ...functionsOf('decimal context.', context).filter(([k]) => k !== 'decimal context.Decimal'),
];

// One valid call (or a few) per function, to be perturbed one value at a time.
const r3 = [0.01, -0.02, 0.03];
const nav4 = [1, 1.03, 0.97, 1.05];
const navOptions = {
  leverage: 3,
  expenseRatio: 0.0095,
  financingRate: [0.05, 0.05, 0.05],
  spread: 0.004,
  dividendYield: 0.01,
  rebalance: { band: 0.1 },
  initialNav: 100,
};
const datedNavOptions = {
  leverage: -1,
  dates: ['2024-03-08', '2024-03-11', '2024-03-12', '2024-03-13'],
  rebalance: { every: 2 },
};
const fundOptions = {
  indexPrices: [4000, 4040, 3990, 4100],
  leverage: -3,
  initialAum: 1e8,
  initialNav: 25,
  flows: { shares: [1000, -500, 0] },
  costs: { expenseRatio: 0.0095, financingRate: 0.05, spread: 0.004, periodsPerYear: 252 },
};
const decimalFundOptions = {
  indexPrices: ['4000', '4040', '3990', '4100'],
  leverage: '-3',
  initialAum: '100000000',
  initialNav: '25',
  flows: { currency: ['1000', '-500', '0'] },
  costs: {
    expenseRatio: '0.0095',
    financingRate: '0.05',
    spread: '0.004',
    dates: ['2024-03-08', '2024-03-11', '2024-03-12', '2024-03-13'],
  },
  navDecimals: 4,
  unitRounding: 'half-even',
};
const decimalTable: Record<string, unknown[][]> = {
  fundReturn: [['0.01', '3', { precision: 30, arithmeticRounding: 'half-even' }]],
  navPath: [
    [
      ['0.01', '-0.02', '0.03'],
      {
        leverage: '3',
        expenseRatio: '0.0095',
        financingRate: '0.05',
        spread: '0.004',
        periodsPerYear: '252',
        initialNav: '100',
        rebalance: 'daily',
      },
    ],
  ],
  rebalanceTrade: [[{ aum: '1000000', leverage: '-1', indexReturn: '-0.5' }]],
  closeTrade: [[{ aum: '1000000', leverage: '-1', indexReturn: '-0.5', flow: '-500000' }]],
  toShares: [['6000000', '50', { rounding: 'half-even' }]],
  toContracts: [['6000000', '4000', '50', { rounding: 'toward-zero' }]],
  simulateFund: [[decimalFundOptions]],
  createDecimalContext: [[{ precision: 30, rounding: 'half-even' }]],
};
const mcRun = {
  model: { kind: 'gbm', drift: 0.05, volatility: 0.2 },
  leverage: -3,
  periods: 3,
  seed: 1,
  thresholds: [1],
  drawdowns: [0.1],
  bands: { probabilities: [0.5] },
} as const;
const mergeShards = [
  core.simulateOutcomes({ ...mcRun, paths: { first: 0, count: 2 } }),
  core.simulateOutcomes({ ...mcRun, paths: { first: 2, count: 3 } }),
];
const VALID: Record<string, unknown[][]> = {
  isInverseMathError: [[new Error('x')]],
  effectiveLogLeverage: [[0.01, -3]],
  fundReturn: [[0.01, 3]],
  logLeverageSeries: [[r3, -1]],
  logReturn: [[100, 104]],
  simpleReturn: [[100, 104]],
  logToSimple: [[0.04]],
  simpleToLog: [[0.04]],
  returnsFromPrices: [[[100, 90, 100], { kind: 'log' }]],
  compoundingDecay: [[[-0.1, 1 / 9], -1]],
  continuousDrag: [[{ leverage: -1, volatility: 0.2, years: 1 }]],
  dragCoefficient: [[2]],
  dragEquivalentLeverage: [[2]],
  fundReturnTable: [[{ leverage: -1, indexReturns: [-0.1, 0, 0.1], volatilities: [0, 0.25], years: 1 }]],
  growthRate: [[{ leverage: 1.5, drift: 0.08, volatility: 0.2, rate: 0.02, expenseRatio: 0.01 }]],
  kellyLeverage: [[{ drift: 0.08, volatility: 0.2, rate: 0.02 }]],
  lognormalFundOutcome: [[{ leverage: -1, drift: 0, volatility: 0.2, rate: 0.01, expenseRatio: 0.01, years: 1 }]],
  fractionalKelly: [[{ fraction: 0.5, drift: 0.1, volatility: 0.16, rate: 0.03 }]],
  growthShortfall: [[{ leverage: 3, drift: 0.08, volatility: 0.2, rate: 0.02, expenseRatio: 0.01 }]],
  volatilityTarget: [[{ target: 0.2, forecast: 0.3, cap: 1.5 }], [{ target: 0.2, forecast: [0.1, 0.3] }]],
  hedgeNotional: [[{ portfolioValue: 1e5, beta: 1.25, leverage: -2 }]],
  hedgeDrift: [[r3, { beta: 1.25, leverage: -2 }]],
  outcomeProbability: [
    [{ leverage: 3, drift: 0.08, volatility: 0.2, years: 1, rate: 0.02, expenseRatio: 0.01, below: 0.5 }],
  ],
  underperformanceProbability: [
    [{ leverage: 2, drift: 0.08, volatility: 0.2, years: 1, rate: 0.02, expenseRatio: 0.01 }],
  ],
  underperformanceHorizon: [
    [{ leverage: -1, drift: 0, volatility: 0.2, rate: 0.02, expenseRatio: 0.01, probability: 0.7, maxYears: 20 }],
  ],
  pairShortOutcome: [[{ leverage: 3, volatility: 0.2, years: 1, drift: 0.08, borrowRates: [0.01, 0.02] }]],
  pairShort: [[r3, { leverage: 3, borrowRates: [0.01, 0.02], rebalance: true, periodsPerYear: 252 }]],
  twoDayGap: [[-0.1, 0.1, -1]],
  holdingPeriodEfficiency: [[r3, nav4, 3, { from: 0, to: 3 }]],
  trackingDeviation: [[r3, nav4, 3]],
  navPath: [
    [r3, navOptions],
    [r3, datedNavOptions],
  ],
  logNavPath: [
    [r3, navOptions],
    [r3, datedNavOptions],
  ],
  navHistory: [
    [r3, navOptions],
    [r3, datedNavOptions],
  ],
  navFromPrices: [[[100, 101, 99, 102], { leverage: 2, rebalance: { every: 2 } }]],
  navState: [
    [
      {
        leverage: 3,
        expenseRatio: 0.01,
        financingRate: 0.05,
        spread: 0.004,
        dividendYield: 0.01,
        periodsPerYear: 252,
        rebalance: 'daily',
        initialNav: 100,
      },
    ],
    [{ leverage: -1, startDate: '2024-03-08', rebalance: { band: 0.2 } }],
  ],
  stepNav: [
    [
      core.navState({ leverage: 3, expenseRatio: 0.01, rebalance: { every: 3 } }),
      0.01,
      { financingRate: 0.05, spread: 0.004 },
    ],
    [core.navState({ leverage: -1, startDate: '2024-03-08' }), -0.02, { date: '2024-03-11' }],
    [core.navState({ leverage: 2, financingRate: 0.04 }), 0.01, undefined, core.navState({ leverage: 2 })],
  ],
  marketOnCloseImbalance: [
    [
      [
        { aum: 1e8, leverage: 3, name: 'UPRO' },
        { aum: 5e7, leverage: -1 },
      ],
      0.01,
    ],
  ],
  rebalanceTrade: [[{ aum: 1e8, leverage: 3, indexReturn: 0.01 }]],
  toShares: [[6e6, 50, { rounding: 'half-even' }]],
  toContracts: [[6e6, 4000, 50, { rounding: 'toward-zero' }]],
  closeTrade: [[{ aum: 1e6, leverage: -1, indexReturn: -0.5, flow: -5e5 }]],
  offsettingFlow: [[{ aum: 1e6, leverage: -1, indexReturn: -0.5 }]],
  simulateFund: [[fundOptions]],
  realizedVolatility: [[r3, { ddof: 1, demean: true, periodsPerYear: 252 }]],
  rollingVolatility: [[r3, { window: 2, demean: false, ddof: 0, periodsPerYear: 252 }]],
  ewmaVariance: [
    [r3, { lambda: 0.94, initialVariance: 'backcast', includeCurrent: true }],
    [r3, { initialVariance: 1e-4 }],
  ],
  ewmaState: [[{ lambda: 0.9, initialVariance: 1e-4 }]],
  stepEwma: [
    [core.ewmaState({ lambda: 0.9, initialVariance: 1e-4 }), 0.01],
    [core.ewmaState(), 0.01, core.ewmaState()],
  ],
  garchFilter: [[r3, { mu: 0.001, omega: 1e-6, alpha: 0.1, beta: 0.85, initialVariance: 'sample' }]],
  garchState: [[{ mu: 0, omega: 1e-6, alpha: 0.1, beta: 0.85, initialVariance: 1e-4 }]],
  stepGarch: [
    [core.garchState({ omega: 1e-6, alpha: 0.1, beta: 0.85 }), 0.01],
    [
      core.garchState({ omega: 1e-6, alpha: 0.1, beta: 0.85 }),
      0.01,
      core.garchState({ omega: 1e-6, alpha: 0.1, beta: 0.85 }),
    ],
  ],
  garchFit: [
    [
      [0.01, -0.02, 0.03, -0.01, 0.005, 0.02, -0.03, 0.01, -0.004, 0.012, -0.02, 0.008],
      { mean: 'constant', initialVariance: 'sample' },
    ],
  ],
  garchForecast: [[{ omega: 1e-6, alpha: 0.1, beta: 0.85, next: 1e-4 }, 5, { periodsPerYear: 252 }]],
  expectedDrag: [
    [{ leverage: -3, variances: [1e-4, 2e-4] }],
    [{ leverage: 3, volatility: 0.2, periods: 21, periodsPerYear: 252 }],
  ],
  dragHorizon: [[{ leverage: -3, variances: [1e-4, 2e-4], threshold: 1e-4 }]],
  simulateOutcomes: [
    [
      {
        model: { kind: 'gbm', drift: 0.05, volatility: [0.2, 0.3, 0.1], degreesOfFreedom: 5 },
        leverage: -3,
        periods: 3,
        paths: 4,
        seed: 1,
        costs: { expenseRatio: 0.01, financingRate: [0.01, 0.02, 0.03] },
        thresholds: [1],
        drawdowns: [0.1],
        bands: { probabilities: [0.5], every: 2 },
      },
    ],
    [
      {
        model: { kind: 'garch', params: { mu: 0, omega: 1e-5, alpha: 0.1, beta: 0.8 } },
        leverage: 2,
        periods: 3,
        paths: { first: 5, count: 2 },
        seed: 2,
        rebalance: { band: 0.1 },
      },
    ],
    [
      {
        model: { kind: 'bootstrap', returns: [0.01, -0.02, 0.5], block: { kind: 'stationary', meanLength: 2 } },
        leverage: -3,
        periods: 4,
        paths: 3,
        seed: 3,
        periodsPerYear: 12,
      },
    ],
  ],
  mergeOutcomes: [mergeShards],
  indicativeNav: [
    [
      {
        nav: 20,
        leverage: -3,
        indexClose: 5000,
        index: 5050,
        financingRate: 0.05,
        spread: 0.004,
        dividendYield: 0.01,
        expenseRatio: 0.0095,
        elapsed: 0.5,
        periodsPerYear: 252,
      },
    ],
    [{ nav: 20, leverage: 3, indexClose: 100, index: [99, 101, 66], elapsed: [0.1, 0.5, 0.9], days: 3 }],
  ],
  premiumDiscount: [
    [20.05, 20],
    [
      [19.99, 20, 20.01],
      [20, 20.02, 19.98],
    ],
  ],
  premiumSignal: [[[0, 0.0003, 0.00015, -0.00025], { threshold: 0.0002, exit: 0.0001 }]],
  premiumDisclosure: [[[0.01, 0.025, 0.025, 0.03, -0.021], { threshold: 0.02, days: 2 }]],
  wipeOutMove: [[-3]],
  wipeOutDistance: [[{ leverage: 3, volatility: 0.2, periodsPerYear: 252 }]],
  trackingBandState: [[{ leverage: 2, band: 0.02, floor: 0.005, tighten: 2 }]],
  stepTrackingBand: [
    [
      core.trackingBandState({ leverage: 2, band: 0.02, floor: 0.005, tighten: 2 }),
      { indexReturn: 0.01, fundReturn: 0.014 },
    ],
    [
      core.trackingBandState({ leverage: -1, band: 0.02, floor: 0, tighten: 1 }),
      { indexReturn: 0.01, fundReturn: -0.01 },
      core.trackingBandState({ leverage: 1, band: 1, floor: 0, tighten: 0 }),
    ],
  ],
  trackingBand: [[r3, [0.02, -0.04, 0.06], { leverage: 2, band: 0.02, floor: 0.005, tighten: 2 }]],
  liquidityFilter: [[[1, 2, 3, 2, 4, 9], { window: 4, k: 3, ddof: 1 }]],
  liquidityFilterState: [[{ window: 4, k: 3, ddof: 0 }]],
  stepLiquidityFilter: [
    [core.liquidityFilterState({ window: 2 }), 1.5],
    [
      [1, 2, 3].reduce((s, x) => core.stepLiquidityFilter(s, x), core.liquidityFilterState({ window: 2 })),
      4,
      core.liquidityFilterState({ window: 2 }),
    ],
  ],
  ...Object.fromEntries(Object.entries(decimalTable).map(([k, v]) => [`decimal.${k}`, v])),
  ...Object.fromEntries(
    Object.entries(decimalTable)
      .filter(([k]) => k !== 'createDecimalContext')
      .map(([k, v]) => [`decimal context.${k}`, v]),
  ),
  'decimal.isInverseMathError': [[new Error('x')]],
};

// ---------------------------------------------------------------------------
// Perturbing a valid call
// ---------------------------------------------------------------------------

type Path = (string | number)[];
function paths(value: unknown, prefix: Path = [], out: Path[] = [], depth = 0): Path[] {
  if (depth > 4 || value === null || typeof value !== 'object' || value instanceof Date) return out;
  const keys =
    Array.isArray(value) || ArrayBuffer.isView(value)
      ? Array.from({ length: (value as ArrayLike<unknown>).length }, (_, i) => i)
      : Object.keys(value);
  for (const k of keys) {
    const p = [...prefix, k];
    out.push(p);
    paths((value as Record<string | number, unknown>)[k], p, out, depth + 1);
  }
  return out;
}
function objectPaths(value: unknown): Path[] {
  const all: Path[] = [[]];
  for (const p of paths(value)) {
    const v = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], value);
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && !ArrayBuffer.isView(v) && !(v instanceof Date))
      all.push(p);
  }
  return all.slice(1);
}
/** A structural copy of `value` with the value at `path` replaced by `replacement` (or a key added). */
function replaced(value: unknown, path: Path, replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string | number, ...Path];
  const src = value as Record<string | number, unknown>;
  const copy = (
    Array.isArray(value)
      ? [...(value as unknown[])]
      : ArrayBuffer.isView(value)
        ? Array.from(value as unknown as ArrayLike<unknown>)
        : { ...src }
  ) as Record<string | number, unknown>;
  copy[head] = replaced(src[head], rest, replacement);
  return copy;
}

function perturbed(name: string): fc.Arbitrary<unknown[]> | null {
  const calls = VALID[name];
  if (calls === undefined) return null;
  return fc
    .tuple(fc.nat(), fc.nat(), fc.boolean(), fc.constantFrom(...KEYS), weird)
    .map(([which, where, addKey, key, w]) => {
      const args = calls[which % calls.length] as unknown[];
      if (addKey) {
        const objects = objectPaths(args);
        if (objects.length > 0)
          return replaced(args, [...(objects[where % objects.length] as Path), key], w) as unknown[];
      }
      const all = paths(args);
      // one argument past the end too: an extra argument must be ignored or refused
      const targets = [...all, [args.length]];
      return replaced(args, targets[where % targets.length] as Path, w) as unknown[];
    });
}

// ---------------------------------------------------------------------------
// The contract
// ---------------------------------------------------------------------------

/**
 * A canonical string of a value: element by element, with −0, NaN, holes, typed arrays, prototypes and Dates;
 * `output` (a buffer the function documents as written to) is shown by name only.
 */
function fingerprint(value: unknown, seen = new Set<unknown>(), output?: unknown): string {
  if (output !== undefined && value === output) return '<output>';
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'symbol' || typeof value === 'function') return String(value);
  if (value === null || typeof value !== 'object') return String(value);
  if (seen.has(value)) return '<cycle>';
  seen.add(value);
  if (value instanceof Date) return `Date(${value.getTime()})`;
  if (value instanceof DataView) return `DataView(${Array.from(new Uint8Array(value.buffer)).join(',')})`;
  if (ArrayBuffer.isView(value))
    return `${value.constructor.name}[${Array.from(value as unknown as ArrayLike<unknown>, (v) => fingerprint(v, seen)).join(',')}]`;
  if (Decimal.isDecimal(value)) return `Decimal(${(value as Decimal).toString()})`;
  const keys = Reflect.ownKeys(value);
  const proto =
    Object.getPrototypeOf(value) === null
      ? 'null'
      : Object.getPrototypeOf(value) === Object.prototype
        ? ''
        : Array.isArray(value)
          ? 'A'
          : '?';
  const frozen = Object.isFrozen(value) ? 'F' : '';
  const own = keys.map((k) => {
    const d = Object.getOwnPropertyDescriptor(value, k) as PropertyDescriptor;
    return `${String(k)}:${'value' in d ? fingerprint(d.value, seen, output) : 'accessor'}`;
  });
  seen.delete(value);
  return `${proto}${frozen}{${own.join(',')}}`;
}

/** Problems in a result: NaN anywhere, ±Infinity outside a log-NAV, a negative NAV. */
function problems(name: string, value: unknown, path: string, out: string[], seen = new Set<unknown>()): string[] {
  const logContext = /log/i.test(path) || /logNavPath$/.test(name);
  const navContext =
    /(^|\.)nav(\[\d+\])?$/.test(path) ||
    (/(navPath|navFromPrices)$/.test(name) && !/^decimal/.test(name) && /^result(\[\d+\])?$/.test(path));
  if (typeof value === 'number') {
    if (Number.isNaN(value)) out.push(`${path} is NaN`);
    else if (!Number.isFinite(value) && !(logContext && value === Number.NEGATIVE_INFINITY))
      out.push(`${path} is ${value}`);
    else if (navContext && value < 0) out.push(`${path} is a negative NAV (${value})`);
    return out;
  }
  if (value === null || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (Decimal.isDecimal(value)) {
    const d = value as Decimal;
    if (d.isNaN()) out.push(`${path} is Decimal NaN`);
    else if (!d.isFinite()) out.push(`${path} is Decimal ${d.toString()}`);
    else if (/(^|\.)nav(\[\d+\])?$/.test(path) && d.isNegative() && !d.isZero())
      out.push(`${path} is a negative NAV (${d.toString()})`);
    return out;
  }
  if (ArrayBuffer.isView(value) || Array.isArray(value)) {
    Array.from(value as unknown as ArrayLike<unknown>).forEach((v, i) => problems(name, v, `${path}[${i}]`, out, seen));
    return out;
  }
  for (const [k, v] of Object.entries(value))
    if (typeof v !== 'function') problems(name, v, path === 'result' ? k : `${path}.${k}`, out, seen);
  return out;
}

/**
 * Arguments a function documents as written to: `stepNav`'s `out` (position 3), `stepEwma`'s, `stepGarch`'s, `stepTrackingBand`'s and `stepLiquidityFilter`'s (position 2). When the call
 * returns, the result is that object; when it throws, the object is untouched like any other input.
 */
const OUTPUT_ARGUMENTS: Readonly<Record<string, number>> = {
  stepNav: 3,
  stepEwma: 2,
  stepGarch: 2,
  stepTrackingBand: 2,
  stepLiquidityFilter: 2,
};

const STATE_FIELDS: Readonly<Record<string, string[]>> = {
  stepNav: Object.keys(core.navState({ leverage: 1 })),
  stepEwma: Object.keys(core.ewmaState()),
  stepGarch: Object.keys(core.garchState({ omega: 1, alpha: 0, beta: 0 })),
  stepTrackingBand: Object.keys(core.trackingBandState({ leverage: 1, band: 1, floor: 0, tighten: 0 })),
  stepLiquidityFilter: Object.keys(core.liquidityFilterState()),
};

/**
 * The `options.out` buffer of `navPath`, `logNavPath` and `navFromPrices`: documented as written (and, when the
 * call throws, as partly written), so its contents are not compared; everything else in the options is.
 */
function outputOption(name: string, args: unknown[]): Float64Array | undefined {
  if (!/^(navPath|logNavPath|navFromPrices)$/.test(name)) return undefined;
  const o = args[1];
  const out = o !== null && typeof o === 'object' ? Object.getOwnPropertyDescriptor(o, 'out')?.value : undefined;
  return out instanceof Float64Array ? out : undefined;
}

function check(name: string, fn: Fn, args: unknown[]): void {
  const buffer = outputOption(name, args);
  const print = (a: unknown, i: number): string => fingerprint(a, new Set(), i === 1 ? buffer : undefined);
  const before = args.map(print);
  let result: unknown;
  let threw: unknown = null;
  try {
    result = fn(...args);
  } catch (error) {
    threw = error ?? new Error(`threw ${String(error)}`);
  }
  const after = args.map(print);
  const output = OUTPUT_ARGUMENTS[name];
  const written = threw === null && output !== undefined && args[output] !== undefined;
  if (written) expect(result, `${name} must return its out argument`).toBe(args[output]);
  args.forEach((_, i) => {
    if (!(written && i === output)) expect(after[i], `${name} mutated argument ${i}`).toBe(before[i]);
  });
  if (threw !== null) {
    if (!(threw instanceof InverseMathError)) {
      throw new Error(
        `${name}(${args.map((a) => fingerprint(a)).join(', ')}) threw ${String((threw as Error)?.stack ?? threw)}`,
      );
    }
    expect(CODES.has(threw.code), `${name}: unknown code ${threw.code}`).toBe(true);
    const listed = documentedCodes(name.replace(/^decimal( context)?\./, ''), name.startsWith('decimal'));
    expect(
      listed?.has(threw.code),
      `${name} threw ${threw.code} (${threw.message}), not in its @throws: ${[...(listed ?? [])].join(', ')}`,
    ).toBe(true);
    return;
  }
  // an out argument may carry fields of its own (not the library's to check): only the state's fields are
  const checked = written
    ? Object.fromEntries((STATE_FIELDS[name] ?? []).map((k) => [k, (result as Record<string, unknown>)[k]]))
    : result;
  const bad = problems(name, checked, 'result', []);
  expect(
    bad,
    `${name}(${args.map((a) => fingerprint(a)).join(', ')}) returned ${fingerprint(result).slice(0, 400)}`,
  ).toEqual([]);
}

// ---------------------------------------------------------------------------

test('the table of valid calls names only exported functions, and each valid call succeeds', () => {
  const names = new Set(FUNCTIONS.map(([n]) => n));
  expect(Object.keys(VALID).filter((k) => !names.has(k))).toEqual([]);
  for (const [name, fn] of FUNCTIONS)
    for (const args of VALID[name] ?? []) expect(() => fn(...args), name).not.toThrow();
  const missing = FUNCTIONS.map(([n]) => n).filter((n) => VALID[n] === undefined);
  console.log(
    `bad input: ${FUNCTIONS.length} functions enumerated; without a valid-call entry (arbitrary arguments only): ${missing.join(', ') || 'none'}`,
  );
  expect(FUNCTIONS.length).toBeGreaterThan(40);
});

describe.each(FUNCTIONS)('%s', (name, fn) => {
  test('arbitrary arguments: a documented result or an InverseMathError with a code; inputs untouched', () => {
    fc.assert(
      fc.property(fc.array(weird, { maxLength: Math.max(1, fn.length) + 1 }), (args) => check(name, fn, args)),
      { numRuns: RUNS },
    );
  });

  const near = perturbed(name);
  test.skipIf(near === null)('a valid call with one value replaced or one option added: the same contract', () => {
    fc.assert(
      fc.property(near as fc.Arbitrary<unknown[]>, (args) => check(name, fn, args)),
      { numRuns: RUNS },
    );
  });
});

test('options.out of navPath, logNavPath and navFromPrices is the one argument those calls may write', () => {
  // a buffer of the right length added to a valid call (what a perturbation may draw): written, not a mutation
  const out = new Float64Array(4);
  for (const [name, fn] of FUNCTIONS.filter(([n]) => /^(navPath|logNavPath)$/.test(n)))
    check(name, fn, [r3.slice(), { leverage: 2, out }]);
  expect(out[0]).toBe(0); // logNavPath's last: ln 1
  // anything else in the options is still compared: a function writing into another option is caught
  const writes: Fn = (_r, o) => {
    (o as { dates: number[] }).dates[0] = 1;
    return new Float64Array(1);
  };
  expect(() => check('navPath', writes, [r3, { dates: [0], out }])).toThrow(/mutated argument 1/);
});
