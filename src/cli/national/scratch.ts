/**
 * The temporary files of a streamed run: a directory for its spools and fingerprints, removed
 * when the run ends, and an output written to a temporary file that becomes the result only when
 * the input proved valid (renamed over `--out`, or copied to stdout), so nothing partial is ever
 * presented as complete.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readSync, renameSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FingerprintStore } from '../../stream/idset.js';
import type { Spool, SpoolFactory, SpoolOptions } from '../../stream/spool.js';
import { keepPath, temporaryPath } from '../cleanup.js';
import { makeTempDir, outputTarget, writingTo } from '../io.js';
import { FileFingerprintStore, FileSpool } from './fileSpool.js';

/** Bytes copied at once from the temporary output to stdout or a device. */
const READ_CHUNK = 1 << 20;
const WRITE_BUFFER = 1 << 20;

const ENCODER = new TextEncoder();

/**
 * Appends text to a file descriptor through one reused 1 MB byte buffer (one write per MB, not per
 * line, and no new native buffer per write: allocating one each time lets the process's memory
 * grow with fragments the allocator keeps).
 */
class BufferedFile {
  readonly fd: number;
  readonly #bytes = new Uint8Array(WRITE_BUFFER);
  #used = 0;
  bytes = 0;

  constructor(fd: number) {
    this.fd = fd;
  }

  write(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = ENCODER.encodeInto(rest, this.#bytes.subarray(this.#used));
      this.#used += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      this.flush();
    }
  }

  flush(): void {
    let off = 0;
    while (off < this.#used) off += writeSync(this.fd, this.#bytes, off, this.#used - off);
    this.bytes += this.#used;
    this.#used = 0;
  }
}

/**
 * A directory of temporary files (spools, the output before it is committed), removed by `close`.
 *
 * @example
 * ```ts
 * const scratch = new ScratchDir();
 * try { const spool = scratch.spools()('heads'); } finally { scratch.close(); }
 * ```
 */
export class ScratchDir {
  readonly dir: string;
  readonly #spools: { close(): void }[] = [];
  readonly #remove: () => void;

  constructor(parent: string = tmpdir()) {
    ({ dir: this.dir, remove: this.#remove } = makeTempDir(parent));
  }

  /** Spools that write JSON lines to files in this directory (see `FileSpool`). */
  spools(): SpoolFactory {
    return <T>(name: string, options?: SpoolOptions): Spool<T> => {
      const spool = new FileSpool<T>(path.join(this.dir, `${name}.jsonl`), options);
      this.#spools.push(spool);
      return spool;
    };
  }

  /** A store for member id fingerprints in this directory (see `FileFingerprintStore`). */
  fingerprints(): FingerprintStore {
    const store = new FileFingerprintStore(path.join(this.dir, 'ids.bin'));
    this.#spools.push(store);
    return store;
  }

  /** Closes every file and removes the directory. */
  close(): void {
    for (const spool of this.#spools) spool.close();
    this.#remove();
  }
}

/**
 * The output of a streamed evaluation, written as it is computed into a temporary file; `commit`
 * makes it the result (renamed over `target`, atomically, or copied to `stdout`, or into a device
 * or FIFO given as `target`), `discard` removes it. With a regular target, the temporary file sits
 * beside it so the rename stays atomic. A failed write throws a `WriteError`.
 *
 * @example
 * ```ts
 * const out = new PendingOutput(undefined, process.cwd()); // to stdout, once committed
 * out.write('{"summary":{}}\n');
 * out.discard(); // the input proved invalid: nothing is written
 * ```
 */
export class PendingOutput {
  readonly #file: string;
  readonly #target: string | undefined;
  /** A device or FIFO: copied into, not renamed over. */
  readonly #direct: string | undefined;
  readonly #label: string;
  readonly #out: BufferedFile;
  readonly #remove: () => void;
  #closed = false;

  constructor(target: string | undefined, cwd: string, scratch?: ScratchDir) {
    const where = target === undefined ? undefined : outputTarget(target, cwd);
    this.#label = target ?? 'stdout';
    if (where !== undefined && !where.direct) {
      this.#target = where.path;
      this.#direct = undefined;
      this.#file = path.join(path.dirname(where.path), `.${path.basename(where.path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
    } else {
      this.#target = undefined;
      this.#direct = where?.path;
      this.#file = path.join(scratch?.dir ?? tmpdir(), `output.${randomBytes(6).toString('hex')}.tmp`);
    }
    this.#out = new BufferedFile(openSync(this.#file, 'wx', 0o644));
    this.#remove = temporaryPath(this.#file);
  }

  /** Bytes written so far (flushed). */
  get bytes(): number {
    return this.#out.bytes;
  }

  write(text: string): void {
    writingTo(this.#label, () => this.#out.write(text));
  }

  /** Flushes, then renames the file over the target, or copies it to `stdout` (or the device) and removes it. */
  commit(stdout: (text: string) => void): void {
    writingTo(this.#label, () => this.#out.flush());
    if (this.#target !== undefined) {
      writingTo(this.#label, () => fsyncSync(this.#out.fd));
      this.#close();
      renameSync(this.#file, this.#target);
      keepPath(this.#file);
      return;
    }
    this.#close();
    const device = this.#direct === undefined ? undefined : openSync(this.#direct, 'w');
    try {
      const fd = openSync(this.#file, 'r');
      try {
        const decoder = new TextDecoder('utf-8');
        const buffer = new Uint8Array(READ_CHUNK);
        for (;;) {
          const n = readSync(fd, buffer, 0, READ_CHUNK, null);
          if (device !== undefined) {
            let off = 0;
            while (off < n) off += writeSync(device, buffer, off, n - off);
          } else {
            const text = decoder.decode(buffer.subarray(0, n), { stream: n > 0 });
            if (text.length > 0) stdout(text);
          }
          if (n === 0) break;
        }
      } finally {
        closeSync(fd);
      }
    } finally {
      if (device !== undefined) closeSync(device);
      this.#remove();
    }
  }

  /** Removes the temporary file: nothing is written. */
  discard(): void {
    this.#close();
    this.#remove();
  }

  #close(): void {
    if (this.#closed) return;
    this.#closed = true;
    closeSync(this.#out.fd);
  }
}
