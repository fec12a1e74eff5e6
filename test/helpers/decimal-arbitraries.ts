/** fast-check arbitraries for the decimal ledger: funds, paths, flows, costs and rounding settings as decimal strings. */
import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { ROUNDING_MODES, type DecimalSimulateFundOptions, type RoundingMode } from '../../src/decimal/index.ts';

const H = Decimal.clone({ precision: 80 });

/** `k / 10^d` as a plain decimal string. */
export function scaled(k: number, d: number): string {
  return new H(k).div(new H(10).pow(d)).toFixed();
}

export const roundingMode: fc.Arbitrary<RoundingMode> = fc.constantFrom(...ROUNDING_MODES);

/** One ledger scenario: the options of `simulateFund` plus what a test needs to rebuild the model. */
export interface LedgerCase {
  readonly options: DecimalSimulateFundOptions;
  /** Calendar days of each period when dates are used, else `null`. */
  readonly days: number[] | null;
  readonly periodsPerYear: number;
}

const leverage = fc.oneof(
  fc.constantFrom('-3', '-2', '-1', '0', '0.5', '1', '1.5', '2', '3'),
  fc.integer({ min: -300, max: 300 }).map((k) => scaled(k, 2)),
);

/**
 * A fund over 1…`maxDays` days with daily moves within ±`maxMoveBp` basis
 * points, prices in cents, optional flows (currency in cents or shares up to
 * 3 % of the start a day), optional costs (constant or per-day rates,
 * `periodsPerYear` or dates with 1–4 calendar days), and random rounding
 * settings and precision.
 */
export function ledgerCase(maxDays = 12, maxMoveBp = 500): fc.Arbitrary<LedgerCase> {
  return fc.integer({ min: 1, max: maxDays }).chain((n) =>
    fc
      .record({
        L: leverage,
        startCents: fc.integer({ min: 100, max: 1_000_000 }),
        movesBp: fc.array(fc.integer({ min: -maxMoveBp, max: maxMoveBp }), { minLength: n, maxLength: n }),
        byAum: fc.boolean(),
        aumCents: fc.integer({ min: 100_000, max: 100_000_000_000 }),
        navCents: fc.integer({ min: 100, max: 20_000 }),
        sharesHundredths: fc.integer({ min: 0, max: 100_000_000 }),
        multiplier: fc.constantFrom('1', '50', '0.5', '10'),
        flowKind: fc.constantFrom('none', 'currency', 'shares'),
        flowBp: fc.array(fc.integer({ min: -300, max: 300 }), { minLength: n, maxLength: n }),
        costs: fc.boolean(),
        perDay: fc.boolean(),
        expenseBp: fc.integer({ min: 0, max: 200 }),
        financingBp: fc.array(fc.integer({ min: -100, max: 800 }), { minLength: n, maxLength: n }),
        spreadBp: fc.integer({ min: 0, max: 200 }),
        dividendBp: fc.integer({ min: 0, max: 300 }),
        useDates: fc.boolean(),
        dayGaps: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
        periodsPerYear: fc.constantFrom(252, 365, 12),
        navDecimals: fc.integer({ min: 0, max: 6 }),
        accrualDecimals: fc.integer({ min: 0, max: 4 }),
        navRounding: roundingMode,
        unitRounding: roundingMode,
        shareRounding: roundingMode,
        accrualRounding: roundingMode,
        precision: fc.constantFrom(20, 28, 34, 50),
      })
      .map((c): LedgerCase => {
        const prices = [new H(c.startCents).div(100)];
        for (const bp of c.movesBp) {
          const next = (prices[prices.length - 1] as Decimal).times(new H(bp).div(10_000).plus(1)).toDecimalPlaces(2);
          prices.push(next.gt(0) ? next : new H('0.01'));
        }
        const start = c.byAum
          ? { initialAum: scaled(c.aumCents, 2), initialNav: scaled(c.navCents, 2) }
          : { initialShares: scaled(c.sharesHundredths, 2), initialNav: scaled(c.navCents, 2) };
        const aum0 = c.byAum
          ? new H(c.aumCents).div(100)
          : new H(c.sharesHundredths).div(100).times(c.navCents).div(100);
        const shares0 = aum0.div(new H(c.navCents).div(100));
        const flows =
          c.flowKind === 'currency'
            ? { currency: c.flowBp.map((bp) => aum0.times(bp).div(10_000).toDecimalPlaces(2).toFixed()) }
            : c.flowKind === 'shares'
              ? { shares: c.flowBp.map((bp) => shares0.times(bp).div(10_000).toDecimalPlaces(2).toFixed()) }
              : undefined;
        const dates: string[] = [];
        let ms = Date.UTC(2024, 0, 2);
        dates.push(new Date(ms).toISOString().slice(0, 10));
        for (const gap of c.dayGaps) {
          ms += gap * 86_400_000;
          dates.push(new Date(ms).toISOString().slice(0, 10));
        }
        const costs = c.costs
          ? {
              expenseRatio: scaled(c.expenseBp, 4),
              financingRate: c.perDay
                ? c.financingBp.map((bp) => scaled(bp, 4))
                : scaled(c.financingBp[0] as number, 4),
              spread: scaled(c.spreadBp, 4),
              dividendYield: scaled(c.dividendBp, 4),
              ...(c.useDates ? { dates } : { periodsPerYear: c.periodsPerYear }),
            }
          : undefined;
        return {
          options: {
            indexPrices: prices.map((p) => p.toFixed()),
            leverage: c.L,
            ...start,
            ...(flows === undefined ? {} : { flows }),
            ...(costs === undefined ? {} : { costs }),
            multiplier: c.multiplier,
            navDecimals: c.navDecimals,
            accrualDecimals: c.accrualDecimals,
            navRounding: c.navRounding,
            unitRounding: c.unitRounding,
            shareRounding: c.shareRounding,
            accrualRounding: c.accrualRounding,
            precision: c.precision,
          },
          days: c.costs && c.useDates ? c.dayGaps : null,
          periodsPerYear: c.costs && !c.useDates ? c.periodsPerYear : 252,
        };
      }),
  );
}

/**
 * The exact value of a double as a plain decimal string, by integer
 * arithmetic: `m·2^e` = `m·5^−e / 10^−e` for `e < 0`. Every finite double has
 * a finite decimal expansion; this is it, digit for digit (cheaper than
 * powers of two in decimal.js, for properties that convert thousands).
 */
const FIVES = new Map<number, bigint>();
function powerOfFive(k: number): bigint {
  let p = FIVES.get(k);
  if (p === undefined) {
    p = 5n ** BigInt(k);
    FIVES.set(k, p);
  }
  return p;
}

export function exactString(x: number): string {
  if (!Number.isFinite(x)) throw new Error(`not finite: ${x}`);
  if (x === 0) return '0';
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & 0xfffffffffffffn;
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const e = (biased === 0 ? 1 : biased) - 1075;
  let digits: string;
  let scale = 0;
  if (e >= 0) digits = (mantissa << BigInt(e)).toString();
  else {
    digits = (mantissa * powerOfFive(-e)).toString();
    scale = -e;
  }
  if (scale > 0) {
    digits = digits.padStart(scale + 1, '0');
    digits = `${digits.slice(0, digits.length - scale)}.${digits.slice(digits.length - scale)}`.replace(/\.?0+$/, '');
  }
  return negative ? `-${digits}` : digits;
}
