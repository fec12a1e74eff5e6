"""Vectorised numpy reference for bench/montecarlo.bench.ts (numpy is not a dependency).

The same work as simulateOutcomes at 20,000 paths x 252 periods for a -3x fund,
daily reset, no costs: index simple returns from a model, the fund's NAV by
cumulative product, the terminal NAV, wipe-outs (a factor <= 0 zeroes the NAV),
the index's terminal growth (for underperformance) and the sorted terminal
values. Paths are processed in chunks of 1,000 (keeps the arrays in cache; the
fastest chunking measured), with numpy's default generator (PCG64, ziggurat
normals). Prints steps per second (paths x periods / time), the best of 5 runs.

    python3 bench/montecarlo_numpy.py
"""
import sys
import time

import numpy as np

PATHS, PERIODS, L, P = 20_000, 252, -3.0, 252
CHUNK = 1_000
MU, SIGMA = 0.08, 0.2
OMEGA, ALPHA, BETA, MU_G = 2e-6, 0.08, 0.9, 0.0003


def finish(r):
    g = 1.0 + L * r
    g = np.where(g > 0, g, 0.0)
    nav = np.cumprod(g, axis=1)
    terminal = nav[:, -1]
    index = np.prod(1.0 + r, axis=1)
    under = terminal - 1 < L * (index - 1)
    return terminal, int(under.sum())


def gbm(rng):
    m, s = (MU - SIGMA**2 / 2) / P, SIGMA / np.sqrt(P)
    out = []
    for _ in range(PATHS // CHUNK):
        r = np.expm1(m + s * rng.standard_normal((CHUNK, PERIODS)))
        out.append(finish(r)[0])
    return np.sort(np.concatenate(out))


def garch(rng):
    out = []
    for _ in range(PATHS // CHUNK):
        z = rng.standard_normal((CHUNK, PERIODS))
        x = np.empty_like(z)
        h = np.full(CHUNK, OMEGA / (1 - ALPHA - BETA))
        for t in range(PERIODS):  # the recursion is sequential in t, vectorised over paths
            e = np.sqrt(h) * z[:, t]
            x[:, t] = MU_G + e
            h = OMEGA + ALPHA * e * e + BETA * h
        out.append(finish(np.expm1(x))[0])
    return np.sort(np.concatenate(out))


def bootstrap(rng, sample):
    out = []
    for _ in range(PATHS // CHUNK):
        r = sample[rng.integers(0, sample.size, size=(CHUNK, PERIODS))]
        out.append(finish(r)[0])
    return np.sort(np.concatenate(out))


def best(f, *args):
    times = []
    for _ in range(5):
        t = time.perf_counter()
        f(*args)
        times.append(time.perf_counter() - t)
    return min(times)


if __name__ == "__main__":
    rng = np.random.default_rng(1)
    sample = np.sin(np.arange(5_000)) * 0.01  # any 5,000 returns: the cost does not depend on them
    print(f"numpy {np.__version__}, python {sys.version.split()[0]}")
    for name, f, args in (("gbm", gbm, ()), ("garch", garch, ()), ("bootstrap", bootstrap, (sample,))):
        s = best(f, rng, *args)
        print(f"{name:10s} {s * 1e3:8.1f} ms  {PATHS * PERIODS / s / 1e6:7.2f} M steps/s  {s / (PATHS * PERIODS) * 1e9:6.2f} ns/step")
