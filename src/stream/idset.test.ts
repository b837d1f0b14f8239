import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintKey, IdFingerprints, memoryFingerprintStore, type FingerprintStore } from './idset.js';

describe('IdFingerprints', () => {
  it('finds nothing among distinct ids and the repeated ones otherwise, across chunks of 512 K', () => {
    const ids = new IdFingerprints();
    for (let i = 0; i < 1_100_000; i++) ids.add(`dv-${i}`);
    ids.add('dv-17');
    ids.add('dv-1050000');
    expect(ids.size).toBe(1_100_002);
    expect(ids.suspects()).toEqual(new Set([fingerprintKey('dv-17'), fingerprintKey('dv-1050000')]));
  });

  it('gives different fingerprints to ids that differ in one character or in length', () => {
    expect(fingerprint('dv-0001')).not.toEqual(fingerprint('dv-0002'));
    expect(fingerprint('a')).not.toEqual(fingerprint('a\u0000'));
    expect(new IdFingerprints().suspects().size).toBe(0);
  });

  it('hands each full chunk, sorted, to its store and merges the runs a window at a time', () => {
    const kept: bigint[][] = [];
    const memory = memoryFingerprintStore();
    const store: FingerprintStore = { keep: (sorted) => (kept.push([...sorted.subarray(0, 3)]), memory.keep(sorted.slice())) };
    const ids = new IdFingerprints(store);
    for (let i = 0; i < 1_200_000; i++) ids.add(`dv-${i}`);
    ids.add('dv-524288');
    ids.add('dv-1199999');
    expect(kept).toHaveLength(2);
    for (const head of kept) expect([...head].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(head);
    expect(ids.suspects()).toEqual(new Set([fingerprintKey('dv-524288'), fingerprintKey('dv-1199999')]));
  });
});
