// @ts-nocheck: a test stand-in, typed by the documented API it imitates
// A stand-in for @inverse-math/core/volatility with the documented API. Its numbers
// are not a GARCH fit: they echo what the CLI passed (n, the mean and the sum of
// squares of the returns), so a test can check the CLI's inputs and outputs.
export function garchFit(returns, options = {}) {
  const n = returns.length;
  let s = 0;
  let ss = 0;
  for (let i = 0; i < n; i++) {
    s += returns[i];
    ss += returns[i] * returns[i];
  }
  const alpha = 0.1;
  const beta = 0.85;
  const longRunVariance = ss / n;
  return {
    mu: options.mean === 'zero' ? 0 : s / n,
    omega: longRunVariance * (1 - alpha - beta),
    alpha,
    beta,
    logLikelihood: n,
    persistence: alpha + beta,
    longRunVariance,
    halfLife: Math.log(0.5) / Math.log(alpha + beta),
    next: 2 * longRunVariance,
    converged: options.initialVariance === 'backcast',
    iterations: typeof options.initialVariance === 'number' ? options.initialVariance : 42,
    boundary: null,
    standardErrors: { mu: 1e-4, omega: 1e-7, alpha: 0.01, beta: 0.02 },
    robustStandardErrors: null,
  };
}

export function garchForecast(fit, horizon) {
  const variances = new Float64Array(horizon);
  const cumulative = new Float64Array(horizon);
  const annualizedVolatility = new Float64Array(horizon);
  let sum = 0;
  for (let h = 0; h < horizon; h++) {
    variances[h] = fit.longRunVariance + fit.persistence ** h * (fit.next - fit.longRunVariance);
    sum += variances[h];
    cumulative[h] = sum;
    annualizedVolatility[h] = Math.sqrt((252 * sum) / (h + 1));
  }
  return { variances, cumulative, annualizedVolatility };
}

export function expectedDrag({ leverage, variances }) {
  let sum = 0;
  for (let i = 0; i < variances.length; i++) sum += variances[i];
  return -0.5 * leverage * (leverage - 1) * sum;
}
