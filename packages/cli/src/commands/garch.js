/** `inverse-math garch`: GARCH(1,1) of an index, its variance forecast and the expected drag (./volatility). */
import { choice, nearest, optionalNumber, parseNumber, wholeNumber } from '../args.js';
import { OUTPUT_OPTIONS } from '../common.js';
import { readDatedSeries } from '../csv.js';
import { fail } from '../errors.js';
import { loadDomain } from '../library.js';

/**
 * The fit of `garchFit` (@inverse-math/core/volatility), as documented.
 * @typedef {object} GarchFit
 * @property {number} mu
 * @property {number} omega
 * @property {number} alpha
 * @property {number} beta
 * @property {number} logLikelihood
 * @property {number} persistence
 * @property {number} longRunVariance
 * @property {number} halfLife
 * @property {number} next
 * @property {boolean} converged
 * @property {number} iterations
 * @property {{ mu: number, omega: number, alpha: number, beta: number } | null} standardErrors
 * @property {{ mu: number, omega: number, alpha: number, beta: number } | null} [robustStandardErrors]
 * @property {string | null} [boundary] - the constraint the fit ended on, if any
 */

/** @type {import('../args.js').CommandSpec} */
export const spec = {
  name: 'garch',
  summary: 'GARCH(1,1) fit of an index, its variance forecast and the expected drag',
  usage: 'PRICES.csv [--horizon H] [--leverage L]',
  description: [
    'PRICES.csv: a date column and a price column (close, else adj_close, or --column NAME). The model is fitted to the daily log returns ln(P_t/P_{t−1}) by garchFit of @inverse-math/core/volatility (constant mean, normal errors), then garchForecast gives the expected variance of each of the next H periods.',
    'With --leverage L, the expected drag of a daily-reset L fund over 1 … H periods: expectedDrag({ leverage, variances }) ≈ −(L² − L)/2 · Σ E[σ²] (the shortfall of the fund’s log return from L times the index’s).',
  ],
  options: {
    column: { type: 'string', value: 'NAME', description: 'the price column (default: close, else adj_close)' },
    horizon: { type: 'string', value: 'H', description: 'forecast horizon in periods (trading days); default 21' },
    leverage: { type: 'string', value: 'L', description: 'a fund’s daily multiple, for the expected drag' },
    'initial-variance': {
      type: 'string',
      value: 'V',
      description: 'the first variance σ²_1: backcast (the library default), sample, or a number',
    },
    mean: { type: 'string', value: 'M', description: 'constant (default: μ is estimated) | zero' },
    'periods-per-year': { type: 'string', value: 'P', description: 'for the annualised volatilities; default 252' },
    ...OUTPUT_OPTIONS,
  },
  positionals: [1, 1],
  examples: ['inverse-math garch test/fixtures/spx.csv --horizon 21 --leverage 3'],
};

/**
 * `--initial-variance`: `backcast`, `sample` or a variance `> 0`.
 * @param {string | boolean | undefined} text
 * @returns {'backcast' | 'sample' | number | undefined}
 */
function initialVariance(text) {
  if (typeof text !== 'string') return undefined;
  if (text === 'backcast' || text === 'sample') return text;
  if (/^[+-]?[\d.]/.test(text)) {
    const v = parseNumber(text, '--initial-variance');
    if (!(v > 0)) fail(`--initial-variance ${text} must be positive`);
    return v;
  }
  const near = nearest(text, ['backcast', 'sample']);
  return fail(
    `--initial-variance "${text}" must be backcast, sample or a positive number${near === null ? '' : ` (did you mean ${near}?)`}`,
  );
}

/**
 * @param {import('../args.js').Values} values
 * @param {string[]} positionals
 * @returns {Promise<import('../format.js').Report>}
 */
