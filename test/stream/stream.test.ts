/**
 * `stepNav` takes its state as input (a user may store, rebuild or hand-write
 * one), so every field is checked (the `@throws` of `stepNav`: `INVALID_TYPE`
 * on `state` for "a state whose fields no step could have produced"), and the
 * edges of each field's domain are accepted: a NAV of 0 and a log-NAV of −∞
 * after a wipe-out, rates of 0, a dated state without `periodsPerYear`.
 *
 * Expected numbers come from the one-period formula of docs/concepts.md §3,
 * `NAV₁ = NAV₀·(1 + L·r + carry)`, worked by hand in each test.
 */
import { describe, expect, test } from 'vitest';
import { navPath } from '../../src/nav/index.ts';
import { navState, stepNav, type NavState } from '../../src/stream/index.ts';
import { expectCode, snapshot } from '../helpers/assert.ts';
import { navHistory } from '../../src/index.ts';

const base: NavState = navState({
  leverage: 2,
  financingRate: 0.05,
  spread: 0.001,
  dividendYield: 0.01,
  expenseRatio: 0.009,
});
const dated: NavState = navState({ leverage: -1, startDate: '2024-03-08' });
const withField = (s: NavState, field: string, value: unknown): NavState => ({ ...s, [field]: value }) as NavState;

describe('a state no step could have produced is refused, field by field', () => {
  test.each([
    ['leverage', Number.NaN],
    ['leverage', '2'],
    ['financingRate', Number.POSITIVE_INFINITY],
    ['financingRate', undefined],
    ['spread', -1e-9],
    ['spread', Number.NaN],
    ['dividendYield', -1e-9],
    ['expenseRatio', -1e-9],
    ['periodsPerYear', 0],
    ['periodsPerYear', -252],
    ['periodsPerYear', null],
    ['periodsPerYear', Number.POSITIVE_INFINITY],
    ['period', 1.5],
    ['period', -1],
    ['nav', -1e-300],
    ['nav', Number.POSITIVE_INFINITY],
    ['logNavSum', Number.POSITIVE_INFINITY],
    ['logNavSum', Number.NaN],
    ['logNavSum', '0'],
    ['logNavCompensation', Number.NaN],
    ['logNavCompensation', Number.NEGATIVE_INFINITY],
    ['leverageRatio', Number.POSITIVE_INFINITY],
    ['periodsSinceRebalance', -1],
    ['periodsSinceRebalance', 0.5],
    ['rebalances', -1],
    ['rebalances', 2.5],
    ['wipedOutAt', -1],
    ['wipedOutAt', 0.5],
    ['wipedOutAt', '0'],
  ])('undated state, %s = %s', (field, value) => {
    const bad = withField(base, field, value);
    const e = expectCode(() => stepNav(bad, 0.01), 'INVALID_TYPE', 'state');
    expect(e.value).toBe(bad);
    expect(e.message).toContain('is not a state of navState/stepNav');
  });

  test.each([
    ['lastDate', Number.NaN],
    ['lastDate', Number.POSITIVE_INFINITY],
    ['lastDate', '2024-03-08'],
    ['periodsPerYear', 0],
    ['periodsPerYear', -1],
  ])('dated state, %s = %s', (field, value) => {
    expectCode(() => stepNav(withField(dated, field, value), 0.01, { date: '2024-03-11' }), 'INVALID_TYPE', 'state');
  });

  test('a bad rebalancing rule in the state names state.rebalance', () => {
    expectCode(() => stepNav(withField(base, 'rebalance', 'weekly'), 0), 'INVALID_OPTION', 'state.rebalance');
    expectCode(() => stepNav(withField(base, 'rebalance', { every: 0 }), 0), 'OUT_OF_RANGE', 'state.rebalance.every');
    expectCode(() => stepNav(withField(base, 'rebalance', { band: -0.1 }), 0), 'NEGATIVE', 'state.rebalance.band');
  });
});

