/**
 * Monte Carlo of fund outcomes on worker threads: `simulateOutcomes` split
 * into shards that workers compute in parallel, merged by `mergeOutcomes`
 * into the summary one thread gives, bit for bit. Outside the float core
 * bundles: it imports no runtime module (the caller passes a function that
 * starts a worker), so it runs on Node (`worker_threads`), Deno, Bun and
 * browsers (web `Worker`).
 *
 * @module montecarlo/workers
 */
import * as guard from '../../internal/guards.ts';
import { mergeOutcomes } from '../merge-outcomes.ts';
import {
  type AbortSignalLike,
  readPaths,
  type SimulateOutcomesOptions,
  simulateOutcomes,
} from '../simulate-outcomes.ts';
import type { OutcomeSummary } from '../summary.ts';

export { InverseMathError, isInverseMathError } from '../../errors.ts';
export type { InverseMathErrorCode, InverseMathErrorDetails } from '../../errors.ts';
export type { OutcomeSummary, SimulateOutcomesOptions };

/**
 * A message channel end: Node's `parentPort` or `MessagePort`, a web
 * worker's `self`, or a web `MessagePort`. Messages arrive through `on`
 * (Node: the data itself) or, when there is no `on`, `addEventListener`
 * (web: an event with `data`).
 */
export interface OutcomePort {
  /** Send a structured-clonable message. */
  postMessage(message: unknown): void;
  /** Node style: `on('message', (data) => …)`. */
  // biome-ignore lint/suspicious/noExplicitAny: Node's and the DOM's listener types differ; any accepts both
  on?(event: 'message' | 'error', listener: (data: any) => void): unknown;
  /** Web style: `addEventListener('message', (event) => event.data)`. */
  // biome-ignore lint/suspicious/noExplicitAny: as above
  addEventListener?(event: 'message' | 'error', listener: (event: any) => void): unknown;
  /** Web `MessagePort`s deliver only after `start()`. */
  start?(): unknown;
}

/** A worker as the runner drives it: Node's `Worker` (`node:worker_threads`) or a web `Worker`. */
export interface OutcomeWorker extends OutcomePort {
  /** Stop the worker. */
  terminate(): unknown;
}

/** Options of {@link simulateOutcomesInWorkers}. */
export interface WorkerRunOptions {
  /** Start one worker whose script calls {@link serveOutcomes} (see the example). Called `workers` times. */
  readonly spawn: () => OutcomeWorker;
  /** Workers to start; default 2. */
  readonly workers?: number;
  /** Shards to cut the paths into (handed to the workers as they become free); default `4 × workers`. */
  readonly shards?: number;
}

interface Reply {
  readonly id: number;
  readonly done?: number;
  readonly summary?: OutcomeSummary;
  readonly error?: string;
}

/** Listen to `event` on a port, whichever style it has; the listener gets the message data (or the error). */
function listen(port: OutcomePort, event: 'message' | 'error', listener: (data: unknown) => void): void {
  if (typeof port.on === 'function') port.on(event, listener);
  else
    port.addEventListener?.(event, (e: { data?: unknown; error?: unknown; message?: unknown }) =>
      listener(event === 'message' ? e.data : (e.error ?? e.message ?? e)),
    );
  port.start?.();
}

/**
 * The worker side: answer each `{ id, options }` message with the summary of
 * `simulateOutcomes(options)`, posting `{ id, done }` as paths complete and
 * `{ id, summary }` (or `{ id, error }`) at the end.
 *
 * Formula: none; the worker computes the shard `options.paths` of the run.
 *
 * @param port - where the requests arrive: `parentPort` of `node:worker_threads`, or `self` in a web worker (Deno, Bun, browsers)
 * @returns nothing; the port is served until the worker is terminated
 * @throws {@link InverseMathError} `INVALID_TYPE` (`port` has no `postMessage`, or neither `on` nor `addEventListener`)
 * @see docs/monte-carlo.md ("Sharding and merging")
 * @example
 * ```ts
 * import { serveOutcomes } from '@inverse-math/core/montecarlo/workers';
 * // outcomes-worker.mjs (Node):  import { parentPort } from 'node:worker_threads'; serveOutcomes(parentPort);
 * // outcomes-worker.ts (Deno, Bun, browsers):  serveOutcomes(self);
 * typeof serveOutcomes;
 * //=> 'function'
 * ```
 */
