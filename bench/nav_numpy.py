"""numpy's allocating NAV path on 10⁷ returns: what a Python user writes.

    python3 bench/nav_numpy.py [repeats] [--json]

The NAV of a 3x daily-reset fund with a constant carry per period, as
`navPath` computes it (bench/nav.bench.ts, suite "nav: navPath, 10⁷ returns"):
`np.cumprod(1 + (L*r + c))` with the initial NAV 1 prepended, a new array of
n + 1 values every call. Returns: uniform in ±2 % (numpy's generator, seed
42) plus the drift MU that keeps the NAV among the normal doubles (as
bench/harness.ts navReturns does; the values do not change the time, as long
as no NAV is subnormal). Prints the minimum and the median of
the repeats (with --json: one JSON line, read by bench/nav-vs-numpy.ts). numpy
is not a dependency of the library; CI does not run this.
"""

import json
import statistics
import sys
import time

import numpy as np

N = 10_000_000
L = 3.0
TAU = 1 / 252
# the carry of bench/nav.bench.ts: (1 − L)·rf·τ − |L|·s·τ − f·τ
C = (1 - L) * 0.05 * TAU - abs(L) * 0.004 * TAU - 0.0095 * TAU
# the drift (L²σ²/2 − C)/L, σ² = 0.02²/3 for returns uniform in ±2 %
MU = (L * L * 0.02 * 0.02 / 6 - C) / L


def nav_path(r: np.ndarray) -> np.ndarray:
    return np.concatenate(([1.0], np.cumprod(1 + (L * r + C))))


def main() -> None:
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    repeats = int(numbers[0]) if numbers else 15
    # shifted by the drift that makes the expected log growth zero (bench/harness.ts navReturns): unshifted, the
    # NAV is subnormal after ~620,000 periods and the time is the processor's subnormal arithmetic
    r = np.random.default_rng(42).uniform(-0.02, 0.02, N) + MU
    nav_path(r)  # warm-up
    times = []
    for _ in range(repeats):
        t = time.perf_counter()
        out = nav_path(r)
        times.append((time.perf_counter() - t) * 1e3)
        assert out.shape == (N + 1,)
    if "--json" in sys.argv:
        print(json.dumps({"tool": f"numpy {np.__version__}", "min": min(times), "median": statistics.median(times)}))
        return
    print(
        f"numpy {np.__version__}, python {sys.version.split()[0]}: np.concatenate(([1], np.cumprod(1 + (L*r + c)))), "
        f"10^7 returns, {repeats} repeats: min {min(times):.1f} ms, median {statistics.median(times):.1f} ms"
    )


if __name__ == "__main__":
    main()