describe('the edges of each field are accepted', () => {
  test('rates of exactly 0 and the smallest positive periodsPerYear', () => {
    const zero = withField(withField(withField(base, 'spread', 0), 'dividendYield', 0), 'expenseRatio', 0);
    // 2x, r = 1 %, financing 5 % on (1 − 2) units for 1/252 year: 1 + 0.02 − 0.05/252
    expect(stepNav(zero, 0.01).nav).toBeCloseTo(1 + 0.02 - 0.05 / 252, 15);
    // a year fraction of 1/MIN_VALUE = ∞ would overflow: the state is valid, the step reports the overflow
    expectCode(() => stepNav(withField(zero, 'periodsPerYear', Number.MIN_VALUE), 0.01), 'NON_FINITE', 'indexReturn');
  });

  test('a wiped-out state (NAV 0, log-NAV −∞, wipedOutAt 0) keeps NAV 0 and counts periods', () => {
    const wiped = withField(
      withField(withField(withField(base, 'nav', 0), 'logNavSum', Number.NEGATIVE_INFINITY), 'wipedOutAt', 0),
      'leverageRatio',
      0,
    );
    const s = stepNav(wiped, 0.5);
    expect([s.nav, s.logNav, s.period, s.wipedOutAt]).toStrictEqual([0, Number.NEGATIVE_INFINITY, 1, 0]);
  });

  test('a dated state needs no periodsPerYear: 3 calendar days of financing, Friday to Monday', () => {
    // −1x, r = 0, financing 4 % on (1 − (−1)) = 2 units for 3/360 year: 1 + 2 · 0.04 · 3/360
    const s = stepNav(withField(dated, 'financingRate', 0.04), 0, { date: '2024-03-11' });
    expect(s.nav).toBeCloseTo(1 + (2 * 0.04 * 3) / 360, 15);
    expect(s.lastDate).toBe(Date.UTC(2024, 2, 11));
  });

  test('a step override of each rate applies to that period only', () => {
    // 2x, r = 0, all rates 0 in the state; the period's own: financing 3.6 %, spread 0.36 %, dividends 3.65 %, expenses 3.65 %
    const zero = navState({ leverage: 2, periodsPerYear: 360 });
    const s = stepNav(zero, 0, { financingRate: 0.036, spread: 0.0036, dividendYield: 0.0365, expenseRatio: 0.0365 });
    // τ = 1/360 for every rate (periodsPerYear 360): (1 − 2)·0.036/360 − 2·0.0036/360 + 2·0.0365/360 − 0.0365/360
    const carry = (-0.036 - 2 * 0.0036 + 2 * 0.0365 - 0.0365) / 360;
    expect(s.nav).toBeCloseTo(1 + carry, 15);
    expect([s.financingRate, s.spread, s.dividendYield, s.expenseRatio]).toStrictEqual([0, 0, 0, 0]);
    expect(stepNav(s, 0).nav).toBe(s.nav);
    expectCode(() => stepNav(zero, 0, { expenseRatio: -0.01 }), 'NEGATIVE', 'inputs.expenseRatio');
    expectCode(() => stepNav(zero, 0, { dividendYield: Number.NaN }), 'NON_FINITE', 'inputs.dividendYield');
    expectCode(() => stepNav(zero, 0, { financingRate: '0.05' as never }), 'INVALID_TYPE', 'inputs.financingRate');
  });
});

describe('out', () => {
  test('the returned object is out; a new object otherwise, never the input', () => {
    const s0 = snapshot(base);
    const fresh = stepNav(base, 0.01);
    expect(fresh).not.toBe(base);
    expect(base).toStrictEqual(s0);
    const target = { ...base };
    expect(stepNav(base, 0.01, undefined, target)).toBe(target);
    expect(target).toStrictEqual(fresh);
  });

  test('out must be a writable object', () => {
    expect(
      expectCode(() => stepNav(base, 0.01, undefined, Object.seal({ ...base })), 'INVALID_TYPE', 'out').message,
    ).toBe('out must be a writable object, got object [INVALID_TYPE]');
    expectCode(() => stepNav(base, 0.01, undefined, Object.preventExtensions({ ...base })), 'INVALID_TYPE', 'out');
    expectCode(() => stepNav(base, 0.01, undefined, null as never), 'INVALID_TYPE', 'out');
    expectCode(() => stepNav(base, 0.01, undefined, [] as never), 'INVALID_TYPE', 'out');
  });
});

test('in place, what the step keeps on out is hidden: its keys, JSON and copies show the state’s fields only', () => {
  const live = navState({ leverage: 2 });
  const keys = Object.keys(live);
  stepNav(live, 0.01, undefined, live);
  stepNav(live, -0.02, undefined, live);
  expect(Object.keys(live)).toEqual(keys);
  expect(Object.keys(JSON.parse(JSON.stringify(live)))).toEqual(keys);
  // a copy is a state like any other: the next step from it matches the next step in place
  const copy = { ...live };
  expect(stepNav(copy, 0.03)).toStrictEqual(stepNav(live, 0.03, undefined, live));
  // one out shared by two states: each step writes the state it was given, nothing carries over
  const other = navState({ leverage: -3, financingRate: 0.05 });
  const into = { ...other };
  expect(stepNav(other, 0.01, undefined, into)).toStrictEqual(stepNav(other, 0.01));
  expect(stepNav(base, 0.01, undefined, into)).toStrictEqual(stepNav(base, 0.01));
});

