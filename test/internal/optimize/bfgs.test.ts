import { describe, expect, test } from 'vitest';
import { bfgs, fromBox, hessian, inverseSpd, maxAbs, toBox } from '../../../src/internal/optimize/bfgs.ts';
import { expectClose } from '../../helpers/assert.ts';

describe('bfgs on standard test functions', () => {
  test('Rosenbrock from (−1.2, 1) reaches its minimum (1, 1) with f = 0', () => {
    // f = 100(y − x²)² + (1 − x)², minimum 0 at (1, 1) (Rosenbrock 1960; Nocedal & Wright's standard start)
    const r = bfgs(
      (p, g) => {
        const x = p[0] as number;
        const y = p[1] as number;
        g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
        g[1] = 200 * (y - x * x);
        return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
      },
      [-1.2, 1],
    );
    expect(r.converged).toBe(true);
    expectClose(r.x[0] as number, 1, 1e-7);
    expectClose(r.x[1] as number, 1, 1e-7);
    expect(r.f).toBeLessThan(1e-14);
    expect(r.iterations).toBeLessThan(100);
  });

  test('a bounded quadratic through the box map: an interior minimum exactly, a minimum beyond the box at its bound', () => {
    // minimise (x − c)² over x ∈ (0, 1) with x = toBox(u, 0, 1); dx/du = x(1 − x)
    const solve = (c: number) =>
      bfgs(
        (u, g) => {
          const x = toBox(u[0] as number, 0, 1);
          g[0] = 2 * (x - c) * x * (1 - x);
          return (x - c) ** 2;
        },
        [0],
        { gradientTolerance: 1e-12 },
      );
    const inside = solve(0.3);
    expect(inside.converged).toBe(true);
    expectClose(toBox(inside.x[0] as number, 0, 1), 0.3, 1e-10);
    const beyond = solve(2);
    // the minimiser over the closed box is x = 1: approached in the limit, the gradient test met next to it
    expect(toBox(beyond.x[0] as number, 0, 1)).toBeGreaterThan(0.999);
    expect(toBox(beyond.x[0] as number, 0, 1)).toBeLessThanOrEqual(1);
  });

  test('a flat direction: f(x, y) = (x − 1)² converges in x and leaves y where it was', () => {
    const r = bfgs(
      (p, g) => {
        g[0] = 2 * ((p[0] as number) - 1);
        g[1] = 0;
        return ((p[0] as number) - 1) ** 2;
      },
      [5, 3],
    );
    expect(r.converged).toBe(true);
    expectClose(r.x[0] as number, 1, 1e-10);
    expect(r.x[1]).toBe(3);
  });

  test('a non-finite objective is outside the domain: the search stays where f is finite', () => {
    // f = x − ln x on x > 0 (∞ elsewhere), minimum at x = 1; a unit step from 4 along −f' would leave the domain
    const r = bfgs(
      (p, g) => {
        const x = p[0] as number;
        g[0] = 1 - 1 / x;
        return x > 0 ? x - Math.log(x) : Number.POSITIVE_INFINITY;
      },
      [0.05],
    );
    expect(r.converged).toBe(true);
    expectClose(r.x[0] as number, 1, 1e-8);
  });

  test('the iteration limit is reported as not converged, with the last point', () => {
    const r = bfgs(
      (p, g) => {
        const x = p[0] as number;
        const y = p[1] as number;
        g[0] = -400 * x * (y - x * x) - 2 * (1 - x);
        g[1] = 200 * (y - x * x);
        return 100 * (y - x * x) ** 2 + (1 - x) ** 2;
      },
      [-1.2, 1],
      { maxIterations: 3 },
    );
    expect(r.converged).toBe(false);
    expect(r.iterations).toBe(3);
    expect(Number.isFinite(r.f)).toBe(true);
  });
});

describe('helpers', () => {
  test('toBox and fromBox are inverse maps of ℝ onto (lo, hi)', () => {
    for (const v of [-1.5, 0, 0.25, 2.9]) expectClose(toBox(fromBox(v, -2, 3), -2, 3), v, 1e-14);
    expect(maxAbs([1, -3, 2])).toBe(3);
  });

  test('hessian: central differences of an analytic gradient recover a quadratic form exactly', () => {
    // f = ½ xᵀAx + bᵀx with A = [[4, 1, 0], [1, 3, −1], [0, −1, 2]]: ∇f = Ax + b, ∇²f = A
    const A = [4, 1, 0, 1, 3, -1, 0, -1, 2];
    const H = hessian(
      (x, g) => {
        for (let i = 0; i < 3; i++)
          g[i] =
            (A[3 * i] as number) * (x[0] as number) +
            (A[3 * i + 1] as number) * (x[1] as number) +
            (A[3 * i + 2] as number) * (x[2] as number) +
            i;
      },
      [0.3, -2, 5],
    );
    expect(H).not.toBeNull();
    for (let i = 0; i < 9; i++)
      expect(Math.abs(((H as Float64Array)[i] as number) - (A[i] as number))).toBeLessThan(1e-8);
    expect(hessian((_x, g) => g.fill(Number.NaN), [1])).toBeNull();
  });

  test('inverseSpd: A·A⁻¹ = I for a positive-definite matrix; null otherwise', () => {
    const A = [4, 1, 0, 1, 3, -1, 0, -1, 2];
    const inv = inverseSpd(A, 3) as Float64Array;
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += (A[3 * i + k] as number) * (inv[3 * k + j] as number);
        expect(Math.abs(s - (i === j ? 1 : 0))).toBeLessThan(1e-14);
      }
    }
    expect(inverseSpd([1, 2, 2, 1], 2)).toBeNull(); // eigenvalues 3 and −1
  });
});
