/** `inverse-math mc`: Monte Carlo of a fund's outcome (simulateOutcomes of ./montecarlo). */
import { choice, optionalNumber, requiredNumber, wholeNumber } from '../args.js';
import { OUTPUT_OPTIONS, SVG_OPTION, writeSvg } from '../common.js';
import { readDatedSeries } from '../csv.js';
import { fail } from '../errors.js';
import { loadDomain } from '../library.js';
import { lineChart } from '../svg.js';

/** @type {import('../args.js').CommandSpec} */
export const spec = {
  name: 'mc',
  summary: 'Monte Carlo of fund outcomes (GBM or a block bootstrap of real returns)',
  usage: '--leverage L (--drift m --volatility s | --bootstrap PRICES.csv [--block B]) --years T --paths N --seed S',
  description: [
    'Simulates the value V_T/V_0 of a daily-reset L fund after T years (simulateOutcomes of @inverse-math/core/montecarlo), with the index either a geometric Brownian motion (--drift, --volatility: annual fractions) or a bootstrap of the daily simple returns of a price file (--bootstrap; --block B resamples blocks of mean length B, stationary by default). The same --seed gives the same numbers.',
    'Prints the mean (with its standard error), the median, the quantiles of V_T/V_0 and the probability of a wipe-out. A progress bar is drawn on stderr when it is a terminal. --svg draws the fan chart (the 5, 25, 50, 75 and 95 % quantiles of the NAV along the way, from the same run).',
  ],
  options: {
    leverage: { type: 'string', value: 'L', description: 'the daily multiple; required' },
    drift: { type: 'string', value: 'm', description: 'GBM: the index’s annual drift μ (fraction)' },
    volatility: { type: 'string', value: 's', description: 'GBM: the index’s annual volatility σ (fraction)' },
    bootstrap: {
      type: 'string',
      value: 'PRICES.csv',
      description: 'resample the daily returns of this price file instead',
    },
    column: {
      type: 'string',
      value: 'NAME',
      description: 'the price column of the bootstrap file (default: close, else adj_close)',
    },
    block: {
      type: 'string',
      value: 'B',
      description: 'bootstrap: mean block length in periods (default: single days)',
    },
    'block-kind': {
      type: 'string',
      value: 'K',
      description: 'bootstrap blocks: stationary (default, random lengths of mean B) | fixed',
    },
    years: { type: 'string', value: 'T', description: 'horizon in years; required' },
    paths: { type: 'string', value: 'N', description: 'number of simulated paths; required' },
    seed: { type: 'string', value: 'S', description: 'the random seed, a whole number; required' },
    'periods-per-year': { type: 'string', value: 'P', description: 'periods (trading days) per year; default 252' },
    'expense-ratio': { type: 'string', value: 'f', description: 'expense ratio, annual fraction; default 0' },
    'financing-rate': {
      type: 'string',
      value: 'r',
      description: 'financing rate on (1 − L) units, annual fraction; default 0',
    },
    spread: {
      type: 'string',
      value: 's',
      description: 'swap/borrow spread on |L| notional, annual fraction; default 0',
    },
    'dividend-yield': { type: 'string', value: 'q', description: 'index dividend yield, annual fraction; default 0' },
    ...SVG_OPTION,
    ...OUTPUT_OPTIONS,
  },
  positionals: [0, 0],
  examples: [
    'inverse-math mc --leverage 3 --drift 0.07 --volatility 0.2 --years 10 --paths 10000 --seed 1',
    'inverse-math mc --leverage -1 --bootstrap test/fixtures/spx.csv --block 21 --years 1 --paths 5000 --seed 7 --svg fan.svg',
  ],
};

/**
 * A progress bar on stderr, or nothing when stderr is not a terminal. Accepts the
 * callback forms `(fraction)`, `(done, total)` and `({ done, total })`.
 * @param {import('../main.js').Io} io
 * @param {string} label
 * @returns {{ update: (...args: unknown[]) => void, end: () => void }}
 */