export async function run(values, positionals) {
  const file = /** @type {string} */ (positionals[0]);
  const horizon = wholeNumber(values, 'horizon', 1, 21, 'garch');
  const leverage = optionalNumber(values, 'leverage');
  const start = initialVariance(values['initial-variance']);
  const mean = values.mean === undefined ? undefined : choice(values, 'mean', ['constant', 'zero'], 'constant');
  const periodsPerYear = wholeNumber(values, 'periods-per-year', 1, 252, 'garch');
  const column = values.column;
  const series = readDatedSeries(file, {
    columns: typeof column === 'string' ? [column] : ['close', 'adj_close'],
    minRows: 3,
  });
  const lib = await loadDomain(
    'volatility',
    ['garchFit', 'garchForecast', ...(leverage === undefined ? [] : ['expectedDrag'])],
    'garch',
  );
  const p = series.values;
  const returns = new Float64Array(p.length - 1);
  for (let i = 1; i < p.length; i++)
    returns[i - 1] = Math.log(/** @type {number} */ (p[i]) / /** @type {number} */ (p[i - 1]));
  /** @type {GarchFit} */
  const fit = /** @type {any} */ (lib).garchFit(returns, {
    ...(mean === undefined ? {} : { mean }),
    ...(start === undefined ? {} : { initialVariance: start }),
  });
  /** @type {{ variances: Float64Array, cumulative: Float64Array, annualizedVolatility: Float64Array }} */
  const forecast = /** @type {any} */ (lib).garchForecast(fit, horizon, { periodsPerYear });
  const variances = Array.from(forecast.variances);
  if (variances.length !== horizon) fail(`garch: the forecast has ${variances.length} periods, ${horizon} asked`);
  const rows = variances.map((v, h) => ({
    h: h + 1,
    variance: v,
    cumulative: forecast.cumulative[h],
    annualizedVolatility: forecast.annualizedVolatility[h],
    ...(leverage === undefined
      ? {}
      : {
          expectedDrag: /** @type {any} */ (lib).expectedDrag({
            leverage,
            variances: forecast.variances.subarray(0, h + 1),
          }),
        }),
  }));
  const se = fit.standardErrors;
  const robust = fit.robustStandardErrors ?? null;
  const params = [
    ...['mu', 'omega', 'alpha', 'beta'].map((k) => {
      const key = /** @type {'mu' | 'omega' | 'alpha' | 'beta'} */ (k);
      return {
        parameter: k,
        estimate: fit[key],
        standardError: se?.[key] ?? null,
        robustStandardError: robust?.[key] ?? null,
      };
    }),
    { parameter: 'persistence α + β', estimate: fit.persistence, standardError: null },
    { parameter: 'long-run variance', estimate: fit.longRunVariance, standardError: null },
    {
      parameter: `long-run volatility, annualised (${periodsPerYear})`,
      estimate: Math.sqrt(fit.longRunVariance * periodsPerYear),
      standardError: null,
    },
    { parameter: 'half-life of a shock (periods)', estimate: fit.halfLife, standardError: null },
    { parameter: 'next variance', estimate: fit.next, standardError: null },
    { parameter: 'log-likelihood', estimate: fit.logLikelihood, standardError: null },
  ];
  const last = rows[rows.length - 1];
  const n = series.dates.length - 1;
  return {
    title: `GARCH(1,1) of the daily log returns of ${series.column} in ${file}, ${series.dates[0]} to ${series.dates[n]} (${n} returns)`,
    tables: [
      {
        title: 'Fit',
        columns: [
          { key: 'parameter', label: 'parameter', kind: 'text' },
          { key: 'estimate', label: 'estimate', kind: 'number', digits: 8 },
          { key: 'standardError', label: 'std. error', kind: 'number', digits: 8 },
          { key: 'robustStandardError', label: 'robust s.e.', kind: 'number', digits: 8 },
        ],
        rows: params,
      },
      {
        title: `Forecast, next ${horizon} periods`,
        columns: [
          { key: 'h', label: 'h', kind: 'integer' },
          { key: 'variance', label: 'E[σ²]', kind: 'number', digits: 8 },
          { key: 'cumulative', label: 'Σ E[σ²]', kind: 'number', digits: 8 },
          { key: 'annualizedVolatility', label: 'volatility (annual)', kind: 'percent' },
          ...(leverage === undefined
            ? []
            : [
                {
                  key: 'expectedDrag',
                  label: `expected drag ${leverage}x`,
                  kind: /** @type {const} */ ('percent'),
                  digits: 3,
                },
              ]),
        ],
        rows,
      },
    ],
    primary: 1,
    notes: [
      `${fit.converged ? 'converged' : 'NOT converged'} after ${fit.iterations} iterations${fit.boundary ? `; the fit ends on the ${fit.boundary} constraint` : ''}`,
      ...(last?.expectedDrag === undefined
        ? []
        : [`expected drag of a ${leverage}x fund over ${horizon} periods: ${(last.expectedDrag * 100).toFixed(3)} %`]),
    ],
    json: {
      command: 'garch',
      file,
      column: series.column,
      returns: n,
      // the conditional variance of every period would make the json as long as the file
      fit: { ...fit, conditionalVariance: undefined },
      forecast: { horizon, periodsPerYear, rows },
      leverage: leverage ?? null,
    },
  };
}
