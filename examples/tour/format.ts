/**
 * Printing helpers for the tour (plain text tables, no dependency).
 *
 * - `heading(title)` numbers the sections itself, in the order they print
 *   (the order of `sections` in examples/tour.ts): a section never types its
 *   own number, and a leading "4." or "4b." in a title is dropped.
 * - Numbers: `pct` for a percentage (a return, a rate), `pp` for a difference
 *   of two percentages (percentage points), `bp` for basis points, `money` for
 *   an amount in dollars with thousands separators and a unit that fits
 *   (`$1,500mm`, `$62.5k`), `num` for a plain number with separators. None of
 *   them prints a negative zero (`-0.00 %`).
 */

let sectionNumber = 0;

/** A numbered section heading: `3. Title` underlined. Numbers follow the print order. */
export function heading(title: string): void {
  sectionNumber += 1;
  const text = `${sectionNumber}. ${title.replace(/^\s*\d+[a-z]?\.\s*/, '')}`;
  console.log(`\n${text}\n${'='.repeat(text.length)}`);
}

export function note(text: string): void {
  console.log(text);
}

/** `x` rounded to `digits` decimals, with thousands separators and never `-0`. */
function fixed(x: number, digits: number): string {
  const s = Math.abs(x).toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const zero = Number(s.replace(/,/g, '')) === 0;
  return zero ? s : `${x < 0 ? '-' : ''}${s}`;
}

/** `+` before a positive value that does not round to zero (`fixed` writes the `-`). */
function signed(x: number, text: string): string {
  return x > 0 && Number(text.replace(/,/g, '')) !== 0 ? `+${text}` : text;
}

/** A plain number with thousands separators: `num(6666.67, 1)` → `6,666.7`. */
export function num(x: number, digits = 2): string {
  return fixed(x, digits);
}

/** A percentage with an explicit sign: `pct(0.0408)` → `+4.08 %`; `pct(-0.00001)` → `0.00 %`. */
export function pct(x: number, digits = 2): string {
  return `${signed(x, fixed(x * 100, digits))} %`;
}

/** A difference of two percentages, in percentage points: `pp(0.0047)` → `+0.47 pp`. */
export function pp(x: number, digits = 2): string {
  return `${signed(x, fixed(x * 100, digits))} pp`;
}

/** Basis points (a fraction × 10,000): `bp(0.00025)` → `+2.5 bp`. */
export function bp(x: number, digits = 1): string {
  return `${signed(x, fixed(x * 1e4, digits))} bp`;
}

/** Options of {@link money}. */
export interface MoneyOptions {
  /** Prefix positive amounts with `+` (trades, flows). Default: false. */
  readonly sign?: boolean;
  /** Force a unit instead of choosing one by size. */
  readonly unit?: 'mm' | 'k' | '';
}

/**
 * Dollars with thousands separators and a unit that fits the size: millions as
 * `mm` (`$1,500mm`, `$1.5mm`, `$0.25mm` when forced), thousands as `k`
 * (`$500k`, `$62.5k`), smaller amounts in dollars and cents. At most three
 * significant digits below 1,000 units, no trailing zeros: `$1.5mm`, not `$1.500mm`.
 */
export function money(x: number, options: MoneyOptions = {}): string {
  const a = Math.abs(x);
  const unit = options.unit ?? (a >= 1e6 ? 'mm' : a >= 1e3 ? 'k' : '');
  const scale = unit === 'mm' ? 1e6 : unit === 'k' ? 1e3 : 1;
  const v = a / scale;
  const digits = unit === '' ? 2 : v >= 100 ? 0 : v >= 10 ? 1 : v >= 1 ? 2 : 3;
  let body = v.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: digits });
  if (unit === '') body = v.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  if (Number(body.replace(/,/g, '')) === 0) return `$0${unit}`;
  const sign = x < 0 ? '-' : options.sign ? '+' : '';
  return `${sign}$${body}${unit}`;
}

/** Print rows as a right-aligned table under a header. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, j) => c.padStart(widths[j] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
