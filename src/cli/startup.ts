/**
 * What the CLI sets at start-up, before its modules build anything, for a national-scale NDJSON
 * run: V8's heap flags (`keepHeapTight`) and zod's compiler for the two entry schemas only (the
 * stream compiles them itself) rather than for every schema (`zod/compile`, which main.ts imports
 * for the JSON path: there it saves a fifth of the time, while in the stream its per-schema
 * wrappers cost 15 % more CPU than compiling the entry schemas). main.ts imports this module
 * second, right after `zod/compile`, so it runs in the main thread and in each worker thread
 * before any schema exists.
 *
 * @module
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { isMainThread, workerData } from 'node:worker_threads';
import { globalConfig } from 'zod/v4/core';

/**
 * Files smaller than this are read in one thread: starting workers costs more than it saves.
 *
 * @example
 * ```ts
 * import { PARALLEL_FROM_BYTES } from './startup.js';
 * PARALLEL_FROM_BYTES; // 33554432 (32 MB)
 * ```
 */
export const PARALLEL_FROM_BYTES = 32 << 20;

/**
 * Keeps this process's heap close to what is live: by default V8 lets old space grow to about
 * twice the live set before a major collection and the young generation to 32 MB, which at
 * 5.6 M members is most of the peak resident set. Measured on the national run (5.6 M members,
 * NDJSON, 2 cores): peak RSS about 300 MB without, 250 MB with, for about 5 % more CPU. Not for a
 * large JSON file: held whole, it would be collected over and over (+50 % time at 300 k members).
 *
 * @example
 * ```ts
 * import { keepHeapTight } from './startup.js';
 * keepHeapTight();
 * ```
 */
export function keepHeapTight(): void {
  setFlagsFromString('--heap-growing-percent=20');
  setFlagsFromString('--semi-space-growth-factor=1');
}

/**
 * Whether the command line evaluates or checks an NDJSON file large enough to be read by worker
 * threads (a `.ndjson` or `.jsonl` file of `PARALLEL_FROM_BYTES` or more).
 *
 * @example
 * ```ts
 * import { isLargeStream } from './startup.js';
 * isLargeStream(['evaluate', 'small.json'], process.cwd()); // false
 * ```
 */
export function isLargeStream(args: readonly string[], cwd: string): boolean {
  if (args[0] !== 'evaluate' && args[0] !== 'check') return false;
  return args.slice(1).some((a) => {
    if (!/\.(ndjson|jsonl)$/i.test(a)) return false;
    try {
      return statSync(path.resolve(cwd, a)).size >= PARALLEL_FROM_BYTES;
    } catch {
      return false; // the command reports what is wrong with the file
    }
  });
}

function startsTight(): boolean {
  if (isMainThread) return isLargeStream(process.argv.slice(2), process.cwd());
  // A worker thread of such a run (workers.ts passes `tightHeap`): its own heap needs the flags
  // set from inside it too (measured: about 40 MB more at the national peak without).
  return typeof workerData === 'object' && workerData !== null && (workerData as { tightHeap?: unknown }).tightHeap === true;
}

function setUpLargeStream(): true {
  keepHeapTight();
  globalConfig.postProcessor = undefined; // zod/compile's: schemas built from now on are not wrapped
  return true;
}

/**
 * Whether this process runs a national-scale NDJSON evaluation, set up at start-up (see the
 * module). The heap flags must be set before the CLI's modules build anything (measured: set
 * later, the national peak is about 40 MB higher).
 *
 * @example
 * ```ts
 * import { heapKeptTight } from './startup.js';
 * heapKeptTight; // false under a test runner
 * ```
 */
export const heapKeptTight: boolean = startsTight() ? setUpLargeStream() : false;
