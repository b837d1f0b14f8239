import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { test as nodeTest } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { getRuleSet } from '../rules/registry.js';
import { review } from './builder.js';
import { caseTable, type CaseRow, type TestFn } from './caseTable.js';
import { gradesFor } from './evaluate.js';

const qd124 = getRuleSet('qd124-2023');
const tot = gradesFor(qd124, 'individual', 'tot');

const rows: CaseRow[] = [
  { name: 'tiêu chí Tốt → HTTNV', member: { criteria: tot }, level: 'HTTNV', absent: ['discipline-in-year'] },
  { name: 'kết quả Xuất sắc → HTXSNV', member: { criteria: { ...tot, results: 'xuat-sac' } }, level: 'HTXSNV' },
  {
    name: 'khiển trách trong năm → KHTNV',
    member: { criteria: tot, disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15' }] },
    level: 'KHTNV',
    findings: [{ code: 'discipline-in-year', severity: 'cap', cap: 'KHTNV', cite: { doc: '124-QĐ/TW' } }],
  },
  {
    name: 'tự phát hiện, khắc phục xong → không KHTNV',
    member: { criteria: tot, disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15', selfDetectedAndRemedied: true }] },
    level: 'HTTNV',
    findings: ['discipline-self-detected'],
  },
  { name: 'kết nạp chưa đủ 6 tháng → không xếp loại', member: { admittedOn: '2024-09-01', proposedLevel: 'HTTNV' }, level: null, findings: ['new-member'] },
  { name: 'chi bộ đề xuất HTNV', organization: { proposedLevel: 'HTNV' }, members: [{ proposedLevel: 'HTTNV' }], level: 'HTNV' },
  {
    name: 'headCap cap: bí thư không cao hơn chi bộ',
    review: review(2024).organization({ id: 'cb', proposedLevel: 'HTNV' }).head({ proposedLevel: 'HTTNV' }),
    subject: { leader: 'dv-1' },
    settings: { headCap: 'cap' },
    level: 'HTNV',
    findings: ['head-above-unit'],
  },
];

describe('caseTable', () => {
  const table = caseTable(qd124, rows, { year: 2024, reviewDate: '2024-12-15' });

  describe('registers one vitest test per row', () => {
    table.run(it);
  });

  it('runs without a runner: check() and assertAll()', () => {
    expect(table.check().map((o) => o.ok)).toEqual(rows.map(() => true));
    expect(() => table.assertAll()).not.toThrow();
  });

  it('reports every failing row with its readable reason', () => {
    const bad = caseTable(qd124, [
      { name: 'sai mức', member: { name: 'Vũ Thị Lan', criteria: tot, disciplines: [{ form: 'canh-cao', decidedOn: '2024-08-20' }] }, level: 'HTTNV' },
      { name: 'đúng', member: { proposedLevel: 'HTNV' }, level: 'HTNV' },
      { name: 'thiếu phát hiện', member: { proposedLevel: 'HTNV' }, findings: ['consecutive-khtnv'] },
    ], { year: 2024 });
    const outcomes = bad.check();
    expect(outcomes.map((o) => o.ok)).toEqual([false, true, false]);
    expect(() => bad.assertAll()).toThrow(/^2\/3 trường hợp không đạt \/ cases failed\n✗ sai mức\n {2}Đảng viên dv-1 \(Vũ Thị Lan\): mong đợi HTTNV, thực tế KHTNV — do: /);
  });

  it('works with any test function (jest-style it, node:test test): the type accepts them', () => {
    const seen: string[] = [];
    const jestLikeIt = (name: string, fn: () => void | Promise<void>, _timeout?: number): void => {
      seen.push(name);
      void fn();
    };
    table.run(jestLikeIt);
    expect(seen).toEqual(rows.map((r) => r.name));
    const nodeTestFn: TestFn = nodeTest;
    expect(typeof nodeTestFn).toBe('function');
  });

  it('refuses a row without facts, and a review row without a subject', () => {
    expect(() => caseTable(qd124, [{ name: 'rỗng', level: 'HTNV' }])).toThrow('caseTable row "rỗng": give "member", "organization" or "review"');
    const t = caseTable(qd124, [{ name: 'không chủ thể', review: review(2024).member(), level: 'HTNV' }]);
    expect(() => t.cases[0]!.run()).toThrow('needs a "subject"');
  });

  it('adds member rows to a base review', () => {
    const base = review(2024).organization({ id: 'xa', kind: 'dang-bo-co-so' }).organization({ id: 'cb-a', kind: 'chi-bo', parentId: 'xa' });
    const t = caseTable(qd124, [{ name: 'trong chi bộ cb-a', member: { proposedLevel: 'HTNV' }, level: 'HTNV' }], { base });
    t.assertAll();
  });

  it('runs under node:test (a real `node --test` process)', async () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
    const dir = join(root, '.tmp', 'node-test');
    mkdirSync(dir, { recursive: true });
    const entry = join(dir, 'table.test.ts');
    writeFileSync(
      entry,
      `import { test } from 'node:test';
import { getRuleSet } from ${JSON.stringify(join(root, 'src/index.ts'))};
import { caseTable } from ${JSON.stringify(join(root, 'src/testing/index.ts'))};
caseTable(getRuleSet('qd124-2023'), [
  { name: 'đề xuất HTNV', member: { proposedLevel: 'HTNV' }, level: 'HTNV' },
  { name: 'sai có chủ ý', member: { proposedLevel: 'HTNV' }, level: 'HTXSNV' },
]).run(test);
`,
    );
    const out = join(dir, 'table.test.mjs');
    await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'silent' });
    let stdout = '';
    try {
      execFileSync(process.execPath, ['--test', '--test-reporter=tap', out], { encoding: 'utf8', stdio: 'pipe' });
    } catch (e) {
      stdout = (e as { stdout: string }).stdout;
    }
    expect(stdout).toMatch(/^ok 1 - đề xuất HTNV$/m);
    expect(stdout).toMatch(/^not ok 2 - sai có chủ ý$/m);
    expect(stdout).toContain('mong đợi HTXSNV, thực tế HTNV');
  }, 30_000);
});
