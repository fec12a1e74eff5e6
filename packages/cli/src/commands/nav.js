/** `inverse-math nav`: the NAV of a daily-reset fund on an index, from the index's closes. */
import { navFromPrices, navHistory } from '@inverse-math/core/nav';
import { optionalNumber } from '../args.js';
import { COST_OPTIONS, costsOf, leverageOf, OUTPUT_OPTIONS, rebalanceRule, SVG_OPTION, writeSvg } from '../common.js';
import { readDatedSeries } from '../csv.js';
import { fail } from '../errors.js';
import { lineChart } from '../svg.js';

/** @type {import('../args.js').CommandSpec} */
export const spec = {
  name: 'nav',
  summary: 'NAV of a daily-reset fund on an index, with costs (navFromPrices)',
  usage: 'PRICES.csv --leverage L [options]',
  description: [
    'PRICES.csv has a header with a date column (YYYY-MM-DD, increasing) and a price column: close, else adj_close, or --column NAME.',
    'For each date: the index close, the NAV and ln NAV. Calendar days between the dates drive the accruals (financing and spread actual/360, expenses and dividends actual/365): the NAV is exactly navFromPrices(closes, { leverage, dates, … }) of @inverse-math/core/nav.',
  ],
  options: {
    leverage: { type: 'string', value: 'L', description: 'the daily multiple (2, -1, -3 …); required' },
    column: { type: 'string', value: 'NAME', description: 'the price column (default: close, else adj_close)' },
    ...COST_OPTIONS,
    rebalance: {
      type: 'string',
      value: 'RULE',
      description: 'daily (default) | every:K (every K-th close) | band:B (when |ℓ − L| > B·|L|)',
    },
    'initial-nav': { type: 'string', value: 'N', description: 'NAV at the first date; default 1' },
    ...SVG_OPTION,
    ...OUTPUT_OPTIONS,
  },
  positionals: [1, 1],
  examples: [
    'inverse-math nav test/fixtures/spx.csv --leverage 2 --expense-ratio 0.89% --financing-rate 0.05 --spread 0.003',
    'inverse-math nav spx.csv --leverage -1 --rebalance band:0.1 --format csv > nav.csv',
  ],
};

/**
 * @param {import('../args.js').Values} values
 * @param {string[]} positionals
 * @returns {Promise<import('../format.js').Report>}
 */
export async function run(values, positionals) {
  const file = /** @type {string} */ (positionals[0]);
  const leverage = leverageOf(values, 'nav');
  const column = values.column;
  const series = readDatedSeries(file, { columns: typeof column === 'string' ? [column] : ['close', 'adj_close'] });
  const { dates, values: closes } = series;
  const costs = costsOf(values, dates);
  const rebalance = rebalanceRule(/** @type {string | undefined} */ (values.rebalance));
  const initialNav = optionalNumber(values, 'initial-nav') ?? 1;
  if (!(initialNav > 0)) fail(`--initial-nav ${values['initial-nav']} must be positive`);
  const { describe, ...rates } = costs;
  const options = { leverage, dates, ...rates, rebalance, initialNav };
  const nav = navFromPrices(closes, options);
  const returns = new Float64Array(closes.length - 1);
  for (let i = 1; i < closes.length; i++)
    returns[i - 1] = /** @type {number} */ (closes[i]) / /** @type {number} */ (closes[i - 1]) - 1;
  const history = navHistory(returns, options);
  const rows = dates.map((date, i) => ({ date, index: closes[i], nav: nav[i], logNav: history.logNav[i] }));
  const n = dates.length - 1;
  const wipedOut = history.wipedOutAt === null ? null : dates[history.wipedOutAt + 1];
  if (typeof values.svg === 'string') {
    const first = /** @type {number} */ (closes[0]);
    writeSvg(
      values.svg,
      lineChart({
        title: `${leverage}x daily-reset fund on ${series.column} of ${file}`,
        xLabel: 'date',
        yLabel: `value (start = ${initialNav})`,
        x: dates,
        lines: [
          { name: `index ${series.column}, rebased`, y: closes.map((c) => (c / first) * initialNav), color: '#7f7f7f' },
          {
            name: `NAV ${leverage}x, ${describe === 'expense ratio 0, financing 0, spread 0, dividend yield 0' ? 'no costs' : 'with costs'}`,
            y: nav,
            color: '#1f5fa8',
          },
        ],
      }),
    );
  }
  const last = /** @type {number} */ (nav[n]);
  return {
    title: `NAV of a ${leverage}x fund on ${file} (${series.column}), ${dates[0]} to ${dates[n]}, ${n} periods`,
    tables: [
      {
        columns: [
          { key: 'date', label: 'date', kind: 'date' },
          { key: 'index', label: series.column, kind: 'number', digits: 4 },
          { key: 'nav', label: 'NAV', kind: 'number', digits: 6 },
          { key: 'logNav', label: 'ln NAV', kind: 'number', digits: 6 },
        ],
        rows,
      },
    ],
    notes: [
      `costs: ${describe}; rebalance ${typeof rebalance === 'string' ? rebalance : JSON.stringify(rebalance)}; accruals on the calendar days between the dates`,
      `final NAV ${last} (${((last / initialNav - 1) * 100).toFixed(2)} %), rebalances ${history.rebalances}${wipedOut === null ? '' : `, wiped out on ${wipedOut}`}`,
    ],
    json: {
      command: 'nav',
      file,
      column: series.column,
      options: {
        leverage,
        expenseRatio: rates.expenseRatio,
        financingRate: values.financing ?? rates.financingRate,
        spread: rates.spread,
        dividendYield: rates.dividendYield,
        rebalance,
        initialNav,
      },
      rebalances: history.rebalances,
      wipedOutOn: wipedOut,
      rows,
    },
  };
}
