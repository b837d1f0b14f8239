import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewText } from '../../../bench/generate.mjs';
import { runMain, scratchDirs } from '../testIo.js';

const scratch = scratchDirs();
const run = runMain;

/** The same generated review as NDJSON and as JSON, in `dir`. */
function reviews(dir: string, members = 800): { ndjson: string; json: string } {
  const ndjson = path.join(dir, 'review.ndjson');
  const json = path.join(dir, 'review.json');
  const options = { members, year: 2024, seed: 9, order: 'grouped' } as const;
  writeFileSync(ndjson, [...reviewText({ ...options, format: 'ndjson' })].join(''));
  writeFileSync(json, [...reviewText({ ...options, format: 'json' })].join(''));
  return { ndjson, json };
}

describe('evaluate FILE.ndjson', () => {
  it('streams --format ndjson: a header line, one line per entry, the summary last; the same entries as from JSON', async () => {
    const dir = scratch();
    const { ndjson, json } = reviews(dir);
    const fromNdjson = await run(['evaluate', ndjson, '--format', 'ndjson']);
    expect(fromNdjson.stderr).toBe('');
    expect(fromNdjson.code).toBe(0);
    const lines = fromNdjson.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: 'xeploai/result@1', year: 2024, ruleSet: { id: 'qd124-2023' } });
    expect(Object.keys(lines.at(-1)!)).toEqual(['summary']);
    const kinds = lines.slice(1, -1).map((l) => Object.keys(l)[0]);
    expect(kinds.filter((k) => k === 'member')).toHaveLength(800);
    // members, then heads, then organizations, then checks
    expect(kinds.join(' ')).toMatch(/^(member )+(leader )+(organization )+(check ?)+$/);
    const fromJson = await run(['evaluate', json, '--format', 'ndjson']);
    expect(fromJson.stdout).toBe(fromNdjson.stdout);
  });

  it('streams --format json byte for byte as the json of the same review in JSON', async () => {
    const dir = scratch();
    const { ndjson, json } = reviews(dir, 500);
    const a = await run(['evaluate', ndjson, '--format', 'json']);
    const b = await run(['evaluate', json, '--format', 'json']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('prints the table too, with names', async () => {
    const dir = scratch();
    const { ndjson } = reviews(dir, 200);
    const r = await run(['evaluate', ndjson, '--lang', 'en']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('SUMMARY');
    expect(r.stdout).toMatch(/Chi bộ/);
  });

  it('tells NDJSON by its first line when the name does not say', async () => {
    const dir = scratch();
    const { ndjson } = reviews(dir, 100);
    const renamed = path.join(dir, 'review.txt');
    writeFileSync(renamed, readFileSync(ndjson));
    const r = await run(['evaluate', renamed, '--format', 'ndjson']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toContain('"format":"xeploai/result@1"');
  });

  it('writes --out atomically, and nothing on stdout', async () => {
    const dir = scratch();
    const { ndjson } = reviews(dir, 100);
    const out = path.join(dir, 'result.ndjson');
    writeFileSync(out, 'old');
    const r = await run(['evaluate', ndjson, '--format', 'ndjson', '--out', out]);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8').split('\n')[0]).toContain('xeploai/result@1');
    expect(readdirSync(dir).sort()).toEqual(['result.ndjson', 'review.json', 'review.ndjson']);
  });
});

describe('invalid NDJSON', () => {
  const header = '{"format":"xeploai/review@1","year":2024,"reviewDate":"2024-12-15"}';
  const cb = '{"organization":{"id":"cb","name":"Chi bộ thôn 1","kind":"chi-bo-co-so"}}';
  const good = '{"member":{"id":"a","name":"An","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01","proposedLevel":"HTTNV"}}';
  const bad = '{"member":{"id":"b","name":"Bình","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01","disciplines":[{"form":"khien-trach","decidedOn":"2024-13-01"}]}}';

  it('exits 2 with each bad line number and field path on stderr, nothing on stdout', async () => {
    const dir = scratch();
    const file = path.join(dir, 'bad.ndjson');
    writeFileSync(file, [header, cb, good, good.replace('"a"', '"c"'), bad, '{"member": 1}'].join('\n'));
    const r = await run(['evaluate', file, '--format', 'ndjson']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^line 5: member\.disciplines\[0\]\.decidedOn: expected a date YYYY-MM-DD, got "2024-13-01"$/m);
    expect(r.stderr).toMatch(/^line 6: member: expected a member object, got 1$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('creates no --out file, replaces none, and leaves no temporary file', async () => {
    const dir = scratch();
    const file = path.join(dir, 'bad.ndjson');
    writeFileSync(file, [header, cb, bad].join('\n'));
    const kept = path.join(dir, 'kept.ndjson');
    writeFileSync(kept, 'old');
    expect((await run(['evaluate', file, '--format', 'ndjson', '--out', path.join(dir, 'fresh.ndjson')])).code).toBe(2);
    expect((await run(['evaluate', file, '--format', 'json', '--out', kept])).code).toBe(2);
    expect(readFileSync(kept, 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['bad.ndjson', 'kept.ndjson']);
  });

  it('reports a header problem at line 1 and a file that is not UTF-8', async () => {
    const dir = scratch();
    const file = path.join(dir, 'h.ndjson');
    writeFileSync(file, `{"format":"xeploai/review@1","year":2024,"settings":{"headCap":"maybe"}}\n${cb}\n`);
    const r = await run(['evaluate', file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^line 1: settings\.headCap: /m);
    const latin1 = path.join(dir, 'l.ndjson');
    writeFileSync(latin1, Buffer.concat([Buffer.from(`${header}\n`), Buffer.from([0x7b, 0xe9, 0x7d, 0x0a])]));
    const e = await run(['evaluate', latin1]);
    expect(e.code).toBe(2);
    expect(e.stderr).toBe(`${latin1}: cannot read: not UTF-8 text\n`);
  });

  it('applies --set and --rule-set to the header', async () => {
    const dir = scratch();
    const file = path.join(dir, 'ok.ndjson');
    writeFileSync(file, [header, cb, good].join('\n'));
    const r = await run(['evaluate', file, '--format', 'ndjson', '--set', 'headCap=cap']);
    expect(JSON.parse(r.stdout.split('\n')[0]!)).toMatchObject({ settings: { headCap: 'cap' } });
    const unknown = await run(['evaluate', file, '--rule-set', 'qd999']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^line 1: ruleSet: /m);
  });
});

describe('progress', () => {
  it('says nothing for a short run that is not on a terminal, nor with --quiet', async () => {
    const dir = scratch();
    const { ndjson, json } = reviews(dir, 300);
    for (const file of [ndjson, json]) {
      expect((await run(['evaluate', file, '--format', 'ndjson'])).stderr).toBe('');
      expect((await run(['evaluate', file, '--format', 'ndjson', '--quiet'], { env: {} })).stderr).toBe('');
    }
    expect(existsSync(dir)).toBe(true);
  });
});

describe('xeploai check on NDJSON', () => {
  it('gives the same verdict and JSON report as on the same review in JSON', async () => {
    const dir = scratch();
    const { ndjson, json } = reviews(dir, 300);
    const fromJson = await run(['check', json, '--format', 'json']);
    const fromNdjson = await run(['check', ndjson, '--format', 'json']);
    expect(fromNdjson.stderr).toBe('');
    expect(fromNdjson.code).toBe(fromJson.code);
    expect(JSON.parse(fromNdjson.stdout)).toEqual(JSON.parse(fromJson.stdout));
  });

  it('a bad line → exit 2 with its line number, nothing on stdout', async () => {
    const dir = scratch();
    const file = path.join(dir, 'bad.ndjson');
    writeFileSync(file, '{"format":"xeploai/review@1","year":2024}\n{"member":{"id":"a"}}\n');
    const r = await run(['check', file]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/line 2/);
  });
});
