// @ts-nocheck: a test stand-in, typed by the documented API it imitates
// A stand-in for @inverse-math/core/montecarlo with the shape of its API: the
// lognormal closed form of a GBM fund (docs/concepts.md §2) instead of a simulation,
// and an echo of what the CLI passed, so a test can check the CLI's inputs.
const Z = {
  0.01: -2.3263478740408408,
  0.05: -1.6448536269514722,
  0.1: -1.2815515655446004,
  0.25: -0.6744897501960817,
  0.5: 0,
  0.75: 0.6744897501960817,
  0.9: 1.2815515655446004,
  0.95: 1.6448536269514722,
  0.99: 2.3263478740408408,
};

export function simulateOutcomes(options) {
  const { model, leverage: L, periods, periodsPerYear, paths, seed, onProgress, costs, bands } = options;
  const mu = model.kind === 'gbm' ? model.drift : 0.05;
  const sigma = model.kind === 'gbm' ? model.volatility : 0.2;
  const quantile = (t, p) => {
    const T = t / periodsPerYear;
    return Math.exp((L * mu - (L * L * sigma * sigma) / 2) * T + Math.abs(L) * sigma * Math.sqrt(T) * Z[p]);
  };
  const probabilities = [0.01, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.99];
  if (typeof onProgress === 'function') {
    onProgress(paths / 2, paths);
    onProgress(paths, paths);
  }
  let fan = null;
  if (bands) {
    const at = [];
    for (let t = 0; t < periods; t += bands.every ?? 1) at.push(t);
    at.push(periods);
    fan = {
      periods: at,
      probabilities: [...bands.probabilities],
      quantiles: at.map((t) => bands.probabilities.map((p) => quantile(t, p))),
      values: at.map(() => [1]),
    };
  }
  return {
    seed,
    leverage: L,
    periods,
    paths: { first: 0, count: paths },
    mean: Math.exp((L * mu * periods) / periodsPerYear),
    standardError: 0.001,
    median: quantile(periods, 0.5),
    terminal: { probabilities, quantiles: probabilities.map((p) => quantile(periods, p)), values: [1, 2, 3] },
    wipeOutProbability: { probability: 0.25, standardError: 0.01, count: paths / 4 },
    belowProbability: [],
    drawdownProbability: [],
    underperformanceProbability: { probability: 0.5, standardError: 0.02, count: paths / 2 },
    bands: fan,
    echo: {
      kind: model.kind,
      returns: model.kind === 'bootstrap' ? model.returns.length : null,
      firstReturn: model.kind === 'bootstrap' ? model.returns[0] : null,
      block: model.block ?? null,
      periods,
      periodsPerYear,
      paths,
      seed,
      costs: costs ?? null,
      bands: bands ?? null,
      progress: typeof onProgress === 'function',
    },
  };
}
