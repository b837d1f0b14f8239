// Reliability at the edges of the file system (issue #21): piped and special inputs, --out onto
// the input or onto a special file, duplicate keys, escaped control characters, many problems.
import { execFileSync } from 'node:child_process';
import { createWriteStream, lstatSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewText } from '../../bench/generate.mjs';
import { fileErrorReason, readTextFile } from './io.js';
import { EXAMPLE, runMain, scratchDirs } from './testIo.js';

const scratch = scratchDirs();

const ORGS = [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }];
function member(id: string, name = 'Lê Văn Bình'): Record<string, unknown> {
  return { id, name, orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19', proposedLevel: 'HTTNV' };
}
function review(members: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'xeploai/review@1', year: 2024, organizations: ORGS, members, ...extra };
}
function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('--out and the input (item 8)', () => {
  it.each([['the same path'], ['./ and ..'], ['a symlink'], ['a hard link']])('refuses --out that is the input, written as %s (exit 2, the review untouched)', async (how) => {
    const dir = scratch();
    const input = write(dir, 'review.json', JSON.stringify(review([member('dv-1')])));
    const before = readFileSync(input, 'utf8');
    let out = input;
    if (how === './ and ..') out = `${dir}/./sub/../review.json`;
    if (how === 'a symlink') symlinkSync(input, (out = path.join(dir, 'link.json')));
    if (how === 'a hard link') execFileSync('ln', [input, (out = path.join(dir, 'hard.json'))]);
    const r = await runMain(['evaluate', input, '--format', 'json', '--out', out], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is the input file .*refusing to write over it/);
    expect(readFileSync(input, 'utf8')).toBe(before);
  });

  it('refuses it in report too', async () => {
    const dir = scratch();
    const input = write(dir, 'review.json', readFileSync(EXAMPLE, 'utf8'));
    const r = await runMain(['report', input, '--out', './review.json'], { cwd: dir });
    expect(r.code).toBe(2);
  });
});

