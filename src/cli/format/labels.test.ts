// The CLI in one language and at the terminal's width: with --lang vi no English word of the
// layout is mixed in (counts, scopes, check names), scope kinds are words, every line of
// evaluate, check and diff fits COLUMNS=80, and diff on a score-only review says the graded rule
// set needs criteria instead of claiming there is no basis.
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLE } from '../testIo.js';
import { runCli, tempDir, writeInput } from '../../../test/reliability/helpers.js';

const scratch = tempDir('xeploai-lang-');
afterAll(() => scratch.cleanup());
const EXAMPLE_2025 = EXAMPLE.replace('2024', '2025');
const width = (line: string) => [...new Intl.Segmenter().segment(line)].length;

const scoreOnly = {
  format: 'xeploai/review@1', year: 2025, reviewDate: '2025-12-15',
  organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', score: { total: 85 } }],
  members: [{ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19', score: { total: 85 } }],
};

describe('CLI output in one language, fitted to the terminal', () => {
  const runs = [
    ['evaluate', EXAMPLE],
    ['evaluate', EXAMPLE_2025],
    ['check', EXAMPLE],
    ['check', EXAMPLE_2025],
    ['diff', EXAMPLE_2025, '--rule-sets', 'qd124-2023,qd366-2025'],
  ];

  it.each(runs.flatMap((argv) => (['vi', 'en'] as const).map((lang) => [`${argv.join(' ')} --lang ${lang}`, argv, lang] as const)))('%s: every line fits COLUMNS=80', async (_name, argv, lang) => {
    const run = await runCli([...argv, '--lang', lang], scratch.dir, { COLUMNS: '80' });
    const wide = run.stdout.split('\n').filter((line) => width(line) > 80);
    expect(wide).toEqual([]);
  }, 60_000);

  it.each(runs.map((argv) => [argv.join(' '), argv] as const))('%s --lang vi: no English words of the layout', async (_name, argv) => {
    const run = await runCli([...argv, '--lang', 'vi'], scratch.dir);
    for (const word of ['allowed', 'demote', 'to move down', 'failing', 'pool', 'tccsd:', 'parent:', ' tccsd ', ' parent ', 'grassroots organization', 'members', 'organizations']) {
      expect(run.stdout, word).not.toContain(word);
    }
  }, 60_000);

  it('scope kinds are words in both languages', async () => {
    const vi = await runCli(['check', EXAMPLE, '--lang', 'vi'], scratch.dir);
    expect(vi.stdout).toContain('Tỷ lệ HTXSNV · đảng viên · TCCSĐ xa-an-binh (Đảng bộ xã An Bình)');
    expect(vi.stdout).toContain('tối đa 16 · cần hạ 1');
    const en = await runCli(['check', EXAMPLE, '--lang', 'en'], scratch.dir);
    expect(en.stdout).toContain('HTXSNV quota · members · grassroots organization xa-an-binh (Đảng bộ xã An Bình)');
    expect(en.stdout).toContain('FAILED: 1 failing check,');
  }, 60_000);

  it('without COLUMNS and not on a terminal, lines are not wrapped (files and pipes keep whole lines)', async () => {
    const run = await runCli(['evaluate', EXAMPLE, '--lang', 'vi'], scratch.dir);
    expect(Math.max(...run.stdout.split('\n').map(width))).toBeGreaterThan(80);
  }, 60_000);

  it('diff on a score-only review: the graded rule set needs criteria, not "no basis"', async () => {
    const file = writeInput(scratch.dir, 'score-only.json', scoreOnly);
    const vi = await runCli(['diff', file, '--rule-sets', 'qd124-2023,qd366-2025', '--lang', 'vi'], scratch.dir);
    expect(vi.stdout).toContain('qd124-2023 xếp loại theo tiêu chí, không theo điểm');
    expect(vi.stdout).not.toContain('no-basis');
    const en = await runCli(['diff', file, '--rule-sets', 'qd124-2023,qd366-2025', '--lang', 'en'], scratch.dir);
    expect(en.stdout).toContain('qd124-2023 rates from criteria, not scores');
  }, 60_000);
});
