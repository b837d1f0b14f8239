import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewText } from '../../bench/generate.mjs';
import { ROOT, tempDir } from '../../src/cli/testIo.js';

const BIN = path.join(ROOT, 'dist', 'cli.js');

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

// Worker threads run the built bundle (they start dist/cli.js again), so this needs `npm run build`.
describe.skipIf(!existsSync(BIN))('NDJSON with worker threads (dist/cli.js)', () => {
  const node = (args: string[], workers: number) =>
    spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env: { ...process.env, XEPLOAI_WORKERS: String(workers) } });

  function review(members: number): string {
    const t = tempDir();
    cleanup = t.cleanup;
    const file = path.join(t.dir, 'review.ndjson');
    writeFileSync(file, [...reviewText({ members, format: 'ndjson', year: 2024, seed: 17, order: 'grouped' })].join(''));
    return file;
  }

  it.each(['ndjson', 'json'])('writes the same --format %s with workers as without, over several batches', (format) => {
    const file = review(12_000);
    const one = node(['evaluate', file, '--format', format, '--quiet'], 0);
    const two = node(['evaluate', file, '--format', format, '--quiet'], 2);
    expect(one.status).toBe(0);
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  });

  it('reports a bad line by its number in the file, whichever worker read it', () => {
    const file = review(12_000);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.length - 100;
    lines[at] = lines[at]!.replace(/"admittedOn":"[^"]+"/, '"admittedOn":"2024-02-30"');
    writeFileSync(file, lines.join('\n'));
    const r = node(['evaluate', file, '--format', 'ndjson', '--quiet'], 2);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`line ${at + 1}: member.admittedOn: expected a date YYYY-MM-DD, got "2024-02-30"\n`);
  });
});
