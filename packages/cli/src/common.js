/**
 * What several commands share: the output flags, the cost model's flags (the
 * `NavOptions` of `@inverse-math/core/nav`), a rates file, and writing a picture.
 */
import { writeFileSync } from 'node:fs';
import { choice, optionalNumber, parseNumber, requiredNumber } from './args.js';
import { findColumn, isIsoDate, numberCell, readCsv } from './csv.js';
import { fail } from './errors.js';
import { FORMATS } from './format.js';

/** @typedef {import('./args.js').OptionSpec} OptionSpec */
/** @typedef {import('./args.js').Values} Values */

/** @type {Record<string, OptionSpec>} */
export const OUTPUT_OPTIONS = {
  format: {
    type: 'string',
    value: 'F',
    description: 'table (default, rounded for reading) | csv | json | markdown; csv and json print full precision',
  },
  help: { type: 'boolean', short: 'h', description: 'show this help' },
};

/** @type {Record<string, OptionSpec>} */
export const SVG_OPTION = {
  svg: { type: 'string', value: 'FILE', description: 'also draw the chart into FILE (SVG)' },
};

/** @type {Record<string, OptionSpec>} */
export const COST_OPTIONS = {
  'expense-ratio': {
    type: 'string',
    value: 'f',
    description: 'expense ratio, annual fraction (0.0089 or 0.89%), actual/365; default 0',
  },
  'financing-rate': {
    type: 'string',
    value: 'r',
    description: 'financing rate, annual fraction, actual/360, on (1 − L) units; default 0',
  },
  financing: {
    type: 'string',
    value: 'RATES.csv',
    description: 'financing rates by date instead: columns date (or month) and rate (fraction) or rate_percent',
  },
  spread: {
    type: 'string',
    value: 's',
    description: 'swap/borrow spread on |L| notional, annual fraction, actual/360; default 0',
  },
  'dividend-yield': {
    type: 'string',
    value: 'q',
    description: 'index dividend yield (the fund earns L·q), annual fraction, actual/365; default 0',
  },
};

/**
 * The output format flag.
 * @param {Values} values
 * @returns {import('./format.js').Format}
 */
export function formatOf(values) {
  return choice(values, 'format', FORMATS, 'table');
}

/**
 * The leverage flag: a finite number.
 * @param {Values} values
 * @param {string} command
 * @returns {number}
 */
export function leverageOf(values, command) {
  return requiredNumber(values, 'leverage', command);
}

/**
 * `daily` | `every:K` | `band:B` → the library's `RebalanceRule`.
 * @param {string | undefined} text
 * @returns {'daily' | { every: number } | { band: number }}
 */
export function rebalanceRule(text) {
  if (text === undefined || text === 'daily') return 'daily';
  const m = /^(every|band):(.+)$/.exec(text);
  if (m === null)
    return fail(`--rebalance "${text}" must be daily, every:K (a whole number of periods) or band:B (a fraction)`);
  const x = parseNumber(m[2] ?? '', `--rebalance ${m[1]}`);
  if (m[1] === 'every') {
    if (!Number.isSafeInteger(x) || x < 1) fail(`--rebalance "${text}": K must be a whole number ≥ 1`);
    return { every: x };
  }
  if (x < 0) fail(`--rebalance "${text}": B must be ≥ 0`);
  return { band: x };
}

/**
 * Financing rates from a file, one per period: the rate in force at the start of
 * period `i` (close `dates[i]`) is the file's last rate dated on or before it (a
 * `month` `YYYY-MM` counts from the first of the month).
 * @param {string} file
 * @param {readonly string[]} dates - the closes, `n + 1`
 * @returns {Float64Array} `n` rates, annual fractions
 */
export function readRates(file, dates) {
  const table = readCsv(file);
  const k = findColumn(table, ['date', 'month'], 'date column', '');
  const v = findColumn(table, ['rate', 'rate_percent'], 'rate column', '(rate is a fraction, rate_percent in percent)');
  const percent = table.header[v] === 'rate_percent';
  const column = table.rawHeader[v] ?? '';
  /** @type {string[]} */
  const keys = [];
  /** @type {number[]} */
  const rates = [];
  table.rows.forEach((cells, i) => {
    const where = `${file}:${table.lines[i]}`;
    const raw = cells[k] ?? '';
    const key = /^\d{4}-\d{2}$/.test(raw) ? `${raw}-01` : raw;
    if (!isIsoDate(key)) fail(`${where}: date "${raw}" is not a date (expected YYYY-MM-DD or YYYY-MM)`);
    const previous = keys[keys.length - 1];
    if (previous !== undefined && key <= previous)
      fail(`${where}: date ${raw} ${key === previous ? 'is a duplicate' : 'is out of order'}: the dates must increase`);
    const x = numberCell(cells[v] ?? '', where, column);
    keys.push(key);
    rates.push(percent ? x / 100 : x);
  });
  if (keys.length === 0) fail(`${file}: no data rows`);
  const out = new Float64Array(dates.length - 1);
  let j = -1;
  for (let i = 0; i < out.length; i++) {
    const d = /** @type {string} */ (dates[i]);
    while (j + 1 < keys.length && /** @type {string} */ (keys[j + 1]) <= d) j++;
    if (j < 0) fail(`${file}: no rate on or before ${d} (the first period starts then; the file starts ${keys[0]})`);
    out[i] = /** @type {number} */ (rates[j]);
  }
  return out;
}

/**
 * The cost flags as `NavOptions` fields (without `leverage`, `dates`, `rebalance`, `initialNav`).
 * @param {Values} values
 * @param {readonly string[]} dates - the closes, for a rates file
 * @returns {{ expenseRatio: number, financingRate: number | Float64Array, spread: number, dividendYield: number, describe: string }}
 */
export function costsOf(values, dates) {
  if (values['financing-rate'] !== undefined && values.financing !== undefined) {
    fail('give --financing-rate r or --financing RATES.csv, not both');
  }
  const expenseRatio = optionalNumber(values, 'expense-ratio') ?? 0;
  const spread = optionalNumber(values, 'spread') ?? 0;
  const dividendYield = optionalNumber(values, 'dividend-yield') ?? 0;
  const file = values.financing;
  const financingRate =
    typeof file === 'string' ? readRates(file, dates) : (optionalNumber(values, 'financing-rate') ?? 0);
  const financing = typeof file === 'string' ? `rates of ${file}` : String(financingRate);
  const describe = `expense ratio ${expenseRatio}, financing ${financing}, spread ${spread}, dividend yield ${dividendYield}`;
  return { expenseRatio, financingRate, spread, dividendYield, describe };
}

/**
 * Write a picture the user asked for.
 * @param {string} file
 * @param {string} svg
 * @returns {void}
 */
export function writeSvg(file, svg) {
  try {
    writeFileSync(file, svg);
  } catch (error) {
    const code = /** @type {{ code?: string }} */ (error).code;
    fail(`${file}: cannot write the picture (${code ?? String(error)})`);
  }
}
