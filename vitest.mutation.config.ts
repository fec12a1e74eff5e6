import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

// `npm run mutation` (Stryker): the unit, property, accuracy and doc-example tests.
// Left out: the packaging tests (they build and bundle dist/, and run no src/ code
// in-process, so they cannot kill a mutant), the layout test (it reads the source
// text, which Stryker's instrumentation makes longer than the 80-line limit), the
// CLI's tests (they run the command in a child process on the built dist/, which
// the mutation sandbox does not have) and the random bad-input test (random
// arguments each run: a mutant it kills once might survive the next run, which
// makes scores irreproducible; the guards it exercises are killed by the
// deterministic bad-input cases of each domain's tests).
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/contract/bad-input.test.ts',
        'test/contract/bundle-size.test.ts',
        'test/contract/package-manifest.test.ts',
        'test/contract/layout.test.ts',
        'packages/**',
        'node_modules/**',
      ],
      // after test/setup.ts: 100 runs per property, and the accuracy tests on a tenth of their inputs
      setupFiles: ['test/mutation-setup.ts'],
      // MUTATION_RUN: the 10⁷-period log-NAV test is skipped (test/invariants/nav.test.ts says why)
      env: { ACCURACY_SCALE: '0.1', MUTATION_RUN: '1' },
    },
  }),
);
