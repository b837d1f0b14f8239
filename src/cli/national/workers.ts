/**
 * Parallel NDJSON evaluation: the main thread reads the file in batches of whole lines and folds
 * the outcomes in order; worker threads parse, validate, rate and render the lines of a batch
 * (`EntryEvaluator`). A worker runs the CLI's bundle again (there is no second file to ship),
 * whose entry point sees the worker's data, sets the thread up (runtime.ts) and calls
 * `serveBatches`.
 *
 * @module
 */
import { open } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';
import { EntryEvaluator } from '../../stream/entries.js';
import type { NdjsonEvaluator } from '../../stream/evaluator.js';
import { memberRenderer, memberSeparator } from '../../stream/output.js';
import { OutcomePacker, packedBuffers, type PackedOutcomes } from '../../stream/packed.js';
import { parseHeaderLine, type StreamOptions } from '../../stream/parse.js';
import { heapKeptTight, isNationalWorker, PARALLEL_FROM_BYTES, type NationalWorkerMark } from './runtime.js';

// Small batches: what a worker keeps while it works through one (the rendered results, the
// outcomes) survives its young-generation collections, so 128 KB batches cost less CPU and memory
// than 1 MB ones (measured on 1 M members: −10 % CPU, −70 MB peak RSS).
const BATCH_BYTES = 1 << 17;

const IN_FLIGHT_PER_WORKER = 3;

/** What a worker is started with: the header of the file, and how to rate and render. */
interface WorkerSetup extends NationalWorkerMark {
  readonly header: string;
  readonly headerLine: number;
  readonly options: StreamOptions;
  readonly format: 'ndjson' | 'json';
}

/** A batch of whole lines sent to a worker. */
interface Batch {
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly firstLine: number;
  readonly firstMember: number;
  readonly rate: boolean;
}

/** What a worker sends back. */
type BatchResult = { readonly seq: number; readonly packed: PackedOutcomes; readonly error?: undefined } | { readonly seq: number; readonly error: 'encoding' | 'internal'; readonly message: string };

/**
 * The worker side: rates every batch under the header, in the order received. Called by the
 * entry point in a worker thread started by `readParallel`, with its `workerData`.
 *
 * @example
 * ```ts
 * import { workerData } from 'node:worker_threads';
 * declare const inWorker: boolean;
 * if (inWorker) serveBatches(workerData);
 * ```
 */
export function serveBatches(data: NationalWorkerMark): void {
  if (!isNationalWorker(data) || parentPort === null) throw new Error('xeploai worker: not started by readParallel');
  const setup = data as WorkerSetup;
  const port = parentPort;
  const header = parseHeaderLine(setup.header, setup.headerLine, setup.options);
  if (!header.success) throw new Error('xeploai worker: the header did not parse as in the main thread');
  const entries = new EntryEvaluator(header.header, { render: memberRenderer(setup.format) });
  const packer = new OutcomePacker(memberSeparator(setup.format));
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  port.on('message', (batch: Batch) => {
    let text: string;
    try {
      text = decoder.decode(batch.bytes);
    } catch (error) {
      port.postMessage({ seq: batch.seq, error: 'encoding', message: error instanceof Error ? error.message : String(error) } satisfies BatchResult);
      return;
    }
    try {
      let line = batch.firstLine;
      let index = batch.firstMember;
      let start = 0;
      while (start < text.length) {
        let end = text.indexOf('\n', start);
        if (end === -1) end = text.length;
        const raw = end > start && text.charCodeAt(end - 1) === 13 ? text.slice(start, end - 1) : text.slice(start, end);
        const outcome = entries.line(raw, line, index, batch.rate);
        if (outcome.kind === 'member') index++;
        packer.add(outcome);
        line++;
        start = end + 1;
      }
      const packed = packer.take();
      port.postMessage({ seq: batch.seq, packed } satisfies BatchResult, packedBuffers(packed));
    } catch (error) {
      port.postMessage({ seq: batch.seq, error: 'internal', message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies BatchResult);
    }
  });
}

/**
 * How many worker threads to use for a file of `bytes`: none for small files (starting workers
 * costs more than it saves) or when the code is not a built bundle (tests run the TypeScript);
 * else the machine's parallelism, at most 4. `XEPLOAI_WORKERS` overrides (0 = none).
 *
 * @example
 * ```ts
 * workerCount(1_000_000, {}); // 0: a small file is read in this thread
 * workerCount(2_000_000_000, { XEPLOAI_WORKERS: '0' }); // 0
 * ```
 */
export function workerCount(bytes: number | undefined, env: Readonly<Record<string, string | undefined>>): number {
  const forced = env['XEPLOAI_WORKERS'];
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(16, Number(forced));
  if (!import.meta.url.endsWith('.js') && !import.meta.url.endsWith('.mjs')) return 0;
  if (bytes === undefined || bytes < PARALLEL_FROM_BYTES) return 0;
  return Math.max(1, Math.min(4, availableParallelism()));
}

const MEMBER_KEY = [0x22, 0x6d, 0x65, 0x6d, 0x62, 0x65, 0x72, 0x22]; // "member"

function isSpace(b: number | undefined): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0d;
}

