import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { InputIssue } from '../errors.js';
import { readReviewWorkbook, safeReadReviewWorkbook, writeReviewTemplate, writeReviewWorkbook } from './index.js';

const EXAMPLES = path.resolve(import.meta.dirname, '../../examples');

/** Every bundled review example (examples/ and its folders). */
function exampleReviews(): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.json') && readFileSync(file, 'utf8').includes('"xeploai/review@1"')) out.push(path.relative(EXAMPLES, file));
    }
  };
  walk(EXAMPLES);
  return out.sort();
}

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function issuesOf(bytes: Uint8Array): Promise<readonly InputIssue[]> {
  const r = await safeReadReviewWorkbook(bytes);
  if (r.success) throw new Error('expected the workbook to be refused');
  return r.issues;
}

describe('round trip: review → workbook → review', () => {
  const files = exampleReviews();
  it('finds the bundled reviews', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });
  it.each(files)('%s comes back identical', async (file) => {
    const review = JSON.parse(readFileSync(path.join(EXAMPLES, file), 'utf8')) as Parameters<typeof writeReviewWorkbook>[0];
    const back = await readReviewWorkbook(await writeReviewWorkbook(review));
    expect(back).toEqual(review);
  }, 30_000);
});

describe('a workbook filled the way a person would', () => {
  async function filled(): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    const head = wb.addWorksheet('Kỳ kiểm điểm');
    head.addRow(['Năm kiểm điểm', 2024]);
    head.addRow(['Ngày họp kiểm điểm', '15/12/2024']);
    const orgs = wb.addWorksheet('Tổ chức');
    orgs.addRow(['DANH SÁCH TỔ CHỨC ĐẢNG']);
    orgs.mergeCells('A1:D1');
    orgs.addRow(['STT', 'Mã tổ chức', 'Tên tổ chức', 'Loại tổ chức', 'Mức đề xuất']);
    orgs.addRow([1, 'cb-1', '  Chi bộ thôn 1 ', 'chi-bo-co-so', 'HTTNV']);
    const members = wb.addWorksheet('Đảng viên');
    members.addRow(['DANH SÁCH ĐẢNG VIÊN CHI BỘ THÔN 1']);
    members.mergeCells('A1:F1');
    members.addRow([]);
    members.addRow(['STT', 'Mã đảng viên', 'Họ và tên', 'Mã chi bộ', 'Chính thức/dự bị', 'Ngày vào Đảng', 'Mức đề xuất', 'Nghỉ thai sản', 'Điểm kết quả (≤ 70)']);
    members.addRow([1, 'dv-1', 'Nguyễn Văn An', 'cb-1', 'chinh-thuc', '02/03/2015', 'HTTNV', 'không']);
    members.addRow([]);
    members.addRow([2, 'dv-2', 'Trần Thị Bình', 'cb-1', 'du-bi', '2024-05-20', 'HTNV', 'có']);
    members.addRow([3, 'dv-3', 'Lê Văn Cường', 'cb-1', 'chinh-thuc', new Date(Date.UTC(2001, 8, 1)), 'HTXSNV']);
    // Trailing rows that only look used: formatted, no values.
    for (let r = 8; r <= 30; r++) members.getCell(r, 2).numFmt = '@';
    const posts = wb.addWorksheet('Chức vụ');
    posts.addRow(['Mã đảng viên', 'Mã tổ chức', 'Chức vụ', 'Người đứng đầu']);
    posts.addRow(['dv-1', 'cb-1', 'Bí thư Chi bộ', 'x']);
    wb.addWorksheet('Sheet1');
    return bytesOf(wb);
  }

  it('is read with text, ISO and Excel dates, a merged title row, STT and empty rows', async () => {
    const review = await readReviewWorkbook(await filled());
    expect(review).toEqual({
      format: 'xeploai/review@1',
      year: 2024,
      reviewDate: '2024-12-15',
      organizations: [{ id: 'cb-1', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
      members: [
        { id: 'dv-1', name: 'Nguyễn Văn An', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2015-03-02', leave: { maternity: false }, posts: [{ orgId: 'cb-1', title: 'Bí thư Chi bộ', head: true }], proposedLevel: 'HTTNV' },
        { id: 'dv-2', name: 'Trần Thị Bình', orgId: 'cb-1', status: 'du-bi', admittedOn: '2024-05-20', leave: { maternity: true }, proposedLevel: 'HTNV' },
        { id: 'dv-3', name: 'Lê Văn Cường', orgId: 'cb-1', status: 'chinh-thuc', admittedOn: '2001-09-01', proposedLevel: 'HTXSNV' },
      ],
    });
  });
});

describe('the template', () => {
  async function sheetOf(bytes: Uint8Array, name: string): Promise<ExcelJS.Worksheet> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(name);
    if (!ws) throw new Error(`no sheet ${name}`);
    return ws;
  }
  const fields = (ws: ExcelJS.Worksheet): string[] => (ws.getRow(2).values as unknown[]).filter((v): v is string => typeof v === 'string');

  it('reads back as an empty review of its year and rule set', async () => {
    expect(await readReviewWorkbook(await writeReviewTemplate({ year: 2025 }))).toEqual({ format: 'xeploai/review@1', year: 2025, ruleSet: 'qd366-2025', organizations: [], members: [] });
  });

  it('has score columns under qd366-2025 and criteria columns under the others', async () => {
    const qd366 = fields(await sheetOf(await writeReviewTemplate({ year: 2025 }), 'Đảng viên'));
    expect(qd366).toContain('score.general');
    expect(qd366.some((f) => f.startsWith('criteria.'))).toBe(false);
    const qd124 = fields(await sheetOf(await writeReviewTemplate({ year: 2024 }), 'Đảng viên'));
    expect(qd124).toContain('criteria.results');
    expect(qd124).toContain('criteria.politics');
    expect(qd124).not.toContain('score.general');
    expect(qd124).toContain('history.2023');
  });

  it('freezes the header, lists the enumerations, formats dates and explains every column', async () => {
    const bytes = await writeReviewTemplate({ year: 2024, ruleSet: 'qd124-2023' });
    const ws = await sheetOf(bytes, 'Đảng viên');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    const status = fields(ws).indexOf('status') + 1;
    expect(ws.getCell(3, status).dataValidation).toMatchObject({ type: 'list', formulae: ['"chinh-thuc,du-bi"'] });
    const admitted = fields(ws).indexOf('admittedOn') + 1;
    expect(ws.getColumn(admitted).numFmt).toBe('dd/mm/yyyy');
    const guide = await sheetOf(bytes, 'Hướng dẫn');
    const explained = (guide.getColumn(3).values as unknown[]).filter((v) => typeof v === 'string');
    for (const f of fields(ws)) expect(explained).toContain(f);
  });
});

describe('bad input, by cell', () => {
  async function withMembers(rows: unknown[][]): Promise<Uint8Array> {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Kỳ kiểm điểm').addRow(['Năm kiểm điểm', 'year', 2024]);
    const orgs = wb.addWorksheet('Tổ chức');
    orgs.addRow(['Mã tổ chức', 'Tên tổ chức', 'Loại tổ chức']);
    orgs.addRow(['id', 'name', 'kind']);
    orgs.addRow(['cb-1', 'Chi bộ thôn 1', 'chi-bo-co-so']);
    const ws = wb.addWorksheet('Đảng viên');
    ws.addRow(['Mã đảng viên', 'Họ và tên', 'Mã chi bộ', 'Chính thức/dự bị', 'Ngày vào Đảng', 'Số ngày nghỉ ốm']);
    ws.addRow(['id', 'name', 'orgId', 'status', 'admittedOn', 'leave.sickDays']);
    for (const row of rows) ws.addRow(row);
    return bytesOf(wb);
  }
  const ok = ['dv-1', 'Nguyễn Văn An', 'cb-1', 'chinh-thuc', '02/03/2015'];

  it('names the cell and the path of a date that does not exist', async () => {
    const rows = Array.from({ length: 9 }, (_, i) => [`dv-${i}`, 'A', 'cb-1', 'chinh-thuc', '02/03/2015']);
    rows.push(['dv-10', 'B', 'cb-1', 'chinh-thuc', '31/02/2024']);
    const issues = await issuesOf(await withMembers(rows));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['Đảng viên!E12 (members[9].admittedOn): expected a date YYYY-MM-DD, got "31/02/2024"']);
  });

  it('refuses a row with data but no id, a count in words, an unknown value', async () => {
    const issues = await issuesOf(await withMembers([ok, [null, 'Không mã', 'cb-1', 'chinh-thuc', '02/03/2015'], ['dv-3', 'C', 'cb-1', 'chính thức', '02/03/2015', 'ba']]));
    expect(issues.map((i) => i.path)).toEqual([
      'Đảng viên!A4 (members[1].id)',
      'Đảng viên!D5 (members[2].status)',
      'Đảng viên!F5 (members[2].leave.sickDays)',
    ]);
    expect(issues[0]?.message).toBe('expected a non-empty string, got nothing');
    expect(issues[2]?.message).toBe('expected a whole number ≥ 0, got "ba"');
  });

  it('names the cell of an unknown column, a post of an unknown member and a stray sheet', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await withMembers([[...ok, null, 'x']])) as unknown as ArrayBuffer);
    wb.getWorksheet('Đảng viên')!.getCell('G1').value = 'Quê quán';
    const posts = wb.addWorksheet('Chức vụ');
    posts.addRow(['memberId', 'orgId', 'title']);
    posts.addRow(['dv-9', 'cb-1', 'Bí thư']);
    wb.addWorksheet('Ghi chép').addRow(['ghi chú']);
    const issues = await issuesOf(await bytesOf(wb));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      'Ghi chép: expected one of the sheets Kỳ kiểm điểm, Tổ chức, Đảng viên, Chức vụ, Kỷ luật, Kỷ luật tổ chức, Cơ quan cùng cấp, Hướng dẫn',
      'Đảng viên!G2: expected a column of the template (see sheet Hướng dẫn), got "Quê quán"',
      'Chức vụ!A2: expected the id of an entry in sheet Đảng viên, got "dv-9"',
    ]);
  });

  it('names a value in a column without a header', async () => {
    const issues = await issuesOf(await withMembers([[...ok, null, null, 'ghi chú']]));
    expect(issues.map((i) => `${i.path}: ${i.message}`)).toEqual(['Đảng viên!H3: expected a value under a column of the template (see sheet Hướng dẫn), got "ghi chú" in a column without one']);
  });

  it('refuses a file that is not a workbook', async () => {
    expect(await issuesOf(new TextEncoder().encode('{"format": "xeploai/review@1"}'))).toEqual([{ path: '', code: 'invalid-workbook', message: 'expected an Excel workbook (.xlsx), got a file that is not one' }]);
  });
});

describe('formula injection', () => {
  it('writes text beginning with = + - @ as text cells and reads it back as typed', async () => {
    const names = ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)'];
    const review = {
      format: 'xeploai/review@1', year: 2024,
      organizations: names.map((name, i) => ({ id: `o${i}`, name, kind: 'chi-bo-co-so' as const })),
      members: [],
    } as const;
    const bytes = await writeReviewWorkbook(review);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Tổ chức')!;
    for (let r = 3; r < 3 + names.length; r++) expect(ws.getCell(r, 2).type).toBe(ExcelJS.ValueType.String);
    expect((await readReviewWorkbook(bytes)).organizations.map((o) => o.name)).toEqual(names);
  });
});
