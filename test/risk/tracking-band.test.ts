/**
 * Tracking band (docs/concepts.md §3 "Tracking diagnostics", §6.4): the
 * cumulative deviation `NAV_t/NAV_0 − (1 + L·(I_t/I_0 − 1))` against a band
 * `w_t = max(floor, band − tighten·max_{s<t}|D_s|)` that tightens as the
 * deviation widens ("Precision Hedging: Algorithmic Strategies for Inverse ETF
 * Investments"). The worked example of the TSDoc is worked here by hand; the
 * deviation is checked against `trackingDeviation` (the tracking domain),
 * the band against an independent reference; streaming and batch agree bit
 * for bit.
 */
import { test as fcTest } from '@fast-check/vitest';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { stepTrackingBand, trackingBand, trackingBandState, type TrackingBandState } from '../../src/risk/index.ts';
import { trackingDeviation } from '../../src/tracking/index.ts';
import { expectClose, expectCode, snapshot } from '../helpers/assert.ts';

const worked = { leverage: 2, band: 0.02, floor: 0.005, tighten: 2 };

describe('worked example (2x, band 2 %, floor 0.5 %, tighten 2)', () => {
  test('−0.6 % at close 1 is inside 2 %, narrows the band to 0.8 %; −0.9 % at close 2 breaches it', () => {
    // close 1: fund +1.4 %, index +1 % → D = 1.014 − 1.02 = −0.006
    // close 2: fund back to 1.011, index flat → D = 1.011 − 1.02 = −0.009; w_2 = 0.02 − 2·0.006 = 0.008
    const b = trackingBand([0.01, 0], [0.014, -0.003 / 1.014], worked);
    expectClose(b.deviation[1] as number, -0.006, 1e-12);
    expectClose(b.deviation[2] as number, -0.009, 1e-12);
    expect(b.width[0]).toBe(0.02);
    expect(b.width[1]).toBe(0.02);
    expectClose(b.width[2] as number, 0.008, 1e-12);
    expect(Array.from(b.breached)).toEqual([0, 0, 1]);
    expect([b.breaches, b.firstBreach]).toEqual([1, 2]);
    // a fixed 2 % band (tighten 0) would not have fired
    expect(trackingBand([0.01, 0], [0.014, -0.003 / 1.014], { ...worked, tighten: 0 }).breaches).toBe(0);
  });

  test('the floor: the band never gets narrower than floor, and does not widen when the deviation comes back', () => {
    // D: −5 % then back to 0: w_2 = max(0.005, 0.02 − 2·0.05) = 0.005, and stays 0.005
    const b = trackingBand([0, 0, 0], [-0.05, 0.05 / 0.95, 0], worked);
    expect(Array.from(b.width)).toEqual([0.02, 0.02, 0.005, 0.005]);
    expect(Array.from(b.breached)).toEqual([0, 1, 0, 0]);
  });

  test('a wiped-out fund (fund return −1) is a deviation of −1 − L·(I_t/I_0 − 1), not an error', () => {
    const b = trackingBand([-0.5, 0.1], [-1, 0.2], { leverage: 2, band: 0.1, floor: 0.01, tighten: 1 });
    // index 0.5 then 0.55: target 1 + 2·(0.5 − 1) = 0, then 1 + 2·(0.55 − 1) = 0.1; the fund stays at 0
    expect(b.deviation[1]).toBe(0);
    expectClose(b.deviation[2] as number, -0.1, 1e-12);
  });
});

const path = fc
  .array(fc.tuple(fc.double({ min: -0.1, max: 0.1, noNaN: true }), fc.double({ min: -0.05, max: 0.05, noNaN: true })), {
    minLength: 1,
    maxLength: 60,
  })
  .map((rows) => ({ index: rows.map(([r]) => r), noise: rows.map(([, e]) => e) }));