const KEY_DECODER = new TextDecoder('utf-8');

/**
 * Whether the key starting at `p` (an opening quote) and holding a backslash is "member" once its
 * escapes are decoded (`"\u006dember"`): rare, so decoded the slow way, as the line's parse does.
 */
function isEscapedMemberKey(bytes: Uint8Array, p: number, nl: number): boolean {
  let q = p + 1;
  let escaped = false;
  while (q < nl && bytes[q] !== 0x22) q += bytes[q] === 0x5c ? 2 : 1;
  for (let i = p + 1; i < q; i++) if (bytes[i] === 0x5c) escaped = true;
  if (!escaped || q >= nl) return false;
  try {
    return JSON.parse(KEY_DECODER.decode(bytes.subarray(p, q + 1))) === 'member';
  } catch {
    return false;
  }
}

/**
 * Counts the lines of a batch (it ends with a newline, except the last) and those whose first key
 * is "member" (as a worker's parse will read it, escapes decoded), so that member ordinals, and
 * the paths that name them, do not depend on how the file is cut into batches.
 */
function countLines(bytes: Uint8Array, end: number): { lines: number; members: number } {
  let lines = 0;
  let members = 0;
  let pos = 0;
  while (pos < end) {
    let nl = bytes.indexOf(10, pos);
    if (nl === -1 || nl >= end) nl = end;
    let p = pos;
    while (p < nl && isSpace(bytes[p])) p++;
    if (bytes[p] === 0x7b) {
      p++;
      while (p < nl && isSpace(bytes[p])) p++;
      let k = 0;
      while (k < 8 && bytes[p + k] === MEMBER_KEY[k]) k++;
      if (k === 8 || (k < 8 && bytes[p] === 0x22 && isEscapedMemberKey(bytes, p, nl))) members++;
    }
    lines++;
    pos = nl + 1;
  }
  return { lines, members };
}

/**
 * Reads an NDJSON file with `count` worker threads: the header line goes to `evaluator.line`,
 * every other line to a worker, and the outcomes back to `evaluator.apply` in line order.
 * Rejects with `{ code: 'ERR_ENCODING_INVALID_ENCODED_DATA' }` for bytes that are not UTF-8.
 *
 * @example
 * ```ts
 * declare const evaluator: NdjsonEvaluator;
 * await readParallel('national.ndjson', process.cwd(), evaluator, 2, { format: 'ndjson', options: {} });
 * ```
 */
