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
import { renderHtmlReport, rollUp, rollUpCsv, rollUpTable, RESULT_FORMAT, ROLL_UP_BY, ROUNDINGS, safeParseResultDocument } from '../../render/index.js';
import type { RatedResult, ReportLang, RollUpBy, Rounding } from '../../render/index.js';
import { parseCommandArgs, usageError } from '../args.js';
import { CliError, EXIT, type ExitCode } from '../exit.js';
import { loadReviewInput, needsOut, writeBytes } from '../office.js';
import { writeReportDocument } from '../../docx/document.js';
import { writeReportWorkbook } from '../../xlsx/writeOutputs.js';
import { fileErrorReason, writeFileAtomic, type CliIo } from '../io.js';
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
 * Reads each file as a review (`xeploai/review@1`, evaluated) or a result (`xeploai/result@1`).
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
      input = await loadReviewInput(file, cwd);
    } catch (error) {
      if (error instanceof XeploaiError) {
        issues.push(...inFile(file, error.issues));
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
  lang: { type: 'string' },
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
  readonly lang: ReportLang;
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
  const decimalsText = values.decimals ?? '2';
  const decimals = Number(decimalsText);
  if (!/^\d$/.test(decimalsText) || decimals > 6) throw usageError('report', `--decimals ${JSON.stringify(decimalsText)}: expected a whole number from 0 to 6`);
  return {
    files: positionals,
    by: oneOf('report', 'by', values.by ?? 'parent', ROLL_UP_BY),
    format: help ? 'table' : outFormat(values.format, values.out),
    ...(values.out !== undefined ? { out: values.out } : {}),
    rounding: oneOf('report', 'rounding', values.rounding ?? 'half-up', ROUNDINGS),
    decimals,
    lang: oneOf('report', 'lang', values.lang ?? 'vi', LANGS),
    ...(values.title !== undefined ? { title: values.title } : {}),
    bom: values.bom === true,
    help,
  };
}

const HELP = `Usage: xeploai report FILE… [options]

Rolls up the ratings of one or more files into the summary tables of the
report forms: per organization and each level of the tree above it (or per
organization kind), the total, the number rated, not rated (with reasons), and
each level with its percentage over those rated; members the same; the HTXSNV
share over exactly-HTTNV, HTTNV-and-above and all rated.

FILE is a review (xeploai/review@1, JSON or an Excel workbook .xlsx, evaluated first) or a result document
(xeploai/result@1; without a review there are no names and no tree). Files of
the same year are added together (one commune each); several years give one
table per year.

Options:
  --by parent|kind        rows per organization and its tree (default), or per kind
  -f, --format FORMAT     table (default), csv, json, html (a self-contained report),
                          xlsx (a sheet per table) or docx (a Word report); these
                          two need --out
  -o, --out PATH          write to PATH instead of stdout (atomically)
  --rounding MODE         half-up (default) or largest-remainder (rows add to 100)
  --decimals N            decimals of percentages, 0–6 (default 2)
  --lang vi|en            language of table, csv and html (default vi)
  --title TEXT            title of the html or docx report
  --bom                   start csv with a UTF-8 byte-order mark (for Excel)
  -h, --help              show this help

Exit codes: 0 done; 2 invalid input or usage (every problem on stderr as
"FILE: path: message", nothing on stdout, no --out file); 70 internal error.

Examples:
  xeploai report examples/xa-an-binh-2024.json
  xeploai report examples/xa-an-binh-2024.json examples/xa-an-binh-2025.json --format html --out bao-cao.html
  xeploai report ket-qua-2025.json --format docx --out bao-cao.docx
  xeploai report xa-*.json --by kind --format csv --bom --out tong-hop.csv
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
  const loaded = await loadRatings(parsed.files, io.cwd);
  const files = loaded.map((l) => l.file);
  const inputs = loaded.map((l) => (l.review ? { result: l.result, review: l.review } : { result: l.result }));
  const table = overFiles(() => rollUp(inputs, { by: parsed.by, rounding: parsed.rounding, decimals: parsed.decimals }), files);
  if (parsed.format === 'xlsx' || parsed.format === 'docx') {
    const options = { lang: parsed.lang, ...(parsed.title !== undefined ? { title: parsed.title } : {}) };
    await writeBytes(parsed.format === 'xlsx' ? await writeReportWorkbook(table, options) : await writeReportDocument(table, options), parsed.out ?? '', io);
    return EXIT.OK;
  }
  let text: string;
  switch (parsed.format) {
    case 'json':
      text = `${JSON.stringify(table, null, 2)}\n`;
      break;
    case 'csv':
      text = rollUpCsv(table, { lang: parsed.lang, bom: parsed.bom });
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
  synopsis: 'FILE… [--by parent|kind] [--format table|csv|json|html] [--out PATH]',
  summary: 'roll up ratings into the summary tables of the report forms',
  help: HELP,
  run: runReport,
};
