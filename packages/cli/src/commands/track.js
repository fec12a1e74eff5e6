/** `inverse-math track`: a real fund against the NAV model, year by year. */
import { navFromPrices } from '@inverse-math/core/nav';
import { trackingDeviation } from '@inverse-math/core/tracking';
import { COST_OPTIONS, costsOf, leverageOf, OUTPUT_OPTIONS } from '../common.js';
import { readDatedSeries } from '../csv.js';
import { fail } from '../errors.js';

/** @type {import('../args.js').CommandSpec} */
export const spec = {
  name: 'track',
  summary: 'a real fund against the model, year by year: cost attribution, tracking difference, premium',
  usage: '--fund FUND.csv --index INDEX.csv --leverage L [costs]',
  description: [
    'FUND.csv: the fund’s total-return prices (adj_close, else close, or --fund-column); INDEX.csv: the index (close, else adj_close, or --index-column); each with a date column. The two are aligned by date, an inner join: only the dates present in both files are used, and the output says how many were dropped.',
    'For each calendar year (from the last common date of the year before, or the first date): the index return, L × it, the model’s return (navFromPrices with the costs and the calendar days between the dates) split into compounding (the daily-reset model without costs minus L × index), financing, spread, expenses and dividends (each cost added in that order), the fund’s actual return, the tracking difference fund − model, the deviation from L × index (trackingDeviation of @inverse-math/core/tracking), and the premium of the fund to the model since the first date.',
  ],
  options: {
    fund: { type: 'string', value: 'FUND.csv', description: 'the fund’s prices; required' },
    index: { type: 'string', value: 'INDEX.csv', description: 'the index’s prices; required' },
    'fund-column': {
      type: 'string',
      value: 'NAME',
      description: 'the fund’s price column (default: adj_close, else close)',
    },
    'index-column': {
      type: 'string',
      value: 'NAME',
      description: 'the index’s price column (default: close, else adj_close)',
    },
    leverage: { type: 'string', value: 'L', description: 'the fund’s daily multiple; required' },
    ...COST_OPTIONS,
    ...OUTPUT_OPTIONS,
  },
  positionals: [0, 0],
  examples: [
    'inverse-math track --fund test/fixtures/sso.csv --index test/fixtures/spx.csv --leverage 2 --expense-ratio 0.89% --financing test/fixtures/fedfunds.csv --spread 0.3%',
  ],
};

/**
 * @param {import('../args.js').Values} values
 * @param {string} name
 * @returns {string}
 */
function requiredFile(values, name) {
  const v = values[name];
  if (typeof v !== 'string') fail(`track needs --${name} FILE; see inverse-math track --help`);
  return /** @type {string} */ (v);
}

/**
 * @param {string | boolean | undefined} column
 * @param {string[]} fallback
 * @returns {string[]}
 */
const columnsOf = (column, fallback) => (typeof column === 'string' ? [column] : fallback);

/**
 * The year rows: `[start, end]` closes of each calendar year.
 * @param {readonly string[]} dates
 * @returns {{ year: number, i0: number, i1: number, full: boolean }[]}
 */
function years(dates) {
  /** @type {Map<number, number>} */
  const last = new Map();
  dates.forEach((d, i) => {
    last.set(Number(d.slice(0, 4)), i);
  });
  /** @type {{ year: number, i0: number, i1: number, full: boolean }[]} */
  const out = [];
  for (const [year, i1] of last) {
    const before = last.get(year - 1);
    const i0 = before ?? 0;
    if (i1 > i0) out.push({ year, i0, i1, full: before !== undefined });
  }
  return out;
}

/**
 * @param {import('../args.js').Values} values
 * @returns {Promise<import('../format.js').Report>}
 */
