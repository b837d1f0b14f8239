/**
 * `xeploai evaluate FILE`: rate a review file and print or write the result.
 *
 * @module
 */
import { parseAndEvaluateReview } from '../../builtIn.js';
import { findRuleSet, listRuleSets } from '../../rules/registry.js';
import { defaultSettings } from '../../rules/settings.js';
import { parseCommandArgs, settingsFromArgs, usageError } from '../args.js';
import { CliError, EXIT, type ExitCode } from '../exit.js';
import { escapeControls } from '../../text/escape.js';
import { terminalWidth } from '../format/fit.js';
import { findResultFormat, RESULT_FORMATS } from '../format/index.js';
import { LANGS, type Lang } from '../format/labels.js';
import { loadJsonFile, openReviewInput } from '../input.js';
import { fileErrorReason, refuseInputAsOutput, useColor, writeFileAtomic, type CliIo } from '../io.js';
import { isWorkbookPath, loadReviewInput, needsOut, writeBytes } from '../office.js';
import { writeResultWorkbook } from '../../xlsx/writeOutputs.js';
import { formatCount, Progress } from '../progress.js';
import { runNdjson, type StreamArgs } from '../national/pipeline.js';
import { fileSize } from '../readLines.js';
import type { ReviewInput } from '../../model/index.js';
import type { Command } from './types.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'rule-set': { type: 'string' },
  set: { type: 'string', multiple: true },
  lang: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What `evaluate` was asked to do, once the command line is read. @example `const a: EvaluateArgs = parseEvaluateArgs(['review.json']);` */
export interface EvaluateArgs extends StreamArgs {
  /** No progress on stderr. */
  readonly quiet: boolean;
  readonly help: boolean;
}

/**
 * Reads the command line of `evaluate` (after the command name); throws a usage error.
 *
 * @example
 * ```ts
 * parseEvaluateArgs(['review.json', '--set', 'headCap=cap', '--format', 'json']);
 * // { file: 'review.json', format: 'json', settings: { headCap: 'cap' }, lang: 'vi', quiet: false, help: false }
 * ```
 */
