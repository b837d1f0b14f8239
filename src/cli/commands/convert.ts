/**
 * `xeploai convert FILE --out OUT`: a review workbook to review@1 JSON, or back.
 *
 * @module
 */
import { parseReview } from '../../builtIn.js';
import { writeReviewWorkbook } from '../../xlsx/writeReview.js';
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT, type ExitCode } from '../exit.js';
import { loadJsonFile } from '../input.js';
import type { CliIo } from '../io.js';
import { isWorkbookPath, loadReviewInput, writeBytes } from '../office.js';
import { emit } from './report.js';
import type { Command } from './types.js';

const OPTIONS = {
  out: { type: 'string', short: 'o' },
  'rule-set': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const HELP = `Usage: xeploai convert FILE --out OUT

Converts a review between Excel and JSON: a workbook (FILE.xlsx, as written by
"xeploai template") to a review file xeploai/review@1 (OUT.json), or a review
file (FILE.json) to a workbook (OUT.xlsx). Either way the review is validated
first; a workbook's problems name their cell, e.g.
  Đảng viên!E12 (members[10].admittedOn): expected a date YYYY-MM-DD, got "31/02/2024"

Options:
  -o, --out OUT      the file to write (.json or .xlsx; required)
      --rule-set ID  check the review against this rule set; for a workbook
                     written from JSON, whose columns to use
  -h, --help         show this help

Exit codes: 0 converted; 2 invalid input or usage (nothing written).

Examples:
  xeploai convert mau-kiem-diem.xlsx --out review.json
  xeploai convert examples/xa-an-binh-2024.json --out xa-an-binh-2024.xlsx
`;

/**
 * Runs `convert`.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * await runConvert(['examples/xa-an-binh-2024.json', '--out', 'xa.xlsx'], io);
 * ```
 */
export async function runConvert(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseCommandArgs('convert', args, OPTIONS);
  if (values.help === true) {
    io.stdout(HELP);
    return EXIT.OK;
  }
  const [file, ...more] = positionals;
  if (file === undefined) throw usageError('convert', 'missing FILE (a review workbook .xlsx or a review file .json)');
  if (more.length > 0) throw usageError('convert', `expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
  const out = values.out;
  if (out === undefined) throw usageError('convert', 'missing --out OUT (.json or .xlsx)');
  if (isWorkbookPath(file) === isWorkbookPath(out)) throw usageError('convert', `expected one of FILE and OUT to be .xlsx and the other JSON, got ${file} and ${out}`);
  const ruleSet = values['rule-set'];
  const options = ruleSet !== undefined ? { ruleSet } : {};
  if (isWorkbookPath(file)) {
    const review = await loadReviewInput(file, io.cwd, options);
    await emit(`${JSON.stringify(review, null, 2)}\n`, out, io);
  } else {
    const review = parseReview(await loadJsonFile(file, io.cwd), options);
    await writeBytes(await writeReviewWorkbook(review, options), out, io);
  }
  return EXIT.OK;
}

/**
 * The `convert` command.
 *
 * @example
 * ```ts
 * convertCommand.name; // 'convert'
 * ```
 */
export const convertCommand: Command = {
  name: 'convert',
  synopsis: 'FILE --out OUT [--rule-set ID]',
  summary: 'convert a review workbook (.xlsx) to JSON, or JSON to a workbook',
  help: HELP,
  run: runConvert,
};
