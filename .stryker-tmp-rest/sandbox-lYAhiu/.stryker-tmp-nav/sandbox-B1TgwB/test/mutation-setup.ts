// @ts-nocheck
// 
import fc from 'fast-check';

// Mutation testing only (vitest.mutation.config.ts): every surviving-mutant
// check reruns the covering tests, so properties run 100 cases instead of
// 1,000. A mutant that only a rarer case would catch is reported as a
// survivor, never hidden.
fc.configureGlobal({ numRuns: 100 });
