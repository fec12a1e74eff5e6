// @ts-nocheck: a test stand-in, typed by the documented API it imitates
// A stand-in for @inverse-math/core/montecarlo with the documented API: the
// lognormal closed form of a GBM fund (docs/concepts.md §2) instead of a simulation,
// and an echo of what the CLI passed, so a test can check the CLI's inputs.
const Z = {
  0.05: -1.6448536269514722,
  0.25: -0.6744897501960817,
  0.5: 0,
  0.75: 0.6744897501960817,
  0.95: 1.6448536269514722,
};

export function simulateOutcomes(options) {
  const { model, leverage: L, periods, periodsPerYear, paths, seed, onProgress } = options;
  const T = periods / periodsPerYear;
  const mu = model.kind === 'gbm' ? model.drift : 0.05;
  const sigma = model.kind === 'gbm' ? model.volatility : 0.2;
  const m = (L * mu - (L * L * sigma * sigma) / 2) * T;
  const s = Math.abs(L) * sigma * Math.sqrt(T);
  const probabilities = Object.keys(Z).map(Number);
  if (typeof onProgress === 'function') {
    onProgress(paths / 2, paths);
    onProgress(paths, paths);
  }
  return {
    mean: Math.exp(L * mu * T),
    standardError: 0.001,
    median: Math.exp(m),
    terminal: {
      probabilities: Float64Array.from(probabilities),
      quantiles: Float64Array.from(probabilities, (p) => Math.exp(m + s * Z[p])),
    },
    wipeOutProbability: { estimate: 0, standardError: 0 },
    echo: {
      kind: model.kind,
      returns: model.kind === 'bootstrap' ? model.returns.length : null,
      firstReturn: model.kind === 'bootstrap' ? model.returns[0] : null,
      block: model.block ?? null,
      periods,
      periodsPerYear,
      paths,
      seed,
      progress: typeof onProgress === 'function',
    },
  };
}