describe('dates in steps: argument names and messages', () => {
  test('a dated state needs a date after its last close; an undated one refuses a date', () => {
    const missing = expectCode(() => stepNav(dated, 0), 'INVALID_OPTION', 'inputs.date');
    expect(missing.message).toContain('is required by a dated state');
    const extra = expectCode(() => stepNav(base, 0, { date: '2024-03-11' }), 'INVALID_OPTION', 'inputs.date');
    expect(extra.message).toContain('needs a dated state');
    const same = expectCode(() => stepNav(dated, 0, { date: '2024-03-08T23:00:00Z' }), 'INVALID_DATE', 'inputs.date');
    expect(same.message).toContain('must be after the last close');
    expectCode(() => stepNav(dated, 0, { date: 20240311 as never }), 'INVALID_TYPE', 'inputs.date');
    expectCode(() => stepNav(base, 0, 'x' as never), 'INVALID_TYPE', 'inputs');
  });

  test('navState keeps its own copy of the rebalancing rule', () => {
    const rule = { every: 2 };
    const s = navState({ leverage: 2, rebalance: rule });
    expect(s.rebalance).toStrictEqual({ every: 2 });
    expect(s.rebalance).not.toBe(rule);
  });
});

describe("a step with no overrides runs on the state's own rates", () => {
  // each rate alone, so that a step that dropped one of them (used 0) gives a different NAV
  test.each([
    ['financingRate', { financingRate: 0.05 }],
    ['spread', { spread: 0.01 }],
    ['dividendYield', { dividendYield: 0.02 }],
    ['expenseRatio', { expenseRatio: 0.0095 }],
  ])('%s: the NAV of navPath with the same constant rate, and not that without it', (_name, rate) => {
    const returns = [0.01, -0.02, 0.005];
    const withRate = navPath(returns, { leverage: 2, ...rate });
    const without = navPath(returns, { leverage: 2 });
    let s = navState({ leverage: 2, ...rate });
    for (const [i, r] of returns.entries()) {
      s = stepNav(s, r);
      expect(s.nav).toBe(withRate[i + 1]);
      expect(s.nav).not.toBe(without[i + 1]);
    }
  });
});

