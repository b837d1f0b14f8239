// The deterministic random numbers of the generators (examples, bench): mulberry32, small, fast
// and the same on every platform, so a generator run twice writes the same bytes.

/** A generator of numbers in [0, 1) from a 32-bit seed. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
