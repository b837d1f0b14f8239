/**
 * `xeploai report FILE…`: roll up the ratings of one or more files (reviews to evaluate, or
 * result documents) into the summary tables of the report forms, as a table, CSV, JSON or a
 * self-contained HTML report. Also the loader `programme` shares: files in, results and reviews out,
 * every problem of every file reported at once with the file's name.
 *
 * @module
 */
import { describeValue, XeploaiError, type InputIssue } from '../../errors.js';
import { evaluateReview, safeParseReview } from '../../builtIn.js';
import type { ReviewFile } from '../../model/index.js';
import { renderHtmlReport, rollUp, rollUpCsv, rollUpTable, RESULT_FORMAT, ROLL_UP_BY, ROUNDINGS, safeParseResultDocument } from '../../report/index.js';
import type { RatedResult, ReportLang, RollUpBy, Rounding, TallySubjects } from '../../report/index.js';
import { ORGANIZATION_KINDS } from '../../model/index.js';
import { parseCommandArgs, usageError } from '../args.js';
import { CliError, EXIT, type ExitCode } from '../exit.js';
import { loadDocument } from '../document.js';
import { fileErrorReason, refuseInputAsOutput, writeFileAtomic, type CliIo } from '../io.js';
import { isWorkbookPath, loadReviewInput, needsOut, writeBytes } from '../office.js';
import { writeReportDocument } from '../../docx/document.js';
import { writeReportWorkbook } from '../../xlsx/writeOutputs.js';
import type { Command } from './types.js';

/**
 * One file read for a report: its name, its result, and its review when the file was one.
 *
 * @example
 * ```ts
 * const loaded: LoadedRatings = { file: 'r.json', result: { year: 2024, members: [], organizations: [] } };
 * ```
 */
export interface LoadedRatings {
  readonly file: string;
  readonly result: RatedResult;
  readonly review?: ReviewFile;
}

function inFile(file: string, issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((i) => ({ ...i, path: i.path === '' ? file : `${file}: ${i.path}` }));
}

/**
 * Reads each file as a review (`xeploai/review@1`, evaluated) or a result (`xeploai/result@1`),
 * written as JSON or NDJSON (`evaluate --format ndjson`'s output is a result).
 * Every problem of every file is collected; then one `XeploaiError` lists them, each path
 * prefixed with its file (`a.json: members[3].admittedOn`), and nothing is written.
 *
 * @example
 * ```ts
 * const loaded = await loadRatings(['examples/xa-an-binh-2024.json'], process.cwd());
 * loaded[0]?.result.year; // 2024
 * ```
 */
export async function loadRatings(files: readonly string[], cwd: string): Promise<LoadedRatings[]> {
  const issues: InputIssue[] = [];
  const loaded: LoadedRatings[] = [];
  for (const file of files) {
    let input: Record<string, unknown>;
    try {
      input = isWorkbookPath(file) ? await loadReviewInput(file, cwd) : await loadDocument(file, cwd);
    } catch (error) {
      if (error instanceof XeploaiError) {
        for (const issue of inFile(file, error.issues)) issues.push(issue);
        continue;
      }
      if (!(error instanceof CliError)) throw error;
      issues.push({ path: '', code: 'unreadable-file', message: error.message });
      continue;
    }
    const format = input['format'];
    if (format === RESULT_FORMAT) {
      const r = safeParseResultDocument(input);
      if (r.success) loaded.push({ file, result: r.data });
      else issues.push(...inFile(file, r.issues));
      continue;
    }
    if (typeof format === 'string' && format !== 'xeploai/review@1') {
      issues.push({ path: `${file}: format`, code: 'wrong-format', message: `expected "xeploai/review@1" (a review to evaluate) or "${RESULT_FORMAT}", got ${describeValue(format)}` });
      continue;
    }
    const parsed = safeParseReview(input);
    if (!parsed.success) {
      issues.push(...inFile(file, parsed.issues));
      continue;
    }
    try {
      loaded.push({ file, result: evaluateReview(parsed.data), review: parsed.data });
    } catch (error) {
      if (error instanceof XeploaiError) issues.push(...inFile(file, error.issues));
      else throw error;
    }
  }
  if (issues.length > 0) throw new XeploaiError(issues);
  return loaded;
}

/**
 * Rewrites the paths of an error raised over a list of inputs (`[1].result.members[3].id`) to name
 * the file instead (`b.json: members[3].id`).
 *
 * @example
 * ```ts
 * withFileNames(new XeploaiError([{ path: '[0].result.members[2].id', code: 'duplicate-id', message: '…' }]), ['a.json']).issues[0]?.path;
 * // 'a.json: members[2].id'
 * ```
 */
export function withFileNames(error: XeploaiError, files: readonly string[]): XeploaiError {
  return new XeploaiError(
    error.issues.map((i) => {
      const m = /^\[(\d+)\](?:\.result)?\.?(.*)$/.exec(i.path);
      const file = m ? files[Number(m[1])] : undefined;
      if (!m || file === undefined) return i;
      return { ...i, path: m[2] === '' ? file : `${file}: ${m[2]}` };
    }),
  );
}

