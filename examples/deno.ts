// Deno 2: `deno run deno.ts` in a project that lists @inverse-math/core in its
// package.json or deno.json imports (`deno add npm:@inverse-math/core`). In a
// notebook (`deno jupyter`), import from 'npm:@inverse-math/core/drag' instead.
import { compoundingDecay, fundReturnTable, lognormalFundOutcome } from '@inverse-math/core/drag';
import { logLeverageSeries } from '@inverse-math/core/leverage';

// Kaya's two days ("Are −1x Inverse Funds ‘Leveraged’?"): index log return +4 %, then −4 %.
const days = [Math.expm1(0.04), Math.expm1(-0.04)];
console.log(
  'γ of the −1x fund, day by day:',
  Array.from(logLeverageSeries(days, -1), (g) => g.toFixed(4)),
);
console.log('−1x fund after the two days:', (100 * compoundingDecay(days, -1).fundGrowth).toFixed(2));

// The mean outcome has no drag; the median carries all of it.
const o = lognormalFundOutcome({ leverage: 3, drift: 0.07, volatility: 0.2, years: 10 });
console.log(`3x over 10 years at 7 % drift, 20 % vol: mean ×${o.mean.toFixed(2)}, median ×${o.median.toFixed(2)}`);

const t = fundReturnTable({ leverage: -1, indexReturns: [-0.1, 0, 0.1], volatilities: [0, 0.25] });
console.table(t.returns.map((row, i) => ({ index: t.indexReturns[i], 'σ = 0': row[0], 'σ = 25 %': row[1] })));
