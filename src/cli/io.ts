/**
 * The CLI's contact with the outside: output writers, environment, and files. Commands take a
 * `CliIo` so tests run them in-process with string buffers.
 *
 * @module
 */
import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';

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
    stdout: (text) => void process.stdout.write(text),
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
 * Reads a file as UTF-8 text (relative to `cwd`); bytes that are not UTF-8 are an error
 * (`ERR_ENCODING_INVALID_ENCODED_DATA`), not silently replaced.
 *
 * @example
 * ```ts
 * const text = await readTextFile('examples/xa-an-binh-2024.json', process.cwd());
 * ```
 */
export async function readTextFile(file: string, cwd: string): Promise<string> {
  const bytes = await readFile(path.resolve(cwd, file));
  return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
}

/**
 * Writes `data` to `target` atomically: into a temporary file in the same directory, flushed,
 * then renamed over the target. Readers see the old file or the whole new one, never a part;
 * on failure the temporary file is removed and the target is untouched.
 *
 * @example
 * ```ts
 * await writeFileAtomic('out/result.json', '{}\n', process.cwd());
 * ```
 */
export async function writeFileAtomic(target: string, data: string, cwd: string): Promise<void> {
  const absolute = path.resolve(cwd, target);
  const temp = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let done = false;
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(data, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, absolute);
    done = true;
  } finally {
    if (!done) await rm(temp, { force: true });
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
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