/**
 * Writes `text` to `--out` atomically, or to stdout.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * await emit('xin chào\n', undefined, io);
 * ```
 */
export async function emit(text: string, out: string | undefined, io: CliIo): Promise<void> {
  if (out === undefined) {
    io.stdout(text);
    return;
  }
  try {
    await writeFileAtomic(out, text, io.cwd);
  } catch (error) {
    throw new CliError(`${out}: cannot write: ${fileErrorReason(error)}`);
  }
}

/**
 * Runs `f`, turning an `XeploaiError` over a list of inputs into one that names the files.
 *
 * @example
 * ```ts
 * import type { RollUpInput } from 'xeploai/report';
 * declare const inputs: RollUpInput[];
 * declare const files: string[];
 * const table = overFiles(() => rollUp(inputs), files);
 * ```
 */
export function overFiles<T>(f: () => T, files: readonly string[]): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof XeploaiError) throw withFileNames(error, files);
    throw error;
  }
}

const OPTIONS = {
  by: { type: 'string' },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  rounding: { type: 'string' },
  decimals: { type: 'string' },
  depth: { type: 'string' },
  lang: { type: 'string' },
  locale: { type: 'string' },
  title: { type: 'string' },
  bom: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['table', 'csv', 'json', 'html', 'xlsx', 'docx'] as const;
const LANGS = ['vi', 'en'] as const;

/** What `report` was asked to do, once the command line is read. @example `parseReportArgs(['a.json']).by // 'parent'` */
export interface ReportArgs {
  readonly files: readonly string[];
  readonly by: RollUpBy;
  readonly format: (typeof FORMATS)[number];
  readonly out?: string;
  readonly rounding: Rounding;
  readonly decimals: number;
  readonly tableDecimals: Readonly<Partial<Record<TallySubjects, number>>>;
  readonly depth?: number;
  readonly lang: ReportLang;
  readonly locale?: ReportLang;
  readonly title?: string;
  readonly bom: boolean;
  readonly help: boolean;
}

function outFormat(format: string | undefined, out: string | undefined): ReportArgs['format'] {
  const chosen = oneOf('report', 'format', format ?? 'table', FORMATS);
  needsOut('report', chosen, out);
  return chosen;
}

function oneOf<T extends string>(command: string, option: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) throw usageError(command, `unknown --${option} ${JSON.stringify(value)}; expected one of ${allowed.join(', ')}`);
  return value as T;
}

const TABLES = ['members', 'tccsd', ...ORGANIZATION_KINDS] as const;

/** `--decimals 2`, `--decimals members=1,tccsd=2` or both (`2,members=1`): the default and each table's precision. */
function parseDecimals(text: string): { decimals: number; tableDecimals: Partial<Record<TallySubjects, number>> } {
  const bad = (): never => {
    throw usageError('report', `--decimals ${JSON.stringify(text)}: expected a whole number from 0 to 6, or TABLE=N,… with TABLE one of ${TABLES.join(', ')}`);
  };
  let decimals = 2;
  const tableDecimals: Partial<Record<TallySubjects, number>> = {};
  for (const item of text.split(',')) {
    const m = /^(?:([a-z-]+)=)?([0-6])$/.exec(item.trim());
    if (!m) return bad();
    if (m[1] === undefined) decimals = Number(m[2]);
    else if ((TABLES as readonly string[]).includes(m[1])) tableDecimals[m[1] as TallySubjects] = Number(m[2]);
    else return bad();
  }
  return { decimals, tableDecimals };
}

/**
 * Reads the command line of `report`; throws a usage error (exit 2).
 *
 * @example
 * ```ts
 * parseReportArgs(['a.json', 'b.json', '--by', 'kind', '--format', 'csv']).files; // ['a.json', 'b.json']
 * ```
 */
export function parseReportArgs(args: readonly string[]): ReportArgs {
  const { values, positionals } = parseCommandArgs('report', args, OPTIONS);
  const help = values.help === true;
  if (!help && positionals.length === 0) throw usageError('report', 'missing FILE (a review xeploai/review@1 or a result xeploai/result@1)');
  const { decimals, tableDecimals } = parseDecimals(values.decimals ?? '2');
  const depthText = values.depth;
  if (depthText !== undefined && !/^\d{1,6}$/.test(depthText)) throw usageError('report', `--depth ${JSON.stringify(depthText)}: expected a whole number ≥ 0`);
  return {
    files: positionals,
    by: oneOf('report', 'by', values.by ?? 'parent', ROLL_UP_BY),
    format: help ? 'table' : outFormat(values.format, values.out),
    ...(values.out !== undefined ? { out: values.out } : {}),
    rounding: oneOf('report', 'rounding', values.rounding ?? 'half-up', ROUNDINGS),
    decimals,
    tableDecimals,
    ...(depthText !== undefined ? { depth: Number(depthText) } : {}),
    lang: oneOf('report', 'lang', values.lang ?? 'vi', LANGS),
    ...(values.locale !== undefined ? { locale: oneOf('report', 'locale', values.locale, LANGS) } : {}),
    ...(values.title !== undefined ? { title: values.title } : {}),
    bom: values.bom === true,
    help,
  };
}