export async function run(values) {
  const fundFile = requiredFile(values, 'fund');
  const indexFile = requiredFile(values, 'index');
  const leverage = leverageOf(values, 'track');
  const fund = readDatedSeries(fundFile, {
    columns: columnsOf(values['fund-column'], ['adj_close', 'close']),
    hint: '(or --fund-column NAME)',
  });
  const index = readDatedSeries(indexFile, {
    columns: columnsOf(values['index-column'], ['close', 'adj_close']),
    hint: '(or --index-column NAME)',
  });
  const indexAt = new Map(index.dates.map((d, i) => [d, /** @type {number} */ (index.values[i])]));
  /** @type {string[]} */
  const dates = [];
  /** @type {number[]} */
  const F = [];
  /** @type {number[]} */
  const I = [];
  fund.dates.forEach((d, i) => {
    const x = indexAt.get(d);
    if (x === undefined) return;
    dates.push(d);
    F.push(/** @type {number} */ (fund.values[i]));
    I.push(x);
  });
  if (dates.length < 2)
    fail(
      `${fundFile} and ${indexFile} have ${dates.length} date${dates.length === 1 ? '' : 's'} in common; at least 2 needed`,
    );
  const { describe, ...costs } = costsOf(values, dates);
  const zero = { financingRate: 0, spread: 0, expenseRatio: 0, dividendYield: 0 };
  const steps = [
    zero,
    { ...zero, financingRate: costs.financingRate },
    { ...zero, financingRate: costs.financingRate, spread: costs.spread },
    { ...zero, financingRate: costs.financingRate, spread: costs.spread, expenseRatio: costs.expenseRatio },
    costs,
  ].map((c) => navFromPrices(I, { leverage, dates, ...c }));
  const model = /** @type {Float64Array} */ (steps[4]);
  /** @param {ArrayLike<number>} v @param {number} i0 @param {number} i1 */
  const ratio = (v, i0, i1) => /** @type {number} */ (v[i1]) / /** @type {number} */ (v[i0]);
  /** @param {ArrayLike<number>} v @param {number} i0 @param {number} i1 */
  const growth = (v, i0, i1) => /** @type {number} */ (v[i1]) / /** @type {number} */ (v[i0]) - 1;
  const rows = years(dates).map(({ year, i0, i1, full }) => {
    const idx = growth(I, i0, i1);
    const [m0, m1, m2, m3, m4] = steps.map((s) => growth(s, i0, i1));
    const r = new Float64Array(i1 - i0);
    for (let i = i0; i < i1; i++) r[i - i0] = /** @type {number} */ (I[i + 1]) / /** @type {number} */ (I[i]) - 1;
    const deviation = trackingDeviation(r, F.slice(i0, i1 + 1), leverage);
    const f = growth(F, i0, i1);
    const m = /** @type {number} */ (m4);
    return {
      year,
      from: dates[i0],
      to: dates[i1],
      full,
      index: idx,
      leveraged: leverage * idx,
      compounding: /** @type {number} */ (m0) - leverage * idx,
      financing: /** @type {number} */ (m1) - /** @type {number} */ (m0),
      spread: /** @type {number} */ (m2) - /** @type {number} */ (m1),
      expenses: /** @type {number} */ (m3) - /** @type {number} */ (m2),
      dividends: m - /** @type {number} */ (m3),
      model: m,
      fund: f,
      difference: f - m,
      deviation: deviation[deviation.length - 1],
      premium: ratio(F, 0, i1) / ratio(model, 0, i1) - 1,
    };
  });
  const fullYears = rows.filter((r) => r.full);
  const mad =
    fullYears.length === 0 ? null : fullYears.reduce((s, r) => s + Math.abs(r.difference), 0) / fullYears.length;
  const n = dates.length - 1;
  const dropped = `${fund.dates.length - dates.length} of ${fundFile}'s and ${index.dates.length - dates.length} of ${indexFile}'s dates dropped`;
  /** @type {import('../format.js').Column[]} */
  const columns = [
    { key: 'year', label: 'year', kind: 'text' },
    { key: 'from', label: 'from', kind: 'date' },
    { key: 'to', label: 'to', kind: 'date' },
    { key: 'index', label: 'index', kind: 'percent' },
    { key: 'leveraged', label: 'L×index', kind: 'percent' },
    { key: 'compounding', label: 'compounding', kind: 'points' },
    { key: 'financing', label: 'financing', kind: 'points' },
    { key: 'spread', label: 'spread', kind: 'points' },
    { key: 'expenses', label: 'expenses', kind: 'points' },
    { key: 'dividends', label: 'dividends', kind: 'points' },
    { key: 'model', label: 'model', kind: 'percent' },
    { key: 'fund', label: 'fund', kind: 'percent' },
    { key: 'difference', label: 'fund−model', kind: 'points' },
    { key: 'deviation', label: 'fund−L×index', kind: 'points' },
    { key: 'premium', label: 'premium', kind: 'percent' },
  ];
  return {
    title: `${fund.column} of ${fundFile} against a ${leverage}x daily-reset model on ${index.column} of ${indexFile}, ${dates[0]} to ${dates[n]}`,
    tables: [{ columns, rows }],
    notes: [
      `aligned by date (inner join): ${dates.length} common dates; ${dropped}`,
      `model costs: ${describe}; calendar days between the dates`,
      'model = L×index + compounding + financing + spread + expenses + dividends (each cost added in that order); pp = percentage points',
      `mean |fund − model| over ${fullYears.length} full year${fullYears.length === 1 ? '' : 's'}: ${mad === null ? 'n/a' : `${(mad * 100).toFixed(2)} pp`}; premium = fund / model − 1 since ${dates[0]}`,
    ],
    json: {
      command: 'track',
      fund: { file: fundFile, column: fund.column, dates: fund.dates.length },
      index: { file: indexFile, column: index.column, dates: index.dates.length },
      commonDates: dates.length,
      leverage,
      options: {
        expenseRatio: costs.expenseRatio,
        financingRate: values.financing ?? costs.financingRate,
        spread: costs.spread,
        dividendYield: costs.dividendYield,
      },
      meanAbsoluteDifference: mad,
      years: rows,
    },
  };
}
