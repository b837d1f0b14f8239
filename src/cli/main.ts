/**
 * Entry point of the `xeploai` command (bundled to `dist/cli.js`). It sets the process up first
 * (national/runtime.ts: V8's heap flags for a national NDJSON run, zod's global compiler for the
 * rest), and only then loads the commands, whose modules build their schemas as they load: so
 * this module imports nothing else of the CLI statically (the bundle keeps the commands in lazily
 * run wrappers until `import()` calls them). A worker thread of a national run starts the same
 * bundle: it is set up the same way and serves batches (national/workers.ts).
 *
 * @module
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMainThread, workerData } from 'node:worker_threads';
import type { ExitCode } from './exit.js';
import type { CliIo } from './io.js';
import { isNationalWorker, setUpRuntime, setUpWorkerRuntime } from './national/runtime.js';

export type { CliIo } from './io.js';
export { EXIT } from './exit.js';

/**
 * Runs the CLI with `argv` (without `node` and the script) and returns the exit code. Output
 * goes through `io`, so tests call it in-process. Sets the process up for `argv` on its first
 * call (`setUpRuntime`), then loads and runs the command. Never throws.
 *
 * @example
 * ```ts
 * import { main } from './main.js';
 * let out = '';
 * const code = await main(['--version'], { stdout: (s) => { out += s; }, stderr: () => {}, stdoutIsTTY: false, env: {}, cwd: process.cwd() });
 * // code === 0, out === '0.1.0\n'
 * ```
 */
export async function main(argv: readonly string[], io?: CliIo): Promise<ExitCode> {
  await setUpRuntime(argv, io?.cwd ?? process.cwd());
  const { runCommandLine } = await import('./dispatch.js');
  return runCommandLine(argv, io);
}

function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    // realpath on both sides: npm links the bin (node_modules/.bin/xeploai → dist/cli.js).
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

async function runBin(): Promise<void> {
  const argv = process.argv.slice(2);
  await setUpRuntime(argv, process.cwd());
  const { guardProcess } = await import('./dispatch.js');
  guardProcess();
  // exitCode rather than exit(): let buffered output to a pipe drain.
  process.exitCode = await main(argv);
}

async function serveAsWorker(mark: Parameters<typeof setUpWorkerRuntime>[0]): Promise<void> {
  await setUpWorkerRuntime(mark);
  const { serveBatches } = await import('./national/workers.js');
  serveBatches(mark);
}

// A worker thread shares the process's argv: its data, not argv, says what it is for.
if (!isMainThread && isNationalWorker(workerData)) void serveAsWorker(workerData);
else if (isEntryPoint()) void runBin();
