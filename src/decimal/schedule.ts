/**
 * The docs/concepts.md §3 cost options as Decimals: read by the option layer
 * shared with the float entry (`src/internal/options/cost-schedule.ts`, same
 * option names, domains, codes and messages), then turned into the rates and
 * year fractions of each period.
 *
 * @internal
 * @module
 */
import type { Decimal } from 'decimal.js';
import { readCosts, type Costs } from '../internal/options/cost-schedule.ts';
import { decimalReader } from './reader.ts';

/** Validated decimal cost schedule of `periods` periods. */
export interface DecimalSchedule {
  readonly periods: number;
  readonly financing: Decimal | Decimal[];
  readonly spread: Decimal | Decimal[];
  readonly dividendYield: Decimal | Decimal[];
  readonly expenseRatio: Decimal | Decimal[];
  /** `1/periodsPerYear` (rounded to the context's precision) when there are no dates. */
  readonly yearFraction: Decimal;
  /** `periodsPerYear` exactly as given (default 252): the exact accruals divide by it once (`./accrual.ts`). */
  readonly periodsPerYear: Decimal;
  /** Calendar days per period when dates were given, else `null`. */
  readonly days: Float64Array | null;
  /** Every rate is a constant and there are no dates: one period for all. */
  readonly constant: boolean;
  /** Year fractions by calendar-day count (filled as periods are read; local to this schedule). */
  readonly taus: Map<number, { readonly tau360: Decimal; readonly tau365: Decimal }>;
}

/** Read the cost options of a path of `periods` periods; errors name `${prefix}.<option>`. */
export function readDecimalSchedule(
  D: Decimal.Constructor,
  o: Readonly<Record<string, unknown>>,
  periods: number,
  prefix = 'options',
): DecimalSchedule {
  return toDecimalSchedule(D, readCosts(decimalReader(D), o, periods, prefix), periods);
}

/** The schedule of validated cost options. */
export function toDecimalSchedule(D: Decimal.Constructor, costs: Costs<Decimal>, periods: number): DecimalSchedule {
  const { rates, periodsPerYear, days, constant } = costs;
  const [financing, spread, dividendYield, expenseRatio] = rates as readonly (Decimal | Decimal[])[];
  const ppy = new D(periodsPerYear ?? 252);
  const yearFraction = new D(1).div(ppy);
  return {
    periods,
    financing,
    spread,
    dividendYield,
    expenseRatio,
    yearFraction,
    periodsPerYear: ppy,
    days,
    constant,
    taus: new Map(),
  } as DecimalSchedule;
}

/** The rates and year fractions of period `i`. */
export interface DecimalPeriod {
  readonly financing: Decimal;
  readonly spread: Decimal;
  readonly dividendYield: Decimal;
  readonly expenseRatio: Decimal;
  /** `d/360` (financing, spread) or `1/periodsPerYear`. */
  readonly tau360: Decimal;
  /** `d/365` (expenses, dividends) or `1/periodsPerYear`. */
  readonly tau365: Decimal;
}

function at(x: Decimal | Decimal[], i: number): Decimal {
  return Array.isArray(x) ? (x[i] as Decimal) : x;
}

/** Period `i` of a schedule. */
export function periodAt(D: Decimal.Constructor, s: DecimalSchedule, i: number): DecimalPeriod {
  let tau360 = s.yearFraction;
  let tau365 = s.yearFraction;
  if (s.days !== null) {
    const d = s.days[i] as number;
    let taus = s.taus.get(d);
    if (taus === undefined) {
      taus = { tau360: new D(d).div(360), tau365: new D(d).div(365) };
      s.taus.set(d, taus);
    }
    tau360 = taus.tau360;
    tau365 = taus.tau365;
  }
  return {
    financing: at(s.financing, i),
    spread: at(s.spread, i),
    dividendYield: at(s.dividendYield, i),
    expenseRatio: at(s.expenseRatio, i),
    tau360,
    tau365,
  };
}

/** `ℓ·q·τ365 + (1 − ℓ)·rf·τ360 − |ℓ|·s·τ360 − f·τ365` at the context's precision (docs/concepts.md §3). */
export function carryDecimal(ell: Decimal, p: DecimalPeriod): Decimal {
  return ell
    .times(p.dividendYield)
    .times(p.tau365)
    .plus(ell.neg().plus(1).times(p.financing).times(p.tau360))
    .minus(ell.abs().times(p.spread).times(p.tau360))
    .minus(p.expenseRatio.times(p.tau365));
}
