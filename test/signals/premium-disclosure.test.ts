/**
 * SEC Rule 6c-11's disclosure test (docs/concepts.md §6.2): a premium or
 * discount beyond 2 % for more than 7 consecutive trading days. Worked
 * histories by hand and an independent reference (run-length encoding).
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { premiumDisclosure } from '../../src/signals/index.ts';
import { expectCode } from '../helpers/assert.ts';
import { mean, medianAbs, PREMIUM_FUNDS, premiumToModel } from '../helpers/premium-to-model.ts';

describe('worked histories', () => {
  test('"more than seven": 7 days beyond 2 % are not disclosed, 8 are', () => {
    expect(premiumDisclosure(Array(7).fill(0.03))).toEqual({ flagged: false, runs: [] });
    expect(premiumDisclosure([0, ...Array(8).fill(0.03), 0])).toEqual({
      flagged: true,
      runs: [{ start: 1, end: 8, days: 8, maxAbs: 0.03 }],
    });
  });

  test('exactly 2 % does not count ("beyond"); a premium turning into a discount continues the run', () => {
    expect(premiumDisclosure(Array(10).fill(0.02)).flagged).toBe(false);
    const flip = [0.025, 0.03, -0.021, -0.04, 0.022, 0.021, -0.03, 0.05, 0.01];
    expect(premiumDisclosure(flip).runs).toEqual([{ start: 0, end: 7, days: 8, maxAbs: 0.05 }]);
  });

  test('several runs, one at the end of the history; options change the rule', () => {
    const h = [...Array(9).fill(-0.025), 0, ...Array(3).fill(0.03), 0, ...Array(8).fill(0.021)];
    expect(premiumDisclosure(h).runs).toEqual([
      { start: 0, end: 8, days: 9, maxAbs: 0.025 },
      { start: 14, end: 21, days: 8, maxAbs: 0.021 },
    ]);
    expect(premiumDisclosure(h, { days: 2 }).runs.map((r) => r.start)).toEqual([0, 10, 14]);
    expect(premiumDisclosure(h, { threshold: 0.022 }).runs.map((r) => r.start)).toEqual([0]);
  });
});

/** Reference: run-length encode the days beyond the threshold, keep the long runs. */
function reference(
  p: readonly number[],
  theta: number,
  days: number,
): Array<{ start: number; end: number; days: number; maxAbs: number }> {
  const out: Array<{ start: number; end: number; days: number; maxAbs: number }> = [];
  const beyond = p.map((x) => Math.abs(x) > theta);
  let i = 0;
  while (i < p.length) {
    let j = i;
    while (j < p.length && beyond[j] === beyond[i]) j++;
    if (beyond[i] && j - i > days)
      out.push({ start: i, end: j - 1, days: j - i, maxAbs: Math.max(...p.slice(i, j).map(Math.abs)) });
    i = j;
  }
  return out;
}

describe('properties', () => {
  fcTest.prop([
    fc.array(fc.oneof(fc.double({ min: -0.05, max: 0.05, noNaN: true }), fc.constantFrom(0.02, -0.02, 0.03, -0.03)), {
      minLength: 1,
      maxLength: 80,
    }),
    fc.constantFrom(0.02, 0.01, 0.03),
    fc.integer({ min: 0, max: 10 }),
  ])('agrees with a run-length reference; flagged iff some run is disclosed', (p, theta, days) => {
    const got = premiumDisclosure(p, { threshold: theta, days });
    expect(got.runs).toEqual(reference(p, theta, days));
    expect(got.flagged).toBe(got.runs.length > 0);
  });
});

describe('bad input', () => {
  test.each([
    ['empty', () => premiumDisclosure([]), 'EMPTY_SERIES', 'premiums'],
    ['not a series', () => premiumDisclosure(0.03 as never), 'INVALID_TYPE', 'premiums'],
    ['Infinity', () => premiumDisclosure([Number.POSITIVE_INFINITY]), 'NON_FINITE', 'premiums'],
    ['negative threshold', () => premiumDisclosure([0], { threshold: -0.02 }), 'NEGATIVE', 'options.threshold'],
    ['days fractional', () => premiumDisclosure([0], { days: 7.5 }), 'OUT_OF_RANGE', 'options.days'],
    ['days negative', () => premiumDisclosure([0], { days: -1 }), 'OUT_OF_RANGE', 'options.days'],
    ['misspelt option', () => premiumDisclosure([0], { day: 7 } as never), 'UNKNOWN_OPTION', 'options.day'],
  ])('%s', (_name, fn, code, argument) => {
    expectCode(fn, code as never, argument);
  });
});

describe('real data: five funds against the NAV model, 2019–2023 (test/fixtures; test/helpers/premium-to-model.ts)', () => {
  const series = PREMIUM_FUNDS.map(premiumToModel);

  test('one premium per trading day after the first close, dates aligned with the index', () => {
    for (const s of series) {
      expect(s.premiums.length).toBe(s.dates.length - 1);
      expect([s.dates[0], s.dates.at(-1)]).toEqual(['2018-12-31', '2023-12-29']);
      // five years of NYSE sessions: 252, 253, 252, 251, 250
      expect(s.premiums.length).toBe(1258);
    }
  });

  test('the daily premium to the model is a few basis points (the data README: the fund-vs-L×index gap is "about 7–11 bp")', () => {
    for (const s of series) {
      const median = medianAbs(s.premiums);
      expect(median, s.spec.ticker).toBeGreaterThan(3e-4);
      expect(median, s.spec.ticker).toBeLessThan(15e-4);
    }
  });

  test('the model explains the carry: its mean daily residual is below 1 bp, and below 0.3 bp where dividends are modelled (S&P 500)', () => {
    for (const s of series) {
      expect(Math.abs(mean(s.premiums)), s.spec.ticker).toBeLessThan(1e-4);
      if (s.spec.index === 'S&P 500') expect(Math.abs(mean(s.premiums)), s.spec.ticker).toBeLessThan(0.3e-4);
    }
  });

  test('docs/concepts.md §3: the Nasdaq-100 dividends the model leaves out (L·q) show as a residual of the sign of L', () => {
    for (const s of series.filter((x) => x.spec.index === 'Nasdaq-100')) {
      expect(Math.sign(mean(s.premiums)), s.spec.ticker).toBe(Math.sign(s.spec.leverage));
    }
  });

  test('premiumDisclosure reads the real series: every disclosed run lies beyond the threshold on each of its days', () => {
    for (const s of series) {
      for (const threshold of [0.02, 0.005]) {
        for (const run of premiumDisclosure(s.premiums, { threshold, days: 1 }).runs) {
          for (let t = run.start; t <= run.end; t++)
            expect(Math.abs(s.premiums[t] as number)).toBeGreaterThan(threshold);
        }
      }
    }
  });
});
