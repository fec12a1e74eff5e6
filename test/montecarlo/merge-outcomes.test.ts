import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  mergeOutcomes,
  type OutcomeSummary,
  simulateOutcomes,
  type SimulateOutcomesOptions,
} from '../../src/montecarlo/index.ts';
import { expectCode } from '../helpers/assert.ts';

const PATHS = 40;
const run: Omit<SimulateOutcomesOptions, 'paths'> = {
  model: { kind: 'garch', params: { mu: 0.0002, omega: 4e-6, alpha: 0.1, beta: 0.85 }, degreesOfFreedom: 6 },
  leverage: -3,
  periods: 15,
  seed: 2026,
  costs: { expenseRatio: 0.0095, financingRate: 0.045 },
  thresholds: [0.9, 1, 1.1],
  drawdowns: [0.05, 0.2],
  bands: { probabilities: [0.05, 0.5, 0.95], every: 4 },
};
const whole = JSON.stringify(simulateOutcomes({ ...run, paths: PATHS }));
const shard = (first: number, count: number): OutcomeSummary => simulateOutcomes({ ...run, paths: { first, count } });

describe('shards of one run merge to exactly the summary of the whole run (docs/concepts.md §8)', () => {
  fcTest.prop([fc.uniqueArray(fc.integer({ min: 1, max: PATHS - 1 }), { maxLength: 6 }), fc.integer()])(
    'any split points, any order of the shards, through JSON or not: the same summary, bit for bit',
    (cuts, shuffle) => {
      const points = [0, ...cuts.sort((a, b) => a - b), PATHS];
      const shards = points.slice(1).map((end, i) => shard(points[i] as number, end - (points[i] as number)));
      // a deterministic shuffle from the drawn integer, and every other shard through JSON
      const order = shards.map((s, i) => ({
        s: i % 2 === 0 ? (JSON.parse(JSON.stringify(s)) as OutcomeSummary) : s,
        k: Math.imul(i + 1, shuffle | 1) >>> 0,
      }));
      order.sort((a, b) => a.k - b.k);
      expect(JSON.stringify(mergeOutcomes(...order.map((o) => o.s)))).toBe(whole);
    },
  );

  test('merging merged summaries is merging the shards (associative)', () => {
    const [a, b, c] = [shard(0, 10), shard(10, 17), shard(27, 13)];
    expect(JSON.stringify(mergeOutcomes(mergeOutcomes(a, b), c))).toBe(whole);
    expect(JSON.stringify(mergeOutcomes(a, mergeOutcomes(c, b)))).toBe(whole);
  });

  test('a single summary merges to itself', () => {
    expect(JSON.stringify(mergeOutcomes(JSON.parse(whole)))).toBe(whole);
  });
});

describe('bad input', () => {
  const a = shard(0, 10);
  const b = shard(10, 10);
  test('no summary', () => {
    expectCode(() => mergeOutcomes(), 'EMPTY_SERIES', 'summaries');
  });
  test('overlapping shards, or a gap', () => {
    expectCode(() => mergeOutcomes(a, shard(5, 10)), 'INVALID_OPTION', 'summaries[1].paths.first');
    expectCode(() => mergeOutcomes(a, shard(11, 3)), 'INVALID_OPTION', 'summaries[1].paths.first');
  });
  test('shards of different runs (seed, thresholds)', () => {
    expectCode(
      () => mergeOutcomes(a, simulateOutcomes({ ...run, seed: 1, paths: { first: 10, count: 5 } })),
      'INVALID_OPTION',
    );
    expectCode(
      () => mergeOutcomes(a, simulateOutcomes({ ...run, thresholds: [1], paths: { first: 10, count: 5 } })),
      'INVALID_OPTION',
    );
  });
  test('not a summary, or values no run produces', () => {
    expectCode(() => mergeOutcomes(3 as never), 'INVALID_TYPE', 'summaries[0]');
    expectCode(
      () => mergeOutcomes({ ...b, terminal: { ...b.terminal, values: b.terminal.values.slice(1) } }),
      'LENGTH_MISMATCH',
      'summaries[0].terminal.values',
    );
    expectCode(
      () => mergeOutcomes({ ...b, wipeOutProbability: { ...b.wipeOutProbability, count: 11 } }),
      'OUT_OF_RANGE',
      'summaries[0].wipeOutProbability.count',
    );
    expectCode(
      () => mergeOutcomes({ ...b, terminal: { ...b.terminal, values: [Number.NaN, ...b.terminal.values.slice(1)] } }),
      'NON_FINITE',
    );
  });
});
