/**
 * `npm run tour`: a guided run of @inverse-math/core on the source documents'
 * examples and on real market data. Every number printed is computed by the
 * library; where a document states a number, it is printed beside it.
 */
import { dragSection, leverageSection } from './tour/leverage-and-drag.ts';
import { navSection } from './tour/nav.ts';
import { rebalanceSection } from './tour/rebalance.ts';
import { decimalSection } from './tour/decimal.ts';
import { volatilitySection } from './tour/volatility.ts';
import { monteCarloSection } from './tour/monte-carlo.ts';
import { signalsSection } from './tour/signals.ts';
import { outcomesSection, sizingSection } from './tour/sizing-and-outcomes.ts';

console.log('@inverse-math/core — a guided tour');
console.log('Returns are fractions shown as percent; rates are annual.');

const sections: ReadonlyArray<() => void | Promise<void>> = [
  leverageSection,
  dragSection,
  navSection,
  rebalanceSection,
  volatilitySection,
  signalsSection,
  sizingSection,
  outcomesSection,
  monteCarloSection,
  decimalSection,
];

for (const section of sections) await section();
console.log('\nEnd of the tour.');
