import fc from 'fast-check';

// Mutation testing only (vitest.mutation.config.ts): every surviving-mutant
// check reruns the covering tests, so properties run 100 cases instead of
// 1,000. A mutant that only a rarer case would catch is reported as a
// survivor, never hidden.
fc.configureGlobal({ numRuns: 100 });

// Load every module of src/ before any test runs, so that code run at module
// load (constants, regular expressions, the scratch objects of stepNav) counts
// as static coverage, which `ignoreStatic` leaves out. Without this, a module
// first loaded by a test's dynamic import (test/helpers/examples.ts) had its
// load-time code attributed to that test, and Stryker reported the mutants of
// that code as survivors: the module, already loaded, never ran them.
import '../src/index.ts';
import '../src/decimal/index.ts';
