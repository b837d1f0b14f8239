// Large outputs and the documented inputs and formats (issue #21, items 2, 3, 12, 17).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { reviewText } from '../../../bench/generate.mjs';
import { formatCheckTable } from '../commands/check.js';
import { renderGrid } from '../../text/grid.js';
import { formatJson, formatJsonParts } from './json.js';
import { evaluateReview } from '../../index.js';
import type { ReviewResult } from '../../rules/types.js';
import { EXAMPLE, runMain, scratchDirs } from '../testIo.js';

const scratch = scratchDirs();

describe('large outputs (items 2, 3)', () => {
  it('lays out a grid of 200,000 rows (a spread of the rows overflowed the call stack)', () => {
    const rows = Array.from({ length: 200_000 }, (_, i) => [`dv-${i}`, 'Lê Văn Bình']);
    const lines = renderGrid([{ header: 'Mã' }, { header: 'Họ và tên' }], rows);
    expect(lines).toHaveLength(200_004);
    expect(lines[3]).toBe('│ dv-0      │ Lê Văn Bình │');
  });

  it("prints check's table with 200,000 suggested moves", () => {
    const result = evaluateReview(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    const suggest = Array.from({ length: 200_000 }, (_, i) => `dv-${i}`);
    const failing = { ...result.checks[0]!, ok: false, demote: suggest.length, suggest } as ReviewResult['checks'][number];
    const text = formatCheckTable({ ...result, checks: [failing] }, undefined, 'en', false);
    expect(text.split('\n').filter((l) => l.startsWith('    - dv-'))).toHaveLength(200_000);
  });

  it('writes the json result in parts that join to the same text', async () => {
    const result = evaluateReview(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
    expect([...formatJsonParts(result)].join('')).toBe(formatJson(result));
    const empty = { ...result, members: [], leaders: [] };
    expect([...formatJsonParts(empty)].join('')).toBe(formatJson(empty));
    const r = await runMain(['evaluate', EXAMPLE, '--format', 'json']);
    expect(r.stdout).toBe(formatJson(result));
  });
});

describe('an unusable temporary directory (item 12)', () => {
  it('says what is wrong with TMPDIR (exit 2), not an internal error', async () => {
    const dir = scratch();
    const file = path.join(dir, 'review.ndjson');
    writeFileSync(file, [...reviewText({ members: 20, year: 2024, seed: 1, format: 'ndjson', order: 'grouped' })].join(''));
    vi.stubEnv('TMPDIR', path.join(dir, 'no-such-dir'));
    try {
      const r = await runMain(['evaluate', file, '--format', 'ndjson']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${path.join(dir, 'no-such-dir')}: cannot create a temporary folder in the temporary directory: no such file or directory (set TMPDIR to a writable directory)\n`);
    } finally {
      vi.unstubAllEnvs();
    }
  });
});

describe('documented inputs and formats (item 17)', () => {
  function files(dir: string): { json: string; ndjson: string } {
    const options = { members: 400, year: 2024, seed: 5, order: 'grouped' } as const;
    const json = path.join(dir, 'review.json');
    const ndjson = path.join(dir, 'review.ndjson');
    writeFileSync(json, [...reviewText({ ...options, format: 'json' })].join(''));
    writeFileSync(ndjson, [...reviewText({ ...options, format: 'ndjson' })].join(''));
    return { json, ndjson };
  }

  it('report reads an NDJSON review and the NDJSON result of a run as it reads their JSON', async () => {
    const dir = scratch();
    const { json, ndjson } = files(dir);
    const expected = await runMain(['report', json, '--format', 'json']);
    expect(expected.code).toBe(0);
    const fromNdjson = await runMain(['report', ndjson, '--format', 'json']);
    expect(fromNdjson.stderr).toBe('');
    expect(fromNdjson.stdout).toBe(expected.stdout);
    const resultNdjson = path.join(dir, 'result.ndjson');
    const resultJson = path.join(dir, 'result.json');
    expect((await runMain(['evaluate', ndjson, '--format', 'ndjson', '--out', resultNdjson])).code).toBe(0);
    expect((await runMain(['evaluate', json, '--format', 'json', '--out', resultJson])).code).toBe(0);
    const a = await runMain(['report', resultNdjson, '--format', 'json']);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe((await runMain(['report', resultJson, '--format', 'json'])).stdout);
  });

  it('diff reads an NDJSON review', async () => {
    const dir = scratch();
    const { json, ndjson } = files(dir);
    const args = ['--rule-sets', 'qd132-2018,qd124-2023', '--format', 'json'];
    const a = await runMain(['diff', ndjson, ...args]);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe((await runMain(['diff', json, ...args])).stdout);
  });

  it('programme --results reads an NDJSON result', async () => {
    const dir = scratch();
    const programme = path.join(dir, 'p.json');
    writeFileSync(programme, JSON.stringify({ format: 'xeploai/programme@1', id: 'p', title: 'P', fromYear: 2024, toYear: 2024, indicators: [{ id: 'k', title: 'KHTNV', unit: 'count', direction: 'at-most', targets: { '2024': 3 }, metric: 'members.khtnv.count' }] }));
    const result = path.join(dir, 'result.ndjson');
    const resultJson = path.join(dir, 'result.json');
    expect((await runMain(['evaluate', EXAMPLE, '--format', 'ndjson', '--out', result])).code).toBe(0);
    expect((await runMain(['evaluate', EXAMPLE, '--format', 'json', '--out', resultJson])).code).toBe(0);
    const a = await runMain(['programme', programme, '--results', result, '--format', 'json']);
    expect(a.stderr).toBe('');
    expect(a.stdout).toBe((await runMain(['programme', programme, '--results', resultJson, '--format', 'json'])).stdout);
  });

  it('reports a bad NDJSON line of a result by its number', async () => {
    const dir = scratch();
    const result = path.join(dir, 'result.ndjson');
    writeFileSync(result, '{"format":"xeploai/result@1","year":2024,"period":{"kind":"year"}}\n{"member":{}}\n{"nope":1}\n');
    const r = await runMain(['report', result]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('line 3: expected an object with one field');
  });

  it('evaluate --format csv: one row per subject, formulas neutralised', async () => {
    const dir = scratch();
    const review = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { members: { name: string }[] };
    review.members[0]!.name = '=HYPERLINK("http://x","y")';
    const file = path.join(dir, 'r.json');
    writeFileSync(file, JSON.stringify(review));
    const r = await runMain(['evaluate', file, '--format', 'csv', '--lang', 'en']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Subjects,Id,Name,Unit (of an organization: parent),Rated,Level,Basis,Score,Finding codes');
    const result = evaluateReview(review as never);
    expect(lines).toHaveLength(1 + result.organizations.length + result.leaders.length + result.members.length);
    expect(r.stdout).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
  });

  it('evaluate --format html: the report of the evaluation', async () => {
    const r = await runMain(['evaluate', EXAMPLE, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe((await runMain(['report', EXAMPLE, '--format', 'html'])).stdout);
  });
});
