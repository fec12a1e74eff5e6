/**
 * A small hand-written SVG line chart (no dependency): lines, shaded bands (a
 * fan chart), "nice" ticks that cover the data, dated or numeric x axes, and a
 * legend above the plot. The margins are computed from the longest tick label
 * and the title, so no label is clipped.
 */

/**
 * @typedef {object} Line
 * @property {string} name - the legend entry
 * @property {ArrayLike<number>} y - one value per x
 * @property {string} [color]
 * @property {boolean} [dashed]
 */

/**
 * @typedef {object} Band
 * @property {string} name - the legend entry
 * @property {ArrayLike<number>} lower
 * @property {ArrayLike<number>} upper
 * @property {number} [opacity] - default 0.25
 * @property {string} [color]
 */

/**
 * @typedef {object} Chart
 * @property {string} title
 * @property {string} yLabel
 * @property {string} xLabel
 * @property {readonly (string | number)[]} x - ISO dates (`YYYY-MM-DD`) or numbers, increasing
 * @property {Line[]} lines
 * @property {Band[]} [bands] - drawn under the lines
 * @property {number} [width] - default 880
 * @property {number} [height] - default 480
 */

const PALETTE = ['#1f5fa8', '#c0392b', '#2e8b57', '#7f7f7f', '#8e44ad'];
const FONT = 12;
/** Approximate width of a character of the 12 px sans-serif font, generous so labels are never clipped. */
const CHAR = 7.2;

/**
 * @param {string} s
 * @returns {string}
 */
