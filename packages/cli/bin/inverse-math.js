#!/usr/bin/env node
// The `inverse-math` command (packages/cli): see `inverse-math --help`.
import { main } from '../src/main.js';

// `inverse-math nav … | head`: a closed pipe ends the output quietly.
process.stdout.on('error', (error) => {
  if (/** @type {{ code?: string }} */ (error).code === 'EPIPE') process.exit(0);
  throw error;
});

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
process.exitCode = code;
