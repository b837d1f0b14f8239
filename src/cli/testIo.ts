// Test helper of the CLI's tests (not part of any entry): the CLI run in-process with string
// writers, temporary directories, and the box-drawn tables of its output.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach } from 'vitest';
import type { CliIo } from './io.js';
import { main } from './main.js';
import { displayWidth } from '../text/width.js';

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

/**
 * Temporary directories for one test file: each call of the returned function makes one, and all
 * are removed after each test.
 */
export function scratchDirs(): () => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    for (const c of cleanups.splice(0)) c();
  });
  return () => {
    const t = tempDir();
    cleanups.push(t.cleanup);
    return t.dir;
  };
}

/** Runs the CLI's `main` in memory and returns the exit code and what it printed. */
export async function runMain(argv: string[], overrides: Partial<CliIo> = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const c = captureIo(overrides);
  const code = await main(argv, c.io);
  return { code, stdout: c.stdout(), stderr: c.stderr() };
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
