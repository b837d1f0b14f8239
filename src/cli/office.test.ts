// The Excel and Word doors of the CLI: template → filled workbook → evaluated workbook → Word
// report; convert both ways; workbook problems by cell (exit 2, nothing written); binary formats
// need --out.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { EXAMPLE, runMain, scratchDirs } from './testIo.js';

const scratch = scratchDirs();

async function sheet(file: string, name: string): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name} in ${file}`);
  return ws;
}

const isZip = (file: string): boolean => readFileSync(file).subarray(0, 2).toString('latin1') === 'PK';

describe('template → filled workbook → evaluated workbook → Word report', () => {
  it('runs the four commands of the guide', async () => {
    const dir = scratch();
    const template = path.join(dir, 'mau-kiem-diem.xlsx');
    expect(await runMain(['template', '--year', '2024', '--out', template])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    // Fill it in the way a person would: text dates, a level, criteria.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(template);
    const orgs = wb.getWorksheet('Tổ chức')!;
    const fields = (ws: ExcelJS.Worksheet): string[] => (ws.getRow(2).values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    const put = (ws: ExcelJS.Worksheet, row: number, values: Record<string, unknown>): void => {
      for (const [field, value] of Object.entries(values)) ws.getCell(row, fields(ws).indexOf(field)).value = value as ExcelJS.CellValue;
    };
    put(orgs, 3, { id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' });
    const members = wb.getWorksheet('Đảng viên')!;
    put(members, 3, { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '02/03/2015', 'criteria.results': 'tot', 'criteria.politics': 'tot' });
    put(members, 4, { id: 'dv-2', name: 'Trần Thị Bình', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2010-01-15', proposedLevel: 'HTNV' });
    await wb.xlsx.writeFile(template);

    expect((await runMain(['check', template])).code).toBe(0);
    const result = path.join(dir, 'ket-qua.xlsx');
    expect(await runMain(['evaluate', template, '--format', 'xlsx', '--out', result, '--quiet'])).toMatchObject({ code: 0, stdout: '', stderr: '' });
    const rows = await sheet(result, 'Đảng viên');
    expect([rows.getCell('A2').value, rows.getCell('E2').value, rows.getCell('A3').value, rows.getCell('E3').value]).toEqual(['dv-1', 'HTTNV', 'dv-2', 'HTNV']);
    const report = path.join(dir, 'bao-cao.docx');
    expect(await runMain(['report', template, '--format', 'docx', '--out', report])).toMatchObject({ code: 0, stdout: '' });
    expect(isZip(report)).toBe(true);
  }, 60_000);
});

describe('convert', () => {
  it('JSON → xlsx → JSON gives the bundled example back, byte for byte', async () => {
    const dir = scratch();
    const xlsx = path.join(dir, 'xa.xlsx');
    const json = path.join(dir, 'xa.json');
    expect((await runMain(['convert', EXAMPLE, '--out', xlsx])).code).toBe(0);
    expect((await runMain(['convert', xlsx, '--out', json])).code).toBe(0);
    expect(readFileSync(json, 'utf8')).toBe(readFileSync(EXAMPLE, 'utf8'));
  }, 60_000);

  it('refuses two files of the same kind', async () => {
    const r = await runMain(['convert', EXAMPLE, '--out', 'x.json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected one of FILE and OUT to be .xlsx');
  });
});

describe('problems in a workbook', () => {
  it('exit 2 with the cell of each problem, and nothing written', async () => {
    const dir = scratch();
    const bad = path.join(dir, 'bad.xlsx');
    expect((await runMain(['convert', EXAMPLE, '--out', bad])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(bad);
    wb.getWorksheet('Đảng viên')!.getCell('E12').value = '31/02/2024';
    await wb.xlsx.writeFile(bad);
    const out = path.join(dir, 'result.xlsx');
    for (const argv of [['evaluate', bad, '--format', 'xlsx', '--out', out], ['check', bad], ['report', bad, '--format', 'docx', '--out', out]]) {
      const r = await runMain(argv);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toContain('Đảng viên!E12 (members[9].admittedOn): expected a date YYYY-MM-DD, got "31/02/2024"');
    }
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it('a file that is not a workbook', async () => {
    const dir = scratch();
    const fake = path.join(dir, 'fake.xlsx');
    writeFileSync(fake, 'not a zip');
    const r = await runMain(['evaluate', fake]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('expected an Excel workbook (.xlsx)');
  });
});

describe('binary formats', () => {
  it.each([
    ['evaluate', EXAMPLE, '--format', 'xlsx'],
    ['report', EXAMPLE, '--format', 'xlsx'],
    ['report', EXAMPLE, '--format', 'docx'],
    ['programme', 'examples/de-an-03.json', '-r', EXAMPLE, '--format', 'docx'],
    ['template', '--year', '2025'],
  ])('%s %s … needs --out', async (...argv) => {
    const r = await runMain(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--out/);
  });

  it('programme --format xlsx writes indicators × years', async () => {
    const out = path.join(scratch(), 'de-an.xlsx');
    expect((await runMain(['programme', 'examples/de-an-03.json', '-r', EXAMPLE, '--format', 'xlsx', '--out', out])).code).toBe(0);
    const ws = await sheet(out, 'Chỉ tiêu');
    expect(ws.getCell('A1').value).toBe('Mã chỉ tiêu');
    expect(ws.rowCount).toBeGreaterThan(20);
  }, 60_000);
});