const HELP = `Usage: xeploai report FILE… [options]

Rolls up the ratings of one or more files into the summary tables of the
report forms: per organization and each level of the tree above it, per
organization kind, or per loại hình of TCCSĐ (organization "type"). Each row:
the total; those rated, exempt, not reviewed (member "notReviewed") and without
a basis as shares of the total (1); each level and HTTNV-and-above as shares of
those rated (2); the HTXSNV share over exactly-HTTNV (the 20% quota base) and
over HTTNV-and-above. A row that is one TCCSĐ states its own level. The members
not reviewed are listed with their reasons.

FILE is a review (xeploai/review@1, JSON, NDJSON or an Excel workbook .xlsx,
evaluated first) or a result document
(xeploai/result@1, which carries names, the tree and types). Files of the same
year are added together (one commune each); several years give one table per
year.

Options:
  --by parent|kind|type   rows per organization and its tree (default), per
                          kind, or per loại hình (type) of TCCSĐ
  -f, --format FORMAT     table (default), csv, json, html (a self-contained report),
                          xlsx (a sheet per table) or docx (a Word report); these
                          two need --out
  -o, --out PATH          write to PATH instead of stdout (atomically)
  --rounding MODE         half-up (default), truncate (round down), or
                          largest-remainder (rows add to 100; equal counts equal)
  --decimals N|TABLE=N,…  decimals of percentages, 0–6 (default 2), for all
                          tables or per table: members, tccsd, dang-bo-co-so,
                          chi-bo-co-so, dang-bo-bo-phan, chi-bo, cap-tren
                          (e.g. --decimals 2,members=1)
  --depth N               show rows nested at most N levels below the top
                          (deeper units still count in the rows above)
  --lang vi|en            language of table, csv and html (default vi)
  --locale vi|en          csv numbers and words: vi = decimal comma, ";"
                          between fields, Vietnamese words instead of codes
  --title TEXT            title of the html or docx report (default: names the unit)
  --bom                   start csv with a UTF-8 byte-order mark (for Excel)
  -h, --help              show this help

Exit codes: 0 done; 2 invalid input or usage (every problem on stderr as
"FILE: path: message", nothing on stdout, no --out file); 70 internal error.

Examples:
  xeploai report examples/xa-an-binh-2024.json
  xeploai report examples/xa-an-binh-2024.json examples/xa-an-binh-2025.json --format html --out bao-cao.html
  xeploai report xa-*.json --by type --rounding truncate --decimals 2,members=1
  xeploai report xa-*.json --by kind --format csv --locale vi --bom --out tong-hop.csv
  xeploai report ket-qua-2025.json --format docx --out bao-cao.docx
`;

/**
 * Runs `report`.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * const code = await runReport(['examples/xa-an-binh-2024.json', '--format', 'csv'], io);
 * ```
 */
export async function runReport(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseReportArgs(args);
  if (parsed.help) {
    io.stdout(HELP);
    return EXIT.OK;
  }
  refuseInputAsOutput(parsed.out, parsed.files, io.cwd);
  const loaded = await loadRatings(parsed.files, io.cwd);
  const files = loaded.map((l) => l.file);
  const inputs = loaded.map((l) => (l.review ? { result: l.result, review: l.review } : { result: l.result }));
  const options = { by: parsed.by, rounding: parsed.rounding, decimals: parsed.decimals, tableDecimals: parsed.tableDecimals, ...(parsed.depth !== undefined ? { depth: parsed.depth } : {}) };
  const table = overFiles(() => rollUp(inputs, options), files);
  if (parsed.format === 'xlsx' || parsed.format === 'docx') {
    const office = { lang: parsed.lang, ...(parsed.title !== undefined ? { title: parsed.title } : {}) };
    await writeBytes(parsed.format === 'xlsx' ? await writeReportWorkbook(table, office) : await writeReportDocument(table, office), parsed.out ?? '', io);
    return EXIT.OK;
  }
  let text: string;
  switch (parsed.format) {
    case 'json':
      text = `${JSON.stringify(table, null, 2)}\n`;
      break;
    case 'csv':
      text = rollUpCsv(table, { lang: parsed.lang, bom: parsed.bom, ...(parsed.locale !== undefined ? { locale: parsed.locale } : {}) });
      break;
    case 'html':
      text = renderHtmlReport({ rollUp: table, lang: parsed.lang, ...(parsed.title !== undefined ? { title: parsed.title } : {}) });
      break;
    default:
      text = rollUpTable(table, parsed.lang);
  }
  await emit(text, parsed.out, io);
  return EXIT.OK;
}

/**
 * The `report` command.
 *
 * @example
 * ```ts
 * reportCommand.name; // 'report'
 * ```
 */
export const reportCommand: Command = {
  name: 'report',
  synopsis: 'FILE… [--by parent|kind|type] [--format table|csv|json|html] [--out PATH]',
  summary: 'roll up ratings into the summary tables of the report forms',
  help: HELP,
  run: runReport,
};
