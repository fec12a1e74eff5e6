/**
 * Reading the user's CSV files: a header row, comma-separated cells (double
 * quotes allowed around a cell, `""` inside quotes for a quote), blank lines
 * skipped. Every error names the file as the user wrote it and the line
 * (1-based, the header is line 1): `spx.csv:5: close "abc" is not a number`.
 *
 * Header names are matched loosely: case and surrounding spaces are ignored and
 * inner spaces or dashes read as `_`, so Yahoo's `Date,…,Adj Close` works.
 */
import { readFileSync } from 'node:fs';
import { fail } from './errors.js';

/**
 * @typedef {object} CsvTable
 * @property {string} file - the path as the user gave it
 * @property {string[]} header - normalised column names
 * @property {string[]} rawHeader - column names as written
 * @property {string[][]} rows - the cells of each data row
 * @property {number[]} lines - the 1-based line number of each data row
 */

/**
 * A header name as the CLI matches it: `' Adj Close '` → `'adj_close'`.
 * @param {string} name
 * @returns {string}
 */
export function normaliseName(name) {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

/**
 * Split one CSV line into cells.
 * @param {string} line
 * @param {string} where - `file:line`, for the error message
 * @returns {string[]}
 */
function splitLine(line, where) {
  if (!line.includes('"')) return line.split(',');
  /** @type {string[]} */
  const cells = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  if (quoted) fail(`${where}: unterminated quoted cell`);
  cells.push(cell);
  return cells;
}

/**
 * Read a CSV file with a header row.
 * @param {string} file - the path as the user gave it (relative to the working directory)
 * @returns {CsvTable}
 */
export function readCsv(file) {
  /** @type {string} */
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const code = /** @type {{ code?: string }} */ (error).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error);
    return fail(`${file}: cannot read the file (${why})`);
  }
  const physical = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  let h = 0;
  while (h < physical.length && (physical[h] ?? '').trim() === '') h++;
  if (h === physical.length) fail(`${file}: the file is empty (expected a header row)`);
  const rawHeader = splitLine(physical[h] ?? '', `${file}:${h + 1}`).map((c) => c.trim());
  const header = rawHeader.map(normaliseName);
  const seen = header.findIndex((name, i) => header.indexOf(name) !== i);
  if (seen >= 0) fail(`${file}:${h + 1}: the header names the column "${rawHeader[seen]}" twice`);
  /** @type {string[][]} */
  const rows = [];
  /** @type {number[]} */
  const lines = [];
  for (let i = h + 1; i < physical.length; i++) {
    const line = physical[i] ?? '';
    if (line.trim() === '') continue;
    const cells = splitLine(line, `${file}:${i + 1}`).map((c) => c.trim());
    if (cells.length !== header.length) {
      fail(`${file}:${i + 1}: ${cells.length} cells, but the header has ${header.length} (${rawHeader.join(',')})`);
    }
    rows.push(cells);
    lines.push(i + 1);
  }
  return { file, header, rawHeader, rows, lines };
}

/**
 * The position of a column, or a clear error naming the file, the header line and what it has.
 * @param {CsvTable} table
 * @param {readonly string[]} candidates - normalised names, the first present wins
 * @param {string} what - what the column is for, e.g. `'price column'`
 * @param {string} [hint] - how to choose another, e.g. `'(or --column NAME)'`
 * @returns {number}
 */
export function findColumn(table, candidates, what, hint = '') {
  for (const name of candidates) {
    const i = table.header.indexOf(normaliseName(name));
    if (i >= 0) return i;
  }
  const list = candidates.map((c) => `"${c}"`).join(' or ');
  return fail(
    `${table.file}:1: no ${what} ${list}${hint ? ` ${hint}` : ''}; the header has ${table.rawHeader.join(', ')}`,
  );
}

/** Days from 1970-01-01 of a valid ISO calendar date, else `null`. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Read an ISO date `YYYY-MM-DD` (a real calendar day).
 * @param {string} text
 * @returns {boolean}
 */
export function isIsoDate(text) {
  const m = ISO_DATE.exec(text);
  if (m === null) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/**
 * Read a number cell: finite, written in decimal (`1418.300049`, `-0.5`, `1e-3`).
 * @param {string} cell
 * @param {string} where - `file:line`
 * @param {string} column - the column's name as written in the header
 * @returns {number}
 */
export function numberCell(cell, where, column) {
  if (cell === '') fail(`${where}: ${column} is empty`);
  const x = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(cell) ? Number(cell) : Number.NaN;
  if (Number.isNaN(x)) fail(`${where}: ${column} "${cell}" is not a number`);
  if (!Number.isFinite(x)) fail(`${where}: ${column} "${cell}" is too large`);
  return x;
}

/**
 * @typedef {object} DatedSeries
 * @property {string} file - the path as the user gave it
 * @property {string} column - the value column's name as written in the header
 * @property {string[]} dates - ISO dates, strictly increasing
 * @property {number[]} values - one value per date
 * @property {number[]} lines - the line of each row
 */

/**
 * A dated series: a `date` column (ISO `YYYY-MM-DD`, strictly increasing: no
 * duplicate, no out-of-order row) and a value column.
 * @param {string} file
 * @param {object} spec
 * @param {readonly string[]} spec.columns - candidate value columns, the first present wins
 * @param {string} [spec.hint] - how to choose another column, for the error message
 * @param {boolean} [spec.positive] - values must be `> 0` (prices); default true
 * @param {number} [spec.minRows] - at least this many rows; default 2
 * @returns {DatedSeries}
 */
export function readDatedSeries(file, { columns, hint = '(or --column NAME)', positive = true, minRows = 2 }) {
  const table = readCsv(file);
  const d = findColumn(table, ['date'], 'date column', '');
  const v = findColumn(table, columns, 'price column', hint);
  const column = table.rawHeader[v] ?? '';
  /** @type {string[]} */
  const dates = [];
  /** @type {number[]} */
  const values = [];
  /** @type {Map<string, number>} */
  const lineOf = new Map();
  table.rows.forEach((cells, i) => {
    const line = table.lines[i] ?? 0;
    const where = `${file}:${line}`;
    const date = cells[d] ?? '';
    if (!isIsoDate(date)) fail(`${where}: date "${date}" is not a date (expected YYYY-MM-DD)`);
    const earlier = lineOf.get(date);
    if (earlier !== undefined) fail(`${where}: duplicate date ${date} (also on line ${earlier})`);
    const previous = dates[dates.length - 1];
    if (previous !== undefined && date < previous) {
      fail(`${where}: date ${date} is before ${previous} (line ${table.lines[i - 1]}): the dates must increase`);
    }
    const x = numberCell(cells[v] ?? '', where, column);
    if (positive && !(x > 0)) fail(`${where}: ${column} ${cells[v]} must be positive`);
    lineOf.set(date, line);
    dates.push(date);
    values.push(x);
  });
  if (dates.length < minRows) {
    fail(`${file}: ${dates.length} data row${dates.length === 1 ? '' : 's'}, at least ${minRows} needed`);
  }
  return { file, column, dates, values, lines: [...table.lines] };
}
