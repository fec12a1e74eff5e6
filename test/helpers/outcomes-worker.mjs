// A Node worker for test/montecarlo/workers: loads the TypeScript sources through tsx, then serves
// simulateOutcomes requests, as a user's one-line worker file does with the built package.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { serveOutcomes } = await import('../../src/montecarlo/workers/index.ts');
serveOutcomes(parentPort);
