/**
 * The index models of `simulateOutcomes` and their validation.
 *
 * @module
 */
import * as guard from '../internal/guards.ts';
import type { ModelPlan } from '../internal/montecarlo/paths.ts';

/**
 * Geometric Brownian motion sampled once a period: the index log return of
 * period `t` is `(μ − σ_t²/2)/P + (σ_t/√P)·z_t`, `P = periodsPerYear`, so
 * `E[1 + r_t] = e^{μ/P}` with normal `z_t`. With `degreesOfFreedom` the
 * `z_t` are Student-t scaled to unit variance (fat tails, same variance; the
 * median drift is kept, and `E[e^{s·z}]` is infinite for a t variate, so the
 * mean is no longer `e^{μ/P}` in theory).
 */
export interface GbmModel {
  /** `'gbm'`. */
  readonly kind: 'gbm';
  /** Arithmetic drift `μ` of the index, annual fraction (`dS/S = μ dt + σ dW`). */
  readonly drift: number;
  /** Annualised volatility `σ ≥ 0`: a number, or one value per period (`periods` values). */
  readonly volatility: number | ArrayLike<number>;
  /** Student-t innovations with `ν > 2` degrees of freedom, scaled to unit variance; default normal. */
  readonly degreesOfFreedom?: number;
}

/** GARCH(1,1) parameters in per-period log-return units (docs/concepts.md §6.1): the fields `garchFit` reports. */
export interface GarchParams {
  /** Mean log return per period `μ`. */
  readonly mu: number;
  /** `ω > 0`, variance units per period. */
  readonly omega: number;
  /** `α ≥ 0`, the weight of the last squared residual. */
  readonly alpha: number;
  /** `β ≥ 0`, the weight of the last variance; `α + β < 1`. */
  readonly beta: number;
}

/**
 * GARCH(1,1) with constant mean: the log return of period `t` is
 * `x_t = μ + e_t`, `e_t = σ_t·z_t`, `σ²_{t+1} = ω + α·e_t² + β·σ²_t`; the
 * index simple return is `e^{x_t} − 1`. Each path starts at `initialVariance`,
 * by default the long-run variance `ω/(1 − α − β)`.
 */
export type GarchModel = {
  /** `'garch'`. */
  readonly kind: 'garch';
  /** The variance `σ²_0` of the first period (per period, `> 0`); default `ω/(1 − α − β)`. */
  readonly initialVariance?: number;
  /** Student-t innovations with `ν > 2` degrees of freedom, scaled to unit variance; default normal. */
  readonly degreesOfFreedom?: number;
} & (
  | {
      /** The parameters, exactly the four fields of {@link GarchParams}. */
      readonly params: GarchParams;
    }
  | {
      /** A fit (the result of `garchFit` of `./volatility`, or any object with the four numeric fields of {@link GarchParams}; other fields are ignored). */
      readonly fit: GarchParams;
    }
);

/**
 * Resampling of historical index returns with replacement: one at a time
 * (iid), or in circular blocks of `meanLength` returns (`'fixed'`, a whole
 * number) or of geometric length with mean `meanLength` (`'stationary'`,
 * Politis & Romano 1994). Blocks keep the sample's autocorrelation up to
 * their length and its volatility clustering; iid draws keep only the
 * distribution of one return.
 */
export interface BootstrapModel {
  /** `'bootstrap'`. */
  readonly kind: 'bootstrap';
  /** The historical index simple returns, one per period, each `> −1` (not mutated; copied). */
  readonly returns: ArrayLike<number>;
  /** Block resampling; default iid. */
  readonly block?: {
    /** `'fixed'` or `'stationary'`. */
    readonly kind: 'fixed' | 'stationary';
    /** Block length (`'fixed'`: a whole number `≥ 1`) or mean block length (`'stationary'`: `≥ 1`), in periods. */
    readonly meanLength: number;
  };
}

/** A model of `simulateOutcomes`. */
export type OutcomeModel = GbmModel | GarchModel | BootstrapModel;