const rule = fc
  .tuple(
    fc.double({ min: 1e-3, max: 0.2, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
    fc.double({ min: 0, max: 5, noNaN: true }),
  )
  .map(([band, share, tighten]) => ({ band, floor: band * share, tighten }));
const lev = fc.constantFrom(-3, -2, -1, 2, 3);
/** Fund returns L·r plus noise, kept ≥ −1. */
const fundOf = (L: number, index: number[], noise: number[]): number[] =>
  index.map((r, i) => Math.max(-1, L * r + (noise[i] as number) * 0.1));

describe('properties', () => {
  fcTest.prop([path, lev, rule])(
    'the deviation is trackingDeviation of the fund NAV (docs/concepts.md §3)',
    ({ index, noise }, L, r) => {
      const fund = fundOf(L, index, noise);
      const nav = [1];
      for (const R of fund) nav.push((nav.at(-1) as number) * (1 + R));
      const expected = trackingDeviation(index, nav, L);
      const got = trackingBand(index, fund, { leverage: L, ...r }).deviation;
      expected.forEach((d, t) => {
        expect(Math.abs((got[t] as number) - d)).toBeLessThanOrEqual(1e-13);
      });
    },
  );

  fcTest.prop([path, lev, rule])(
    'the band follows its rule (an independent reference) and only narrows',
    ({ index, noise }, L, r) => {
      const b = trackingBand(index, fundOf(L, index, noise), { leverage: L, ...r });
      let widest = 0;
      for (let t = 1; t < b.width.length; t++) {
        const w = Math.max(r.floor, r.band - r.tighten * widest);
        expect(b.width[t]).toBe(w);
        expect(b.width[t] as number).toBeLessThanOrEqual(b.width[t - 1] as number);
        expect(b.breached[t]).toBe(Math.abs(b.deviation[t] as number) > w ? 1 : 0);
        widest = Math.max(widest, Math.abs(b.deviation[t] as number));
      }
      expect(b.breaches).toBe(b.breached.reduce((a, x) => a + x, 0));
      const first = b.breached.indexOf(1);
      expect(b.firstBreach).toBe(first < 0 ? null : first);
    },
  );

  fcTest.prop([path, lev, rule])(
    'streaming (pure, and in place) and batch agree bit for bit',
    ({ index, noise }, L, r) => {
      const fund = fundOf(L, index, noise);
      const options = { leverage: L, ...r };
      const batch = trackingBand(index, fund, options);
      let pure: TrackingBandState = trackingBandState(options);
      const live = trackingBandState(options);
      index.forEach((ir, t) => {
        const before = snapshot(pure);
        const next = stepTrackingBand(pure, { indexReturn: ir, fundReturn: fund[t] as number });
        expect(pure).toEqual(before);
        pure = next;
        expect(stepTrackingBand(live, { indexReturn: ir, fundReturn: fund[t] as number }, live)).toBe(live);
        for (const s of [pure, live]) {
          expect(s.deviation).toBe(batch.deviation[t + 1]);
          expect(s.width).toBe(batch.width[t + 1]);
          expect(s.breached).toBe(batch.breached[t + 1] === 1);
        }
      });
      expect(live).toEqual(pure);
      expect([pure.breaches, pure.firstBreach]).toEqual([batch.breaches, batch.firstBreach]);
    },
  );
});

describe('bad input', () => {
  test.each([
    ['band', () => trackingBandState({ ...worked, band: 0 }), 'NOT_POSITIVE', 'options.band'],
    ['floor negative', () => trackingBandState({ ...worked, floor: -0.01 }), 'NEGATIVE', 'options.floor'],
    ['floor above band', () => trackingBandState({ ...worked, floor: 0.03 }), 'OUT_OF_RANGE', 'options.floor'],
    ['tighten', () => trackingBandState({ ...worked, tighten: -1 }), 'NEGATIVE', 'options.tighten'],
    ['leverage', () => trackingBandState({ ...worked, leverage: Number.NaN }), 'NON_FINITE', 'options.leverage'],
    [
      'floor missing',
      () => trackingBandState({ leverage: 2, band: 0.02, tighten: 1 } as never),
      'INVALID_TYPE',
      'options.floor',
    ],
    [
      'misspelt option',
      () => trackingBandState({ ...worked, tigthen: 1 } as never),
      'UNKNOWN_OPTION',
      'options.tigthen',
    ],
    ['empty returns', () => trackingBand([], [], worked), 'EMPTY_SERIES', 'indexReturns'],
    ['an index return ≤ −1', () => trackingBand([0, -1], [0, 0], worked), 'RETURN_OUT_OF_DOMAIN', 'indexReturns'],
    ['a fund return < −1', () => trackingBand([0, 0], [0, -1.5], worked), 'RETURN_OUT_OF_DOMAIN', 'fundReturns'],
    ['lengths', () => trackingBand([0, 0], [0], worked), 'LENGTH_MISMATCH', 'fundReturns'],
    ['a growth beyond a double', () => trackingBand([1e300, 1e300], [0, 0], worked), 'NON_FINITE', 'indexReturns'],
    [
      'step: fundReturn',
      () => stepTrackingBand(trackingBandState(worked), { indexReturn: 0, fundReturn: -2 }),
      'RETURN_OUT_OF_DOMAIN',
      'input.fundReturn',
    ],
    [
      'step: indexReturn',
      () => stepTrackingBand(trackingBandState(worked), { indexReturn: Number.NaN, fundReturn: 0 }),
      'NON_FINITE',
      'input.indexReturn',
    ],
    [
      'step: input key',
      () => stepTrackingBand(trackingBandState(worked), { indexReturn: 0, fundRetrun: 0 } as never),
      'UNKNOWN_OPTION',
      'input.fundRetrun',
    ],
    [
      'step: a forged state',
      () => stepTrackingBand({ ...trackingBandState(worked), period: -1 }, { indexReturn: 0, fundReturn: 0 }),
      'INVALID_TYPE',
      'state',
    ],
    [
      'step: frozen out',
      () =>
        stepTrackingBand(
          trackingBandState(worked),
          { indexReturn: 0, fundReturn: 0 },
          Object.freeze(trackingBandState(worked)),
        ),
      'INVALID_TYPE',
      'out',
    ],
  ])('%s', (_name, fn, code, argument) => {
    expectCode(fn, code as never, argument);
  });

  test('a failing step leaves out as it was', () => {
    const out = trackingBandState(worked);
    const before = snapshot(out);
    expectCode(
      () => stepTrackingBand(trackingBandState(worked), { indexReturn: 1e308, fundReturn: 1e308 }, out),
      'NON_FINITE',
    );
    expect(out).toEqual(before);
  });
});
