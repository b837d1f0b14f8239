import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { evaluateQuota, minimalDemotions, quotaCap, quotaHolds, type QuotaBaseKind, type QuotaInput } from './quotaArithmetic.js';

/** Compliance after k moves, written from the definition (no shared code with quotaArithmetic.ts). */
function compliesAfter(input: QuotaInput, k: number): boolean {
  const x = input.htxsnv - k;
  const t = input.httnv + k;
  const base = input.base === 'httnv' ? t : x + t;
  // literal cap = max(1, ⌊p·base/100⌋) with minimumOne; Math.floor is exact at these sizes
  const plain = Math.floor((input.percent * base) / 100);
  const cap = input.minimumOne ? Math.max(1, plain) : plain;
  return x <= cap;
}

function bruteForceDemote(input: QuotaInput): number {
  for (let k = 0; k <= input.htxsnv; k++) if (compliesAfter(input, k)) return k;
  throw new Error('no k complies');
}

const PERCENTS = [1, 5, 10, 15, 20, 25, 33, 50, 100];
const BASES: QuotaBaseKind[] = ['httnv', 'httnv-and-above'];

describe('minimalDemotions', () => {
  it('matches a brute-force minimum for T = 0…10, X = 0…5, several p, both bases, minimumOne on and off', () => {
    for (const percent of PERCENTS)
      for (const base of BASES)
        for (const minimumOne of [false, true])
          for (let httnv = 0; httnv <= 10; httnv++)
            for (let htxsnv = 0; htxsnv <= 5; htxsnv++) {
              const input = { htxsnv, httnv, percent, base, minimumOne };
              const k = minimalDemotions(input);
              expect(k, JSON.stringify(input)).toBe(bruteForceDemote(input));
              const outcome = evaluateQuota(input);
              expect(outcome.ok).toBe(compliesAfter(input, 0));
              expect(outcome.demote).toBe(k);
              if (!outcome.ok) expect(outcome.allowed).toBe(htxsnv - k);
              else expect(outcome.allowed).toBeGreaterThanOrEqual(htxsnv);
            }
  });

  it('is the closed form ceil((5X − T)/6) for p = 20 and base httnv', () => {
    for (let t = 0; t <= 40; t++)
      for (let x = 0; x <= 12; x++) {
        const expected = Math.max(0, Math.ceil((5 * x - t) / 6));
        expect(minimalDemotions({ htxsnv: x, httnv: t, percent: 20, base: 'httnv' })).toBe(expected);
      }
  });

  it('gives the worked cases of the regulations digest', () => {
    const k = (htxsnv: number, httnv: number, percent = 20) => minimalDemotions({ htxsnv, httnv, percent, base: 'httnv' });
    expect(k(5, 14)).toBe(2); // qd124 §6
    expect(k(2, 1)).toBe(2); // qd124 §6: both demoted
    expect(k(4, 11)).toBe(2); // C124-07
    expect(k(2, 10)).toBe(0); // C124-08: equality allowed
    expect(k(6, 20)).toBe(2); // qd132 §6
    expect(k(1, 9)).toBe(0); // qd132 §6
    expect(k(7, 24)).toBe(2); // qd366 §6
    expect(k(7, 24, 25)).toBe(1); // qd366 §6 with a 25 % decision
  });

  it('agrees with a brute force on random larger pools (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.constantFrom<QuotaBaseKind>('httnv', 'httnv-and-above'),
        fc.boolean(),
        (htxsnv, httnv, percent, base, minimumOne) => {
          const input = { htxsnv, httnv, percent, base, minimumOne };
          const k = minimalDemotions(input);
          expect(compliesAfter(input, k)).toBe(true);
          if (k > 0) expect(compliesAfter(input, k - 1)).toBe(false);
        },
      ),
    );
  });
});

describe('evaluateQuota — the four readings (civil-service.md) on X = 5, T = 18 of 30 rated', () => {
  it('20 % of those rated HTTNV: cap 3, exceeds, k = 2', () => {
    expect(evaluateQuota({ htxsnv: 5, httnv: 18, percent: 20, base: 'httnv' })).toEqual({ ok: false, baseCount: 18, cap: 3, allowed: 3, demote: 2 });
  });
  it('20 % of HTTNV and above: cap 4, exceeds, k = 1', () => {
    expect(evaluateQuota({ htxsnv: 5, httnv: 18, percent: 20, base: 'httnv-and-above' })).toEqual({ ok: false, baseCount: 23, cap: 4, allowed: 4, demote: 1 });
  });
  it('20 % of everyone rated (not offered as a setting): cap 6, passes', () => {
    expect(quotaCap(20, 30)).toBe(6);
    expect(quotaHolds(5, 20, 30)).toBe(true);
  });
});

describe('quotaCap and quotaHolds', () => {
  it('allows equality («không vượt quá»)', () => {
    expect(quotaHolds(2, 20, 10)).toBe(true);
    expect(evaluateQuota({ htxsnv: 2, httnv: 10, percent: 20, base: 'httnv' })).toMatchObject({ ok: true, cap: 2, allowed: 2, demote: 0 });
  });
  it('reads minimumOne literally, even when the base is 0', () => {
    expect(quotaCap(20, 0, true)).toBe(1);
    expect(evaluateQuota({ htxsnv: 1, httnv: 0, percent: 20, base: 'httnv', minimumOne: true })).toMatchObject({ ok: true, cap: 1 });
    expect(evaluateQuota({ htxsnv: 1, httnv: 0, percent: 20, base: 'httnv' })).toMatchObject({ ok: false, cap: 0, allowed: 0, demote: 1 });
    expect(evaluateQuota({ htxsnv: 3, httnv: 0, percent: 20, base: 'httnv', minimumOne: true })).toMatchObject({ ok: false, allowed: 1, demote: 2 });
  });
  it('rejects fractional or negative counts', () => {
    expect(() => quotaCap(20.5, 3)).toThrow(RangeError);
    expect(() => minimalDemotions({ htxsnv: -1, httnv: 3, percent: 20, base: 'httnv' })).toThrow(RangeError);
  });
  it('never uses floating point: huge pools are exact', () => {
    // t · 0.2 as a float is inexact at this size; the integer cap must still be exact.
    const t = 450_359_962_737_049; // p·t < 2^53
    expect(quotaCap(20, t)).toBe((t - (t % 5)) / 5);
  });
});
