/**
 * Word documents of a roll-up and of a programme evaluation (on the `docx` library): A4 landscape,
 * the unit and the period at the top, each table with a header row repeated on every page,
 * numbers right-aligned with the decimal comma, the programme's verdicts, and the legend of levels.
 *
 * @module
 */
import type { Paragraph, ParagraphChild, Table, TableCell, TextRun } from 'docx';
import { LEVEL_LABELS, LEVELS } from '../levels.js';
import { isPercentCell, programmeTables, rollUpTables, type OfficeCell, type OfficeTable } from '../office/tables.js';
import type { ProgrammeEvaluation } from '../programme/types.js';
import { formatNumber, formatPercent, reportText, type ReportLang } from '../render/labels.js';
import type { RollUp } from '../report/types.js';

/**
 * Options of the Word writers: language (default `vi`), and the unit named at the top (default:
 * the first organization of the roll-up, or the programme's title).
 *
 * @example
 * ```ts
 * import type { DocumentOptions } from 'xeploai/docx';
 * const o: DocumentOptions = { unit: 'Đảng bộ xã An Bình' };
 * ```
 */
export interface DocumentOptions {
  readonly lang?: ReportLang;
  readonly unit?: string;
  readonly title?: string;
}

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt, the usual size of party documents
const TABLE_SIZE = 16; // 8 pt
const MARGIN = 1134; // 2 cm, in twips
/** The width of the text on an A4 landscape page, in twips. */
const TEXT_WIDTH = 16838 - 2 * MARGIN;

/** The docx module, loaded on first use (importing `xeploai/docx` costs nothing until a document is written). */
type Docx = typeof import('docx');

type Align = 'left' | 'center' | 'right';

function text(d: Docx, value: string, options: { bold?: boolean; size?: number; italics?: boolean } = {}): TextRun {
  return new d.TextRun({ text: value, font: FONT, size: options.size ?? SIZE, ...(options.bold ? { bold: true } : {}), ...(options.italics ? { italics: true } : {}) });
}

function paragraph(d: Docx, children: ParagraphChild[], align: Align = 'left', after = 120): Paragraph {
  return new d.Paragraph({ children, alignment: d.AlignmentType[align === 'left' ? 'LEFT' : align === 'center' ? 'CENTER' : 'RIGHT'], spacing: { after } });
}

function cellText(cell: OfficeCell, decimals: number, lang: ReportLang): string {
  if (cell === null) return '';
  if (isPercentCell(cell)) return formatPercent(cell.percent, lang, decimals);
  if (typeof cell === 'number') return formatNumber(cell, lang, Number.isInteger(cell) ? 0 : decimals);
  return cell;
}

function tableOf(d: Docx, table: OfficeTable, lang: ReportLang): Table {
  const weights = table.columns.map((c) => (c.numeric ? 8 : Math.min(c.width ?? 14, 20)));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.round((w / sum) * TEXT_WIDTH));
  const cell = (value: string, numeric: boolean, bold = false, indent = 0, column = 0): TableCell =>
    new d.TableCell({
      width: { size: widths[column] ?? 0, type: d.WidthType.DXA },
      children: [new d.Paragraph({ children: [text(d, value, { bold, size: TABLE_SIZE })], alignment: numeric ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT, indent: { left: indent * 200 } })],
      margins: { left: 40, right: 40, top: 20, bottom: 20 },
    });
  const header = new d.TableRow({ tableHeader: true, cantSplit: true, children: table.columns.map((c, i) => cell(c.header, false, true, 0, i)) });
  const rows = table.rows.map(
    (row, r) => new d.TableRow({ cantSplit: true, children: row.map((v, i) => cell(cellText(v, table.decimals, lang), table.columns[i]?.numeric === true, false, i === 0 ? (table.depths?.[r] ?? 0) : 0, i)) }),
  );
  return new d.Table({ rows: [header, ...rows], columnWidths: widths, width: { size: TEXT_WIDTH, type: d.WidthType.DXA } });
}

function legend(d: Docx, lang: ReportLang): Paragraph[] {
  return [
    paragraph(d, [text(d, lang === 'vi' ? 'Ghi chú các mức xếp loại:' : 'Levels:', { bold: true })], 'left', 60),
    ...LEVELS.map((l) => paragraph(d, [text(d, `${l}: `, { bold: true }), text(d, LEVEL_LABELS[l][lang])], 'left', 0)),
  ];
}

let loading: Promise<Docx> | undefined;

function loadDocx(): Promise<Docx> {
  loading ??= import('docx');
  return loading;
}

