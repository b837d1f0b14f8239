// The CLI as a process (dist/cli.js; needs `npm run build`): worker threads on long lines, signals,
// a failing stdout, a full disk, /dev/stdin (issue #21, items 1, 5, 7, 11, 12).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewText } from '../../bench/generate.mjs';
import { EXAMPLE, ROOT, scratchDirs } from '../../src/cli/testIo.js';

const BIN = path.join(ROOT, 'dist', 'cli.js');
const scratch = scratchDirs();

function ndjson(dir: string, members: number, name = 'review.ndjson'): string {
  const file = path.join(dir, name);
  writeFileSync(file, [...reviewText({ members, format: 'ndjson', year: 2024, seed: 17, order: 'grouped' })].join(''));
  return file;
}

function node(args: string[], env: Record<string, string> = {}, input?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, timeout: 60_000, env: { ...process.env, ...env }, ...(input !== undefined ? { input } : {}) });
}

describe.skipIf(!existsSync(BIN))('the CLI as a process', () => {
  it('finishes a file with a line longer than a batch, with worker threads (it looped for ever)', () => {
    const dir = scratch();
    const file = ndjson(dir, 2000);
    const lines = readFileSync(file, 'utf8').split('\n');
    const at = lines.findIndex((l) => l.startsWith('{"member"')) + 5;
    lines[at] = lines[at]!.replace(/"name":"[^"]*"/, `"name":"${'Nguyễn Văn An '.repeat(15_000).trim()}"`); // ≈ 250 KB
    writeFileSync(file, lines.join('\n'));
    const two = node(['evaluate', file, '--format', 'ndjson', '--quiet'], { XEPLOAI_WORKERS: '2' });
    expect(two.error).toBeUndefined(); // not killed by the timeout
    expect(two.stderr).toBe('');
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(node(['evaluate', file, '--format', 'ndjson', '--quiet'], { XEPLOAI_WORKERS: '0' }).stdout);
  }, 90_000);

  it('numbers members the same with workers when a member key is written with escapes', () => {
    const dir = scratch();
    const file = ndjson(dir, 3000);
    const text = readFileSync(file, 'utf8').replaceAll(/^\{"member"/gm, (m, offset: number) => (offset % 3 === 0 ? '{"\\u006dember"' : m));
    writeFileSync(file, text);
    const bad = text.split('\n');
    const at = bad.length - 20;
    bad[at] = bad[at]!.replace(/"admittedOn":"[^"]+"/, '"admittedOn":"2024-02-30"');
    writeFileSync(file, bad.join('\n'));
    const one = node(['evaluate', file, '--format', 'ndjson', '--quiet'], { XEPLOAI_WORKERS: '0' });
    const two = node(['evaluate', file, '--format', 'ndjson', '--quiet'], { XEPLOAI_WORKERS: '2' });
    expect(one.status).toBe(2);
    expect(two.stderr).toBe(one.stderr);
    writeFileSync(file, text);
    const good1 = node(['evaluate', file, '--format', 'json', '--quiet'], { XEPLOAI_WORKERS: '0' });
    const good2 = node(['evaluate', file, '--format', 'json', '--quiet'], { XEPLOAI_WORKERS: '2' });
    expect(good2.status).toBe(0);
    expect(good2.stdout).toBe(good1.stdout);
  }, 90_000);

  it('reads NDJSON piped through /dev/stdin as NDJSON', () => {
    const dir = scratch();
    const text = readFileSync(ndjson(dir, 200), 'utf8');
    const r = node(['evaluate', '/dev/stdin', '--format', 'ndjson', '--quiet'], {}, text);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('{"member"'))).toHaveLength(200);
  });

  it('exits 2 with one line when stdout fails (> /dev/full), not 1 with a stack', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [BIN, 'evaluate', EXAMPLE], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', full, 'pipe'] });
      expect(r.status).toBe(2);
      expect(r.stderr).toBe('stdout: cannot write: no space left on device\n');
    } finally {
      closeSync(full);
    }
  });

  it('reports a write that fails while streaming as a write, not as a read of the input', () => {
    const dir = scratch();
    const file = ndjson(dir, 3000);
    const out = path.join(dir, 'out.ndjson');
    // A file-size limit makes writes fail (EFBIG) as a full disk would; SIGXFSZ is ignored.
    const r = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f 64; exec "$0" "$@"`, process.execPath, BIN, 'evaluate', file, '--format', 'ndjson', '--quiet', '--out', out], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: dir, XEPLOAI_WORKERS: '0' } });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/: cannot write: file too large\n$/);
    expect(r.stderr).not.toContain('cannot read');
    expect(readdirSync(dir).sort()).toEqual(['review.ndjson']);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('removes its temporary files on %s and exits %i', async (signal, code) => {
    const dir = scratch();
    const tmp = path.join(dir, 'tmp');
    spawnSync('mkdir', [tmp]);
    const file = ndjson(dir, 60_000);
    const out = path.join(dir, 'result.ndjson');
    const child = spawn(process.execPath, [BIN, 'evaluate', file, '--format', 'ndjson', '--quiet', '--out', out], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp, XEPLOAI_WORKERS: '0' }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (status) => resolve(status)));
    // Wait until the run has its temporary output beside --out and its folder in TMPDIR.
    for (let i = 0; i < 600 && !(readdirSync(dir).some((f) => f.endsWith('.tmp')) && readdirSync(tmp).length > 0); i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(tmp).length).toBeGreaterThan(0);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(readdirSync(dir).sort()).toEqual(['review.ndjson', 'tmp']);
    expect(readdirSync(tmp)).toEqual([]);
  }, 60_000);
});
