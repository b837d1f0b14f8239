import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareRational, percentHalfUp, percentOf, percentsLargestRemainder, percentsOf, percentTruncate, rationalOf, roundRational } from './percent.js';

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
    // 1, 2, 4 of 7 at 0 decimals: 14.29 + 28.57 + 57.14; half-up 14 + 29 + 57 = 100, truncate 14 + 28 + 57 = 99.
    expect(percentsOf([1, 2, 4], 'truncate', 0)).toEqual([14, 28, 57]);
    expect(percentsOf([1, 2, 4], 'largest-remainder', 0)).toEqual([14, 29, 57]);
    // 1/6, 2/6, 3/6 at 0 decimals: half-up 17 + 33 + 50 = 100; 1, 4, 4, 3 of 12: half-up 8 + 33 + 33 + 25 = 99.
    expect(percentsOf([1, 4, 4, 3], 'half-up', 0)).toEqual([8, 33, 33, 25]);
    // Floors 8 + 33 + 33 + 25 = 99; remainders (×1/12): 4, 4, 4, 0 — the 4s are one value, the 1 another:
    // the larger count first, but the two 4s need 2 units and only 1 is missing, so the row stops: 99.
    expect(percentsOf([1, 4, 4, 3], 'largest-remainder', 0)).toEqual([8, 33, 33, 25]);
    // 1, 3, 4 of 8: 12.5, 37.5, 50 — half-up 13 + 38 + 50 = 101; equal remainders go to the larger count.
    expect(percentsOf([1, 3, 4], 'half-up', 0)).toEqual([13, 38, 50]);
    expect(percentsOf([1, 3, 4], 'largest-remainder', 0)).toEqual([12, 38, 50]);
  });
  it('gives equal counts one value (ties take a unit together or not at all)', () => {
    // 1, 1, 1 of 3 at 2 decimals: 33.33 each; the row adds to 99.99, not 33.34 + 33.33 + 33.33.
    expect(percentsOf([1, 1, 1, 0], 'largest-remainder')).toEqual([33.33, 33.33, 33.33, 0]);
    // 2, 2, 3 of 7 at 0 decimals: floors 28, 28, 42; remainders 4/7, 4/7, 6/7 → 43 first, then the 2s would need 2 units of 1.
    expect(percentsLargestRemainder([2, 2, 3], 0)).toEqual([28, 28, 43]);
    // 51 of 325 twice, with 223 of 325: 15.69… each; floors 15.69, 15.69, 68.61 (99.99) remainders 75, 75, 175 (/325):
    // the 223 takes the unit; never 15.69 and 15.68 for the same count.
    expect(percentsLargestRemainder([51, 51, 223])).toEqual([15.69, 15.69, 68.62]);
  });
  it('agrees with half-up when half-up already adds to 100', () => {
    expect(percentsOf([17, 84, 12, 3], 'largest-remainder')).toEqual(percentsOf([17, 84, 12, 3], 'half-up'));
  });
  it('property: never above 100, short of it only by a tie, each cell its floor or one unit above, equal counts equal', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 4 }), (counts, decimals) => {
        const total = counts.reduce((s, c) => s + c, 0);
        const out = percentsLargestRemainder(counts, decimals);
        if (total === 0) return out.every((p) => p === null);
        const unit = 10 ** decimals;
        const units = out.map((p) => Math.round(p! * unit));
        const sum = units.reduce((s, u) => s + u, 0);
        const largestTie = Math.max(...counts.map((c) => counts.filter((d) => d === c).length));
        expect(sum).toBeLessThanOrEqual(100 * unit);
        expect(100 * unit - sum).toBeLessThan(largestTie);
        counts.forEach((c, i) => {
          const floor = Math.floor((c * 100 * unit) / total);
          expect(units[i]! - floor === 0 || units[i]! - floor === 1).toBe(true);
          counts.forEach((d, j) => {
            if (d === c) expect(units[j]).toBe(units[i]);
          });
        });
        return true;
      }),
    );
  });
});

describe('truncate', () => {
  it('rounds down where half-up rounds up', () => {
    expect(percentTruncate(2, 3, 1)).toBe(66.6);
    expect(percentHalfUp(2, 3, 1)).toBe(66.7);
    expect(percentTruncate(101, 116)).toBe(87.06); // 87.0689…
    expect(percentTruncate(1, 200, 0)).toBe(0);
    expect(percentTruncate(5, 5)).toBe(100);
    expect(percentOf(101, 116, 'truncate')).toBe(87.06);
    expect(percentOf(101, 116, 'largest-remainder')).toBe(87.07);
    expect(percentTruncate(1, 0)).toBeNull();
  });
});

describe('the fast path in doubles', () => {
  it('property: equals exact BigInt arithmetic, half-up and truncated', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }), (count, base, decimals) => {
        const scale = 10n ** BigInt(decimals);
        const b = BigInt(base);
        const halfUp = Number((200n * scale * BigInt(count) + b) / (2n * b)) / 10 ** decimals;
        const down = Number((100n * scale * BigInt(count)) / b) / 10 ** decimals;
        expect(percentHalfUp(count, base, decimals)).toBe(halfUp);
        expect(percentTruncate(count, base, decimals)).toBe(down);
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
