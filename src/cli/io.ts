/**
 * The CLI's contact with the outside: output writers, environment, and files. Commands take a
 * `CliIo` so tests run them in-process with string buffers.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, realpathSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { open, rename } from 'node:fs/promises';
import path from 'node:path';
import { keepPath, temporaryPath } from './cleanup.js';
import { CliError } from './exit.js';

/**
 * Where a command writes and what it may know of its environment.
 *
 * @example
 * ```ts
 * let out = '';
 * const io: CliIo = { stdout: (s) => { out += s; }, stderr: () => {}, stdoutIsTTY: false, env: {}, cwd: process.cwd() };
 * ```
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Whether stdout is a terminal (colours are used only then). */
  readonly stdoutIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory relative paths are resolved against. */
  readonly cwd: string;
  /** The terminal's width when stdout is one (tables and long lines are fitted to it; `COLUMNS` overrides). */
  readonly columns?: number;
}

/**
 * The real process: `process.stdout`, `process.stderr`, `process.env`, `process.cwd()`.
 *
 * @example
 * ```ts
 * const code = await main(process.argv.slice(2), nodeIo());
 * ```
 */
export function nodeIo(): CliIo {
  return {
    stdout: (text) => {
      try {
        process.stdout.write(text);
      } catch (error) {
        // Written synchronously to a file or device: a failure is thrown here, not emitted.
        throw new CliError(`stdout: cannot write: ${fileErrorReason(error)}`);
      }
    },
    stderr: (text) => void process.stderr.write(text),
    stdoutIsTTY: process.stdout.isTTY === true,
    ...(process.stdout.isTTY === true && process.stdout.columns > 0 ? { columns: process.stdout.columns } : {}),
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * Whether to colour output: only on a terminal, and never when `NO_COLOR` is set to a non-empty
 * value (https://no-color.org).
 *
 * @example
 * ```ts
 * useColor({ stdoutIsTTY: true, env: { NO_COLOR: '1' } }); // false
 * ```
 */
export function useColor(io: Pick<CliIo, 'stdoutIsTTY' | 'env'>): boolean {
  const noColor = io.env['NO_COLOR'];
  return io.stdoutIsTTY && (noColor === undefined || noColor === '');
}

/**
 * The largest JSON document read (500 MB): it is read whole into one string, and V8's strings
 * stop at about 512 M characters. Larger reviews are written as NDJSON, which is streamed.
 *
 * @example
 * ```ts
 * MAX_JSON_BYTES; // 524288000
 * ```
 */
export const MAX_JSON_BYTES = 500 * (1 << 20);

/**
 * The error of a file larger than `MAX_JSON_BYTES` (see `fileErrorReason`).
 *
 * @internal
 * @example
 * ```ts
 * fileErrorReason(tooLarge()); // 'larger than 500 MB, the most a JSON document may be (a larger review streams as NDJSON: .ndjson, --format ndjson)'
 * ```
 */
export function tooLarge(): Error {
  return Object.assign(new Error('too large'), { code: 'XEPLOAI_TOO_LARGE' });
}

const READ_CHUNK = 1 << 20;

/**
 * Reads a file as UTF-8 text (relative to `cwd`); bytes that are not UTF-8 are an error
 * (`ERR_ENCODING_INVALID_ENCODED_DATA`), not silently replaced. A file larger than `maxBytes`
 * is an error before it is read; a device, FIFO or pipe (`/dev/stdin`) is read once, as a
 * stream, and stops at `maxBytes` (`/dev/zero` does not fill the memory).
 *
 * @example
 * ```ts
 * const text = await readTextFile('examples/xa-an-binh-2024.json', process.cwd());
 * ```
 */
export async function readTextFile(file: string, cwd: string, maxBytes: number = MAX_JSON_BYTES): Promise<string> {
  const handle = await open(path.resolve(cwd, file), 'r');
  try {
    const stats = await handle.stat();
    if (stats.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    if (stats.isFile() && stats.size > maxBytes) throw tooLarge();
    const chunks: Uint8Array[] = [];
    let total = 0;
    if (stats.isFile() && stats.size > 0) {
      // A regular file: one buffer of its size (no chunks to join, no second copy).
      const whole = Buffer.allocUnsafe(stats.size);
      while (total < whole.length) {
        const { bytesRead } = await handle.read(whole, total, whole.length - total, null);
        if (bytesRead === 0) break;
        total += bytesRead;
      }
      chunks.push(whole.subarray(0, total));
    }
    for (;;) {
      const chunk = new Uint8Array(READ_CHUNK);
      const { bytesRead } = await handle.read(chunk, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge();
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(Buffer.concat(chunks, total));
  } finally {
    await handle.close();
  }
}

/**
 * Where `--out` writes: a regular file (or nothing yet) is replaced atomically, by a rename at its
 * real path (through symlinks, so a link stays a link); anything else (a device such as
 * `/dev/null`, a FIFO, `/proc/self/fd/1`) is written directly: renaming over it would replace
 * the node itself.
 *
 * @example
 * ```ts
 * outputTarget('/dev/null', process.cwd()); // { path: '/dev/null', direct: true }
 * ```
 */
export function outputTarget(target: string, cwd: string): { readonly path: string; readonly direct: boolean } {
  const absolute = path.resolve(cwd, target);
  let stats;
  try {
    stats = statSync(absolute);
  } catch {
    return { path: absolute, direct: false }; // nothing there yet: created by the rename
  }
  if (stats.isDirectory()) throw Object.assign(new Error(`${target} is a directory`), { code: 'EISDIR' });
  if (!stats.isFile()) return { path: absolute, direct: true };
  return { path: realpathSync(absolute), direct: false };
}

/**
 * Refuses (exit 2) an `--out` that is one of the input files, however it is spelled (`./`, `..`,
 * a symlink, a hard link): writing the result would replace the review it is computed from.
 *
 * @example
 * ```ts
 * refuseInputAsOutput('result.json', ['review.json'], process.cwd()); // nothing: they differ
 * ```
 */
export function refuseInputAsOutput(out: string | undefined, inputs: readonly string[], cwd: string): void {
  if (out === undefined) return;
  let target;
  try {
    target = statSync(path.resolve(cwd, out));
  } catch {
    return; // nothing there yet: not an input
  }
  if (!target.isFile()) return;
  for (const input of inputs) {
    try {
      const s = statSync(path.resolve(cwd, input));
      if (s.dev === target.dev && s.ino === target.ino) {
        throw new CliError(`${out}: is the input file ${input}: refusing to write over it (choose another --out)`);
      }
    } catch (error) {
      if (error instanceof CliError) throw error;
    }
  }
}

/**
 * Writes `data` (a text, or its parts in order) to `target`: a regular file atomically, into a
 * temporary file in the same directory, flushed, then renamed over the target, so readers see the
 * old file or the whole new one, never a part; on failure the temporary file is removed and the
 * target is untouched. A device or FIFO is written directly (see `outputTarget`).
 *
 * @example
 * ```ts
 * await writeFileAtomic('out/result.json', '{}\n', process.cwd());
 * ```
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array | Iterable<string>, cwd: string): Promise<void> {
  const { path: absolute, direct } = outputTarget(target, cwd);
  const parts: Iterable<string | Uint8Array> = typeof data === 'string' || data instanceof Uint8Array ? [data] : data;
  if (direct) {
    const handle = await open(absolute, 'w');
    try {
      for (const part of parts) await handle.writeFile(part, typeof part === 'string' ? 'utf8' : null);
    } finally {
      await handle.close();
    }
    return;
  }
  const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const remove = temporaryPath(temp);
  let done = false;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      for (const part of parts) await handle.writeFile(part, typeof part === 'string' ? 'utf8' : null);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, absolute);
    keepPath(temp);
    done = true;
  } finally {
    if (!done) remove();
  }
}

/**
 * Makes a temporary folder `xeploai-…` in `parent` (the system's temporary directory, `TMPDIR`),
 * removed on an interrupt; returns it and the function that removes it. A temporary directory
 * that cannot be used is an error saying so (exit 2), not an internal error.
 *
 * @example
 * ```ts
 * const { dir, remove } = makeTempDir();
 * remove();
 * ```
 */
export function makeTempDir(parent: string = tmpdir()): { readonly dir: string; readonly remove: () => void } {
  let dir: string;
  try {
    dir = mkdtempSync(path.join(parent, 'xeploai-'));
  } catch (error) {
    throw new CliError(`${parent}: cannot create a temporary folder in the temporary directory: ${fileErrorReason(error)} (set TMPDIR to a writable directory)`);
  }
  return { dir, remove: temporaryPath(dir) };
}

/**
 * A failed write to a temporary file or to the output (a full disk, a read-only file system):
 * reported as a write error of the output or of the temporary directory, never as a failure to
 * read the input the run was reading at the time.
 *
 * @example
 * ```ts
 * const error = new WriteError('result.ndjson', Object.assign(new Error('ENOSPC'), { code: 'ENOSPC' }));
 * error.target; // 'result.ndjson'
 * ```
 */
export class WriteError extends Error {
  /** What was being written: the `--out` path, `stdout`, or the temporary directory. */
  readonly target: string;
  override readonly cause: unknown;

  constructor(target: string, cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'WriteError';
    this.target = target;
    this.cause = cause;
  }
}

/**
 * Runs `write`, turning a failure into a `WriteError` on `target`.
 *
 * @example
 * ```ts
 * writingTo('result.ndjson', () => {});
 * ```
 */
export function writingTo<T>(target: string, write: () => T): T {
  try {
    return write();
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(target, error);
  }
}

/**
 * A short reason for a failed file operation, without the stack: `no such file or directory`.
 *
 * @example
 * ```ts
 * fileErrorReason(Object.assign(new Error('x'), { code: 'ENOENT' })); // 'no such file or directory'
 * ```
 */
export function fileErrorReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ERR_ENCODING_INVALID_ENCODED_DATA':
      return 'not UTF-8 text';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EROFS':
      return 'read-only file system';
    case 'EFBIG':
      return 'file too large';
    case 'EIO':
      return 'input/output error';
    case 'EPIPE':
      return 'the reading end of the pipe is closed';
    case 'XEPLOAI_TOO_LARGE':
      return `larger than ${MAX_JSON_BYTES >>> 20} MB, the most a JSON document may be (a larger review streams as NDJSON: .ndjson, --format ndjson)`;
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
