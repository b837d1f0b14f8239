/**
 * Spools in temporary files (see `Spool`): records are written as JSON lines through one reused
 * byte buffer, read back in order 64 KB at a time, or one by one by their index (the byte offset
 * of every record is kept, 8 bytes a record), so that the end of a national run holds neither
 * its organizations nor their results.
 *
 * @module
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { FingerprintRun, FingerprintStore } from '../../stream/idset.js';
import { writingTo } from '../io.js';
import type { Spool, SpoolOptions } from '../../stream/spool.js';

const WRITE_BUFFER = 1 << 18;
/** Small reads: a chunk's text and lines die young, before a scavenge could promote them. */
const READ_CHUNK = 1 << 16;
/** Bytes read at once for `at`: neighbouring records are usually asked for next. */
const WINDOW = 1 << 16;
const ENCODER = new TextEncoder();

/**
 * A spool of JSON lines in `file` (created or truncated). `close` closes its descriptors; the
 * file itself is the caller's to remove.
 *
 * @example
 * ```ts
 * import path from 'node:path';
 * import { tmpdir } from 'node:os';
 * const spool = new FileSpool<{ id: string }>(path.join(tmpdir(), 'heads.jsonl'));
 * spool.push({ id: 'dv-1' });
 * spool.at(0).id; // 'dv-1'
 * spool.close();
 * ```
 */
export class FileSpool<T> implements Spool<T> {
  readonly #file: string;
  readonly #fd: number;
  readonly #bytes = new Uint8Array(WRITE_BUFFER);
  /** Bytes in `#bytes` not yet written, and bytes already written to the file. */
  #used = 0;
  #flushed = 0;
  /** Byte offset of each record, for `at`; `undefined` for a spool read only in order. */
  #offsets: Float64Array | undefined;
  #size = 0;
  #readFd: number | undefined;
  readonly #window = new Uint8Array(WINDOW);
  #windowStart = 0;
  #windowLength = 0;
  readonly #decoder = new TextDecoder('utf-8');

  constructor(file: string, options: SpoolOptions = {}) {
    this.#file = file;
    this.#fd = openSync(file, 'w');
    this.#offsets = options.inOrderOnly === true ? undefined : new Float64Array(1024);
  }

  get size(): number {
    return this.#size;
  }

  push(record: T): void {
    if (this.#offsets !== undefined) {
      if (this.#size === this.#offsets.length) {
        const bigger = new Float64Array(this.#offsets.length * 2);
        bigger.set(this.#offsets);
        this.#offsets = bigger;
      }
      this.#offsets[this.#size] = this.#flushed + this.#used;
    }
    this.#size++;
    let rest = `${JSON.stringify(record)}\n`;
    for (;;) {
      const { read, written } = ENCODER.encodeInto(rest, this.#bytes.subarray(this.#used));
      this.#used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.#flush();
    }
  }

  *read(): Generator<T> {
    this.#flush();
    const fd = openSync(this.#file, 'r');
    try {
      const decoder = new TextDecoder('utf-8');
      const buffer = new Uint8Array(READ_CHUNK);
      let rest = '';
      for (;;) {
        const n = readSync(fd, buffer, 0, READ_CHUNK, null);
        const text = rest + decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
        const lines = text.split('\n');
        rest = n > 0 ? lines.pop()! : '';
        for (const line of lines) if (line !== '') yield JSON.parse(line) as T;
        if (n === 0) break;
      }
    } finally {
      closeSync(fd);
    }
  }

  at(index: number): T {
    const offsets = this.#offsets;
    if (offsets === undefined) throw new Error(`spool ${this.#file}: made to be read in order only`);
    if (!(index >= 0 && index < this.#size)) throw new RangeError(`spool: no record ${index} (${this.#size} pushed)`);
    const start = offsets[index]!;
    // The record ends where the next starts (or at the end), its newline left out.
    const end = (index + 1 < this.#size ? offsets[index + 1]! : this.#flushed + this.#used) - 1;
    if (end > this.#flushed) this.#flush();
    this.#readFd ??= openSync(this.#file, 'r');
    let bytes: Uint8Array;
    if (start >= this.#windowStart && end <= this.#windowStart + this.#windowLength) {
      bytes = this.#window.subarray(start - this.#windowStart, end - this.#windowStart);
    } else if (end - start <= WINDOW) {
      this.#windowStart = start;
      this.#windowLength = readFully(this.#readFd, this.#window, WINDOW, start);
      bytes = this.#window.subarray(0, end - start);
    } else {
      bytes = new Uint8Array(end - start);
      readFully(this.#readFd, bytes, bytes.length, start);
    }
    return JSON.parse(this.#decoder.decode(bytes)) as T;
  }

  /** Closes the file (written as it is) and the descriptor `at` reads with. */
  close(): void {
    for (const fd of [this.#fd, this.#readFd]) {
      if (fd === undefined) continue;
      try {
        closeSync(fd);
      } catch {
        // already closed
      }
    }
    this.#readFd = undefined;
  }

  #flush(): void {
    let off = 0;
    writingTo(path.dirname(this.#file), () => {
      while (off < this.#used) off += writeSync(this.#fd, this.#bytes, off, this.#used - off);
    });
    this.#flushed += this.#used;
    this.#used = 0;
  }
}

/**
 * Member id fingerprints in a temporary file (see `FingerprintStore`): each sorted chunk is
 * written as it fills and read back a window at a time by the duplicate check, so a national run
 * keeps one chunk in memory instead of 8 bytes for every member.
 *
 * @example
 * ```ts
 * import path from 'node:path';
 * import { tmpdir } from 'node:os';
 * const store = new FileFingerprintStore(path.join(tmpdir(), 'ids.bin'));
 * store.keep(new BigUint64Array([1n, 2n])).length; // 2
 * store.close();
 * ```
 */
export class FileFingerprintStore implements FingerprintStore {
  readonly #fd: number;
  readonly #dir: string;
  #end = 0;

  constructor(file: string) {
    this.#fd = openSync(file, 'w+');
    this.#dir = path.dirname(file);
  }

  keep(sorted: BigUint64Array): FingerprintRun {
    const start = this.#end;
    const bytes = new Uint8Array(sorted.buffer, sorted.byteOffset, sorted.byteLength);
    let off = 0;
    writingTo(this.#dir, () => {
      while (off < bytes.length) off += writeSync(this.#fd, bytes, off, bytes.length - off, start + off);
    });
    this.#end += bytes.length;
    const fd = this.#fd;
    const length = sorted.length;
    return {
      length,
      read(from, into) {
        const n = Math.max(0, Math.min(into.length, length - from));
        if (n > 0) readFully(fd, new Uint8Array(into.buffer, into.byteOffset, n * 8), n * 8, start + from * 8);
        return n;
      },
    };
  }

  close(): void {
    try {
      closeSync(this.#fd);
    } catch {
      // already closed
    }
  }
}

/** Reads up to `length` bytes at `position` (fewer only at the end of the file). */
function readFully(fd: number, into: Uint8Array, length: number, position: number): number {
  let got = 0;
  while (got < length) {
    const n = readSync(fd, into, got, length - got, position + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}