function escapeXml(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Ticks `1, 2, 5 × 10^k` covering `[lo, hi]`, about `count` of them; the first ≤ lo, the last ≥ hi.
 * @param {number} lo
 * @param {number} hi
 * @param {number} count
 * @returns {number[]}
 */
export function niceTicks(lo, hi, count) {
  if (!(hi > lo)) {
    const pad = lo === 0 ? 1 : Math.abs(lo) * 0.1;
    return niceTicks(lo - pad, hi + pad, count);
  }
  const rough = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const first = Math.floor(lo / step + 1e-9);
  const last = Math.ceil(hi / step - 1e-9);
  /** @type {number[]} */
  const ticks = [];
  for (let k = first; k <= last; k++) ticks.push(Number((k * step).toPrecision(12)));
  return ticks;
}

/**
 * @param {string} iso
 * @returns {number} days since 1970-01-01
 */
const dayOf = (iso) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * Date ticks: the first of January every `k` years (or of every `k`-th month for short spans).
 * @param {number} lo - day
 * @param {number} hi - day
 * @returns {{ at: number, label: string }[]}
 */
function dateTicks(lo, hi) {
  const a = new Date(lo * 86_400_000);
  const b = new Date(hi * 86_400_000);
  const years = b.getUTCFullYear() - a.getUTCFullYear();
  /** @type {{ at: number, label: string }[]} */
  const out = [];
  if (years >= 2) {
    const k = [1, 2, 5, 10, 20, 50].find((s) => years / s <= 9) ?? 100;
    for (let y = Math.ceil(a.getUTCFullYear() / k) * k; y <= b.getUTCFullYear(); y += k) {
      const at = Date.UTC(y, 0, 1) / 86_400_000;
      if (at >= lo && at <= hi) out.push({ at, label: String(y) });
    }
    return out;
  }
  const months = years * 12 + b.getUTCMonth() - a.getUTCMonth();
  const k = [1, 2, 3, 6].find((s) => months / s <= 8) ?? 12;
  for (let m = a.getUTCMonth() + 1; ; m++) {
    const d = new Date(Date.UTC(a.getUTCFullYear(), m, 1));
    const at = d.getTime() / 86_400_000;
    if (at > hi) break;
    if (d.getUTCMonth() % k === 0) out.push({ at, label: d.toISOString().slice(0, 7) });
  }
  return out;
}

/**
 * A tick label: at most 4 significant decimals, no `-0`.
 * @param {number} v
 * @returns {string}
 */
function tickLabel(v) {
  const s = String(Number(v.toPrecision(6)));
  return s === '-0' ? '0' : s;
}

/**
 * The chart as a standalone SVG document.
 * @param {Chart} chart
 * @returns {string}
 */
export function lineChart(chart) {
  const width = chart.width ?? 880;
  const height = chart.height ?? 480;
  const dated = typeof chart.x[0] === 'string';
  const xs = chart.x.map((v) => (typeof v === 'string' ? dayOf(v) : v));
  const bands = chart.bands ?? [];
  let lo = Infinity;
  let hi = -Infinity;
  for (const series of [...chart.lines.map((l) => l.y), ...bands.flatMap((b) => [b.lower, b.upper])]) {
    for (let i = 0; i < series.length; i++) {
      const v = /** @type {number} */ (series[i]);
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
  }
  if (!Number.isFinite(lo)) lo = hi = 0;
  const yTicks = niceTicks(lo, hi, 6);
  const y0 = /** @type {number} */ (yTicks[0]);
  const y1 = /** @type {number} */ (yTicks[yTicks.length - 1]);
  const x0 = /** @type {number} */ (xs[0]);
  const x1 = Math.max(/** @type {number} */ (xs[xs.length - 1]), x0 + 1e-9);
  const xTicks = dated
    ? dateTicks(x0, x1)
    : niceTicks(x0, x1, 8)
        .filter((t) => t >= x0 - 1e-9 && t <= x1 + 1e-9)
        .map((t) => ({ at: t, label: tickLabel(t) }));

  const legend = [...bands.map((b) => b.name), ...chart.lines.map((l) => l.name)];
  const longestTick = Math.max(...yTicks.map((t) => tickLabel(t).length));
  const left = Math.ceil(longestTick * CHAR + 2 * FONT + 20);
  const lastLabel = xTicks[xTicks.length - 1]?.label ?? '';
  const right = Math.ceil((lastLabel.length * CHAR) / 2 + 16);
  const top = 40 + 20 * Math.ceil(legend.length / 3);
  const bottom = 56;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  /** @param {number} v */
  const sx = (v) => left + ((v - x0) / (x1 - x0)) * plotW;
  /** @param {number} v */
  const sy = (v) => top + (1 - (v - y0) / (y1 - y0)) * plotH;
  /** @param {number} v */
  const f = (v) => v.toFixed(2);

  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="${FONT}">`,
    `<rect width="${width}" height="${height}" fill="white"/>`,
    `<text x="${f(width / 2)}" y="22" text-anchor="middle" font-size="15" font-weight="bold">${escapeXml(chart.title)}</text>`,
  ];
  for (const t of yTicks) {
    out.push(`<line x1="${left}" x2="${f(left + plotW)}" y1="${f(sy(t))}" y2="${f(sy(t))}" stroke="#e5e5e5"/>`);
    out.push(`<text x="${left - 6}" y="${f(sy(t) + 4)}" text-anchor="end">${escapeXml(tickLabel(t))}</text>`);
  }
  for (const t of xTicks) {
    out.push(`<line x1="${f(sx(t.at))}" x2="${f(sx(t.at))}" y1="${top}" y2="${f(top + plotH)}" stroke="#f0f0f0"/>`);
    out.push(`<text x="${f(sx(t.at))}" y="${f(top + plotH + 18)}" text-anchor="middle">${escapeXml(t.label)}</text>`);
  }
  out.push(`<rect x="${left}" y="${top}" width="${f(plotW)}" height="${f(plotH)}" fill="none" stroke="#999"/>`);
  out.push(
    `<text x="${f(left + plotW / 2)}" y="${height - 12}" text-anchor="middle">${escapeXml(chart.xLabel)}</text>`,
  );
  out.push(
    `<text transform="translate(${FONT + 4} ${f(top + plotH / 2)}) rotate(-90)" text-anchor="middle">${escapeXml(chart.yLabel)}</text>`,
  );

  /** @param {ArrayLike<number>} y */
  const path = (y) => {
    /** @type {string[]} */
    const parts = [];
    let pen = 'M';
    for (let i = 0; i < y.length; i++) {
      const v = /** @type {number} */ (y[i]);
      if (!Number.isFinite(v)) {
        pen = 'M';
        continue;
      }
      parts.push(`${pen}${f(sx(/** @type {number} */ (xs[i])))},${f(sy(v))}`);
      pen = 'L';
    }
    return parts.join('');
  };
  /** @type {{ name: string, color: string, kind: 'band' | 'line', dashed: boolean, opacity: number }[]} */
  const keys = [];
  bands.forEach((b, i) => {
    const color = b.color ?? PALETTE[0] ?? '#000';
    const opacity = b.opacity ?? 0.25;
    const upper = path(b.upper);
    const lower = Array.from(b.lower, (v, j) => `${f(sx(/** @type {number} */ (xs[j])))},${f(sy(v))}`).reverse();
    out.push(`<path d="${upper}L${lower.join('L')}Z" fill="${color}" fill-opacity="${opacity}" stroke="none"/>`);
    keys.push({ name: b.name, color, kind: 'band', dashed: false, opacity });
    void i;
  });
  chart.lines.forEach((l, i) => {
    const color = l.color ?? PALETTE[i % PALETTE.length] ?? '#000';
    const dash = l.dashed ? ' stroke-dasharray="6 4"' : '';
    out.push(`<path d="${path(l.y)}" fill="none" stroke="${color}" stroke-width="1.6"${dash}/>`);
    keys.push({ name: l.name, color, kind: 'line', dashed: l.dashed === true, opacity: 1 });
  });
  const column = plotW / 3;
  keys.forEach((k, i) => {
    const x = left + (i % 3) * column;
    const y = 44 + 20 * Math.floor(i / 3);
    out.push(
      k.kind === 'band'
        ? `<rect x="${f(x)}" y="${y - 9}" width="22" height="10" fill="${k.color}" fill-opacity="${k.opacity}"/>`
        : `<line x1="${f(x)}" x2="${f(x + 22)}" y1="${y - 4}" y2="${y - 4}" stroke="${k.color}" stroke-width="2"${k.dashed ? ' stroke-dasharray="6 4"' : ''}/>`,
    );
    out.push(`<text x="${f(x + 28)}" y="${y}">${escapeXml(k.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
