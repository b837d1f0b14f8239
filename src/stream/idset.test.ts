import { describe, expect, it } from 'vitest';
import { fingerprint, fingerprintKey, IdFingerprints } from './idset.js';

describe('IdFingerprints', () => {
  it('finds nothing among distinct ids and the repeated ones otherwise, across chunks of 1 M', () => {
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
});