export function parseEvaluateArgs(args: readonly string[]): EvaluateArgs {
  const { values, positionals } = parseCommandArgs('evaluate', args, OPTIONS);
  const help = values.help === true;
  const format = values.format ?? 'table';
  const lang = values.lang ?? 'vi';
  if (!help) {
    if (positionals.length === 0) throw usageError('evaluate', 'missing FILE (a review file xeploai/review@1)');
    if (positionals.length > 1) throw usageError('evaluate', `expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
    if (format !== 'xlsx' && !findResultFormat(format)) throw usageError('evaluate', `unknown --format ${JSON.stringify(format)}; expected one of ${[...RESULT_FORMATS.map((f) => f.name), 'xlsx'].join(', ')}`);
    needsOut('evaluate', format, values.out);
    if (!(LANGS as readonly string[]).includes(lang)) throw usageError('evaluate', `unknown --lang ${JSON.stringify(lang)}; expected one of ${LANGS.join(', ')}`);
  }
  const settings = settingsFromArgs('evaluate', values.set);
  return {
    file: positionals[0] ?? '',
    format,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values['rule-set'] !== undefined ? { ruleSet: values['rule-set'] } : {}),
    settings,
    lang: lang as Lang,
    quiet: values.quiet === true,
    help,
  };
}

function helpText(): string {
  const ruleSets = listRuleSets()
    .map((r) => r.id)
    .join(', ');
  const formats = RESULT_FORMATS.map((f) => `                        ${f.name.padEnd(6)} ${f.description}`).join('\n');
  return `Usage: xeploai evaluate FILE [options]

Rates every member, head and party organization of a review file (format
xeploai/review@1) and prints the result (format xeploai/result@1). FILE is
JSON, an Excel workbook (.xlsx, see "xeploai template"), or NDJSON (.ndjson/.jsonl, or a first line that is a header object with
"format"): a header line with the review fields, then one line per entry,
{"organization": …} or {"member": …}. NDJSON is read as a stream: with
--format ndjson or json, memory stays flat however large the file.

Options:
  -f, --format FORMAT   output format:
${formats}
                        xlsx   an Excel workbook (needs --out): a sheet per
                               subject and one of checks
  -o, --out PATH        write the output to PATH instead of stdout (atomically:
                        nothing is written when the input is invalid)
      --rule-set ID     rule set to apply instead of the file's or the one in
                        force for its year; built in: ${ruleSets}
      --set NAME=VALUE  override a named setting (repeatable), e.g. --set headCap=cap
      --lang LANG       language of table, csv and html: vi (default) or en
  -q, --quiet           no progress on stderr (shown for runs longer than
                        about a second: a bar on a terminal, else a line
                        every few seconds)
  -h, --help            show this help

Exit codes:
  0   rated
  2   invalid input or usage: every problem on stderr as "path: message"
      ("line N: path: message" for NDJSON), nothing on stdout, no --out file
      (streamed output goes to a temporary file until the input proved valid)
  70  internal error (set XEPLOAI_DEBUG=1 for the stack)

Examples:
  xeploai evaluate examples/xa-an-binh-2024.json
  xeploai evaluate review.json --format json --out result.json
  xeploai evaluate review.json --set quotaScope=chi-bo --set headCap=cap --lang en
  xeploai evaluate mau-kiem-diem.xlsx --format xlsx --out ket-qua.xlsx
  xeploai evaluate national-2024.ndjson --format ndjson --out result.ndjson
`;
}

/**
 * Runs `evaluate`: read FILE, rate it with the engine, render, then write to stdout or `--out`.
 * Invalid input throws (`CliError`, `XeploaiError`) before anything is written.
 *
 * @example
 * ```ts
 * const code = await runEvaluate(['examples/xa-an-binh-2024.json', '--format', 'json'], nodeIo());
 * ```
 */
export async function runEvaluate(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseEvaluateArgs(args);
  if (parsed.help) {
    io.stdout(helpText());
    return EXIT.OK;
  }
  refuseInputAsOutput(parsed.out, [parsed.file], io.cwd);
  const source = await openReviewInput(parsed.file, io.cwd);
  try {
    const progress = parsed.quiet ? undefined : new Progress({ write: io.stderr, isTTY: stderrIsTTY(io), label: escapeControls(parsed.file), ...totalOf(source.path, io.cwd) });
    if (source.kind === 'ndjson') {
      if (parsed.format === 'xlsx') throw usageError('evaluate', '--format xlsx needs a JSON review or a review workbook, not NDJSON');
      await runNdjson({ ...parsed, file: source.path, label: parsed.file }, io, progress);
      return EXIT.OK;
    }
    const input = isWorkbookPath(parsed.file) ? await loadReviewInput(source.path, io.cwd, parsed.ruleSet !== undefined ? { ruleSet: parsed.ruleSet } : {}) : await loadJsonFile(source.path, io.cwd, parsed.file);
    const count = Array.isArray(input['members']) ? input['members'].length : 0;
    // evaluateReview runs in one go: say what it is doing when it will take a while.
    progress?.note(parsed.lang === 'vi' ? `đang xếp loại ${formatCount(count)} đảng viên` : `rating ${formatCount(count)} members`, count >= LONG_RUN_MEMBERS);
    const { review, result } = parseAndEvaluateReview(input as ReviewInput, {
      ...(parsed.ruleSet !== undefined ? { ruleSet: parsed.ruleSet } : {}),
      ...(Object.keys(parsed.settings).length > 0 ? { settings: parsed.settings } : {}),
    });
    if (parsed.format === 'xlsx') {
      await writeBytes(await writeResultWorkbook(result, { review, lang: parsed.lang }), parsed.out ?? '', io);
      return EXIT.OK;
    }
    const ruleSet = findRuleSet(result.ruleSet.id);
    const format = findResultFormat(parsed.format);
    if (!format) throw usageError('evaluate', `unknown --format ${parsed.format}`);
    progress?.note(parsed.lang === 'vi' ? 'đang ghi kết quả' : 'writing the result');
    const width = parsed.out === undefined ? terminalWidth(io) : undefined;
    const ctx = { review, lang: parsed.lang, color: parsed.out === undefined && useColor(io), defaults: ruleSet ? defaultSettings(ruleSet) : {}, ...(width !== undefined ? { width } : {}) };
    // In parts where the format has them: a large result is more than one string can hold.
    const parts = format.renderParts !== undefined ? format.renderParts(result, ctx) : [format.render(result, ctx)];
    progress?.finish(`${formatCount(count)} ${parsed.lang === 'vi' ? 'đảng viên trong' : 'members in'} ${(progress.elapsed / 1000).toFixed(1)} s`);
    if (parsed.out === undefined) {
      for (const part of parts) io.stdout(part);
    } else {
      try {
        await writeFileAtomic(parsed.out, parts, io.cwd);
      } catch (error) {
        throw new CliError(`${parsed.out}: cannot write: ${fileErrorReason(error)}`);
      }
    }
    return EXIT.OK;
  } finally {
    source.release();
  }
}

/** From this many members, rating a JSON review takes about a second or more: say so at once. */
const LONG_RUN_MEMBERS = 200_000;

/**
 * Whether stderr is a terminal: `io.stderrIsTTY` when the io says, else the real process's
 * stderr when `io` is the process (its environment is `process.env`).
 */
function stderrIsTTY(io: CliIo): boolean {
  const own = (io as CliIo & { readonly stderrIsTTY?: boolean }).stderrIsTTY;
  if (own !== undefined) return own;
  return io.env === process.env && process.stderr.isTTY === true;
}

function totalOf(file: string, cwd: string): { total?: number } {
  const size = fileSize(file, cwd);
  return size !== undefined ? { total: size } : {};
}

/**
 * The `evaluate` command.
 *
 * @example
 * ```ts
 * evaluateCommand.name; // 'evaluate'
 * ```
 */
export const evaluateCommand: Command = {
  name: 'evaluate',
  synopsis: 'FILE [--format table|json|ndjson|csv|html|xlsx] [--out PATH] [--rule-set ID] [--set NAME=VALUE]… [--lang vi|en] [--quiet]',
  summary: 'rate a review file and print the result',
  get help() {
    return helpText();
  },
  run: runEvaluate,
};
