// @ts-nocheck
import fc from 'fast-check';

// docs/concepts.md invariants run at least 1,000 cases per property in `npm test`.
// fast-check prints the seed and the shrunk counterexample on failure.
fc.configureGlobal({ numRuns: 1000 });
