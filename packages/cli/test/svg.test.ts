/**
 * The SVG chart (src/svg.js) of `nav --svg`: a standalone SVG, both lines, the
 * y ticks covering the data, and no label outside the picture (a label's extent
 * estimated at 7.2 px per character of the 12 px font).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { navFromPrices } from '../../../src/nav/index.ts';
import { readSeries } from '../../../test/helpers/csv.ts';
import { cli, repo, tempFiles } from './helpers/run.ts';

describe('nav --svg', () => {
  test('the NAV path against the index: two lines, ticks up to the data, every label inside the picture', async () => {
    const cwd = tempFiles({});
    const run = await cli(
      ['nav', repo('test/fixtures/spx.csv'), '--leverage', '3', '--svg', 'nav.svg', '--format', 'csv'],
      { cwd },
    );
    expect(run.code).toBe(0);
    const svg = readFileSync(join(cwd, 'nav.svg'), 'utf8');
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    expect(svg.match(/<path d="M/g)).toHaveLength(2);
    expect(svg).toContain('>index close, rebased</text>');
    expect(svg).toContain('>NAV 3x, no costs</text>');
    const texts = [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"(?: text-anchor="(\w+)")?[^>]*>([^<]*)<\/text>/g)];
    expect(texts.length).toBeGreaterThan(10);
    for (const [, x, y, anchor, label] of texts) {
      const w = label!.length * 7.2;
      const left = anchor === 'end' ? Number(x) - w : anchor === 'middle' ? Number(x) - w / 2 : Number(x);
      expect(left, label).toBeGreaterThanOrEqual(0);
      expect(left + w, label).toBeLessThanOrEqual(width!);
      expect(Number(y), label).toBeLessThanOrEqual(height!);
      expect(Number(y) - 12, label).toBeGreaterThanOrEqual(0);
    }
    const closes = [...readSeries('spx.csv', 'date', 'close').values()];
    const nav = navFromPrices(closes, { leverage: 3, dates: [...readSeries('spx.csv', 'date', 'close').keys()] });
    const yTicks = texts.filter((t) => t[3] === 'end').map((t) => Number(t[4]));
    expect(Math.max(...yTicks)).toBeGreaterThanOrEqual(Math.max(...nav));
    expect(Math.min(...yTicks)).toBeLessThanOrEqual(Math.min(...nav));
  });

  test('a picture that cannot be written: exit 2, nothing on stdout', async () => {
    const run = await cli(['nav', 'test/fixtures/spx.csv', '--leverage', '2', '--svg', 'no-such-dir/nav.svg']);
    expect([run.code, run.stdout, run.stderr]).toStrictEqual([
      2,
      '',
      'inverse-math nav: no-such-dir/nav.svg: cannot write the picture (ENOENT)\n',
    ]);
  });
});
