import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { evaluateReview, parseReview } from '../builtIn.js';
import { rollUp } from '../report/index.js';
import { writeReportWorkbook, writeResultWorkbook } from './index.js';

const review = parseReview(JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../examples/xa-an-binh-2024.json'), 'utf8')));
const result = evaluateReview(review);

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

describe('writeReportWorkbook', () => {
  it('stores counts as numbers and percentages as fractions with a percent format at the table precision', async () => {
    for (const decimals of [0, 2]) {
      const table = rollUp({ result, review }, { decimals });
      const ws = (await load(await writeReportWorkbook(table))).getWorksheet('2024 Đảng viên')!;
      const row = table.years[0]!.rows.find((r) => r.id === 'xa-an-binh')!;
      const t = row.tallies.find((x) => x.subjects === 'members')!;
      const r = (ws.getColumn(1).values as unknown[]).indexOf(row.name);
      expect([ws.getCell(r, 2).value, ws.getCell(r, 4).value]).toEqual([t.total, t.levels.HTXSNV.count]);
      expect(ws.getCell(r, 5).value).toBeCloseTo(t.levels.HTXSNV.percent! / 100, 10);
      expect(ws.getCell(r, 5).numFmt).toBe(decimals === 0 ? '0%' : '0.00%');
    }
  });
});

describe('writeResultWorkbook', () => {
  it('lists every member with level, basis and findings with citations, and names from the review', async () => {
    const wb = await load(await writeResultWorkbook(result, { review }));
    const ws = wb.getWorksheet('Đảng viên')!;
    expect(ws.rowCount).toBe(result.members.length + 1);
    const withFinding = result.members.findIndex((m) => m.findings.length > 0);
    const m = result.members[withFinding]!;
    expect(ws.getCell(withFinding + 2, 2).value).toBe(review.members[withFinding]!.name);
    expect(String(ws.getCell(withFinding + 2, 8).value)).toContain(m.findings[0]!.cite.doc);
    expect(wb.getWorksheet('Kiểm tra')!.rowCount).toBe(result.checks.length + 1);
  });

  it('writes a name beginning with = as text, never as a formula', async () => {
    const named = { ...review, members: review.members.map((x, i) => (i === 0 ? { ...x, name: '=1+1' } : x)) };
    const ws = (await load(await writeResultWorkbook(result, { review: named }))).getWorksheet('Đảng viên')!;
    expect(ws.getCell(2, 2).type).toBe(ExcelJS.ValueType.String);
    expect(ws.getCell(2, 2).value).toBe('=1+1');
  });
});
