import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, ROOT, runMain, scratchDirs, tableBlocks, widths } from './testIo.js';

const EXAMPLE_ARG = path.relative(ROOT, EXAMPLE);

const scratch = scratchDirs();
const run = runMain;

/** A review with one member admitted after the review date (an input error at a known path). */
function invalidReview(dir: string): string {
  const file = path.join(dir, 'invalid.json');
  writeFileSync(
    file,
    JSON.stringify({
      format: 'xeploai/review@1',
      year: 2024,
      reviewDate: '2024-12-15',
      organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so' }],
      members: [{ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2025-01-10', proposedLevel: 'HTTNV' }],
    }),
  );
  return file;
}

describe('help and version', () => {
  it('prints the global help', async () => {
    const r = await run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: xeploai <command> [options]');
    expect(r.stdout).toContain('evaluate');
    expect(r.stderr).toBe('');
  });

  it('prints the help of a command, two ways', async () => {
    const a = await run(['evaluate', '--help']);
    const b = await run(['help', 'evaluate']);
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('Usage: xeploai evaluate FILE [options]');
    expect(a.stdout).toContain('--rule-set ID');
    expect(b.stdout).toBe(a.stdout);
  });

  it('prints the version of package.json', async () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const r = await run(['--version']);
    expect(r).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });

  it('exits 2 with the help on stderr when there is no command, or an unknown one', async () => {
    const none = await run([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toContain('Usage: xeploai');
    const unknown = await run(['rate', 'x.json']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown command "rate"');
    expect(unknown.stdout).toBe('');
  });
});

describe('evaluate the example', () => {
  it('prints the result document as JSON', async () => {
    const r = await run(['evaluate', EXAMPLE_ARG, '--format', 'json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as { format: string; ruleSet: { id: string }; members: unknown[]; organizations: unknown[] };
    expect(result.format).toBe('xeploai/result@1');
    expect(result.ruleSet.id).toBe('qd124-2023');
    expect(result.members).toHaveLength(120);
    expect(result.organizations).toHaveLength(9);
    expect(r.stdout.endsWith('}\n')).toBe(true);
  });

  it('prints aligned tables by default, without colour when stdout is not a terminal', async () => {
    const r = await run(['evaluate', EXAMPLE_ARG]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Đảng bộ xã An Bình');
    expect(r.stdout).toContain('Bí thư Đảng ủy xã');
    expect(r.stdout).toContain('không xếp loại');
    expect(r.stdout).toMatch(/\(124-QĐ\/TW · Điều \d+/);
    expect(r.stdout).not.toContain('\u001b[');
    const blocks = tableBlocks(r.stdout);
    expect(blocks.length).toBeGreaterThanOrEqual(4);
    for (const block of blocks) expect(new Set(widths(block)).size).toBe(1);
  });

  it('colours levels on a terminal unless NO_COLOR is set', async () => {
    const tty = await run(['evaluate', EXAMPLE_ARG], { stdoutIsTTY: true });
    expect(tty.stdout).toContain('\u001b[32mHTXSNV\u001b[39m');
    const noColor = await run(['evaluate', EXAMPLE_ARG], { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(noColor.stdout).not.toContain('\u001b[');
  });

  it('speaks English with --lang en', async () => {
    const r = await run(['evaluate', EXAMPLE_ARG, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SUMMARY');
    expect(r.stdout).toContain('Đảng bộ xã An Bình');
  });

  it('applies --set and shows the changed setting', async () => {
    const json = await run(['evaluate', EXAMPLE_ARG, '--format', 'json', '--set', 'headCap=cap', '--set', 'quotaScope=chi-bo']);
    expect(json.code).toBe(0);
    const result = JSON.parse(json.stdout) as { settings: Record<string, unknown> };
    expect(result.settings['headCap']).toBe('cap');
    expect(result.settings['quotaScope']).toBe('chi-bo');
    const table = await run(['evaluate', EXAMPLE_ARG, '--set', 'headCap=cap']);
    expect(table.stdout).toContain('headCap=cap');
  });

  it('accepts --rule-set', async () => {
    const r = await run(['evaluate', EXAMPLE_ARG, '--format', 'json', '--rule-set', 'qd124-2023']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { ruleSet: { id: string } }).ruleSet.id).toBe('qd124-2023');
  });
});

describe('--out', () => {
  it('writes the output atomically and nothing on stdout', async () => {
    const dir = scratch();
    const out = path.join(dir, 'result.json');
    writeFileSync(out, 'old content');
    const r = await run(['evaluate', EXAMPLE_ARG, '--format', 'json', '--out', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect((JSON.parse(readFileSync(out, 'utf8')) as { format: string }).format).toBe('xeploai/result@1');
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('writes a table without colour even from a terminal', async () => {
    const dir = scratch();
    // --out is relative to cwd; FILE is absolute here.
    const r = await run(['evaluate', EXAMPLE, '-o', 'table.txt'], { stdoutIsTTY: true, cwd: dir });
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const text = readFileSync(path.join(dir, 'table.txt'), 'utf8');
    expect(text).toContain('Đảng bộ xã An Bình');
    expect(text).not.toContain('\u001b[');
  });

  it('is not written, nor replaced, when the input is invalid', async () => {
    const dir = scratch();
    const file = invalidReview(dir);
    const fresh = path.join(dir, 'fresh.json');
    const kept = path.join(dir, 'kept.json');
    writeFileSync(kept, 'old content');
    expect((await run(['evaluate', file, '--out', fresh])).code).toBe(2);
    expect(existsSync(fresh)).toBe(false);
    expect((await run(['evaluate', file, '--out', kept])).code).toBe(2);
    expect(readFileSync(kept, 'utf8')).toBe('old content');
    expect(readdirSync(dir).sort()).toEqual(['invalid.json', 'kept.json']);
  });

  it('exits 2 when the directory does not exist', async () => {
    const dir = scratch();
    const r = await run(['evaluate', EXAMPLE, '--out', path.join(dir, 'no', 'such', 'dir', 'r.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/r\.json: cannot write: no such file or directory/);
  });
});

describe('invalid input', () => {
  it('lists every issue with its path on stderr, exit 2, empty stdout, no stack', async () => {
    const dir = scratch();
    const r = await run(['evaluate', invalidReview(dir)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^members\[0\]\.admittedOn: /m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('names a file that cannot be read', async () => {
    const r = await run(['evaluate', 'no/such/review.json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('no/such/review.json: cannot read: no such file or directory\n');
  });

  it.each([
    ['truncated.json', '{"format": "xeploai/review@1", "year": 20', /^truncated\.json: invalid JSON: .+\n$/],
    ['empty.json', '', /^empty\.json: invalid JSON: the file is empty\n$/],
    ['array.json', '[]', /^array\.json: invalid JSON: expected an object, got an array\n$/],
  ])('rejects malformed JSON (%s) in one line', async (name, text, message) => {
    const dir = scratch();
    writeFileSync(path.join(dir, name), text);
    const r = await run(['evaluate', name], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });

  it('accepts a file with a BOM', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'bom.json'), `\uFEFF${readFileSync(EXAMPLE, 'utf8')}`);
    const r = await run(['evaluate', 'bom.json', '--format', 'json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('rejects an unknown --set name at settings.NAME', async () => {
    const r = await run(['evaluate', EXAMPLE_ARG, '--set', 'bogus=1']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^settings\.bogus: /m);
  });

  it('rejects a --set value outside the setting domain', async () => {
    const r = await run(['evaluate', EXAMPLE_ARG, '--set', 'headCap=maybe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^settings\.headCap: /m);
  });

  it('rejects an unknown rule set', async () => {
    const r = await run(['evaluate', EXAMPLE_ARG, '--rule-set', 'qd999']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^ruleSet: /m);
  });

  it.each([
    [['evaluate'], /missing FILE/],
    [['evaluate', 'a.json', 'b.json'], /expected one FILE, got 2/],
    [['evaluate', EXAMPLE_ARG, '--format', 'xml'], /unknown --format "xml"; expected one of table, json/],
    [['evaluate', EXAMPLE_ARG, '--lang', 'fr'], /unknown --lang "fr"/],
    [['evaluate', EXAMPLE_ARG, '--set', 'headCap'], /--set "headCap": expected NAME=VALUE/],
    [['evaluate', EXAMPLE_ARG, '--bogus'], /^xeploai evaluate: unknown option "--bogus"\n/],
    [['evaluate', EXAMPLE_ARG, '--format'], /--format/],
    [['--bogus'], /unknown option "--bogus"/],
  ])('usage error %j → exit 2 with a pointer to the help', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/Run 'xeploai( evaluate)? --help' for usage\.\n$/);
  });
});