/** The parts of a document: a heading, tables, and paragraphs after them; each built with the docx module. */
interface Parts {
  readonly title: string;
  readonly head: (d: Docx) => Paragraph[];
  readonly tables: readonly OfficeTable[];
  readonly tail?: (d: Docx) => Paragraph[];
}

async function documentBytes(parts: Parts, lang: ReportLang): Promise<Uint8Array> {
  const d = await loadDocx();
  const body: (Paragraph | Table)[] = parts.head(d);
  for (const t of parts.tables) {
    body.push(new d.Paragraph({ children: [text(d, t.title, { bold: true })], spacing: { after: 80 }, keepNext: true }), tableOf(d, t, lang), paragraph(d, [], 'left', 120));
  }
  body.push(...(parts.tail?.(d) ?? []), ...legend(d, lang));
  const doc = new d.Document({
    creator: 'xeploai',
    title: parts.title,
    sections: [{ properties: { page: { size: { orientation: d.PageOrientation.LANDSCAPE, width: 11906, height: 16838 }, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } } }, children: body }],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(doc));
}

function heading(unit: string | undefined, title: string, period: string): (d: Docx) => Paragraph[] {
  return (d) => [
    ...(unit ? [paragraph(d, [text(d, unit.toLocaleUpperCase('vi'), { bold: true })], 'center', 60)] : []),
    paragraph(d, [text(d, title, { bold: true, size: 28 })], 'center', 60),
    paragraph(d, [text(d, period, { italics: true })], 'center', 240),
  ];
}

/**
 * A roll-up as a Word document (`.docx` bytes): the unit, the period, one table per year and kind
 * of subject, and the legend of levels.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { rollUp } from 'xeploai/report';
 * import { writeReportDocument } from 'xeploai/docx';
 * const review = { format: 'xeploai/review@1', year: 2024, organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }], members: [] } as const;
 * (await writeReportDocument(rollUp({ result: evaluateReview(review), review }))).length > 0; // true
 * ```
 */
export async function writeReportDocument(table: RollUp, options: DocumentOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const years = table.years.map((y) => y.year);
  const unit = options.unit ?? table.years[0]?.rows.find((r) => r.row === 'organization')?.name;
  const period = years.length === 0 ? '' : `${reportText('year', lang)} ${years.length === 1 ? years[0] : `${years[0]}–${years[years.length - 1]}`}`;
  const title = options.title ?? reportText('rollUpTitle', lang);
  return documentBytes({ title, head: heading(unit, title, period), tables: rollUpTables(table, lang) }, lang);
}

function verdicts(d: Docx, evaluation: ProgrammeEvaluation, lang: ReportLang): Paragraph[] {
  const titles = new Map(evaluation.indicators.map((e) => [e.indicator.id, e.indicator.title]));
  const s = evaluation.summary;
  const lines: [string, readonly string[]][] =
    lang === 'vi'
      ? [['Đạt, vượt', s.met], ['Chưa đạt', s.behind], ['Chậm so với lộ trình', s.offTrack], ['Chưa có số liệu', s.noData]]
      : [['Met', s.met], ['Not met', s.behind], ['Behind the line', s.offTrack], ['No data', s.noData]];
  return [
    paragraph(d, [text(d, `${reportText('summary', lang)} ${s.asOf}`, { bold: true })], 'left', 60),
    ...lines.map(([label, ids]) => paragraph(d, [text(d, `${label} (${ids.length}): `, { bold: true }), text(d, ids.map((id) => titles.get(id) ?? id).join('; ') || '–')], 'left', 60)),
  ];
}

/**
 * A programme evaluation as a Word document: the programme and its years, the indicators × years
 * table, the verdicts of the sơ kết year, and the legend of levels.
 *
 * @example
 * ```ts
 * import { writeProgrammeDocument } from 'xeploai/docx';
 * import type { ProgrammeEvaluation } from 'xeploai/programme';
 * declare const evaluation: ProgrammeEvaluation;
 * const bytes = await writeProgrammeDocument(evaluation);
 * ```
 */
export async function writeProgrammeDocument(evaluation: ProgrammeEvaluation, options: DocumentOptions = {}): Promise<Uint8Array> {
  const lang = options.lang ?? 'vi';
  const p = evaluation.programme;
  const title = options.title ?? p.title;
  const head = heading(options.unit, title, `${reportText('year', lang)} ${p.fromYear}–${p.toYear}`);
  return documentBytes({ title, head, tables: programmeTables(evaluation, lang), tail: (d) => verdicts(d, evaluation, lang) }, lang);
}
