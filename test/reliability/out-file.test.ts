// The CLI never writes a partial --out file: invalid input leaves no file (and an existing one
// untouched), valid input writes the whole result, a write that fails half-way (disk full, a
// failing rename) leaves the old file and no temporary file, for JSON input (written at the end)
// and for NDJSON input (streamed into a temporary file). Failures are injected by mocking the fs
// functions the io layer uses.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli, smallReview, tempDir, writeInput } from './helpers.js';

/** Switches for the injected failures; every fs function passes through when its switch is off. */
const faults = vi.hoisted(() => ({
  /** Fail `rename` (fs/promises) and `renameSync` (fs) with this code. */
  rename: undefined as string | undefined,
  /** The disk is full: FileHandle.writeFile writes half of its data then fails; fs.writeSync fails. */
  halfWrite: false,
}));

function fault(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected failure`), { code });
}

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (...args: Parameters<typeof actual.rename>) => {
      if (faults.rename !== undefined) throw fault(faults.rename);
      return actual.rename(...args);
    },
    open: async (...args: Parameters<typeof actual.open>) => {
      const handle = await actual.open(...args);
      if (!faults.halfWrite) return handle;
      // a handle whose writeFile writes the first half, then finds the disk full
      return new Proxy(handle, {
        get(target, key, receiver) {
          if (key === 'writeFile') {
            return async (data: string) => {
              await target.writeFile(data.slice(0, Math.floor(data.length / 2)));
              throw fault('ENOSPC');
            };
          }
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        },
      });
    },
  };
});

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs')>();
  return {
    ...actual,
    renameSync: (...args: Parameters<typeof actual.renameSync>) => {
      if (faults.rename !== undefined) throw fault(faults.rename);
      return actual.renameSync(...args);
    },
    writeSync: (...args: Parameters<typeof actual.writeSync>) => {
      if (faults.halfWrite) throw fault('ENOSPC');
      return (actual.writeSync as (...a: unknown[]) => number)(...args);
    },
  };
});

let t: ReturnType<typeof tempDir>;
/** The system temporary directory during a test: the NDJSON run keeps its scratch files there. */
let systemTmp: string;
const savedTmp = process.env['TMPDIR'];
beforeEach(() => {
  t = tempDir();
  systemTmp = mkdtempSync(path.join(t.dir, 'tmp-'));
  process.env['TMPDIR'] = systemTmp;
  faults.rename = undefined;
  faults.halfWrite = false;
});
afterEach(() => {
  faults.rename = undefined;
  faults.halfWrite = false;
  if (savedTmp === undefined) delete process.env['TMPDIR'];
  else process.env['TMPDIR'] = savedTmp;
  // nothing left behind in the temporary directory either
  expect(readdirSync(systemTmp)).toEqual([]);
  t.cleanup();
});

/** A fresh directory for --out, holding `files`. */
function outDirWith(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(t.dir, 'out-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

/** NDJSON text of a review: a header line, then one line per organization and member. */
function ndjson(review: Record<string, unknown>, badMemberAt?: number): string {
  const { organizations, members, ...header } = review as { organizations: unknown[]; members: Record<string, unknown>[] };
  const lines = [JSON.stringify(header), ...organizations.map((o) => JSON.stringify({ organization: o }))];
  members.forEach((m, i) => lines.push(JSON.stringify({ member: i === badMemberAt ? { ...m, admittedOn: '2024-02-30' } : m })));
  return `${lines.join('\n')}\n`;
}

function invalidReview(): Record<string, unknown> {
  const review = smallReview();
  (review['members'] as Record<string, unknown>[])[2]!['admittedOn'] = '2025-01-10';
  return review;
}

describe('--out with JSON input', () => {
  it('invalid input: exit 2, no file, no temporary file', async () => {
    const input = writeInput(t.dir, 'invalid.json', invalidReview());
    const dir = outDirWith();
    const r = await runCli(['evaluate', input, '--format', 'json', '--out', path.join(dir, 'result.json')], t.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('members[2].admittedOn: ');
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('invalid input: an existing --out file is left untouched', async () => {
    const input = writeInput(t.dir, 'invalid.json', invalidReview());
    const dir = outDirWith({ 'result.json': 'last year’s result\n' });
    const r = await runCli(['evaluate', input, '--out', path.join(dir, 'result.json')], t.dir);
    expect(r.code).toBe(2);
    expect(readdirSync(dir)).toEqual(['result.json']);
    expect(readFileSync(path.join(dir, 'result.json'), 'utf8')).toBe('last year’s result\n');
  });

  it.each(['json', 'table'])('valid input, --format %s: the whole result, byte for byte what stdout gets, no temporary file', async (format) => {
    const input = writeInput(t.dir, 'review.json', smallReview());
    const dir = outDirWith({ 'result.out': 'old\n' });
    const toStdout = await runCli(['evaluate', input, '--format', format], t.dir);
    const toFile = await runCli(['evaluate', input, '--format', format, '--out', path.join(dir, 'result.out')], t.dir);
    expect(toStdout.code).toBe(0);
    expect(toFile.code).toBe(0);
    expect(toFile.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['result.out']);
    expect(readFileSync(path.join(dir, 'result.out'), 'utf8')).toBe(toStdout.stdout);
    if (format === 'json') expect(JSON.parse(toStdout.stdout)).toMatchObject({ format: 'xeploai/result@1', members: [{ id: 'dv-1' }, { id: 'dv-2' }, { id: 'dv-3' }, { id: 'dv-4' }] });
  });

  it('a write that fails half-way (disk full): exit 2, the old file intact, no temporary file', async () => {
    const input = writeInput(t.dir, 'review.json', smallReview());
    const dir = outDirWith({ 'result.json': 'old\n' });
    faults.halfWrite = true;
    const r = await runCli(['evaluate', input, '--format', 'json', '--out', path.join(dir, 'result.json')], t.dir);
    faults.halfWrite = false;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/result\.json: cannot write/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual(['result.json']);
    expect(readFileSync(path.join(dir, 'result.json'), 'utf8')).toBe('old\n');
  });

  it('a failing rename: exit 2, the old file intact, no temporary file', async () => {
    const input = writeInput(t.dir, 'review.json', smallReview());
    const dir = outDirWith({ 'result.json': 'old\n' });
    faults.rename = 'EXDEV';
    const r = await runCli(['evaluate', input, '--format', 'json', '--out', path.join(dir, 'result.json')], t.dir);
    faults.rename = undefined;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/result\.json: cannot write/);
    expect(readdirSync(dir)).toEqual(['result.json']);
    expect(readFileSync(path.join(dir, 'result.json'), 'utf8')).toBe('old\n');
  });

  it('an --out directory that does not exist, or is a directory: exit 2, nothing created', async () => {
    const input = writeInput(t.dir, 'review.json', smallReview());
    const dir = outDirWith();
    const missing = await runCli(['evaluate', input, '--out', path.join(dir, 'missing', 'result.json')], t.dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot write/);
    const isDir = await runCli(['evaluate', input, '--out', dir], t.dir);
    expect(isDir.code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('--out with NDJSON input (streamed through a temporary file)', () => {
  it.each(['ndjson', 'json'])('an invalid line after valid ones, --format %s: exit 2 with the line, no file, no temporary file', async (format) => {
    const input = writeInput(t.dir, 'review.ndjson', ndjson(smallReview(), 3));
    const dir = outDirWith({ 'result.out': 'old\n' });
    const r = await runCli(['evaluate', input, '--format', format, '--out', path.join(dir, 'result.out'), '--quiet'], t.dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/line \d+: .*admittedOn/);
    expect(r.stdout).toBe('');
    expect(readdirSync(dir)).toEqual(['result.out']);
    expect(readFileSync(path.join(dir, 'result.out'), 'utf8')).toBe('old\n');
  });

  it('valid input: the whole result in the file, no temporary file', async () => {
    const input = writeInput(t.dir, 'review.ndjson', ndjson(smallReview()));
    const dir = outDirWith();
    const r = await runCli(['evaluate', input, '--format', 'ndjson', '--out', path.join(dir, 'result.ndjson'), '--quiet'], t.dir);
    expect(r.code, r.stderr).toBe(0);
    expect(readdirSync(dir)).toEqual(['result.ndjson']);
    const lines = readFileSync(path.join(dir, 'result.ndjson'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => 'member' in l)).toHaveLength(4);
    expect(lines.at(-1)).toHaveProperty('summary');
  });

  it('a failing rename at the end: exit 2, the old file intact, no temporary file', async () => {
    const input = writeInput(t.dir, 'review.ndjson', ndjson(smallReview()));
    const dir = outDirWith({ 'result.ndjson': 'old\n' });
    faults.rename = 'EXDEV';
    const r = await runCli(['evaluate', input, '--format', 'ndjson', '--out', path.join(dir, 'result.ndjson'), '--quiet'], t.dir);
    faults.rename = undefined;
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/result\.ndjson: cannot write/);
    expect(readdirSync(dir)).toEqual(['result.ndjson']);
    expect(readFileSync(path.join(dir, 'result.ndjson'), 'utf8')).toBe('old\n');
  });

  async function diskFull(): Promise<{ r: Awaited<ReturnType<typeof runCli>>; dir: string }> {
    const input = writeInput(t.dir, 'review.ndjson', ndjson(smallReview()));
    const dir = outDirWith({ 'result.ndjson': 'old\n' });
    faults.halfWrite = true;
    const r = await runCli(['evaluate', input, '--format', 'ndjson', '--out', path.join(dir, 'result.ndjson'), '--quiet'], t.dir);
    faults.halfWrite = false;
    return { r, dir };
  }

  it('a disk that fills up while streaming: the old file intact, no temporary file, no stack', async () => {
    const { r, dir } = await diskFull();
    expect(r.code).not.toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(dir)).toEqual(['result.ndjson']);
    expect(readFileSync(path.join(dir, 'result.ndjson'), 'utf8')).toBe('old\n');
  });

  // Regression: a write error in the scratch spools (ENOSPC, raised from NdjsonEvaluator.finish)
  // was once reported as an internal error (exit 70).
  it('a full disk while streaming is reported as a write error (exit 2), not an internal error', async () => {
    const { r } = await diskFull();
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.code).toBe(2);
  });
});
