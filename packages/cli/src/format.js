/**
 * The four output formats of every command. A command builds a {@link Report};
 * `table` (default) and `markdown` round numbers for reading, `csv` and `json`
 * print every number in full precision (the shortest decimal that reads back as
 * the same double: `JSON.parse` or a CSV reader gets the computed value
 * exactly). `csv` prints the report's primary table only; `json` prints the
 * command's whole result.
 */

/** @typedef {'table' | 'csv' | 'json' | 'markdown'} Format */
export const FORMATS = /** @type {const} */ (['table', 'csv', 'json', 'markdown']);

/**
 * How a column is shown in `table`/`markdown` (csv/json print the raw value):
 * `number` (fixed `digits` decimals, default 6), `percent` (a fraction shown as
 * `12.34 %`), `points` (a difference of fractions shown as percentage points,
 * `-1.20 pp`), `money` (thousands separators, `digits` decimals, default 0),
 * `integer`, `date`, `text`.
 * @typedef {'number' | 'percent' | 'points' | 'money' | 'integer' | 'date' | 'text'} Kind
 */

/**
 * @typedef {object} Column
 * @property {string} key - the field of a row, and the CSV header
 * @property {string} label - the header in table/markdown
 * @property {Kind} kind
 * @property {number} [digits] - decimals shown in table/markdown
 */

/**
 * @typedef {object} Table
 * @property {string} [title]
 * @property {Column[]} columns
 * @property {Record<string, unknown>[]} rows
 */

/**
 * @typedef {object} Report
 * @property {string} title - one line above the tables
 * @property {Table[]} tables - in reading order
 * @property {number} [primary] - the table `csv` prints; default 0
 * @property {string[]} notes - lines below the tables (assumptions, alignment, units)
 * @property {unknown} json - what `json` prints
 */

/**
 * Group the digits of a non-negative decimal string: `1500000.25` → `1,500,000.25`.
 * @param {string} s
 * @returns {string}
 */
function group(s) {
  const [whole = '', fraction] = s.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/**
 * A fixed-decimals string without `-0.00`.
 * @param {number} x
 * @param {number} digits
 * @returns {string}
 */
function fixed(x, digits) {
  const s = x.toFixed(digits);
  return /^-0\.?0*$/.test(s) ? s.slice(1) : s;
}

/**
 * A cell for reading.
 * @param {unknown} value
 * @param {Column} column
 * @returns {string}
 */
export function display(value, column) {
  if (value === null || value === undefined) return '';
  if (typeof value !== 'number') return String(value);
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  switch (column.kind) {
    case 'percent':
      return `${fixed(value * 100, column.digits ?? 2)} %`;
    case 'points':
      return `${fixed(value * 100, column.digits ?? 2)} pp`;
    case 'money': {
      const s = fixed(Math.abs(value), column.digits ?? 0);
      return `${value < 0 && Number(s) !== 0 ? '-' : ''}${group(s)}`;
    }
    case 'integer':
      return group(String(value));
    case 'number':
      return fixed(value, column.digits ?? 6);
    default:
      return String(value);
  }
}

/**
 * A cell for machines: the number in full precision, `''` for null.
 * @param {unknown} value
 * @returns {string}
 */
function raw(value) {
  if (value === null || value === undefined) return '';
  const s = String(value);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * @param {Column} column
 * @returns {boolean}
 */
const rightAligned = (column) => column.kind !== 'text' && column.kind !== 'date';

/**
 * An aligned plain-text table.
 * @param {Table} table
 * @returns {string[]}
 */
function plain(table) {
  const cells = table.rows.map((row) => table.columns.map((c) => display(row[c.key], c)));
  const widths = table.columns.map((c, j) => Math.max(c.label.length, ...cells.map((r) => (r[j] ?? '').length)));
  /** @param {string[]} r */
  const line = (r) =>
    r
      .map((s, j) => {
        const c = /** @type {Column} */ (table.columns[j]);
        const w = widths[j] ?? 0;
        return rightAligned(c) ? s.padStart(w) : s.padEnd(w);
      })
      .join('  ')
      .trimEnd();
  const out = table.title ? [table.title] : [];
  out.push(line(table.columns.map((c) => c.label)), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line));
  return out;
}

/**
 * A GitHub-flavoured markdown table.
 * @param {Table} table
 * @returns {string[]}
 */
function markdownTable(table) {
  /** @param {string} s */
  const escapeCell = (s) => s.replace(/\|/g, '\\|');
  const out = table.title ? [`**${table.title}**`, ''] : [];
  out.push(`| ${table.columns.map((c) => escapeCell(c.label)).join(' | ')} |`);
  out.push(`| ${table.columns.map((c) => (rightAligned(c) ? '---:' : ':---')).join(' | ')} |`);
  for (const row of table.rows)
    out.push(`| ${table.columns.map((c) => escapeCell(display(row[c.key], c))).join(' | ')} |`);
  return out;
}

/**
 * JSON with typed arrays as arrays and non-finite numbers as `null` (JSON has no `Infinity`).
 * @param {unknown} value
 * @returns {string}
 */
export function toJson(value) {
  return JSON.stringify(
    value,
    (_key, v) => {
      if (ArrayBuffer.isView(v) && !(v instanceof DataView))
        return Array.from(/** @type {ArrayLike<number>} */ (/** @type {unknown} */ (v)));
      if (typeof v === 'number' && !Number.isFinite(v)) return null;
      return v;
    },
    2,
  );
}

/**
 * The report in a format, ending with a newline.
 * @param {Report} report
 * @param {Format} format
 * @returns {string}
 */
export function render(report, format) {
  /** @type {string[]} */
  let lines;
  if (format === 'json') lines = [toJson(report.json)];
  else if (format === 'csv') {
    const t = /** @type {Table} */ (report.tables[report.primary ?? 0]);
    lines = [
      t.columns.map((c) => c.key).join(','),
      ...t.rows.map((r) => t.columns.map((c) => raw(r[c.key])).join(',')),
    ];
  } else if (format === 'markdown') {
    lines = [`### ${report.title}`, ''];
    for (const t of report.tables) lines.push(...markdownTable(t), '');
    for (const n of report.notes) lines.push(`> ${n}`);
  } else {
    lines = [report.title, ''];
    for (const t of report.tables) lines.push(...plain(t), '');
    lines.push(...report.notes);
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
