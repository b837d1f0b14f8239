/**
 * Temporary files and folders of a run (an output before its rename, spools, a copy of a piped
 * input), removed when the run ends, and also when it is interrupted: on SIGINT, SIGTERM or
 * SIGHUP they are removed and the process exits with 128 + the signal's number, as a shell does.
 *
 * @module
 */
import { rmSync } from 'node:fs';
import { constants } from 'node:os';

const pending = new Set<string>();
let installed = false;

/**
 * Registers a temporary path (file or folder) to remove if the process is interrupted; returns
 * the function that removes it now and forgets it.
 *
 * @example
 * ```ts
 * import { temporaryPath } from './cleanup.js';
 * const remove = temporaryPath('/tmp/xeploai-example.tmp');
 * remove();
 * ```
 */
export function temporaryPath(file: string): () => void {
  pending.add(file);
  return () => {
    pending.delete(file);
    rmSync(file, { recursive: true, force: true });
  };
}

/**
 * Forgets a temporary path without removing it (it was renamed into place).
 *
 * @example
 * ```ts
 * import { keepPath } from './cleanup.js';
 * keepPath('/tmp/xeploai-example.tmp');
 * ```
 */
export function keepPath(file: string): void {
  pending.delete(file);
}

/**
 * The temporary paths registered and not yet removed (for tests).
 *
 * @internal
 * @example
 * ```ts
 * import { pendingPaths } from './cleanup.js';
 * pendingPaths().length; // 0
 * ```
 */
export function pendingPaths(): string[] {
  return [...pending];
}

function removeAll(): void {
  for (const file of pending) {
    try {
      rmSync(file, { recursive: true, force: true });
    } catch {
      // Best effort: the process is ending.
    }
  }
  pending.clear();
}

/**
 * Installs the handlers of SIGINT, SIGTERM and SIGHUP (once): remove every temporary path, then
 * exit with 128 + the signal's number (130, 143, 129).
 *
 * @example
 * ```ts
 * import { cleanUpOnSignals } from './cleanup.js';
 * cleanUpOnSignals();
 * ```
 */
export function cleanUpOnSignals(): void {
  if (installed) return;
  installed = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      removeAll();
      process.exit(128 + constants.signals[signal]);
    });
  }
}
