/** A tiny CSV loader for the fixtures in `test/fixtures/` (comma-separated, a header row, no quoting). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Absolute path of a fixture file. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
}

/** Rows of a fixture as records keyed by the header's column names (values as strings). */
export function readCsv(name: string): Record<string, string>[] {
  const lines = readFileSync(fixturePath(name), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const header = (lines[0] ?? '').split(',').map((h) => h.trim());
  return lines.slice(1).map((line, i) => {
    const cells = line.split(',');
    if (cells.length !== header.length)
      throw new Error(`${name}: row ${i + 2} has ${cells.length} cells, expected ${header.length}`);
    const row: Record<string, string> = {};
    header.forEach((h, j) => {
      row[h] = (cells[j] as string).trim();
    });
    return row;
  });
}

/** A two-column series `key → number` (e.g. date → price), in file order. */
export function readSeries(name: string, keyColumn: string, valueColumn: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const row of readCsv(name)) {
    const value = Number(row[valueColumn]);
    if (!Number.isFinite(value)) throw new Error(`${name}: ${valueColumn} is not a number on ${row[keyColumn]}`);
    out.set(row[keyColumn] as string, value);
  }
  return out;
}

/** Dates present in every series, in increasing order: align by date, not by position. */
export function commonDates(...series: ReadonlyArray<Map<string, number>>): string[] {
  const [first, ...rest] = series;
  if (first === undefined) return [];
  return [...first.keys()].filter((d) => rest.every((s) => s.has(d))).sort();
}
