/**
 * `xeploai evaluate FILE`: rate a review file and print or write the result.
 *
 * @module
 */
import { evaluateReview } from '../../evaluate/index.js';
import type { ReviewFile } from '../../model/index.js';
import { findRuleSet, listRuleSets } from '../../rules/registry.js';
import { defaultSettings, parseSettingAssignment } from '../../rules/settings.js';
import { parseCommandArgs, usageError } from '../args.js';
import { CliError, EXIT, type ExitCode } from '../exit.js';
import { findResultFormat, RESULT_FORMATS } from '../format/index.js';
import { LANGS, type Lang } from '../format/labels.js';
import { loadJsonFile } from '../input.js';
import { fileErrorReason, useColor, writeFileAtomic, type CliIo } from '../io.js';
import type { Command } from './types.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  'rule-set': { type: 'string' },
  set: { type: 'string', multiple: true },
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What `evaluate` was asked to do, once the command line is read. @example `const a: EvaluateArgs = parseEvaluateArgs(['review.json']);` */
export interface EvaluateArgs {
  readonly file: string;
  readonly format: string;
  readonly out?: string;
  readonly ruleSet?: string;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  readonly lang: Lang;
  readonly help: boolean;
}

/**
 * Reads the command line of `evaluate` (after the command name); throws a usage error.
 *
 * @example
 * ```ts
 * parseEvaluateArgs(['review.json', '--set', 'headCap=cap', '--format', 'json']);
 * // { file: 'review.json', format: 'json', settings: { headCap: 'cap' }, lang: 'vi', help: false }
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
    if (!findResultFormat(format)) throw usageError('evaluate', `unknown --format ${JSON.stringify(format)}; expected one of ${RESULT_FORMATS.map((f) => f.name).join(', ')}`);
    if (!(LANGS as readonly string[]).includes(lang)) throw usageError('evaluate', `unknown --lang ${JSON.stringify(lang)}; expected one of ${LANGS.join(', ')}`);
  }
  const settings: Record<string, string | number | boolean> = {};
  for (const assignment of values.set ?? []) {
    if (!assignment.includes('=') || assignment.startsWith('=')) throw usageError('evaluate', `--set ${JSON.stringify(assignment)}: expected NAME=VALUE, e.g. --set headCap=cap`);
    const [name, value] = parseSettingAssignment(assignment);
    settings[name] = value;
  }
  return {
    file: positionals[0] ?? '',
    format,
    ...(values.out !== undefined ? { out: values.out } : {}),
    ...(values['rule-set'] !== undefined ? { ruleSet: values['rule-set'] } : {}),
    settings,
    lang: lang as Lang,
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
xeploai/review@1) and prints the result (format xeploai/result@1).

Options:
  -f, --format FORMAT   output format:
${formats}
  -o, --out PATH        write the output to PATH instead of stdout (atomically:
                        nothing is written when the input is invalid)
      --rule-set ID     rule set to apply instead of the file's or the one in
                        force for its year; built in: ${ruleSets}
      --set NAME=VALUE  override a named setting (repeatable), e.g. --set headCap=cap
      --lang LANG       language of the table: vi (default) or en
  -h, --help            show this help

Exit codes:
  0   rated
  2   invalid input or usage: every problem on stderr as "path: message",
      nothing on stdout, no --out file
  70  internal error (set XEPLOAI_DEBUG=1 for the stack)

Examples:
  xeploai evaluate examples/xa-an-binh-2024.json
  xeploai evaluate review.json --format json --out result.json
  xeploai evaluate review.json --set quotaScope=chi-bo --set headCap=cap --lang en
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
  const input = await loadJsonFile(parsed.file, io.cwd);
  const result = evaluateReview(input, {
    ...(parsed.ruleSet !== undefined ? { ruleSet: parsed.ruleSet } : {}),
    ...(Object.keys(parsed.settings).length > 0 ? { settings: parsed.settings } : {}),
  });
  const ruleSet = findRuleSet(result.ruleSet.id);
  const format = findResultFormat(parsed.format);
  if (!format) throw usageError('evaluate', `unknown --format ${parsed.format}`);
  // The engine has accepted the input, so it has the shape of a review file.
  const text = format.render(result, {
    review: input as unknown as ReviewFile,
    lang: parsed.lang,
    color: parsed.out === undefined && useColor(io),
    defaults: ruleSet ? defaultSettings(ruleSet) : {},
  });
  if (parsed.out === undefined) {
    io.stdout(text);
  } else {
    try {
      await writeFileAtomic(parsed.out, text, io.cwd);
    } catch (error) {
      throw new CliError(`${parsed.out}: cannot write: ${fileErrorReason(error)}`);
    }
  }
  return EXIT.OK;
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
  synopsis: 'FILE [--format table|json] [--out PATH] [--rule-set ID] [--set NAME=VALUE]… [--lang vi|en]',
  summary: 'rate a review file and print the result',
  get help() {
    return helpText();
  },
  run: runEvaluate,
};
