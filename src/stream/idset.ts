/**
 * Finding duplicate member ids among millions in little memory: each id is kept as a 64-bit
 * fingerprint (8 bytes, not the string), and the fingerprints are sorted once at the end. Two ids
 * with the same fingerprint are only *suspected* to be equal; the caller confirms them on a second
 * read of the input (`DuplicateResolver`), so a report is never a hash collision.
 *
 * @module
 */

const CHUNK = 1 << 20;
/** Where the high and low halves of a 64-bit element sit in its two 32-bit words. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const HI = LITTLE_ENDIAN ? 1 : 0;
const LO = LITTLE_ENDIAN ? 0 : 1;

/**
 * A 64-bit fingerprint of a string as two 32-bit halves (FNV-1a and a multiply-rotate hash over
 * UTF-16 code units, each finalised by an avalanche step).
 *
 * @internal
 * @example
 * ```ts
 * const [hi, lo] = fingerprint('dv-0000001');
 * ```
 */
export function fingerprint(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x9747b28c ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b = (b << 13) | (b >>> 19);
  }
  a ^= a >>> 15;
  a = Math.imul(a, 0x2c1b3c6d);
  a ^= a >>> 12;
  b ^= b >>> 16;
  b = Math.imul(b, 0x85ebca6b);
  b ^= b >>> 13;
  return [a >>> 0, b >>> 0];
}

/**
 * Member id fingerprints, 8 bytes an id, in chunks of 1 M (so growing never copies); each chunk is
 * sorted natively as 64-bit integers at the end and the chunks are merged to find repeats.
 *
 * @example
 * ```ts
 * import { IdFingerprints } from 'xeploai/stream';
 * const ids = new IdFingerprints();
 * for (const id of ['a', 'b', 'a']) ids.add(id);
 * ids.suspects().size; // 1
 * ```
 */
export class IdFingerprints {
  readonly #chunks: BigUint64Array[] = [];
  readonly #words: Uint32Array[] = [];
  #count = 0;

  /** How many ids were added. */
  get size(): number {
    return this.#count;
  }

  /** Adds an id. */
  add(id: string): void {
    const [hi, lo] = fingerprint(id);
    this.addPair(hi, lo);
  }

  /** Adds an id by its fingerprint (computed elsewhere, e.g. in a worker thread). */
  addPair(hi: number, lo: number): void {
    const slot = this.#count % CHUNK;
    if (slot === 0) {
      const chunk = new BigUint64Array(CHUNK);
      this.#chunks.push(chunk);
      this.#words.push(new Uint32Array(chunk.buffer));
    }
    const words = this.#words[this.#words.length - 1]!;
    words[2 * slot + HI] = hi;
    words[2 * slot + LO] = lo;
    this.#count++;
  }

  /**
   * The fingerprints seen more than once, as `hi:lo` keys (see `fingerprintKey`). Empty when the
   * ids are unique, but for a collision of 64-bit fingerprints, which the resolver then clears.
   * Sorts the chunks in place: call it once, after the last `add`.
   */
  suspects(): Set<string> {
    const out = new Set<string>();
    const lengths = this.#chunks.map((_, k) => (k === this.#chunks.length - 1 ? this.#count - k * CHUNK : CHUNK));
    this.#chunks.forEach((chunk, k) => chunk.subarray(0, lengths[k]).sort());
    // k-way merge over the sorted chunks, comparing the 32-bit halves (no BigInt is built).
    const heads = lengths.map(() => 0);
    let lastHi = -1;
    let lastLo = -1;
    for (;;) {
      let best = -1;
      let bestHi = 0;
      let bestLo = 0;
      for (let k = 0; k < this.#words.length; k++) {
        const i = heads[k]!;
        if (i >= lengths[k]!) continue;
        const words = this.#words[k]!;
        const hi = words[2 * i + HI]!;
        const lo = words[2 * i + LO]!;
        if (best === -1 || hi < bestHi || (hi === bestHi && lo < bestLo)) {
          best = k;
          bestHi = hi;
          bestLo = lo;
        }
      }
      if (best === -1) break;
      heads[best]!++;
      if (bestHi === lastHi && bestLo === lastLo) out.add(`${bestHi}:${bestLo}`);
      lastHi = bestHi;
      lastLo = bestLo;
    }
    return out;
  }
}

/**
 * The key of an id's fingerprint, as in `IdFingerprints.suspects()`.
 *
 * @internal
 * @example
 * ```ts
 * fingerprintKey('dv-1') === fingerprintKey('dv-1'); // true
 * fingerprintKey('dv-1') === fingerprintKey('dv-2'); // false
 * ```
 */
export function fingerprintKey(id: string): string {
  const [hi, lo] = fingerprint(id);
  return `${hi}:${lo}`;
}
