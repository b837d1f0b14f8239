/**
 * Reading a file as lines, in chunks: the NDJSON review `evaluate` streams, and the NDJSON
 * documents `report`, `diff` and `programme` read, so that a file of any size is never held whole.
 *
 * @module
 */
import { statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { LineSplitter } from '../stream/lines.js';

const READ_CHUNK = 1 << 20;

/**
 * Reads a UTF-8 file in 1 MB chunks and calls `onLine` for every line (see `LineSplitter`), and
 * `onChunk` with the bytes read so far. Bytes that are not UTF-8 are an error, as for JSON files.
 * `stop()` returning true ends the reading early.
 *
 * @example
 * ```ts
 * let lines = 0;
 * await readFileLines('examples/xa-an-binh-2024.json', process.cwd(), () => void lines++);
 * lines > 100; // true
 * ```
 */
export async function readFileLines(
  file: string,
  cwd: string,
  onLine: (text: string, number: number) => void,
  options: { readonly onChunk?: (bytesRead: number) => void; readonly stop?: () => boolean } = {},
): Promise<void> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const splitter = new LineSplitter(onLine);
  const handle = await open(path.resolve(cwd, file), 'r');
  try {
    // One buffer for the whole file: each chunk is decoded before the next read.
    const buffer = new Uint8Array(READ_CHUNK);
    let bytes = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_CHUNK, null);
      if (bytesRead === 0) break;
      bytes += bytesRead;
      splitter.push(decoder.decode(buffer.subarray(0, bytesRead), { stream: true }));
      options.onChunk?.(bytes);
      if (options.stop?.() === true) return;
    }
    splitter.push(decoder.decode());
    splitter.end();
  } finally {
    await handle.close();
  }
}

/**
 * The size of a file in bytes (for progress), or `undefined`.
 *
 * @example
 * ```ts
 * fileSize('no/such/review.ndjson', process.cwd()); // undefined
 * (fileSize('package.json', process.cwd()) ?? 0) > 0; // true
 * ```
 */
export function fileSize(file: string, cwd: string): number | undefined {
  try {
    return statSync(path.resolve(cwd, file)).size;
  } catch {
    return undefined;
  }
}
