import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRational, percentHalfUp, percentsLargestRemainder, percentsOf, rationalOf, roundRational } from './percent.js';

describe('percentHalfUp', () => {
  it('rounds half up in exact integer arithmetic', () => {
    expect(percentHalfUp(101, 116)).toBe(87.07); // 87.0689…
    expect(percentHalfUp(1, 8)).toBe(12.5);
    expect(percentHalfUp(1, 6)).toBe(16.67); // 16.666…
    expect(percentHalfUp(1, 3)).toBe(33.33);
    expect(percentHalfUp(2, 3)).toBe(66.67);
    // 1/200 = 0.5 % exactly: half-up at 0 decimals gives 1, where banker's rounding would give 0.
    expect(percentHalfUp(1, 200, 0)).toBe(1);
    // 0.125 % at 2 decimals: the float 0.125·… is exact, half-up gives 0.13.
    expect(percentHalfUp(1, 800)).toBe(0.13);
    // A case where (count * 100 / base).toFixed(2) is wrong: 1.005 % is stored below 1.005.
    expect(percentHalfUp(201, 20000)).toBe(1.01);
    expect((201 * 100 / 20000).toFixed(2)).toBe('1.00');
  });
  it('gives null over an empty base and refuses bad arguments', () => {
    expect(percentHalfUp(0, 0)).toBeNull();
    expect(() => percentHalfUp(1, 2, 7)).toThrow(RangeError);
    expect(() => percentHalfUp(-1, 2)).toThrow(RangeError);
    expect(() => percentHalfUp(1.5, 2)).toThrow(RangeError);
  });
  it('handles national sizes exactly', () => {
    expect(percentHalfUp(5_123_457, 5_600_000, 6)).toBe(91.490304);
  });
});

describe('largest remainder', () => {
  it('makes a row add to exactly 100 where half-up does not', () => {
    expect(percentsOf([1, 1, 1, 0], 'half-up')).toEqual([33.33, 33.33, 33.33, 0]);
    expect(percentsOf([1, 1, 1, 0], 'largest-remainder')).toEqual([33.34, 33.33, 33.33, 0]);
    // 1/6, 1/6, 4/6 at 0 decimals: half-up 17 + 17 + 67 = 101.
    expect(percentsOf([1, 1, 4], 'half-up', 0)).toEqual([17, 17, 67]);
    expect(percentsOf([1, 1, 4], 'largest-remainder', 0)).toEqual([17, 16, 67]);
  });
  it('breaks equal remainders by the larger count, then the earlier cell', () => {
    // 1/7 and 3/7 … remainders differ; 2,2,3 of 7 at 0 decimals: 28.57, 28.57, 42.86 → floors 28, 28, 42 (98), rem 4,4,6 (×1/7).
    expect(percentsLargestRemainder([2, 2, 3], 0)).toEqual([29, 28, 43]);
  });
  it('agrees with half-up when half-up already adds to 100', () => {
    expect(percentsOf([17, 84, 12, 3], 'largest-remainder')).toEqual(percentsOf([17, 84, 12, 3], 'half-up'));
  });
  it('property: sums to exactly 100 and each cell is its floor or one unit above', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 4 }), (counts, decimals) => {
        const total = counts.reduce((s, c) => s + c, 0);
        const out = percentsLargestRemainder(counts, decimals);
        if (total === 0) return out.every((p) => p === null);
        const unit = 10 ** decimals;
        const units = out.map((p) => Math.round(p! * unit));
        expect(units.reduce((s, u) => s + u, 0)).toBe(100 * unit);
        counts.forEach((c, i) => {
          const floor = Math.floor((c * 100 * unit) / total);
          expect(units[i]! - floor === 0 || units[i]! - floor === 1).toBe(true);
        });
        return true;
      }),
    );
  });
});

describe('rationals', () => {
  it('reads decimals exactly and compares them', () => {
    expect(rationalOf(87.5)).toEqual({ n: 875n, d: 10n });
    expect(rationalOf(90)).toEqual({ n: 90n, d: 1n });
    expect(rationalOf(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(rationalOf(1e21)).toEqual({ n: 10n ** 21n, d: 1n });
    expect(compareRational({ n: 10100n, d: 116n }, rationalOf(90))).toBe(-1);
    expect(compareRational({ n: 900n, d: 10n }, rationalOf(90))).toBe(0);
    expect(roundRational({ n: 10100n, d: 116n })).toBe(87.07);
    expect(() => rationalOf(Number.NaN)).toThrow(RangeError);
  });
});
