/**
 * Per-call cost of `effectiveLogLeverage` (validation + series-safe kernel)
 * against the bare formula `log1p(L·r) / log1p(r)`. Each invocation makes
 * 1,000 calls over fixed inputs, so the table's "per op" is ns per call.
 */
import { effectiveLogLeverage, fundReturn } from '../src/leverage/index.ts';
import { consume, dailyReturns, suite } from './harness.ts';

const CALLS = 1000;
const r = dailyReturns(CALLS, 7);
const L = -3;

suite('leverage: effectiveLogLeverage (per call)', (s) => {
  s.baseline(
    'direct formula log1p(L·r)/log1p(r)',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) {
        const x = r[i] as number;
        acc += Math.log1p(L * x) / Math.log1p(x);
      }
      consume(acc);
    },
    { calls: CALLS },
  );
  s.add(
    'effectiveLogLeverage',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) acc += effectiveLogLeverage(r[i] as number, L);
      consume(acc);
    },
    { calls: CALLS, maxNsPerCall: 50 },
  );
});

suite('leverage: fundReturn (per call)', (s) => {
  s.baseline(
    'direct formula max(L·r, −1)',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) {
        const R = L * (r[i] as number);
        acc += Math.max(R, -1);
      }
      consume(acc);
    },
    { calls: CALLS },
  );
  s.add(
    'fundReturn',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) acc += fundReturn(r[i] as number, L);
      consume(acc);
    },
    { calls: CALLS, maxNsPerCall: 50 },
  );
});
