// Helpers of the reliability tests: a small valid review, temporary directories, and the CLI run
// in-process with string writers.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

/** A small valid review (QĐ 124, 2024): one đảng bộ cơ sở, two chi bộ, four members, one head. */
export function smallReview(): Record<string, unknown> {
  return {
    format: 'xeploai/review@1',
    year: 2024,
    reviewDate: '2024-12-15',
    organizations: [
      { id: 'xa', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so', criteria: { results: 'tot', building: 'tot' } },
      { id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo', parentId: 'xa', proposedLevel: 'HTTNV' },
      { id: 'cb-2', name: 'Chi bộ thôn 2', kind: 'chi-bo', parentId: 'xa', proposedLevel: 'HTNV' },
    ],
    members: [
      { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02', proposedLevel: 'HTXSNV', posts: [{ orgId: 'cb-1', title: 'Bí thư Chi bộ', head: true }] },
      { id: 'dv-2', name: 'Trần Thị Bích Ngọc', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2012-07-01', proposedLevel: 'HTTNV' },
      { id: 'dv-3', name: 'Lê Quốc Việt', orgId: 'cb-2', status: 'du-bi', admittedOn: '2024-03-01', proposedLevel: 'HTNV' },
      { id: 'dv-4', name: 'Đặng Thuỳ Dương', orgId: 'cb-2', status: 'chinh-thuc', admittedOn: '2001-11-20', criteria: { results: 'tot', politics: 'tot', ethics: 'tot' } },
    ],
  };
}

/** A fresh temporary directory and a function that removes it. */
export function tempDir(prefix = 'xeploai-rel-'): { readonly dir: string; readonly cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes `value` (JSON data, or text as is) to `dir/name` and returns the path. */
export function writeInput(dir: string, name: string, value: unknown): string {
  const file = path.join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`);
  return file;
}

/** What one in-process CLI run printed and returned. */
export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `xeploai ARGV` in-process: not a terminal, no colour, `cwd` as given. */
export async function runCli(argv: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), stdoutIsTTY: false, env, cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** Own property names of the built-in prototypes a polluting input would reach. */
export function prototypeSnapshot(): string[][] {
  return [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Reflect.ownKeys(p).map(String).sort());
}
