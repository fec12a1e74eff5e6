/** Small printing helpers for the tour (plain text tables, no dependency). */
// @ts-nocheck

// 


export function heading(title: string): void {
  console.log(`\n${title}\n${'='.repeat(title.length)}`);
}

export function note(text: string): void {
  console.log(text);
}

/** Percent with `digits` decimals and an explicit sign. */
export function pct(x: number, digits = 2): string {
  const s = (x * 100).toFixed(digits);
  return `${x > 0 ? '+' : ''}${s} %`;
}

export function num(x: number, digits = 2): string {
  return x.toFixed(digits);
}

/** Print rows as a right-aligned table under a header. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => (r[j] ?? '').length)));
  const line = (cells: readonly string[]): string => cells.map((c, j) => c.padStart(widths[j] ?? 0)).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const r of rows) console.log(line(r));
}
