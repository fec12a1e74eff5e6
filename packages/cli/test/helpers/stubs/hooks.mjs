// @ts-nocheck: a test stand-in, typed by the documented API it imitates
// Module resolution hooks (node:module register): the two wave-2 domains → stubs.
const STUBS = {
  '@inverse-math/core/volatility': new URL('./volatility.mjs', import.meta.url).href,
  '@inverse-math/core/montecarlo': new URL('./montecarlo.mjs', import.meta.url).href,
};

export async function resolve(specifier, context, next) {
  const url = STUBS[specifier];
  return url === undefined ? next(specifier, context) : { url, shortCircuit: true };
}
