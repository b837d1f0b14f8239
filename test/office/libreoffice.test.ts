// Every .xlsx and .docx the library writes, opened by an independent reader: LibreOffice headless
// (Debian libreoffice-calc-nogui, libreoffice-writer-nogui; .ci/run installs them). Workbooks are
// converted to CSV (every sheet, cells as shown) and the values compared with what was written;
// documents are converted to PDF, their text read back (pdftotext) and their first page rendered
// to PNG (pdftoppm, poppler-utils) to show the tables are there. Outputs go to test/artifacts/office.
// Skipped only outside CI when soffice is missing; under CI (CI set) a missing soffice fails.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateReview, parseReview } from '../../src/builtIn.js';
import { writeProgrammeDocument, writeReportDocument } from '../../src/docx/index.js';
import { LEVEL_LABELS, LEVELS } from '../../src/levels.js';
import { evaluateProgramme, parseProgramme } from '../../src/programme/index.js';
import { rollUp } from '../../src/report/index.js';
import { readReviewWorkbook, writeProgrammeWorkbook, writeReportWorkbook, writeResultWorkbook, writeReviewTemplate, writeReviewWorkbook } from '../../src/xlsx/index.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = path.join(ROOT, 'test', 'artifacts', 'office');
const SOFFICE = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
const IN_CI = process.env['CI'] !== undefined && process.env['CI'] !== '';

if (!SOFFICE && !IN_CI) console.warn('test/office/libreoffice.test.ts: skipped — soffice not found (Debian: apt-get install libreoffice-calc-nogui libreoffice-writer-nogui poppler-utils; .ci/run installs them)');

function load(file: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8'));
}

