/**
 * Turning the text of a review file into a JSON object, with one-line messages for the ways
 * it can fail (the schema itself is checked by the engine), and telling JSON from NDJSON.
 *
 * @module
 */
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { describeValue, XeploaiError } from '../errors.js';
import { duplicateKeyIssues } from '../model/duplicates.js';
import { CliError } from './exit.js';
import { fileErrorReason, makeTempDir, MAX_JSON_BYTES, readTextFile, tooLarge } from './io.js';

/**
 * Removes a leading byte order mark (editors on Windows add one to UTF-8 files).
 *
 * @example
 * ```ts
 * stripBom('\uFEFF{}'); // '{}'
 * ```
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses `text` as a JSON object; throws a `CliError` (exit 2) `LABEL: invalid JSON: …` for an
 * empty file, a syntax error, or a value that is not an object, and an `XeploaiError` listing
 * every key given twice in an object (`members: expected each field once …`).
 *
 * @example
 * ```ts
 * parseJsonObject('{"year": 2024}', 'review.json'); // { year: 2024 }
 * const thrown = (text: string) => {
 *   try {
 *     parseJsonObject(text, 'review.json');
 *     return '';
 *   } catch (error) {
 *     return (error as Error).message;
 *   }
 * };
 * thrown('[]'); // 'review.json: invalid JSON: expected an object, got an array'
 * ```
 */
