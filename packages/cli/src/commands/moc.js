/** `inverse-math moc`: the market-on-close rebalance trades of a universe of funds on one index. */
import { marketOnCloseImbalance } from '@inverse-math/core/rebalance';
import { requiredNumber } from '../args.js';
import { OUTPUT_OPTIONS } from '../common.js';
import { findColumn, numberCell, readCsv } from '../csv.js';
import { fail } from '../errors.js';

/** @type {import('../args.js').CommandSpec} */
export const spec = {
  name: 'moc',
  summary: 'market-on-close rebalance trades of a universe of funds, and the net',
  usage: 'UNIVERSE.csv --move r',
  description: [
    'UNIVERSE.csv has a header with the columns name, leverage and aum (assets at the last close, in currency), one fund per row, all on one index.',
    'If the index closes at its move r since the last close, each daily-reset fund must trade A·(L² − L)·r at the close (buy > 0, sell < 0): every fund with L outside [0, 1], long or inverse, trades with the move, so they never net out. This is marketOnCloseImbalance of @inverse-math/core/rebalance (without creations and redemptions).',
  ],
  options: {
    move: {
      type: 'string',
      value: 'r',
      description: 'the index move since the last close, a fraction (-0.02) or percentage (-2%); required',
    },
    ...OUTPUT_OPTIONS,
  },
  positionals: [1, 1],
  examples: ['inverse-math moc universe.csv --move -2%'],
};

/**
 * @param {import('../args.js').Values} values
 * @param {string[]} positionals
 * @returns {Promise<import('../format.js').Report>}
 */
export async function run(values, positionals) {
  const file = /** @type {string} */ (positionals[0]);
  const move = requiredNumber(values, 'move', 'moc');
  const table = readCsv(file);
  const n = findColumn(table, ['name'], 'column', '');
  const l = findColumn(table, ['leverage'], 'column', '');
  const a = findColumn(table, ['aum'], 'column', '');
  if (table.rows.length === 0) fail(`${file}: no fund (one row per fund after the header)`);
  const funds = table.rows.map((cells, i) => {
    const where = `${file}:${table.lines[i]}`;
    const name = cells[n] ?? '';
    if (name === '') fail(`${where}: name is empty`);
    const aum = numberCell(cells[a] ?? '', where, table.rawHeader[a] ?? 'aum');
    if (aum < 0) fail(`${where}: aum ${cells[a]} must be ≥ 0`);
    return { name, leverage: numberCell(cells[l] ?? '', where, table.rawHeader[l] ?? 'leverage'), aum };
  });
  const moc = marketOnCloseImbalance(funds, move);
  const rows = moc.trades.map((t) => ({
    name: t.name,
    leverage: t.leverage,
    aum: t.aum,
    gamma: t.leverage * (t.leverage - 1),
    trade: t.trade,
  }));
  const gross = funds.reduce((s, f) => s + f.aum, 0);
  return {
    title: `Market-on-close trades of ${funds.length} fund${funds.length === 1 ? '' : 's'} in ${file} if the index closes ${move >= 0 ? '+' : ''}${(move * 100).toFixed(2)} %`,
    tables: [
      {
        columns: [
          { key: 'name', label: 'fund', kind: 'text' },
          { key: 'leverage', label: 'L', kind: 'number', digits: 2 },
          { key: 'aum', label: 'AUM', kind: 'money' },
          { key: 'gamma', label: 'L² − L', kind: 'number', digits: 2 },
          { key: 'trade', label: 'trade (buy > 0)', kind: 'money' },
        ],
        rows: [...rows, { name: 'net', leverage: null, aum: gross, gamma: null, trade: moc.net }],
      },
    ],
    notes: [
      `net ${moc.net >= 0 ? 'buy' : 'sell'} ${Math.abs(moc.net).toLocaleString('en-US', { maximumFractionDigits: 0 })} at the close (${gross > 0 ? ((moc.net / gross) * 100).toFixed(2) : '0.00'} % of the funds' assets): trade = AUM · (L² − L) · r`,
    ],
    json: { command: 'moc', file, move, trades: rows, net: moc.net },
  };
}