/** A CSV file as rows of fields (RFC 4180 quoting). */
function readCsv(file: string): string[][] {
  const text = readFileSync(file, 'utf8');
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\n') row.push(field), rows.push(row), (row = []), (field = '');
    else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const reviews = ['examples/xa-an-binh-2024.json', 'examples/xa-an-binh-2025.json'].map((f) => parseReview(load(f)));
const inputs = reviews.map((review) => ({ result: evaluateReview(review), review }));
const table = rollUp(inputs);
const evaluation = evaluateProgramme(parseProgramme(load('examples/de-an-03.json')), inputs);

const percent = (value: number | null, decimals: number): string => (value === null ? '' : `${value.toFixed(decimals)}%`);

describe.skipIf(!SOFFICE && !IN_CI)('generated files opened by LibreOffice headless', () => {
  const csv = (file: string, sheet: string): string[][] => readCsv(path.join(OUT, 'csv', `${file}-${sheet}.csv`));

  beforeAll(async () => {
    if (!SOFFICE) throw new Error('soffice not found: under CI it must be installed (.ci/run: libreoffice-calc-nogui, libreoffice-writer-nogui)');
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    const files: [string, Uint8Array][] = [
      ['template.xlsx', await writeReviewTemplate({ year: 2024 })],
      ['review.xlsx', await writeReviewWorkbook(reviews[0]!)],
      ['result.xlsx', await writeResultWorkbook(inputs[0]!.result, { review: reviews[0]! })],
      ['report.xlsx', await writeReportWorkbook(table)],
      ['programme.xlsx', await writeProgrammeWorkbook(evaluation)],
      ['report.docx', await writeReportDocument(table)],
      ['programme.docx', await writeProgrammeDocument(evaluation)],
    ];
    for (const [name, bytes] of files) writeFileSync(path.join(OUT, name), bytes);
    // A profile of its own, so that runs in parallel (or a desktop LibreOffice) do not collide.
    const profile = pathToFileURL(path.join(tmpdir(), `xeploai-lo-${process.pid}`)).href;
    const run = (args: string[]): void => void execFileSync(SOFFICE, [`-env:UserInstallation=${profile}`, '--headless', ...args], { cwd: OUT, stdio: 'pipe', timeout: 120_000 });
    // Every sheet (-1), UTF-8 (76), cells as shown (the 9th token).
    run(['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', 'csv', ...files.filter(([n]) => n.endsWith('.xlsx')).map(([n]) => n)]);
    run(['--convert-to', 'pdf', '--outdir', 'pdf', 'report.docx', 'programme.docx']);
    // The review workbook saved again by LibreOffice, as an officer's spreadsheet program would.
    run(['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', 'resaved', 'review.xlsx']);
    for (const name of ['report', 'programme']) {
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', path.join('pdf', `${name}.pdf`), path.join('pdf', name)], { cwd: OUT });
    }
  }, 240_000);

  it('the template: every sheet with its Vietnamese headers and field names', () => {
    const members = csv('template', 'Đảng viên');
    expect(members[0]?.slice(0, 5)).toEqual(['Mã đảng viên', 'Họ và tên', 'Mã chi bộ', 'Chính thức/dự bị', 'Ngày vào Đảng']);
    expect(members[1]?.slice(0, 5)).toEqual(['id', 'name', 'orgId', 'status', 'admittedOn']);
    expect(csv('template', 'Kỳ kiểm điểm').find((r) => r[1] === 'year')?.[2]).toBe('2024');
    expect(csv('template', 'Hướng dẫn').length).toBeGreaterThan(50);
  });

  it('a review workbook: ids, names and dates (dd/mm/yyyy) as written', () => {
    const rows = csv('review', 'Đảng viên');
    const fields = rows[1]!;
    const at = (f: string): number => fields.indexOf(f);
    const data = rows.slice(2).filter((r) => r[0] !== '');
    expect(data.map((r) => r[at('id')])).toEqual(reviews[0]!.members.map((m) => m.id));
    expect(data.map((r) => r[at('name')])).toEqual(reviews[0]!.members.map((m) => m.name));
    expect(data.map((r) => r[at('admittedOn')])).toEqual(reviews[0]!.members.map((m) => m.admittedOn.split('-').reverse().join('/')));
  });

  it('a review workbook saved again by LibreOffice reads back to the same review', async () => {
    expect(await readReviewWorkbook(readFileSync(path.join(OUT, 'resaved', 'review.xlsx')))).toEqual(reviews[0]);
  });

  it('a result workbook: every subject with its level', () => {
    const result = inputs[0]!.result;
    expect(csv('result', 'Đảng viên').slice(1).map((r) => [r[0], r[4]])).toEqual(result.members.map((m) => [m.id, m.level ?? '']));
    expect(csv('result', 'Tổ chức').slice(1).map((r) => [r[0], r[4]])).toEqual(result.organizations.map((o) => [o.id, o.level ?? '']));
    expect(csv('result', 'Kiểm tra').length - 1).toBe(result.checks.length);
  });

  it('a report workbook: counts as numbers, percentages at the table precision', () => {
    for (const year of table.years) {
      const rows = csv('report', `${year.year} Đảng viên`);
      expect(rows[0]?.[0]).toBe('Đơn vị');
      const expected = year.rows.flatMap((row) => {
        const t = row.tallies.find((x) => x.subjects === 'members');
        return t && t.total > 0 ? [[row.name, String(t.total), String(t.rated), ...LEVELS.flatMap((l) => [String(t.levels[l].count), percent(t.levels[l].percent, table.decimals)])]] : [];
      });
      expect(rows.slice(1).map((r) => r.slice(0, 3 + 2 * LEVELS.length))).toEqual(expected);
    }
  });

  it('a programme workbook: indicators × years, targets and actuals', () => {
    const rows = csv('programme', 'Chỉ tiêu').slice(1);
    const expected = evaluation.indicators.flatMap((e) => e.years.map((y) => {
      const show = (v: number | null): string => (v === null ? '' : e.indicator.unit === 'percent' ? percent(v, evaluation.decimals) : String(v));
      return [e.indicator.id, String(y.year), show(y.target), show(y.actual)];
    }));
    expect(rows.map((r) => [r[0], r[2], r[3], r[4]])).toEqual(expected);
  });

  it('the Word report: the tables with decimal commas and the legend, a first page that is not blank', () => {
    const text = execFileSync('pdftotext', ['-layout', path.join(OUT, 'pdf', 'report.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG');
    expect(text).toContain('Đảng bộ xã An Bình');
    const members2024 = table.years[0]!.rows.find((r) => r.id === 'xa-an-binh')!.tallies.find((t) => t.subjects === 'members')!;
    expect(text).toContain(`${members2024.levels.HTXSNV.percent!.toFixed(2).replace('.', ',')}%`);
    for (const l of LEVELS) expect(text).toContain(LEVEL_LABELS[l].vi);
    expect(statSync(path.join(OUT, 'pdf', 'report.png')).size).toBeGreaterThan(15_000);
  });

  it('the Word programme: indicators, verdicts and a first page that is not blank', () => {
    const text = execFileSync('pdftotext', ['-layout', path.join(OUT, 'pdf', 'programme.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain(evaluation.indicators[0]!.indicator.id);
    expect(text).toContain(`SƠ KẾT ${evaluation.summary.asOf}`);
    expect(statSync(path.join(OUT, 'pdf', 'programme.png')).size).toBeGreaterThan(15_000);
  });
});