describe('streaming', () => {
  test('navState/stepNav reproduce navHistory with dates and rate series', () => {
    const dates = ['2023-12-29', '2024-01-02', '2024-01-03', '2024-01-08'];
    const r = [0.01, -0.03, 0.02];
    const rf = [0.053, 0.053, 0.0525];
    const h = navHistory(r, {
      leverage: 3,
      financingRate: rf,
      spread: 0.003,
      expenseRatio: 0.0091,
      dates,
      rebalance: { band: 0.02 },
    });
    let s = navState({
      leverage: 3,
      spread: 0.003,
      expenseRatio: 0.0091,
      startDate: dates[0] as string,
      rebalance: { band: 0.02 },
    });
    for (let i = 0; i < 3; i++) {
      s = stepNav(s, r[i] as number, { financingRate: rf[i] as number, date: dates[i + 1] as string });
      expect(Object.is(s.nav, h.nav[i + 1])).toBe(true);
      expect(Object.is(s.logNav, h.logNav[i + 1])).toBe(true);
      expect(Object.is(s.leverageRatio, h.leverageRatio[i + 1])).toBe(true);
    }
    expect(s.rebalances).toBe(h.rebalances);
    expect(s.period).toBe(3);
  });

  test('stepNav is pure and keeps counting after a wipe-out', () => {
    const s0 = navState({ leverage: -3 });
    const copy = snapshot(s0);
    const s1 = stepNav(s0, 0.5);
    expect(s0).toEqual(copy);
    expect(s1.wipedOutAt).toBe(0);
    const s2 = stepNav(s1, -0.1);
    expect([s2.nav, s2.logNav, s2.period, s2.wipedOutAt]).toEqual([0, Number.NEGATIVE_INFINITY, 2, 0]);
  });

  test('out: stepping in place gives the pure step’s numbers bit for bit, and returns out', () => {
    const dates = ['2023-12-29', '2024-01-02', '2024-01-03', '2024-01-08'];
    const r = [0.01, -0.03, 0.02];
    const options = {
      leverage: -3,
      spread: 0.003,
      financingRate: 0.05,
      startDate: dates[0] as string,
      rebalance: { every: 2 },
    } as const;
    let pure = navState(options);
    const live = navState(options);
    const other = navState({ leverage: 1 });
    for (let i = 0; i < 3; i++) {
      const inputs = { date: dates[i + 1] as string };
      pure = stepNav(pure, r[i] as number, inputs);
      expect(stepNav(live, r[i] as number, inputs, live)).toBe(live);
      expect(live).toStrictEqual(pure);
      // into a third object: the input state is left as it was
      const before = snapshot(live);
      expect(stepNav(live, 0, { date: `2024-02-0${i + 1}` }, other)).toBe(other);
      expect(live).toStrictEqual(before);
    }
    expect(live.period).toBe(3);
  });

  test('out: a step that throws leaves out as it was; a frozen out is refused', () => {
    // 1e308 · (1 + 2 · 0.5) overflows a double: NON_FINITE after the period ran
    const s = navState({ leverage: 2, initialNav: 1e308 });
    const before = snapshot(s);
    expectCode(() => stepNav(s, 0.5, undefined, s), 'NON_FINITE', 'indexReturn');
    expect(s).toStrictEqual(before);
    expectCode(() => stepNav(s, 0.01, undefined, Object.freeze({ ...s })), 'INVALID_TYPE', 'out');
    expectCode(() => stepNav(s, 0.01, undefined, 3 as never), 'INVALID_TYPE', 'out');
  });

  test('bad input', () => {
    const dated = navState({ leverage: 2, startDate: '2024-01-02' });
    expectCode(() => stepNav(dated, 0.01), 'INVALID_OPTION', 'inputs.date');
    expectCode(() => stepNav(dated, 0.01, { date: '2024-01-02' }), 'INVALID_DATE', 'inputs.date');
    expectCode(() => stepNav(navState({ leverage: 2 }), 0.01, { date: '2024-01-02' }), 'INVALID_OPTION', 'inputs.date');
    expectCode(() => stepNav(dated, -1, { date: '2024-01-03' }), 'RETURN_OUT_OF_DOMAIN', 'indexReturn');
    expectCode(() => stepNav(navState({ leverage: 2 }), 0, { spread: -0.01 }), 'NEGATIVE', 'inputs.spread');
    expectCode(() => stepNav(null as never, 0), 'INVALID_TYPE', 'state');
    expectCode(
      () => navState({ leverage: 2, startDate: '2024-01-02', periodsPerYear: 252 }),
      'INVALID_OPTION',
      'options.periodsPerYear',
    );
    expectCode(() => navState({ leverage: 2, startDate: '02/01/2024' }), 'INVALID_DATE', 'options.startDate');
    expectCode(
      () => navState({ leverage: 2, financingRate: [0.01] as never }),
      'INVALID_TYPE',
      'options.financingRate',
    );
  });
});

describe('stepNav checks the state it is given (a user may build or store one)', () => {
  const s0 = navState({ leverage: 2, rebalance: { every: 2 } });
  const dated = navState({ leverage: 2, startDate: '2024-03-08' });
  test.each([
    ['spread', -0.01],
    ['dividendYield', 0n],
    ['financingRate', '0.05'],
    ['nav', -1],
    ['logNavSum', Number.NaN],
    ['logNavSum', Number.POSITIVE_INFINITY],
    ['leverageRatio', Number.POSITIVE_INFINITY],
    ['period', 1.5],
    ['rebalances', -1],
    ['wipedOutAt', -1],
    ['periodsPerYear', null],
    ['periodsPerYear', 0],
  ] as const)('state.%s = %s → INVALID_TYPE (not a state of navState/stepNav)', (field, value) => {
    expectCode(() => stepNav({ ...s0, [field]: value } as never, 0.01), 'INVALID_TYPE', 'state');
  });
  test('a dated state with a lastDate that is not a number', () => {
    expectCode(
      () => stepNav({ ...dated, lastDate: '2024-03-08' } as never, 0.01, { date: '2024-03-11' }),
      'INVALID_TYPE',
      'state',
    );
  });
  test('the rule is checked like the option: state.rebalance', () => {
    expectCode(() => stepNav({ ...s0, rebalance: 'NaN' } as never, 0.01), 'INVALID_OPTION', 'state.rebalance');
    expectCode(() => stepNav({ ...s0, rebalance: { every: 0 } }, 0.01), 'OUT_OF_RANGE', 'state.rebalance.every');
  });
  test('a wiped-out state (NAV 0, log-NAV −∞) is valid and stays wiped out', () => {
    const w = stepNav(navState({ leverage: -3 }), 0.5);
    const next = stepNav(w, 0.01);
    expect([next.nav, next.logNav, next.wipedOutAt, next.period]).toEqual([0, -Infinity, 0, 2]);
  });
});
