// Node, CommonJS: `node examples/node.cjs` after `npm install @inverse-math/core`.
const assert = require('node:assert/strict');
const { effectiveLogLeverage } = require('@inverse-math/core/leverage');
const { dragCoefficient, continuousDrag } = require('@inverse-math/core/drag');
const { InverseMathError } = require('@inverse-math/core');

console.log('γ of a −1x fund on a −3.92 % day:', effectiveLogLeverage(-0.0392, -1).toFixed(4));
console.log(
  'one-year drag of −1x at 20 % vol: ',
  continuousDrag({ leverage: -1, volatility: 0.2, years: 1 }).toFixed(4),
);
assert.equal(dragCoefficient(-1), dragCoefficient(2)); // −1x drags like +2x

// Errors thrown by one entry are instances of the class exported by another,
// although CommonJS entries each carry their own copy of the class.
assert.throws(
  () => effectiveLogLeverage(0.5, -3),
  (e) => e instanceof InverseMathError && e.code === 'LEVERAGED_RETURN_OUT_OF_DOMAIN',
);