function readNu(o: Readonly<Record<string, unknown>>, argument: string): number {
  const nu = o.degreesOfFreedom;
  if (nu === undefined) return 0;
  if (!(guard.finite(nu, argument) > 2)) guard.fail('OUT_OF_RANGE', 'must be > 2', argument, nu);
  return nu as number;
}

/** Validate `model` (named `options.model`) for `periods` periods of `1/periodsPerYear` years. @internal */
export function readModel(model: unknown, periods: number, periodsPerYear: number): ModelPlan {
  const a = 'options.model';
  const kind = guard.oneOf(guard.options(model, a).kind, ['gbm', 'garch', 'bootstrap'], `${a}.kind`);
  if (kind === 'gbm') {
    const o = guard.options(model, a, ['kind', 'drift', 'volatility', 'degreesOfFreedom']);
    const drift = guard.finite(o.drift, `${a}.drift`);
    const v = o.volatility;
    const nu = readNu(o, `${a}.degreesOfFreedom`);
    const root = Math.sqrt(periodsPerYear);
    if (typeof v === 'number' || v === undefined) {
      const sigma = guard.nonNegative(v, `${a}.volatility`);
      return { kind, mean: (drift - (sigma * sigma) / 2) / periodsPerYear, scale: sigma / root, nu };
    }
    const s = guard.series(v, `${a}.volatility`, 1, guard.nonNegative);
    guard.sameLength(s, s, `${a}.volatility`, periods);
    const mean = new Float64Array(periods);
    const scale = new Float64Array(periods);
    for (let t = 0; t < periods; t++) {
      const sigma = s[t] as number;
      mean[t] = (drift - (sigma * sigma) / 2) / periodsPerYear;
      scale[t] = sigma / root;
    }
    return { kind, mean, scale, nu };
  }
  if (kind === 'garch') return readGarch(model as Readonly<Record<string, unknown>>, a);
  const o = guard.options(model, a, ['kind', 'returns', 'block']);
  const sample = Float64Array.from(guard.returnSeries(o.returns, `${a}.returns`));
  const block = o.block;
  if (block === undefined) return { kind, sample, block: 0, length: 1 };
  const b = guard.options(block, `${a}.block`, ['kind', 'meanLength']);
  const blockKind = guard.oneOf(b.kind, ['fixed', 'stationary'], `${a}.block.kind`);
  const meanLength = b.meanLength;
  const length =
    blockKind === 'fixed'
      ? guard.integer(meanLength, `${a}.block.meanLength`, 1)
      : guard.finite(meanLength, `${a}.block.meanLength`);
  if (!(length >= 1)) guard.fail('OUT_OF_RANGE', 'must be ≥ 1', `${a}.block.meanLength`, meanLength);
  return { kind, sample, block: blockKind === 'fixed' ? 1 : 2, length };
}

function readGarch(model: Readonly<Record<string, unknown>>, a: string): ModelPlan {
  const source = 'params' in model ? 'params' : 'fit';
  const o = guard.options(model, a, ['kind', source, 'initialVariance', 'degreesOfFreedom']);
  const p =
    source === 'params'
      ? guard.options(o.params, `${a}.params`, ['mu', 'omega', 'alpha', 'beta'])
      : guard.options(o.fit, `${a}.fit`);
  const mu = guard.finite(p.mu, `${a}.${source}.mu`);
  const omega = guard.positive(p.omega, `${a}.${source}.omega`);
  const alpha = guard.nonNegative(p.alpha, `${a}.${source}.alpha`);
  const beta = guard.nonNegative(p.beta, `${a}.${source}.beta`);
  if (!(alpha + beta < 1))
    guard.fail('OUT_OF_RANGE', 'must have alpha + beta < 1 (a stationary variance)', `${a}.${source}.beta`, beta);
  const v0 = o.initialVariance;
  const variance = v0 === undefined ? omega / (1 - alpha - beta) : guard.positive(v0, `${a}.initialVariance`);
  return { kind: 'garch', mu, omega, alpha, beta, variance, nu: readNu(o, `${a}.degreesOfFreedom`) };
}
