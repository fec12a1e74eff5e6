import { Worker } from 'node:worker_threads';
import { describe, expect, test } from 'vitest';
import { simulateOutcomes } from '../../../src/montecarlo/index.ts';
import {
  type OutcomePort,
  type OutcomeWorker,
  serveOutcomes,
  simulateOutcomesInWorkers,
} from '../../../src/montecarlo/workers/index.ts';
import { expectCode } from '../../helpers/assert.ts';

const script = new URL('../../helpers/outcomes-worker.mjs', import.meta.url);
const spawnNode = (): OutcomeWorker => new Worker(script);
const options = {
  model: {
    kind: 'bootstrap',
    returns: [0.012, -0.02, 0.007, 0.03, -0.011, 0.004],
    block: { kind: 'stationary', meanLength: 4 },
  },
  leverage: -3,
  periods: 60,
  paths: 3000,
  seed: 123,
  costs: { expenseRatio: 0.0095, financingRate: 0.05 },
  thresholds: [0.8, 1],
  drawdowns: [0.3],
  bands: { probabilities: [0.1, 0.5, 0.9], every: 20 },
} as const;

/** An in-thread worker: a MessageChannel whose far end serves the requests. */
function spawnChannel(): OutcomeWorker {
  const { port1, port2 } = new MessageChannel();
  serveOutcomes(web(port2));
  return { ...web(port1), terminate: () => port1.close() };
}

/** A port with only the web interface (no Node `on`), as Deno's and Bun's workers and `self` have. */
function web(port: InstanceType<typeof MessageChannel>['port1']): OutcomePort {
  let listening = 0;
  return {
    postMessage: (m: unknown) => port.postMessage(m),
    addEventListener: (event: 'message' | 'error', listener: (e: Event) => void) => {
      listening++;
      port.addEventListener(event as 'message', listener);
    },
    start: () => (listening > 0 ? port.start() : undefined),
  };
}

describe('one thread = several workers (Node worker_threads)', () => {
  test('2 workers, 8 shards: the summary of one thread, bit for bit', async () => {
    const parallel = await simulateOutcomesInWorkers(options, { spawn: spawnNode, workers: 2 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(simulateOutcomes(options)));
  }, 60_000);

  test('3 workers on a shard of a larger run, with progress up to the shard’s paths', async () => {
    const shard = { ...options, paths: { first: 1000, count: 700 } };
    const seen: number[] = [];
    const parallel = await simulateOutcomesInWorkers(
      { ...shard, onProgress: (done, total) => seen.push(done / total) },
      { spawn: spawnNode, workers: 3, shards: 5 },
    );
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(simulateOutcomes(shard)));
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((x, i) => i === 0 || x >= (seen[i - 1] as number))).toBe(true);
  }, 60_000);
});

describe('web-style ports (MessageChannel, as Deno, Bun and browsers deliver)', () => {
  test('the same summary through addEventListener ports', async () => {
    const parallel = await simulateOutcomesInWorkers(options, { spawn: spawnChannel, workers: 3 });
    expect(JSON.stringify(parallel)).toBe(JSON.stringify(simulateOutcomes(options)));
  });
});

describe('abort and errors', () => {
  test('an abort rejects with the signal’s reason and terminates the workers', async () => {
    const controller = new AbortController();
    const reason = new Error('enough');
    let terminated = 0;
    const spawn = (): OutcomeWorker => {
      const w = spawnChannel();
      const end = w.terminate.bind(w);
      return Object.assign(w, {
        terminate: () => {
          terminated++;
          return end();
        },
      });
    };
    const big = { ...options, paths: 200_000, bands: undefined };
    const promise = simulateOutcomesInWorkers(
      { ...big, signal: controller.signal, onProgress: () => controller.abort(reason) },
      { spawn, workers: 2 },
    );
    await expect(promise).rejects.toBe(reason);
    expect(terminated).toBe(2);
    await expect(
      simulateOutcomesInWorkers({ ...options, signal: AbortSignal.abort(reason) }, { spawn: spawnChannel }),
    ).rejects.toBe(reason);
  });

  test('bad options reject with the InverseMathError simulateOutcomes throws, before any worker starts', async () => {
    let started = 0;
    const spawn = (): OutcomeWorker => {
      started++;
      return spawnChannel();
    };
    await expect(simulateOutcomesInWorkers({ ...options, periods: 0 }, { spawn })).rejects.toMatchObject({
      code: 'OUT_OF_RANGE',
      argument: 'options.periods',
    });
    await expect(simulateOutcomesInWorkers(options, { spawn, workers: 0 })).rejects.toMatchObject({
      code: 'OUT_OF_RANGE',
      argument: 'run.workers',
    });
    await expect(simulateOutcomesInWorkers(options, { spawn, wrokers: 2 } as never)).rejects.toMatchObject({
      code: 'UNKNOWN_OPTION',
    });
    await expect(simulateOutcomesInWorkers(options, { spawn: 3 } as never)).rejects.toMatchObject({
      code: 'INVALID_TYPE',
      argument: 'run.spawn',
    });
    expect(started).toBe(0);
    expectCode(() => serveOutcomes({} as never), 'INVALID_TYPE', 'port');
  });
});
