import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CliIo } from '../../src/cli/io.js';
import { displayWidth } from '../../src/cli/format/width.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLE = path.join(ROOT, 'examples', 'xa-an-binh-2024.json');

export interface CapturedIo {
  readonly io: CliIo;
  readonly stdout: () => string;
  readonly stderr: () => string;
}

/** An in-memory `CliIo`: not a terminal, no NO_COLOR, cwd = the repository. */
export function captureIo(overrides: Partial<CliIo> = {}): CapturedIo {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (s) => {
      out += s;
    },
    stderr: (s) => {
      err += s;
    },
    stdoutIsTTY: false,
    env: {},
    cwd: ROOT,
    ...overrides,
  };
  return { io, stdout: () => out, stderr: () => err };
}

/** A fresh temporary directory, removed by the returned function. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'xeploai-cli-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const BOX = /^[┌│├└]/;

/** Blocks of consecutive box-drawn lines (one block per table). */
export function tableBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (BOX.test(line)) current.push(line);
    else if (current.length > 0) {
      blocks.push(current);
      current = [];
    }
  }
  if (current.length > 0) blocks.push(current);
  return blocks;
}

/** Display widths of the lines of a block. */
export function widths(block: readonly string[]): number[] {
  return block.map((l) => displayWidth(l));
}
