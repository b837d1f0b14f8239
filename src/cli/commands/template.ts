/**
 * `xeploai template --out FILE.xlsx`: write the blank review workbook an officer fills in.
 *
 * @module
 */
import { listRuleSets } from '../../rules/registry.js';
import { writeReviewTemplate } from '../../xlsx/writeReview.js';
import { parseCommandArgs, usageError } from '../args.js';
import { EXIT, type ExitCode } from '../exit.js';
import type { CliIo } from '../io.js';
import { writeBytes } from '../office.js';
import type { Command } from './types.js';

const OPTIONS = {
  year: { type: 'string', short: 'y' },
  'rule-set': { type: 'string' },
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What `template` was asked to do. @example `parseTemplateArgs(['--year', '2025', '--out', 'a.xlsx'], 2026).year // 2025` */
export interface TemplateArgs {
  readonly year: number;
  readonly ruleSet?: string;
  readonly out: string;
  readonly help: boolean;
}

/**
 * Reads the command line of `template`; `thisYear` is the default year. Throws a usage error.
 *
 * @example
 * ```ts
 * parseTemplateArgs(['--out', 'mau.xlsx'], 2025); // { year: 2025, out: 'mau.xlsx', help: false }
 * ```
 */
export function parseTemplateArgs(args: readonly string[], thisYear: number): TemplateArgs {
  const { values, positionals } = parseCommandArgs('template', args, OPTIONS);
  const help = values.help === true;
  if (!help) {
    if (positionals.length > 0) throw usageError('template', `expected no FILE, got ${positionals.join(' ')} (write to --out FILE.xlsx)`);
    if (values.out === undefined) throw usageError('template', 'missing --out FILE.xlsx');
  }
  const yearText = values.year ?? String(thisYear);
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1930 || year > 2100) throw usageError('template', `--year ${JSON.stringify(yearText)}: expected a year from 1930 to 2100`);
  return { year, ...(values['rule-set'] !== undefined ? { ruleSet: values['rule-set'] } : {}), out: values.out ?? '', help };
}

function helpText(): string {
  return `Usage: xeploai template [--year Y] [--rule-set ID] --out FILE.xlsx

Writes a blank review workbook (Excel) to fill in: sheets Kỳ kiểm điểm, Tổ chức,
Đảng viên, Chức vụ, Kỷ luật, Kỷ luật tổ chức, Cơ quan cùng cấp and Hướng dẫn
(one line per column). Each column has a Vietnamese header and its review@1
field below it; enumerations have drop-down lists, dates are date cells. The
columns follow the rule set: score columns for qd366-2025, criteria columns for
the others. Read the filled workbook with evaluate, check, report or convert.

Options:
  -y, --year Y         review year (default: this year)
      --rule-set ID    rule set (default: the one in force for the year); built
                       in: ${listRuleSets().map((r) => r.id).join(', ')}
  -o, --out FILE.xlsx  where to write the workbook (required)
  -h, --help           show this help

Examples:
  xeploai template --year 2025 --out mau-kiem-diem.xlsx
  xeploai evaluate mau-kiem-diem.xlsx --format xlsx --out ket-qua.xlsx
`;
}

/**
 * Runs `template`.
 *
 * @example
 * ```ts
 * declare const io: CliIo;
 * await runTemplate(['--year', '2025', '--out', 'mau.xlsx'], io);
 * ```
 */
export async function runTemplate(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseTemplateArgs(args, new Date().getFullYear());
  if (parsed.help) {
    io.stdout(helpText());
    return EXIT.OK;
  }
  const bytes = await writeReviewTemplate({ year: parsed.year, ...(parsed.ruleSet !== undefined ? { ruleSet: parsed.ruleSet } : {}) });
  await writeBytes(bytes, parsed.out, io);
  return EXIT.OK;
}

/**
 * The `template` command.
 *
 * @example
 * ```ts
 * templateCommand.name; // 'template'
 * ```
 */
export const templateCommand: Command = {
  name: 'template',
  synopsis: '[--year Y] [--rule-set ID] --out FILE.xlsx',
  summary: 'write a blank review workbook (Excel) to fill in',
  get help() {
    return helpText();
  },
  run: runTemplate,
};
