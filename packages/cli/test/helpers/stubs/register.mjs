// Test-only: `node --import ./register.mjs` replaces @inverse-math/core/volatility and
// /montecarlo by the stubs beside this file, so that the wiring of `garch` and `mc`
// (what they pass in, what they print) is tested before those domains exist.
import { register } from 'node:module';

register('./hooks.mjs', import.meta.url);
