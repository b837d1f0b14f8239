/**
 * `xeploai programme PROGRAMME --results FILE…`: evaluate a programme (Đề án) against the results
 * of its years — per indicator and year the target, the actual, the verdict and the on-track line —
 * with the sơ kết summary, as a table, JSON, CSV or a self-contained HTML report.
 *
 * @module
 */
import { XeploaiError } from '../../errors.js';
import { evaluateProgramme, safeParseProgramme, type Programme, type ProgrammeInput } from '../../programme/index.js';
import { programmeCsv, programmeTable, renderHtmlReport, rollUp, type ReportLang } from '../../report/index.js';
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT, type ExitCode } from '../exit.js';
import { loadJsonFile } from '../input.js';
import { refuseInputAsOutput, type CliIo } from '../io.js';
import { emit, loadRatings, overFiles } from './report.js';
import { needsOut, writeBytes } from '../office.js';
import { writeProgrammeDocument } from '../../docx/document.js';
import { writeProgrammeWorkbook } from '../../xlsx/writeOutputs.js';
import type { Command } from './types.js';

const OPTIONS = {
  results: { type: 'string', short: 'r', multiple: true },
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'as-of': { type: 'string' },
  weakest: { type: 'string' },
  lang: { type: 'string' },
  title: { type: 'string' },
  bom: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['table', 'json', 'html', 'csv', 'xlsx', 'docx'] as const;
const LANGS = ['vi', 'en'] as const;

/** What `programme` was asked to do, once the command line is read. @example `parseProgrammeArgs(['p.json', '-r', 'a.json']).format // 'table'` */
export interface ProgrammeArgs {
  readonly programme: string;
  readonly results: readonly string[];
  readonly format: (typeof FORMATS)[number];
  readonly out?: string;
  readonly asOf?: number;
  readonly weakest?: number;
  readonly lang: ReportLang;
  readonly title?: string;
  readonly bom: boolean;
  readonly help: boolean;
}

function wholeNumber(option: string, text: string | undefined, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!/^\d+$/.test(text) || n < min || n > max) throw usageError('programme', `--${option} ${JSON.stringify(text)}: expected a whole number from ${min} to ${max}`);
  return n;
}

/**
 * Reads the command line of `programme`: the first positional is the programme; the result files
 * follow `--results` (repeatable) or come as further positionals. Throws a usage error (exit 2).
 *
 * @example
 * ```ts
 * parseProgrammeArgs(['de-an.json', '--results', 'a.json', 'b.json']).results; // ['a.json', 'b.json']
 * ```
 */
export function parseProgrammeArgs(args: readonly string[]): ProgrammeArgs {
  const { values, positionals } = parseCommandArgs('programme', args, OPTIONS);
  const help = values.help === true;
  const [programme, ...more] = positionals;
  if (!help && programme === undefined) throw usageError('programme', 'missing PROGRAMME (a programme document xeploai/programme@1)');
  const format = values.format ?? 'table';
  if (!(FORMATS as readonly string[]).includes(format)) throw usageError('programme', `unknown --format ${JSON.stringify(format)}; expected one of ${FORMATS.join(', ')}`);
  if (!help) needsOut('programme', format, values.out);
  const lang = values.lang ?? 'vi';
  if (!(LANGS as readonly string[]).includes(lang)) throw usageError('programme', `unknown --lang ${JSON.stringify(lang)}; expected one of ${LANGS.join(', ')}`);
  const asOf = wholeNumber('as-of', values['as-of'], 1930, 2100);
  const weakest = wholeNumber('weakest', values.weakest, 0, 1000);
  return {
    programme: programme ?? '',
    results: [...(values.results ?? []), ...more],
    format: format as ProgrammeArgs['format'],
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(asOf !== undefined ? { asOf } : {}),
    ...(weakest !== undefined ? { weakest } : {}),
    lang: lang as ReportLang,
    ...(values.title !== undefined ? { title: values.title } : {}),
    bom: values.bom === true,
    help,
  };
}

