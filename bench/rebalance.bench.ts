/**
 * Per-call cost of `rebalanceTrade` (options object in, four-field object
 * out, validation) against the direct formula `A·(L² − L)·r`.
 * Target (issue 7): ≤ 50 ns per call.
 */
import { rebalanceTrade } from '../src/rebalance/index.ts';
import { consume, dailyReturns, suite } from './harness.ts';

const CALLS = 1000;
const r = dailyReturns(CALLS, 11);
const A = 1e8;
const L = 3;

suite('rebalance: rebalanceTrade (per call)', (s) => {
  s.baseline(
    'direct formula A·(L² − L)·r',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) acc += A * (L * L - L) * (r[i] as number);
      consume(acc);
    },
    { calls: CALLS },
  );
  s.add(
    'rebalanceTrade',
    () => {
      let acc = 0;
      for (let i = 0; i < CALLS; i++) acc += rebalanceTrade({ aum: A, leverage: L, indexReturn: r[i] as number }).trade;
      consume(acc);
    },
    { calls: CALLS, maxNsPerCall: 50 },
  );
});