function progressBar(io, label) {
  if (!io.stderrIsTTY) return { update: () => {}, end: () => {} };
  let shown = -1;
  return {
    update: (...args) => {
      const [a, b] = args;
      /** @type {number} */
      let fraction = Number.NaN;
      if (typeof a === 'number' && typeof b === 'number' && b > 0) fraction = a / b;
      else if (typeof a === 'number') fraction = a;
      else if (typeof a === 'object' && a !== null) {
        const o = /** @type {Record<string, unknown>} */ (a);
        const done = Number(o.done ?? o.completed ?? o.paths ?? Number.NaN);
        const total = Number(o.total ?? Number.NaN);
        fraction = typeof o.fraction === 'number' ? o.fraction : done / total;
      }
      if (!(fraction >= 0)) return;
      const pct = Math.min(100, Math.floor(fraction * 100));
      if (pct === shown) return;
      shown = pct;
      const filled = Math.round(pct / 2.5);
      io.stderr(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(40 - filled)}] ${String(pct).padStart(3)} %`);
    },
    end: () => io.stderr('\r\x1b[2K'),
  };
}

/**
 * @param {import('../args.js').Values} values
 * @returns {Record<string, unknown>}
 */
function modelOf(values) {
  const gbm = values.drift !== undefined || values.volatility !== undefined;
  const file = values.bootstrap;
  if (gbm && typeof file === 'string') fail('give --drift and --volatility (GBM) or --bootstrap PRICES.csv, not both');
  if (typeof file === 'string') {
    const column = values.column;
    const series = readDatedSeries(file, { columns: typeof column === 'string' ? [column] : ['close', 'adj_close'] });
    const p = series.values;
    const returns = new Float64Array(p.length - 1);
    for (let i = 1; i < p.length; i++)
      returns[i - 1] = /** @type {number} */ (p[i]) / /** @type {number} */ (p[i - 1]) - 1;
    const meanLength = optionalNumber(values, 'block');
    if (meanLength !== undefined && !(meanLength >= 1)) fail(`--block ${values.block} must be ≥ 1 (periods)`);
    const kind = choice(values, 'block-kind', ['stationary', 'fixed'], 'stationary');
    return meanLength === undefined
      ? { kind: 'bootstrap', returns }
      : { kind: 'bootstrap', returns, block: { kind, meanLength } };
  }
  if (values.block !== undefined || values['block-kind'] !== undefined) fail('--block needs --bootstrap PRICES.csv');
  if (!gbm) fail('mc needs --drift m --volatility s (GBM) or --bootstrap PRICES.csv; see inverse-math mc --help');
  const drift = requiredNumber(values, 'drift', 'mc');
  const volatility = requiredNumber(values, 'volatility', 'mc');
  if (volatility < 0) fail(`--volatility ${values.volatility} must be ≥ 0`);
  return { kind: 'gbm', drift, volatility };
}

/** The fan chart's bands: 5–95 %, 25–75 % and the median. */
const FAN = [0.05, 0.25, 0.5, 0.75, 0.95];

/**
 * The cost flags as `simulateOutcomes`' `costs` (constant rates), or `undefined` when none is given.
 * @param {import('../args.js').Values} values
 * @returns {Record<string, number> | undefined}
 */
function costsOf(values) {
  /** @type {Record<string, number>} */
  const costs = {};
  for (const [flag, key] of [
    ['expense-ratio', 'expenseRatio'],
    ['financing-rate', 'financingRate'],
    ['spread', 'spread'],
    ['dividend-yield', 'dividendYield'],
  ]) {
    const x = optionalNumber(values, /** @type {string} */ (flag));
    if (x !== undefined) costs[/** @type {string} */ (key)] = x;
  }
  return Object.keys(costs).length === 0 ? undefined : costs;
}

/**
 * An outcome probability of the library (`{ probability, standardError }`) as a summary row.
 * @param {string} statistic
 * @param {any} p
 * @returns {{ statistic: string, value: number | null, standardError: number | null }}
 */
const probabilityRow = (statistic, p) => ({
  statistic,
  value: p?.probability ?? p?.estimate ?? null,
  standardError: p?.standardError ?? null,
});

/**
 * @param {import('../args.js').Values} values
 * @param {string[]} _positionals
 * @param {import('../main.js').Io} io
 * @returns {Promise<import('../format.js').Report>}
 */
export async function run(values, _positionals, io) {
  const leverage = requiredNumber(values, 'leverage', 'mc');
  const model = modelOf(values);
  const years = requiredNumber(values, 'years', 'mc');
  if (!(years > 0)) fail(`--years ${values.years} must be positive`);
  const paths = wholeNumber(values, 'paths', 1, undefined, 'mc');
  const seed = wholeNumber(values, 'seed', 0, undefined, 'mc');
  const periodsPerYear = wholeNumber(values, 'periods-per-year', 1, 252, 'mc');
  const periods = Math.max(1, Math.round(years * periodsPerYear));
  const costs = costsOf(values);
  const svg = values.svg;
  const { simulateOutcomes } = await loadDomain('montecarlo', ['simulateOutcomes'], 'mc');
  const bar = progressBar(io, 'simulating');
  const result = /** @type {(o: object) => any} */ (simulateOutcomes)({
    model,
    leverage,
    periods,
    periodsPerYear,
    paths,
    seed,
    ...(costs === undefined ? {} : { costs }),
    ...(typeof svg === 'string'
      ? { bands: { probabilities: FAN, every: Math.max(1, Math.round(periods / 100)) } }
      : {}),
    onProgress: bar.update,
  });
  bar.end();
  const probabilities = Array.from(/** @type {ArrayLike<number>} */ (result.terminal?.probabilities ?? []));
  const quantiles = Array.from(/** @type {ArrayLike<number>} */ (result.terminal?.quantiles ?? []));
  if (typeof svg === 'string') writeSvg(svg, fanChart(result.bands, periodsPerYear, leverage));
  const summary = [
    { statistic: 'mean V_T/V_0', value: result.mean, standardError: result.standardError },
    { statistic: 'median V_T/V_0', value: result.median, standardError: null },
    ...probabilities.map((p, i) => ({
      statistic: `quantile ${+(p * 100).toFixed(4)} %`,
      value: quantiles[i],
      standardError: null,
    })),
    probabilityRow('P(wipe-out)', result.wipeOutProbability),
    ...(result.underperformanceProbability === undefined
      ? []
      : [probabilityRow('P(fund return < L × index return)', result.underperformanceProbability)]),
  ];
  const source =
    model.kind === 'gbm'
      ? `GBM μ ${model.drift}, σ ${model.volatility}`
      : `bootstrap of ${values.bootstrap}${values.block === undefined ? '' : ` (blocks of ${values.block})`}`;
  // the per-path values (what an exact merge of shards needs) would make the json as long as the run
  const { terminal, bands, ...rest } = result;
  const brief = {
    ...rest,
    terminal: { probabilities, quantiles },
    ...(bands
      ? { bands: { periods: bands.periods, probabilities: bands.probabilities, quantiles: bands.quantiles } }
      : {}),
  };
  void terminal;
  return {
    title: `Monte Carlo: ${leverage}x daily-reset fund, ${years} year${years === 1 ? '' : 's'} (${periods} periods), ${paths} paths, seed ${seed}, index ${source}`,
    tables: [
      {
        columns: [
          { key: 'statistic', label: 'statistic', kind: 'text' },
          { key: 'value', label: 'value', kind: 'number', digits: 6 },
          { key: 'standardError', label: 'std. error', kind: 'number', digits: 6 },
        ],
        rows: summary,
      },
    ],
    notes: [
      `V_T/V_0: the fund’s value after the horizon per unit invested; ${costs === undefined ? 'no costs' : `costs ${JSON.stringify(costs)}`}`,
    ],
    json: {
      command: 'mc',
      leverage,
      model: model.kind === 'gbm' ? model : { kind: 'bootstrap', file: values.bootstrap, block: model.block ?? null },
      years,
      periods,
      periodsPerYear,
      paths,
      seed,
      costs: costs ?? null,
      result: brief,
    },
  };
}

/**
 * The fan chart from the run's percentile bands.
 * @param {{ periods: readonly number[], probabilities: readonly number[], quantiles: readonly (readonly number[])[] } | null | undefined} bands
 * @param {number} periodsPerYear
 * @param {number} leverage
 * @returns {string}
 */
function fanChart(bands, periodsPerYear, leverage) {
  if (!bands) return fail('mc --svg: this version of simulateOutcomes returns no bands');
  const { periods, probabilities, quantiles } = bands;
  const column = (/** @type {number} */ j) => quantiles.map((row) => /** @type {number} */ (row[j]));
  const last = probabilities.length - 1;
  /** @type {import('../svg.js').Band[]} */
  const shaded = [];
  for (let i = 0; i < Math.floor(probabilities.length / 2); i++) {
    const lo = /** @type {number} */ (probabilities[i]);
    const hi = /** @type {number} */ (probabilities[last - i]);
    shaded.push({
      name: `${+(lo * 100).toFixed(2)}–${+(hi * 100).toFixed(2)} %`,
      lower: column(i),
      upper: column(last - i),
      opacity: 0.18 + 0.12 * i,
    });
  }
  const mid = probabilities.indexOf(0.5);
  return lineChart({
    title: `Fan chart of a ${leverage}x fund: quantiles of V_t/V_0`,
    xLabel: 'years',
    yLabel: 'V_t / V_0',
    x: periods.map((t) => t / periodsPerYear),
    bands: shaded,
    lines: mid < 0 ? [] : [{ name: 'median', y: column(mid), color: '#1f5fa8' }],
  });
}