const HELP = `Usage: xeploai programme PROGRAMME --results FILE… [options]

Evaluates a programme (Đề án, format xeploai/programme@1) against the results
of its years: for each indicator and year the target, the actual (computed by
the indicator's metric from that year's results, or entered as actuals), the
verdict (dat | vuot | chua-dat | chua-co-so-lieu) and whether it is on the
straight line from the baseline to the final target; then the sơ kết summary:
indicators met and behind, organizations and members KHTNV two years running,
the weakest units.

FILE is a review (xeploai/review@1, evaluated first; needed for the metrics on
admissions, disciplines and thôn) or a result document (xeploai/result@1).
Files of the same year are added together.

Options:
  -r, --results FILE…   the yearly files (repeatable; further positionals too)
  -f, --format FORMAT   table (default), json, html (a self-contained report), csv,
                        xlsx (indicators × years) or docx (a Word report); these
                        two need --out
  -o, --out PATH        write to PATH instead of stdout (atomically)
  --as-of YEAR          year of the sơ kết (default: the latest year with results)
  --weakest N           how many weakest units to list (default 5)
  --lang vi|en          language of table, csv and html (default vi)
  --title TEXT          title of the html report (default: the programme's)
  --bom                 start csv with a UTF-8 byte-order mark (for Excel)
  -h, --help            show this help

Exit codes: 0 done; 2 invalid input or usage (every problem on stderr as
"FILE: path: message", nothing on stdout, no --out file); 70 internal error.

Examples:
  xeploai programme examples/de-an-03.json --results examples/xa-an-binh-2024.json examples/xa-an-binh-2025.json
  xeploai programme de-an.json -r 2024.json -r 2025.json --format html --out so-ket.html
`;

/**
 * Runs `programme`.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * const code = await runProgramme(['examples/de-an-03.json', '--results', 'examples/xa-an-binh-2024.json'], io);
 * ```
 */
export async function runProgramme(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseProgrammeArgs(args);
  if (parsed.help) {
    io.stdout(HELP);
    return EXIT.OK;
  }
  refuseInputAsOutput(parsed.out, [parsed.programme, ...parsed.results], io.cwd);
  // Read everything first, so that every problem of every file is reported in one go.
  const issues: XeploaiError['issues'][number][] = [];
  let programme: Programme | undefined;
  try {
    const input = await loadJsonFile(parsed.programme, io.cwd);
    const r = safeParseProgramme(input);
    if (r.success) programme = r.data;
    else issues.push(...r.issues.map((i) => ({ ...i, path: i.path === '' ? parsed.programme : `${parsed.programme}: ${i.path}` })));
  } catch (error) {
    if (error instanceof XeploaiError) {
      for (const i of error.issues) issues.push({ ...i, path: i.path === '' ? parsed.programme : `${parsed.programme}: ${i.path}` });
    } else {
      if (!(error instanceof Error) || error.name !== 'CliError') throw error;
      issues.push({ path: '', code: 'unreadable-file', message: error.message });
    }
  }
  let loaded: Awaited<ReturnType<typeof loadRatings>> = [];
  try {
    loaded = await loadRatings(parsed.results, io.cwd);
  } catch (error) {
    if (!(error instanceof XeploaiError)) throw error;
    issues.push(...error.issues);
  }
  if (issues.length > 0 || programme === undefined) throw new XeploaiError(issues);
  const files = loaded.map((l) => l.file);
  const inputs: ProgrammeInput[] = loaded.map((l) => (l.review ? { result: l.result, review: l.review } : { result: l.result }));
  const options = { ...(parsed.asOf !== undefined ? { asOf: parsed.asOf } : {}), ...(parsed.weakest !== undefined ? { weakest: parsed.weakest } : {}) };
  const evaluation = overFiles(() => evaluateProgramme(programme, inputs, options), files);
  if (parsed.format === 'xlsx' || parsed.format === 'docx') {
    const options = { lang: parsed.lang, ...(parsed.title !== undefined ? { title: parsed.title } : {}) };
    await writeBytes(parsed.format === 'xlsx' ? await writeProgrammeWorkbook(evaluation, options) : await writeProgrammeDocument(evaluation, options), parsed.out ?? '', io);
    return EXIT.OK;
  }
  let text: string;
  switch (parsed.format) {
    case 'json':
      text = `${JSON.stringify(evaluation, null, 2)}\n`;
      break;
    case 'csv':
      text = programmeCsv(evaluation, { lang: parsed.lang, bom: parsed.bom });
      break;
    case 'html': {
      const keep = inputs.map((i) => i.result.year >= programme.fromYear - 1 && i.result.year <= programme.toYear);
      const table = overFiles(() => rollUp(inputs.filter((_, i) => keep[i])), files.filter((_, i) => keep[i]));
      text = renderHtmlReport({ programme: evaluation, rollUp: table, lang: parsed.lang, ...(parsed.title !== undefined ? { title: parsed.title } : {}) });
      break;
    }
    default:
      text = programmeTable(evaluation, parsed.lang);
  }
  await emit(text, parsed.out, io);
  return EXIT.OK;
}

/**
 * The `programme` command.
 *
 * @example
 * ```ts
 * programmeCommand.name; // 'programme'
 * ```
 */
export const programmeCommand: Command = {
  name: 'programme',
  synopsis: 'PROGRAMME --results FILE… [--format table|json|html|csv] [--out PATH]',
  summary: 'evaluate a programme (Đề án) against the yearly results',
  help: HELP,
  run: runProgramme,
};