describe('--out onto something that is not a regular file (item 10)', () => {
  it('writes into a FIFO without replacing it', async () => {
    const dir = scratch();
    const fifo = path.join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const reader = new Promise<string>((resolve) => {
      let text = '';
      import('node:fs').then(({ createReadStream }) => createReadStream(fifo, 'utf8').on('data', (c) => (text += c)).on('end', () => resolve(text)));
    });
    const r = await runMain(['evaluate', EXAMPLE, '--format', 'json', '--out', fifo]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(await reader)).toMatchObject({ format: 'xeploai/result@1' });
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('streams an NDJSON result into a FIFO without replacing it', async () => {
    const dir = scratch();
    const fifo = path.join(dir, 'out.fifo');
    execFileSync('mkfifo', [fifo]);
    const input = write(dir, 'review.ndjson', [...reviewText({ members: 50, year: 2024, seed: 3, format: 'ndjson', order: 'grouped' })].join(''));
    const reader = new Promise<string>((resolve) => {
      let text = '';
      import('node:fs').then(({ createReadStream }) => createReadStream(fifo, 'utf8').on('data', (c) => (text += c)).on('end', () => resolve(text)));
    });
    const r = await runMain(['evaluate', input, '--format', 'ndjson', '--out', fifo]);
    expect(r.code).toBe(0);
    expect((await reader).split('\n').filter((l) => l.startsWith('{"member"'))).toHaveLength(50);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
  });

  it('follows a symlink to a regular file: the link stays a link, its target gets the result', async () => {
    const dir = scratch();
    const target = write(dir, 'result.json', 'old');
    const link = path.join(dir, 'link.json');
    symlinkSync(target, link);
    const r = await runMain(['evaluate', EXAMPLE, '--format', 'json', '--out', link]);
    expect(r.code).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(target);
    expect(JSON.parse(readFileSync(target, 'utf8'))).toMatchObject({ format: 'xeploai/result@1' });
  });
});

describe('inputs that are not regular files (item 5)', () => {
  it('reads /dev/zero once and stops at once: not a JSON object (exit 2)', async () => {
    const r = await runMain(['evaluate', '/dev/zero']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^\/dev\/zero: invalid JSON/);
  });

  it('reads an NDJSON review from a FIFO without an extension (told by its first line)', async () => {
    const dir = scratch();
    const fifo = path.join(dir, 'review');
    execFileSync('mkfifo', [fifo]);
    const text = [...reviewText({ members: 300, year: 2024, seed: 3, format: 'ndjson', order: 'grouped' })].join('');
    const writer = createWriteStream(fifo);
    writer.end(text);
    const r = await runMain(['evaluate', fifo, '--format', 'ndjson']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('{"member"'))).toHaveLength(300);
  });
});

describe('the size of a JSON document (item 5)', () => {
  it('refuses a file over the cap before reading it, and a stream once it passes the cap', async () => {
    const dir = scratch();
    const file = write(dir, 'big.json', `{"a": "${'x'.repeat(5000)}"}`);
    await expect(readTextFile(file, dir, 1000)).rejects.toMatchObject({ code: 'XEPLOAI_TOO_LARGE' });
    const fifo = path.join(dir, 'big.fifo');
    execFileSync('mkfifo', [fifo]);
    createWriteStream(fifo).on('error', () => {}).end(readFileSync(file));
    await expect(readTextFile(fifo, dir, 1000)).rejects.toMatchObject({ code: 'XEPLOAI_TOO_LARGE' });
    expect(fileErrorReason(Object.assign(new Error('x'), { code: 'XEPLOAI_TOO_LARGE' }))).toBe('larger than 500 MB, the most a JSON document may be (a larger review streams as NDJSON: .ndjson, --format ndjson)');
  });
});

describe('duplicate keys (item 6)', () => {
  it('refuses a review whose "members" key is given twice, with its path', async () => {
    const dir = scratch();
    const text = JSON.stringify(review([member('dv-1')])).replace(/}$/, ',"members":[]}');
    const r = await runMain(['evaluate', write(dir, 'r.json', text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('members: expected each field once in an object, got "members" again\n');
  });

  it('refuses a second "year", and a key twice deep in a member', async () => {
    const dir = scratch();
    const text = JSON.stringify(review([member('dv-1'), member('dv-2')])).replace('"year":2024', '"year":2024,"year":2021').replace('"id":"dv-2"', '"id":"dv-2","name":"X"');
    const r = await runMain(['evaluate', write(dir, 'r.json', text)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('year: expected each field once in an object, got "year" again\nmembers[1].name: expected each field once in an object, got "name" again\n');
  });

  it('refuses an NDJSON line with two "member" keys, and a header with two "year" keys', async () => {
    const dir = scratch();
    const one = JSON.stringify({ member: member('dv-1') });
    const lines = ['{"format":"xeploai/review@1","year":2024}', JSON.stringify({ organization: ORGS[0] }), `${one.slice(0, -1)},"member":${JSON.stringify(member('dv-2'))}}`];
    const r = await runMain(['evaluate', write(dir, 'r.ndjson', `${lines.join('\n')}\n`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('line 3: member: expected each field once in an object, got "member" again\n');
    lines[0] = '{"format":"xeploai/review@1","year":2024,"year":2030}';
    const h = await runMain(['evaluate', write(dir, 'h.ndjson', `${lines.join('\n')}\n`)]);
    expect(h.stderr).toBe('line 1: year: expected each field once in an object, got "year" again\n');
  });

  it('refuses duplicate keys in a result given to report and in a programme', async () => {
    const dir = scratch();
    const result = await runMain(['evaluate', EXAMPLE, '--format', 'json']);
    const resultFile = write(dir, 'result.json', result.stdout.replace('"year": 2024', '"year": 2024, "year": 2020'));
    const r = await runMain(['report', resultFile]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${resultFile}: year: expected each field once in an object, got "year" again`);
  });

  it('accepts a colon inside a value (no duplicate)', async () => {
    const dir = scratch();
    const r = await runMain(['evaluate', write(dir, 'r.ndjson', ['{"format":"xeploai/review@1","year":2024}', JSON.stringify({ organization: ORGS[0] }), JSON.stringify({ member: member('dv-1', 'An: "x" \\ y') })].join('\n'))]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('escaped member keys in NDJSON (item 7)', () => {
  it('finds a duplicate id on a line whose key is written with escapes', async () => {
    const dir = scratch();
    const lines = ['{"format":"xeploai/review@1","year":2024}', JSON.stringify({ organization: ORGS[0] }), JSON.stringify({ member: member('dv-1') }), JSON.stringify({ member: member('dv-1') }).replace('"member"', '"\\u006dember"')];
    const r = await runMain(['evaluate', write(dir, 'r.ndjson', `${lines.join('\n')}\n`)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('line 4: member.id: expected a unique id, got "dv-1" (also line 3)\n');
  });
});

describe('many problems (item 4)', () => {
  it('prints the first 1000 with their paths and counts the rest', async () => {
    const dir = scratch();
    // 130,000 problems overflowed the call stack inside zod: one line without a path.
    const members = new Array(130_000).fill(0);
    const r = await runMain(['evaluate', write(dir, 'r.json', JSON.stringify(review(members)))]);
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['members[0]: expected a member object, got 0', 'members[1]: expected a member object, got 0']);
    expect(lines[999]).toBe('members[999]: expected a member object, got 0');
    expect(lines.slice(1000)).toEqual(['… and 129000 more problems (130000 in all)']);
  }, 60_000);
});

describe('control characters and lone surrogates (items 14, 18)', () => {
  it('escapes them in the table: no ESC byte reaches stdout, and two ids stay distinct', async () => {
    const dir = scratch();
    const file = write(dir, 'r.json', JSON.stringify(review([member('dv-\ud800', 'An \u001b[2J\u001b]0;owned\u0007'), member('dv-\udbff')])));
    const r = await runMain(['evaluate', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('\u001b');
    expect(r.stdout).not.toContain('\u0007');
    expect(r.stdout).toContain('An \\u001b[2J\\u001b]0;owned\\u0007');
    expect(r.stdout).toContain('dv-\\ud800');
    expect(r.stdout).toContain('dv-\\udbff');
  });

  it('escapes them in the outputs of check and diff', async () => {
    const dir = scratch();
    const file = write(dir, 'r.json', JSON.stringify(review([{ ...member('dv-\u001b[2J'), proposedLevel: 'HTXSNV' }, member('dv-2')], { year: 2021 })));
    const outputs: string[] = [];
    for (const args of [['check', file], ['diff', file, '--rule-sets', 'qd132-2018,qd124-2023']]) {
      const r = await runMain(args);
      expect(r.stdout).not.toContain('\u001b');
      outputs.push(r.stdout);
    }
    expect(outputs[0]).toContain('dv-\\u001b[2J');
  });

  it('escapes them in the snippet of a JSON syntax error and in file names on stderr', async () => {
    const dir = scratch();
    const r = await runMain(['evaluate', write(dir, 'r\u001b[31m.json', '{"year": \u001b[2J}')]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u001b');
    expect(r.stderr).toContain('\\u001b');
  });
});