export function parseJsonObject(text: string, label: string): Record<string, unknown> {
  const body = stripBom(text);
  if (body.trim() === '') throw new CliError(`${label}: invalid JSON: the file is empty`);
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new CliError(`${label}: invalid JSON: ${reason}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new CliError(`${label}: invalid JSON: expected an object, got ${describeValue(value)}`);
  }
  // JSON.parse keeps the last of two equal keys: a key given twice is an input error instead.
  const duplicates = duplicateKeyIssues(body, value);
  if (duplicates.length > 0) throw new XeploaiError(duplicates);
  return value as Record<string, unknown>;
}

/**
 * Reads a JSON document from a file; failures are `CliError`s naming the file as given (or
 * `label`, when `file` is a copy of it).
 *
 * @example
 * ```ts
 * const review = await loadJsonFile('examples/xa-an-binh-2024.json', process.cwd());
 * ```
 */
export async function loadJsonFile(file: string, cwd: string, label: string = file): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = await readTextFile(file, cwd);
  } catch (error) {
    throw new CliError(`${label}: cannot read: ${fileErrorReason(error)}`);
  }
  return parseJsonObject(text, label);
}

/**
 * Whether a file name says NDJSON: `.ndjson` or `.jsonl`.
 *
 * @example
 * ```ts
 * isNdjsonPath('national-2024.ndjson'); // true
 * ```
 */
export function isNdjsonPath(file: string): boolean {
  return /\.(ndjson|jsonl)$/i.test(file);
}

/**
 * Whether the start of a file is an NDJSON review: its first line is a whole JSON object with a
 * `format` field and without the `organizations` and `members` of a JSON review (a review written
 * on one line stays JSON).
 *
 * @example
 * ```ts
 * looksLikeNdjson('{"format":"xeploai/review@1","year":2024}\n{"member":{}}'); // true
 * looksLikeNdjson('{\n  "format": "xeploai/review@1",'); // false
 * looksLikeNdjson('{"format":"xeploai/review@1","year":2024}\n'); // false
 * ```
 */
export function looksLikeNdjson(head: string): boolean {
  const body = stripBom(head);
  const end = body.indexOf('\n');
  if (end === -1) return false;
  const first = body.slice(0, end).trim();
  if (!first.startsWith('{')) return false;
  // A one-line JSON document followed by a newline is JSON, not a header with no entries (a
  // header-only NDJSON file is still read as NDJSON by its extension).
  if (body.slice(end + 1).trim() === '') return false;
  try {
    const value: unknown = JSON.parse(first);
    return typeof value === 'object' && value !== null && !Array.isArray(value) && 'format' in value && !('organizations' in value) && !('members' in value);
  } catch {
    return false;
  }
}

const SNIFF_BYTES = 1 << 16;

/**
 * Whether a review file is JSON or NDJSON: by its extension (`.ndjson`, `.jsonl`), else by its
 * first line (`looksLikeNdjson`). A file that cannot be read is reported as JSON: reading it again
 * gives the error. Only for regular files: a FIFO or a pipe would lose what is read here (see
 * `openReviewInput`).
 *
 * @example
 * ```ts
 * await detectReviewInput('examples/xa-an-binh-2024.json', process.cwd()); // 'json'
 * ```
 */
export async function detectReviewInput(file: string, cwd: string): Promise<'json' | 'ndjson'> {
  if (isNdjsonPath(file)) return 'ndjson';
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(path.resolve(cwd, file), 'r');
    const buffer = Buffer.alloc(SNIFF_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
    return looksLikeNdjson(buffer.subarray(0, bytesRead).toString('utf8')) ? 'ndjson' : 'json';
  } catch {
    return 'json';
  } finally {
    await handle?.close();
  }
}

/**
 * A review input ready to be read as often as needed: `path` is the file itself, or for a FIFO,
 * a pipe (`/dev/stdin`) or a device, a copy of what it gave, read once, in a temporary folder
 * that `release` removes (also on an interrupt). A copy that is JSON stops at `MAX_JSON_BYTES`.
 *
 * @example
 * ```ts
 * const input = await openReviewInput('examples/xa-an-binh-2024.json', process.cwd());
 * input.kind; // 'json'
 * input.release();
 * ```
 */
export async function openReviewInput(file: string, cwd: string): Promise<{ readonly kind: 'json' | 'ndjson'; readonly path: string; readonly release: () => void }> {
  const absolute = path.resolve(cwd, file);
  let regular = true;
  try {
    regular = (await stat(absolute)).isFile();
  } catch {
    // The reader reports what is wrong with the file.
  }
  if (regular) return { kind: await detectReviewInput(file, cwd), path: file, release: () => {} };
  const { dir, remove: release } = makeTempDir();
  try {
    const copy = path.join(dir, 'input');
    const kind = await copyStream(STDIN_NAMES.has(absolute) ? process.stdin : fileChunks(absolute), copy, isNdjsonPath(file));
    return { kind, path: copy, release };
  } catch (error) {
    release();
    throw new CliError(`${file}: cannot read: ${fileErrorReason(error)}`);
  }
}

/**
 * This process's standard input: read from the stream Node opened, since opening the path again
 * fails when it is a socket (as under a process manager or `spawn` with a pipe).
 */
const STDIN_NAMES = new Set(['/dev/stdin', '/dev/fd/0', '/proc/self/fd/0']);

async function* fileChunks(file: string): AsyncGenerator<Uint8Array> {
  const from = await open(file, 'r');
  try {
    for (;;) {
      const buffer = new Uint8Array(1 << 20);
      const { bytesRead } = await from.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) return;
      yield buffer.subarray(0, bytesRead);
    }
  } finally {
    await from.close();
  }
}

/** Copies a FIFO, pipe or device to `copy`, deciding JSON or NDJSON on the way (see `openReviewInput`). */
async function copyStream(source: AsyncIterable<Uint8Array>, copy: string, ndjsonByName: boolean): Promise<'json' | 'ndjson'> {
  const to = await open(copy, 'wx', 0o600);
  try {
    let total = 0;
    let head = '';
    let kind: 'json' | 'ndjson' | undefined = ndjsonByName ? 'ndjson' : undefined;
    for await (const buffer of source) {
      const bytesRead = buffer.length;
      await to.write(buffer, 0, bytesRead);
      total += bytesRead;
      if (kind === undefined && head.length < SNIFF_BYTES) {
        head += Buffer.from(buffer.subarray(0, Math.min(bytesRead, SNIFF_BYTES))).toString('utf8');
        // Not a JSON object (e.g. /dev/zero, /dev/urandom): what was read already shows it.
        const start = stripBom(head).trimStart();
        if (start !== '' && !start.startsWith('{')) return 'json';
        if (head.length >= SNIFF_BYTES || /\n\s*\S/.test(head)) kind = looksLikeNdjson(head) ? 'ndjson' : 'json';
      }
      if (kind !== 'ndjson' && total > MAX_JSON_BYTES) throw tooLarge();
    }
    return kind ?? (looksLikeNdjson(head) ? 'ndjson' : 'json');
  } finally {
    await to.close();
  }
}
