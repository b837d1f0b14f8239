/**
 * How the CLI's process is set up before a command runs, called explicitly by the entry point
 * (main.ts) before it loads the commands, in the main thread (`setUpRuntime`) and in each worker
 * thread of a national run (`setUpWorkerRuntime`). Order matters, and is why this module imports
 * none of the CLI's other modules:
 * - for a national-scale NDJSON run, V8's heap flags (`keepHeapTight`) must be set before the
 *   CLI's modules build anything (measured: set later, the national peak RSS is about 40 MB
 *   higher), and zod's global compiler (`zod/compile`) is left out: the stream compiles its two
 *   entry schemas itself, and the compiler's per-schema wrappers would cost 15 % more CPU;
 * - for every other run, `zod/compile` is imported before any schema is built, so zod compiles
 *   every schema of the CLI on its first parse (a generated parser for valid input, the runtime
 *   parser for every failure: same output, same issues), which saves a fifth of the time of a
 *   large JSON review.
 *
 * @module
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';

/**
 * Files smaller than this are read in one thread: starting workers costs more than it saves.
 *
 * @example
 * ```ts
 * import { PARALLEL_FROM_BYTES } from './runtime.js';
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
 * import { keepHeapTight } from './runtime.js';
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
 * import { isLargeStream } from './runtime.js';
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

/**
 * How this process was set up: `tightHeap` for a national-scale NDJSON run (heap flags set, no
 * global zod compiler), else the global zod compiler installed.
 *
 * @example
 * ```ts
 * const setUp: RuntimeSetUp = { tightHeap: false };
 * ```
 */
export interface RuntimeSetUp {
  readonly tightHeap: boolean;
}

let current: Promise<RuntimeSetUp> | undefined;
let tightFromStart = false;

async function setUp(tightHeap: boolean): Promise<RuntimeSetUp> {
  if (tightHeap) {
    keepHeapTight();
    tightFromStart = true;
  } else {
    await import('zod/compile');
  }
  return { tightHeap };
}

/**
 * Sets up this process for the command line `args` (without `node` and the script), once: the
 * first call decides, later calls return its set-up. Call it before importing the commands: they
 * build their schemas when their modules load.
 *
 * @example
 * ```ts
 * import { setUpRuntime } from './runtime.js';
 * (await setUpRuntime(['evaluate', 'review.json'], process.cwd())).tightHeap; // false
 * ```
 */
export function setUpRuntime(args: readonly string[], cwd: string): Promise<RuntimeSetUp> {
  return (current ??= setUp(isLargeStream(args, cwd)));
}

/**
 * What every worker thread of a national run is started with (besides its work): the marker
 * that tells the entry point to serve batches rather than run a command, and whether the main
 * thread keeps its heap tight, so the worker does too.
 *
 * @example
 * ```ts
 * const mark: NationalWorkerMark = { xeploaiNdjsonWorker: true, tightHeap: true };
 * ```
 */
export interface NationalWorkerMark {
  readonly xeploaiNdjsonWorker: true;
  readonly tightHeap: boolean;
}

/**
 * Whether a worker thread's `workerData` is that of a national run's worker.
 *
 * @example
 * ```ts
 * import { isNationalWorker } from './runtime.js';
 * isNationalWorker({ xeploaiNdjsonWorker: true, tightHeap: false }); // true
 * isNationalWorker(undefined); // false
 * ```
 */
export function isNationalWorker(data: unknown): data is NationalWorkerMark {
  return typeof data === 'object' && data !== null && (data as { xeploaiNdjsonWorker?: unknown }).xeploaiNdjsonWorker === true;
}

/**
 * Sets up a worker thread of a national run as its main thread was: a worker's heap needs the
 * flags set from inside it too (measured: about 40 MB more at the national peak without).
 *
 * @example
 * ```ts
 * import { setUpWorkerRuntime } from './runtime.js';
 * await setUpWorkerRuntime({ xeploaiNdjsonWorker: true, tightHeap: false });
 * ```
 */
export function setUpWorkerRuntime(mark: NationalWorkerMark): Promise<RuntimeSetUp> {
  return (current ??= setUp(mark.tightHeap === true));
}

/**
 * Whether this process's heap was kept tight at start-up (see `setUpRuntime`).
 *
 * @example
 * ```ts
 * import { heapKeptTight } from './runtime.js';
 * heapKeptTight(); // false under a test runner
 * ```
 */
export function heapKeptTight(): boolean {
  return tightFromStart;
}
