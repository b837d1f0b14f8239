// Tests of the `xeploai diff` command (src/cli/commands/diff.ts), kept beside compareRuleSets.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../cli/exit.js';
import { diffCommand, parseDiffArgs, runDiff } from '../cli/commands/diff.js';
import { allTot, member, organization, reviewOf } from '../testing/index.js';
import { captureIo, tempDir } from '../cli/testIo.js';

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const file = path.join(tmp.dir, 'review-2021.json');
writeFileSync(
  file,
  JSON.stringify(
    reviewOf(2021, [organization('cb', 'chi-bo-co-so', { name: 'Chi bộ thôn 1', criteria: { results: 'tot', building: 'tot' }, sameLevelBodies: [{ name: 'UBND xã', level: 'HTTNV' }] })], [
      member('lan', 'cb', { name: 'Vũ Thị Lan', criteria: allTot, disciplines: [{ form: 'khien-trach', decidedOn: '2021-05-01', selfDetectedAndRemedied: true }] }),
      member('binh', 'cb', { name: 'Lê Văn Bình', criteria: allTot }),
    ]),
  ),
);

describe('xeploai diff', () => {
  it('reads its command line', () => {
    expect(parseDiffArgs(['r.json', '--rule-sets', 'qd132-2018, qd124-2023', '--set', 'headCap=warn', '--data'])).toEqual({
      file: 'r.json', ruleSets: ['qd132-2018', 'qd124-2023'], format: 'table', settings: { headCap: 'warn' }, lang: 'vi', data: true, help: false,
    });
    expect(() => parseDiffArgs(['r.json'])).toThrow(/--rule-sets needs at least two/);
    expect(() => parseDiffArgs(['r.json', '--rule-sets', 'qd132-2018,qd132-2018'])).toThrow(/twice/);
    expect(() => parseDiffArgs(['r.json', '--rule-sets', 'a,b', '--format', 'csv'])).toThrow(CliError);
    expect(parseDiffArgs(['--help']).help).toBe(true);
    expect(diffCommand.help).toContain('--rule-sets');
  });

  it('table: the member and the chi bộ rated differently, with the findings and citations', async () => {
    const cap = captureIo();
    expect(await runDiff([file, '--rule-sets', 'qd132-2018,qd124-2023', '--lang', 'en'], cap.io)).toBe(0);
    const out = cap.stdout();
    expect(out).toContain('qd124-2023: ');
    expect(out).toMatch(/rule-set-years/);
    expect(out).toMatch(/│ Members +│ lan +│ Vũ Thị Lan +│ KHTNV +│ HTTNV +│/);
    expect(out).toMatch(/│ Organizations +│ cb +│ Chi bộ thôn 1 +│ HTNV +│ HTTNV +│/);
    expect(out).toContain('discipline-in-year');
    expect(out).toContain('(21-HD/BTCTW · Mục II, điểm B, tiết 2)');
    expect(out).toContain('(124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)');
    expect(cap.stderr()).toBe('');
  });

  it('json (with --data): differences and the rule data diff, without the full results', async () => {
    const cap = captureIo();
    await runDiff([file, '--rule-sets', 'qd132-2018,qd124-2023', '--format', 'json', '--data'], cap.io);
    const json = JSON.parse(cap.stdout());
    expect(json.results).toBeUndefined();
    expect(json.differences.map((d: { id: string }) => d.id)).toEqual(['lan', 'cb']);
    expect(json.data[0]).toMatchObject({ a: { id: 'qd132-2018', year: 2021 }, b: { id: 'qd124-2023', year: 2021 }, paramsCompared: true });
    expect(json.data[0].differences.some((d: { path: string }) => d.path === 'member.discipline.selfDetectedException')).toBe(true);
  });

  it('table --data lists the data differences with each side cited', async () => {
    const cap = captureIo();
    await runDiff([file, '--rule-sets', 'qd132-2018,qd124-2023', '--data'], cap.io);
    expect(cap.stdout()).toMatch(/member\.discipline\.selfDetectedException +│ false \(21-HD\/BTCTW · Mục II, điểm B, tiết 2\)/);
  });

  it('invalid input: an unknown rule set is an input error (exit 2 through main)', async () => {
    await expect(runDiff([file, '--rule-sets', 'qd132-2018,nope'], captureIo().io)).rejects.toThrow(/unknown rule set/);
  });
});
