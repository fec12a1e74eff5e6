// Node, ES modules: `node examples/node.mjs` after `npm install @inverse-math/core`.
// (From a clone: `npm run build` first; Node resolves the package to itself.)
import assert from 'node:assert/strict';
import { effectiveLogLeverage, fundReturn } from '@inverse-math/core/leverage';
import { compoundingDecay, dragCoefficient, fundReturnTable } from '@inverse-math/core/drag';
import { navPath } from '@inverse-math/core/nav';
import { fundReturn as exactFundReturn } from '@inverse-math/core/decimal';
import { InverseMathError } from '@inverse-math/core';

// Kaya ("Are −1x Inverse Funds ‘Leveraged’?"): on a +4.08 % day a −1x fund loses exactly 4.08 %, yet its log leverage is not −1.
console.log('−1x fund return on a +4.08 % day:', fundReturn(0.0408, -1));
console.log('its effective log leverage γ:    ', effectiveLogLeverage(0.0408, -1).toFixed(4));

// "Precision Hedging": index 100 → 90 → 100. The −1x fund ends at 97.78.
const d = compoundingDecay([-0.1, 1 / 9], -1);
console.log('−1x fund after 100 → 90 → 100:    ', (100 * d.fundGrowth).toFixed(2));

// −1x has exactly the volatility drag of +2x: c(L) = (L² − L)/2.
assert.equal(dragCoefficient(-1), dragCoefficient(2));

// The issuers' one-year table for a −3x fund (rows: index return, columns: volatility).
const t = fundReturnTable({ leverage: -3, indexReturns: [-0.2, 0, 0.2], volatilities: [0.1, 0.3] });
t.returns.forEach((row, i) =>
  console.log(
    `index ${(t.indexReturns[i] * 100).toFixed(0).padStart(3)} %:`,
    Array.from(row, (x) => `${(x * 100).toFixed(1)} %`).join('  '),
  ),
);

// With daily reset the order of the returns does not matter ("Precision Hedging" says it does).
assert.equal(navPath([-0.05, 0.05], { leverage: -1 })[2], navPath([0.05, -0.05], { leverage: -1 })[2]);

// The decimal entry (the only one that loads decimal.js): '0.1' is exactly one tenth.
console.log('exact −1x return on a +10 % day:  ', exactFundReturn('0.1', -1).toString());

// Bad input throws an InverseMathError with a stable code.
assert.throws(
  () => fundReturn(Number.NaN, 2),
  (e) => e instanceof InverseMathError && e.code === 'NON_FINITE',
);
