/**
 * The tight loops of the batch paths (`navPath`, `logNavPath`,
 * `navFromPrices` under daily reset with a constant carry): no call and as
 * few tests as the checks allow in the loop; where a loop stops, the checked
 * engine (`advance`) takes over with the same operations, so the same numbers.
 *
 * @internal
 * @module
 */

/**
 * `NAV_{t+1} = NAV_t · (1 + (L·r_t + c))` into `out` (`out[0]` set, `> 0`),
 * no call in the loop, one test a period and it is on the factor, not on the
 * NAV: the loop stops at the first period whose return is not `> −1` (bad,
 * or `NaN`) or whose factor `g` is not `> 0` (a wipe-out, or `NaN`), before
 * writing its close. The product needs no test: with `g > 0`, an overflow to
 * `+∞` stays `+∞` (or `NaN`, `0·∞`, after an underflow) and an underflow to
 * `0` stays `0`, so both are found after the loop ({@link handover}), and a
 * NAV decaying through subnormal numbers is not compared at every period
 * (each such comparison costs the CPU an assist: a 3x fund over 10⁷ periods
 * spends 94 % of them there). Returns where the loop stopped, or `n`.
 * `out[i + 1]` is written after `returns[i]` is read, so `returns` may be
 * `out` shifted by one (`out.subarray(1)`).
 */
export function fastNav(returns: Float64Array, L: number, c: number, out: Float64Array): number {
  const n = returns.length;
  let v = out[0] as number;
  let i = 0;
  for (; i < n; i++) {
    const r = returns[i] as number;
    const g = 1 + (L * r + c);
    if (!(r > -1 && g > 0)) break;
    out[i + 1] = v *= g;
  }
  return i;
}

/**
 * {@link fastNav} with one test a period, on the factor alone, for a fund
 * where that test implies the other: `L > 0` and a factor `≤ 0` at `r = −1`
 * (`1 + (−L + c) ≤ 0`, e.g. any `L ≥ 1` with a carry `≤ 0`). Each operation of
 * `g = 1 + (L·r + c)` rounds monotonically, so `r ≤ −1` gives `g ≤ g(−1) ≤ 0`
 * and `g > 0` gives `r > −1`, exactly; a `NaN` return gives a `NaN` factor.
 * The second test costs a leveraged fund's loop ~10–30 % (measured).
 */
export function fastNavByFactor(returns: Float64Array, L: number, c: number, out: Float64Array): number {
  const n = returns.length;
  let v = out[0] as number;
  let i = 0;
  for (; i < n; i++) {
    const g = 1 + (L * (returns[i] as number) + c);
    if (!(g > 0)) break;
    out[i + 1] = v *= g;
  }
  return i;
}

/**
 * Where the checked path takes over from {@link fastNav}, which stopped at
 * `stop`: the first period whose close overflowed (`+∞`, or `NaN` = `0·∞`;
 * never a result: the checked path throws there), else `stop`. A close that
 * underflowed to `0` needs no care: the checked path continues from it with
 * the same zeros (`0·g = 0`) and the same checks of the returns.
 */
export function handover(out: Float64Array, stop: number): number {
  if ((out[stop] as number) < Infinity) return stop;
  let k = 0;
  while ((out[k + 1] as number) < Infinity) k++;
  return k;
}

/**
 * `ln NAV` by the compensated sum of `log1p(L·r + c)` into `out` (`out[0]`
 * set), the same operations as `advance` (so the same numbers); stops like
 * {@link fastNav} (an overflow: a period whose `L·r + c` is `+∞`).
 */
export function fastLog(returns: Float64Array, L: number, c: number, out: Float64Array): number {
  const n = returns.length;
  let s = out[0] as number;
  let k = 0;
  let i = 0;
  for (; i < n; i++) {
    const r = returns[i] as number;
    const x = L * r + c;
    if (!(r > -1 && x > -1 && x < Infinity)) break;
    const y = Math.log1p(x);
    const u = s + y;
    k += Math.abs(s) >= Math.abs(y) ? s - u + y : y - u + s;
    s = u;
    out[i + 1] = s + k;
  }
  return i;
}
