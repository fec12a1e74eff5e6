/** `inverse-math table`: the issuers' one-year table (fundReturnTable of @inverse-math/core/drag). */
import { fundReturnTable } from '@inverse-math/core/drag';
import { numberList, optionalNumber } from '../args.js';
import { leverageOf, OUTPUT_OPTIONS } from '../common.js';

/** The ProShares/Direxion prospectus grid: index returns −60 % … +60 % by 10 %, volatilities 10 % … 100 %. */
const RETURNS = [-0.6, -0.5, -0.4, -0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6];
const VOLATILITIES = [0.1, 0.25, 0.5, 0.75, 1];

/** @type {import('../args.js').CommandSpec} */
export const spec = {
  name: 'table',
  summary: "the issuers' one-year table: fund return by index return and volatility",
  usage: '--leverage L [--returns R1,R2,…] [--volatilities S1,S2,…] [--years T]',
  description: [
    "The estimated fund return over the horizon for each index return (rows) and annualised index volatility (columns), as in the issuers' prospectuses: (1 + R)^L · exp(−(L² − L)/2 · σ² · T) − 1, no costs. The default grid is the prospectuses': index returns −60 % … +60 % by 10 %, volatilities 10 %, 25 %, 50 %, 75 %, 100 %.",
    'Lists are comma-separated fractions or percentages (-0.2,0,10%).',
  ],
  options: {
    leverage: { type: 'string', value: 'L', description: 'the daily multiple; required' },
    returns: { type: 'string', value: 'LIST', description: 'index returns over the horizon, each > −1 (rows)' },
    volatilities: { type: 'string', value: 'LIST', description: 'annualised index volatilities, each ≥ 0 (columns)' },
    years: { type: 'string', value: 'T', description: 'horizon in years; default 1' },
    ...OUTPUT_OPTIONS,
  },
  positionals: [0, 0],
  examples: [
    'inverse-math table --leverage -1',
    'inverse-math table --leverage 3 --returns -20%,0,20% --volatilities 15%,30% --format markdown',
  ],
};

/**
 * @param {import('../args.js').Values} values
 * @returns {Promise<import('../format.js').Report>}
 */
export async function run(values) {
  const leverage = leverageOf(values, 'table');
  const indexReturns = numberList(values, 'returns', RETURNS);
  const volatilities = numberList(values, 'volatilities', VOLATILITIES);
  const years = optionalNumber(values, 'years') ?? 1;
  const t = fundReturnTable({ leverage, indexReturns, volatilities, years });
  /** @type {import('../format.js').Column[]} */
  const columns = [
    { key: 'indexReturn', label: 'index return', kind: 'percent', digits: 0 },
    ...Array.from(t.volatilities, (s) => ({
      key: `vol_${s}`,
      label: `σ ${+(s * 100).toFixed(4)} %`,
      kind: /** @type {const} */ ('percent'),
      digits: 1,
    })),
  ];
  const rows = Array.from(t.indexReturns, (r, i) => {
    /** @type {Record<string, number>} */
    const row = { indexReturn: r };
    t.volatilities.forEach((_, j) => {
      row[`vol_${t.volatilities[j]}`] = /** @type {Float64Array} */ (t.returns[i])[j] ?? Number.NaN;
    });
    return row;
  });
  return {
    title: `Estimated ${leverage}x fund return over ${years} year${years === 1 ? '' : 's'} by index return (rows) and index volatility (columns)`,
    tables: [{ columns, rows }],
    notes: [
      '(1 + R)^L · exp(−(L² − L)/2 · σ² · T) − 1: daily reset, no fees, financing or dividends, and the fund survives every day.',
      'csv: one column per volatility, vol_<σ>; json: indexReturns, volatilities and returns[i][j].',
    ],
    json: {
      command: 'table',
      leverage,
      years,
      indexReturns: t.indexReturns,
      volatilities: t.volatilities,
      returns: t.returns,
    },
  };
}
