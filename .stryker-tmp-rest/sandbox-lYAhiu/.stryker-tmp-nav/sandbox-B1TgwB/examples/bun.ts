// @ts-nocheck
// 
// Bun 1: `bun run bun.ts` after `bun add @inverse-math/core`.
import { growthRate, kellyLeverage } from '@inverse-math/core/drag';
import { effectiveLogLeverage } from '@inverse-math/core';

// Growth-optimal leverage and the growth it buys, at 8 % drift, 20 % vol, 3 % rate.
const market = { drift: 0.08, volatility: 0.2, rate: 0.03 };
const best = kellyLeverage(market);
console.log(`Kelly leverage: ${best.toFixed(2)}x`);
for (const leverage of [-1, 1, 2, 3]) {
  console.log(`growth rate at ${leverage}x: ${(100 * growthRate({ leverage, ...market })).toFixed(2)} % a year`);
}
console.log('γ of a 3x fund on a −5 % day:', effectiveLogLeverage(-0.05, 3).toFixed(4));
