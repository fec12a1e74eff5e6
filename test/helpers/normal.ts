/**
 * The standard normal CDF for tests, independent of the library:
 * `Φ(x) = erfc(−x/√2)/2` with the Chebyshev fit of erfc in Press et al.,
 * "Numerical Recipes" (2nd ed., §6.2, `erfcc`), fractional error < 1.2e-7
 * everywhere (tails included).
 */
export function normalCdf(x: number): number {
  const z = -x / Math.SQRT2;
  const a = Math.abs(z);
  const t = 1 / (1 + 0.5 * a);
  const poly =
    -1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const erfc = t * Math.exp(-a * a + poly);
  return 0.5 * (z >= 0 ? erfc : 2 - erfc);
}

/** Kolmogorov–Smirnov statistic `D = sup |F_n − F|` of a sample against a continuous CDF. */
export function ksStatistic(sample: Float64Array, cdf: (x: number) => number): number {
  const s = Float64Array.from(sample).sort();
  const n = s.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(s[i] as number);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}
