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
    'Prints the mean (with its standard error), the median, the quantiles of V_T/V_0 and the probability of a wipe-out. A progress bar is drawn on stderr when it is a terminal. --svg draws the fan chart (the quantiles at ten horizons up to T, each simulated with the same seed).',
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
  const { simulateOutcomes } = await loadDomain('montecarlo', ['simulateOutcomes'], 'mc');
  const simulate = /** @type {(o: object) => any} */ (simulateOutcomes);
  const bar = progressBar(io, 'simulating');
  /** @param {number} n */
  const at = (n) => simulate({ model, leverage, periods: n, periodsPerYear, paths, seed, onProgress: bar.update });
  const result = at(periods);
  bar.end();
  const probabilities = Array.from(/** @type {ArrayLike<number>} */ (result.terminal?.probabilities ?? []));
  const quantiles = Array.from(/** @type {ArrayLike<number>} */ (result.terminal?.quantiles ?? []));
  if (typeof values.svg === 'string')
    writeSvg(values.svg, fanChart(at, periods, periodsPerYear, probabilities, result, leverage, io));
  const wipe = result.wipeOutProbability ?? {};
  const summary = [
    { statistic: 'mean V_T/V_0', value: result.mean, standardError: result.standardError },
    { statistic: 'median V_T/V_0', value: result.median, standardError: null },
    ...probabilities.map((p, i) => ({
      statistic: `quantile ${+(p * 100).toFixed(4)} %`,
      value: quantiles[i],
      standardError: null,
    })),
    { statistic: 'P(wipe-out)', value: wipe.estimate, standardError: wipe.standardError },
  ];
  const source =
    model.kind === 'gbm'
      ? `GBM μ ${model.drift}, σ ${model.volatility}`
      : `bootstrap of ${values.bootstrap}${values.block === undefined ? '' : ` (blocks of ${values.block})`}`;
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
    notes: ['V_T/V_0: the fund’s value after the horizon per unit invested; no costs'],
    json: {
      command: 'mc',
      leverage,
      model: model.kind === 'gbm' ? model : { kind: 'bootstrap', file: values.bootstrap, block: model.block ?? null },
      years,
      periods,
      periodsPerYear,
      paths,
      seed,
      result,
    },
  };
}

/**
 * The fan chart: the quantiles of V_t/V_0 at ten horizons up to `periods`.
 * @param {(n: number) => any} at - one simulation of `n` periods
 * @param {number} periods
 * @param {number} periodsPerYear
 * @param {number[]} probabilities
 * @param {any} final - the simulation of all `periods`
 * @param {number} leverage
 * @param {import('../main.js').Io} io
 * @returns {string}
 */
function fanChart(at, periods, periodsPerYear, probabilities, final, leverage, io) {
  const steps = Math.min(10, periods);
  const x = [0];
  /** @type {number[][]} */
  const q = [probabilities.map(() => 1)];
  /** @type {number[]} */
  const median = [1];
  const bar = progressBar(io, 'fan chart');
  for (let k = 1; k <= steps; k++) {
    const n = k === steps ? periods : Math.max(1, Math.round((periods * k) / steps));
    const r = n === periods ? final : at(n);
    bar.update(k, steps);
    x.push(n / periodsPerYear);
    q.push(Array.from(/** @type {ArrayLike<number>} */ (r.terminal?.quantiles ?? [])));
    median.push(r.median);
  }
  bar.end();
  const last = probabilities.length - 1;
  /** @type {import('../svg.js').Band[]} */
  const bands = [];
  for (let i = 0; i < Math.floor(probabilities.length / 2); i++) {
    const lo = /** @type {number} */ (probabilities[i]);
    const hi = /** @type {number} */ (probabilities[last - i]);
    bands.push({
      name: `${+(lo * 100).toFixed(2)}–${+(hi * 100).toFixed(2)} %`,
      lower: q.map((row) => /** @type {number} */ (row[i])),
      upper: q.map((row) => /** @type {number} */ (row[last - i])),
      opacity: 0.18 + 0.12 * i,
    });
  }
  const mid = probabilities.indexOf(0.5);
  const center = mid >= 0 ? q.map((row) => /** @type {number} */ (row[mid])) : median;
  return lineChart({
    title: `Fan chart of a ${leverage}x fund: quantiles of V_t/V_0`,
    xLabel: 'years',
    yLabel: 'V_t / V_0',
    x,
    bands,
    lines: [{ name: 'median', y: center, color: '#1f5fa8' }],
  });
}
