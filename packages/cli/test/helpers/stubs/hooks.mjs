// @ts-nocheck: a test stand-in, typed by the documented API it imitates
// Module resolution hooks (node:module register): the two wave-2 domains → stubs,
// or (`{ empty: true }`) → a module that exports nothing, as a version without them.
let empty = false;

export async function initialize(data) {
  empty = data?.empty === true;
}

const STUBS = {
  '@inverse-math/core/volatility': new URL('./volatility.mjs', import.meta.url).href,
  '@inverse-math/core/montecarlo': new URL('./montecarlo.mjs', import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  const url = STUBS[specifier];
  if (url === undefined) return next(specifier, context);
  return { url: empty ? new URL('./empty.mjs', import.meta.url).href : url, shortCircuit: true };
}