export async function readParallel(
  file: string,
  cwd: string,
  evaluator: NdjsonEvaluator,
  count: number,
  setup: { readonly format: 'ndjson' | 'json'; readonly options: StreamOptions; readonly onProgress?: (bytes: number) => void },
): Promise<void> {
  const handle = await open(path.resolve(cwd, file), 'r');
  const workers: Worker[] = [];
  let closing = false;
  try {
    let carry: Uint8Array = new Uint8Array(0);
    let position = 0;
    let eof = false;
    const readMore = async (): Promise<void> => {
      const chunk = Buffer.allocUnsafe(BATCH_BYTES);
      const { bytesRead } = await handle.read(chunk, 0, BATCH_BYTES, position);
      position += bytesRead;
      if (bytesRead === 0) eof = true;
      const joined = new Uint8Array(carry.length + bytesRead);
      joined.set(carry, 0);
      joined.set(chunk.subarray(0, bytesRead), carry.length);
      carry = joined;
    };
    // The header: the first line that is not blank, read here (after a byte-order mark).
    let line = 0;
    let headerText: string | undefined;
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    for (;;) {
      let nl = carry.indexOf(10);
      while (nl === -1 && !eof) {
        await readMore();
        nl = carry.indexOf(10);
      }
      if (carry.length === 0 && eof) break;
      const end = nl === -1 ? carry.length : nl;
      let start = 0;
      if (line === 0 && carry[0] === 0xef && carry[1] === 0xbb && carry[2] === 0xbf) start = 3;
      const text = decoder.decode(carry.subarray(start, end)).replace(/\r$/, '');
      carry = carry.subarray(Math.min(carry.length, end + 1));
      line++;
      evaluator.line(text, line);
      if (evaluator.header !== undefined) {
        headerText = text;
        break;
      }
      if (!evaluator.valid || (eof && carry.length === 0)) break;
    }
    if (headerText === undefined || evaluator.header === undefined) return;

    const config: WorkerSetup = { xeploaiNdjsonWorker: true, header: headerText, headerLine: line, options: setup.options, format: setup.format, tightHeap: heapKeptTight() };
    const waiting = new Map<number, { resolve: (result: BatchResult) => void; reject: (error: unknown) => void }>();
    let fatal: unknown;
    for (let i = 0; i < count; i++) {
      // Small heaps: a worker holds one batch at a time, so its garbage is collected early (a
      // young generation of 4 MB rather than 16 saved about 20 MB of resident memory a worker,
      // at the same speed, on 1 M members).
      // The bundle's own file (dist/cli.js: one file, so import.meta.url is the entry point's).
      const worker = new Worker(new URL(import.meta.url), { workerData: config, resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 64 } });
      worker.on('message', (result: BatchResult) => waiting.get(result.seq)?.resolve(result));
      // Not Promise.race with a promise that lives as long as the run: each race would keep its
      // result (a batch of outcomes) reachable until the end.
      const fail = (error: unknown): void => {
        fatal ??= error;
        for (const w of waiting.values()) w.reject(error);
      };
      worker.on('error', fail);
      // A worker that stops without an error (killed, out of memory) would leave its batches
      // waiting for ever: the run fails instead, and its temporary files are removed.
      worker.on('exit', (code) => {
        if (!closing) fail(new Error(`xeploai worker: a worker thread stopped during the run (exit code ${code})`));
      });
      workers.push(worker);
    }
    const results = new Map<number, Promise<BatchResult>>();
    let nextSeq = 0;
    let nextApply = 0;
    let members = 0;
    const apply = async (): Promise<void> => {
      const result = await results.get(nextApply)!;
      results.delete(nextApply);
      waiting.delete(nextApply);
      nextApply++;
      if (result.error === 'encoding') throw Object.assign(new Error(result.message), { code: 'ERR_ENCODING_INVALID_ENCODED_DATA' });
      if (result.error !== undefined) throw new Error(`xeploai worker: ${result.message}`);
      evaluator.applyPacked(result.packed);
    };
    while (!evaluator.full) {
      if (!eof && carry.length < BATCH_BYTES) await readMore();
      if (carry.length === 0) break;
      let end = carry.lastIndexOf(10) + 1;
      if (end === 0) {
        if (!eof) {
          // A line longer than a batch: read on (the carry may already hold a whole batch).
          if (carry.length >= BATCH_BYTES) await readMore();
          continue;
        }
        end = carry.length;
      }
      const bytes = carry.slice(0, end);
      carry = carry.subarray(end);
      const counted = countLines(bytes, bytes.length);
      const seq = nextSeq++;
      const batch: Batch = { seq, bytes, firstLine: line + 1, firstMember: members, rate: evaluator.valid };
      line += counted.lines;
      members += counted.members;
      if (fatal !== undefined) throw fatal;
      results.set(seq, new Promise<BatchResult>((resolve, reject) => waiting.set(seq, { resolve, reject })));
      workers[seq % workers.length]!.postMessage(batch, [bytes.buffer]);
      setup.onProgress?.(position - carry.length);
      while (nextSeq - nextApply >= IN_FLIGHT_PER_WORKER * workers.length) await apply();
    }
    while (nextApply < nextSeq && !evaluator.full) await apply();
    evaluator.apply({ kind: 'blank' }, line);
  } finally {
    closing = true;
    await handle.close();
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
