/**
 * Finding duplicate member ids among millions in little memory: each id is kept as a 64-bit
 * fingerprint (8 bytes, not the string), and the fingerprints are sorted once at the end. Two ids
 * with the same fingerprint are only *suspected* to be equal; the caller confirms them on a second
 * read of the input (`DuplicateResolver`), so a report is never a hash collision.
 *
 * @module
 */

const CHUNK = 1 << 19;
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
 * Reads back, in order, a sorted run of fingerprints kept by a `FingerprintStore`.
 *
 * @example
 * ```ts
 * import type { FingerprintRun } from 'xeploai/stream';
 * declare const run: FingerprintRun;
 * const window = new BigUint64Array(1024);
 * run.read(0, window); // how many were copied into the window
 * ```
 */
export interface FingerprintRun {
  readonly length: number;
  /** Copies fingerprints from `start` into `into`, as many as fit and remain; returns how many. */
  read(start: number, into: BigUint64Array): number;
}

/**
 * Where the full, sorted chunks of member id fingerprints wait until the duplicate check merges
 * them (`StreamEvaluatorOptions.fingerprints`): in memory by default (`memoryFingerprintStore`),
 * or elsewhere (the CLI writes them to a temporary file, so a national run does not hold 8 bytes
 * for each of 5.6 M members).
 *
 * @example
 * ```ts
 * import { memoryFingerprintStore, type FingerprintStore } from 'xeploai/stream';
 * const store: FingerprintStore = memoryFingerprintStore();
 * ```
 */
export interface FingerprintStore {
  /** Keeps a sorted chunk (the store may keep the array itself: it is not written again). */
  keep(sorted: BigUint64Array): FingerprintRun;
}

/**
 * A `FingerprintStore` that keeps the chunks in memory.
 *
 * @example
 * ```ts
 * import { memoryFingerprintStore } from 'xeploai/stream';
 * const run = memoryFingerprintStore().keep(new BigUint64Array([1n, 2n]));
 * run.length; // 2
 * ```
 */
export function memoryFingerprintStore(): FingerprintStore {
  return { keep: memoryRun };
}

function memoryRun(sorted: BigUint64Array): FingerprintRun {
  return {
    length: sorted.length,
    read(start, into) {
      const n = Math.max(0, Math.min(into.length, sorted.length - start));
      into.set(sorted.subarray(start, start + n));
      return n;
    },
  };
}

/** Fingerprints of a run read at once while merging (64 KB). */
const WINDOW = 1 << 13;

/** A run being merged: its window of fingerprints and where it is. */
interface Cursor {
  readonly run: FingerprintRun;
  readonly window: BigUint64Array;
  readonly words: Uint32Array;
  /** Next position in the run to read, fingerprints in the window, and the next one to take. */
  next: number;
  size: number;
  at: number;
}

function refill(c: Cursor): void {
  c.size = c.run.read(c.next, c.window);
  c.next += c.size;
  c.at = 0;
}

/**
 * Member id fingerprints, 8 bytes an id, in chunks of 512 K (so growing never copies); each full
 * chunk is sorted natively as 64-bit integers and handed to a `FingerprintStore`, and the sorted
 * runs are merged at the end, a window at a time, to find repeats.
 *
 * @internal
 * @example
 * ```ts
 * const ids = new IdFingerprints();
 * for (const id of ['a', 'b', 'a']) ids.add(id);
 * ids.suspects().size; // 1
 * ```
 */
export class IdFingerprints {
  readonly #store: FingerprintStore;
  readonly #runs: FingerprintRun[] = [];
  #chunk: BigUint64Array | undefined;
  #words: Uint32Array | undefined;
  #used = 0;
  #count = 0;

  constructor(store: FingerprintStore = memoryFingerprintStore()) {
    this.#store = store;
  }

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
    if (this.#words === undefined || this.#used === CHUNK) {
      if (this.#chunk !== undefined) this.#runs.push(this.#store.keep(this.#chunk.sort()));
      this.#chunk = new BigUint64Array(CHUNK);
      this.#words = new Uint32Array(this.#chunk.buffer);
      this.#used = 0;
    }
    this.#words[2 * this.#used + HI] = hi;
    this.#words[2 * this.#used + LO] = lo;
    this.#used++;
    this.#count++;
  }

  /**
   * The fingerprints seen more than once, as `hi:lo` keys (see `fingerprintKey`). Empty when the
   * ids are unique, but for a collision of 64-bit fingerprints, which the resolver then clears.
   * Sorts the last chunk in place: call it once, after the last `add`.
   */
  suspects(): Set<string> {
    const out = new Set<string>();
    const runs = this.#chunk === undefined ? this.#runs : [...this.#runs, memoryRun(this.#chunk.subarray(0, this.#used).sort())];
    const cursors = runs.map((run): Cursor => {
      const window = new BigUint64Array(Math.min(WINDOW, Math.max(1, run.length)));
      const c = { run, window, words: new Uint32Array(window.buffer), next: 0, size: 0, at: 0 };
      refill(c);
      return c;
    });
    // k-way merge over the sorted runs, comparing the 32-bit halves (no BigInt is built).
    let lastHi = -1;
    let lastLo = -1;
    for (;;) {
      let best: Cursor | undefined;
      let bestHi = 0;
      let bestLo = 0;
      for (const c of cursors) {
        if (c.at >= c.size) continue;
        const hi = c.words[2 * c.at + HI]!;
        const lo = c.words[2 * c.at + LO]!;
        if (best === undefined || hi < bestHi || (hi === bestHi && lo < bestLo)) {
          best = c;
          bestHi = hi;
          bestLo = lo;
        }
      }
      if (best === undefined) break;
      if (++best.at === best.size) refill(best);
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