export function serveOutcomes(port: OutcomePort): void {
  const p = port as Partial<OutcomePort> | null;
  if (typeof p?.postMessage !== 'function' || (typeof p.on !== 'function' && typeof p.addEventListener !== 'function'))
    guard.fail('INVALID_TYPE', 'must be a message port', 'port', port);
  listen(port, 'message', (data) => {
    const { id, options } = data as { id: number; options: SimulateOutcomesOptions };
    try {
      const summary = simulateOutcomes({ ...options, onProgress: (done: number) => port.postMessage({ id, done }) });
      port.postMessage({ id, summary });
    } catch (error) {
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/**
 * `simulateOutcomes` on worker threads: the paths cut into shards, computed
 * by `workers` workers in parallel and merged with `mergeOutcomes`, so the
 * summary is exactly (bit for bit) the one a single thread returns.
 *
 * Formula: shard `j` of `k` is paths `first + ⌊j·count/k⌋ …` up to the next
 * shard's first path; path `p` draws the stream `(seed, p)` wherever it runs.
 *
 * Every option is validated on the calling thread first (the same errors as
 * `simulateOutcomes`). `onProgress` gets the paths done over all workers;
 * an aborted `signal` terminates the workers and rejects with
 * `signal.reason`. A worker that fails rejects the promise and terminates
 * the others. The workers are terminated when the promise settles.
 *
 * @param options - as for `simulateOutcomes`; `paths` may itself be a shard
 * @param run - `spawn` (starts one worker running {@link serveOutcomes}), `workers` (default 2), `shards` (default 4 per worker)
 * @returns a promise of the {@link OutcomeSummary}
 * @throws {@link InverseMathError} (as a rejection) every code of `simulateOutcomes`, and `INVALID_TYPE` (`run`, `run.spawn`), `OUT_OF_RANGE` (`run.workers`, `run.shards`), `UNKNOWN_OPTION`
 * @see docs/monte-carlo.md ("Sharding and merging")
 * @example
 * ```ts
 * import { serveOutcomes, simulateOutcomesInWorkers } from '@inverse-math/core/montecarlo/workers';
 * import { simulateOutcomes } from '@inverse-math/core/montecarlo';
 * // Node: spawn: () => new Worker(new URL('./outcomes-worker.mjs', import.meta.url)); Deno, Bun: add { type: 'module' }.
 * // Here an in-thread stand-in: a MessageChannel whose far end serves the requests.
 * const spawn = () => {
 *   const { port1, port2 } = new MessageChannel();
 *   serveOutcomes(port2);
 *   return Object.assign(port1, { terminate: () => port1.close() });
 * };
 * const options = { model: { kind: 'gbm', drift: 0.05, volatility: 0.3 }, leverage: -3, periods: 20, paths: 300, seed: 1 } as const;
 * const parallel = await simulateOutcomesInWorkers(options, { spawn, workers: 2 });
 * JSON.stringify(parallel) === JSON.stringify(simulateOutcomes(options));
 * //=> true
 * ```
 */
export async function simulateOutcomesInWorkers(
  options: SimulateOutcomesOptions,
  run: WorkerRunOptions,
): Promise<OutcomeSummary> {
  const { onProgress, signal, ...rest } = guard.options(options, 'options') as unknown as SimulateOutcomesOptions;
  const r = guard.options(run, 'run', ['spawn', 'workers', 'shards']);
  const spawn = r.spawn as () => OutcomeWorker;
  if (typeof spawn !== 'function') guard.fail('INVALID_TYPE', 'must be a function', 'run.spawn', spawn);
  const workers = r.workers === undefined ? 2 : guard.integer(r.workers, 'run.workers', 1);
  const shards0 = r.shards === undefined ? 4 * workers : guard.integer(r.shards, 'run.shards', 1);
  // validate every option here, with the errors of simulateOutcomes (one path of work)
  const [first, count] = readPaths(rest.paths);
  simulateOutcomes({
    ...rest,
    paths: { first, count: 1 },
    ...(signal === undefined ? {} : { signal }),
    ...(onProgress === undefined ? {} : { onProgress: () => {} }),
  });
  const k = Math.min(count, shards0);
  const starts = Array.from({ length: k + 1 }, (_, j) => first + Math.floor((j * count) / k));
  return dispatch({ spawn, workers, starts, count, rest, onProgress, signal });
}

interface Dispatch {
  readonly spawn: () => OutcomeWorker;
  readonly workers: number;
  /** Shard `j` is paths `starts[j] … starts[j + 1] − 1`. */
  readonly starts: readonly number[];
  readonly count: number;
  readonly rest: Omit<SimulateOutcomesOptions, 'onProgress' | 'signal'>;
  readonly onProgress: SimulateOutcomesOptions['onProgress'];
  readonly signal: AbortSignalLike | undefined;
}

/** Hand the shards to the workers as they become free; merge when every shard is back. */
function dispatch({ spawn, workers, starts, count, rest, onProgress, signal }: Dispatch): Promise<OutcomeSummary> {
  const k = starts.length - 1;
  const results: OutcomeSummary[] = [];
  const progress = new Array<number>(k).fill(0);
  return new Promise<OutcomeSummary>((resolve, reject) => {
    const pool: OutcomeWorker[] = [];
    let next = 0;
    let finished = 0;
    let settled = false;
    const stop = (): void => {
      settled = true;
      signal?.removeEventListener?.('abort', abort);
      for (const w of pool) w.terminate();
    };
    const fail = (error: unknown): void => {
      if (settled) return;
      stop();
      reject(error);
    };
    const abort = (): void => fail(signal?.reason);
    signal?.addEventListener?.('abort', abort);
    const give = (w: OutcomeWorker): void => {
      if (next === k) return;
      const id = next++;
      w.postMessage({
        id,
        options: { ...rest, paths: { first: starts[id], count: (starts[id + 1] as number) - (starts[id] as number) } },
      });
    };
    const receive = (w: OutcomeWorker, m: Reply): void => {
      if (settled) return;
      if (m.error !== undefined) {
        fail(new Error(`a worker failed: ${m.error}`));
        return;
      }
      if (m.summary === undefined) {
        progress[m.id] = m.done as number;
        onProgress?.(
          progress.reduce((a, b) => a + b, 0),
          count,
        );
        return;
      }
      results[m.id] = m.summary;
      if (++finished < k) {
        give(w);
        return;
      }
      stop();
      try {
        resolve(mergeOutcomes(...results));
      } catch (error) {
        reject(error);
      }
    };
    try {
      for (let i = 0; i < Math.min(workers, k) && !settled; i++) {
        const w = spawn();
        pool.push(w);
        listen(w, 'message', (data) => receive(w, data as Reply));
        listen(w, 'error', fail);
        give(w);
      }
    } catch (error) {
      fail(error);
    }
  });
}
