/**
 * `xeploai diff FILE --rule-sets A,B[,…]`: rate one review file under several rule sets and
 * print the subjects whose level differs, with the findings that explain each difference
 * (`compareRuleSets`); with `--data`, also the differences of the rule sets' data (`diffRuleSets`).
 *
 * @module
 */
import { compareRuleSets, diffRuleSets, type DataDifference, type RuleSetComparison, type RuleSetDiff } from '../../compare/index.js';
import type { ReviewFile } from '../../model/index.js';
import { listRuleSets } from '../../rules/registry.js';
import { parseCommandArgs, settingsFromArgs, usageError } from '../args.js';
import { EXIT, type ExitCode } from '../exit.js';
import { formatCitation, formatFinding } from '../format/findings.js';
import { renderFittedGrid, terminalWidth, wrapLine } from '../format/fit.js';
import type { GridCell } from '../../text/grid.js';
import { LANGS, type Lang } from '../format/labels.js';
import { truncateDisplay } from '../../text/width.js';
import { loadDocument } from '../document.js';
import { escapeControlsInLines } from '../../text/escape.js';
import type { CliIo } from '../io.js';
import type { Command } from './types.js';

const OPTIONS = {
  'rule-sets': { type: 'string' },
  format: { type: 'string', short: 'f' },
  set: { type: 'string', multiple: true },
  lang: { type: 'string' },
  data: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['table', 'json'] as const;
type DiffFormat = (typeof FORMATS)[number];

/**
 * What `diff` was asked to do, once the command line is read.
 *
 * @example
 * ```ts
 * const args: DiffArgs = { file: 'review.json', ruleSets: ['qd132-2018', 'qd124-2023'], format: 'table', settings: {}, lang: 'vi', data: false, help: false };
 * ```
 */
export interface DiffArgs {
  readonly file: string;
  readonly ruleSets: readonly string[];
  readonly format: DiffFormat;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  readonly lang: Lang;
  /** Also list the differences of the rule sets' data (first rule set against each other one). */
  readonly data: boolean;
  readonly help: boolean;
}

/**
 * Reads the command line of `diff` (after the command name); throws a usage error (exit 2).
 *
 * @example
 * ```ts
 * parseDiffArgs(['review.json', '--rule-sets', 'qd132-2018,qd124-2023', '--format', 'json']);
 * // { file: 'review.json', ruleSets: ['qd132-2018', 'qd124-2023'], format: 'json', settings: {}, lang: 'vi', data: false, help: false }
 * ```
 */
export function parseDiffArgs(args: readonly string[]): DiffArgs {
  const { values, positionals } = parseCommandArgs('diff', args, OPTIONS);
  const help = values.help === true;
  const format = values.format ?? 'table';
  const lang = values.lang ?? 'vi';
  const ruleSets = (values['rule-sets'] ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  if (!help) {
    if (positionals.length === 0) throw usageError('diff', 'missing FILE (a review file xeploai/review@1)');
    if (positionals.length > 1) throw usageError('diff', `expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
    if (ruleSets.length < 2) throw usageError('diff', `--rule-sets needs at least two rule set ids separated by commas, e.g. --rule-sets qd132-2018,qd124-2023`);
    const dup = ruleSets.find((id, i) => ruleSets.indexOf(id) !== i);
    if (dup !== undefined) throw usageError('diff', `--rule-sets names ${JSON.stringify(dup)} twice`);
    if (!(FORMATS as readonly string[]).includes(format)) throw usageError('diff', `unknown --format ${JSON.stringify(format)}; expected one of ${FORMATS.join(', ')}`);
    if (!(LANGS as readonly string[]).includes(lang)) throw usageError('diff', `unknown --lang ${JSON.stringify(lang)}; expected one of ${LANGS.join(', ')}`);
  }
  const settings = settingsFromArgs('diff', values.set);
  return { file: positionals[0] ?? '', ruleSets, format: format as DiffFormat, settings, lang: lang as Lang, data: values.data === true, help };
}

const WORDS = {
  title: { vi: 'SO SÁNH BỘ QUY TẮC', en: 'RULE SETS COMPARED' },
  year: { vi: 'năm', en: 'year' },
  notInForce: { vi: 'không áp dụng cho năm này', en: 'not in force for this year' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  summary: { vi: 'TỔNG HỢP', en: 'SUMMARY' },
  ruleSet: { vi: 'Bộ quy tắc', en: 'Rule set' },
  subjects: { vi: 'Đối tượng', en: 'Subjects' },
  rated: { vi: 'Được xếp loại', en: 'Rated' },
  differences: { vi: 'ĐỐI TƯỢNG KHÁC MỨC XẾP LOẠI', en: 'SUBJECTS WITH DIFFERENT LEVELS' },
  none: { vi: 'Không có đối tượng nào khác mức xếp loại.', en: 'No subject has a different level.' },
  id: { vi: 'Mã', en: 'Id' },
  name: { vi: 'Tên', en: 'Name' },
  notRated: { vi: 'không xếp loại', en: 'not rated' },
  why: { vi: 'LÝ DO KHÁC NHAU', en: 'WHY THEY DIFFER' },
  shared: { vi: '(không có phát hiện riêng)', en: '(no finding of its own)' },
  data: { vi: 'KHÁC BIỆT VỀ DỮ LIỆU QUY TẮC', en: 'DIFFERENCES IN THE RULE DATA' },
  section: { vi: 'Phần', en: 'Section' },
  path: { vi: 'Đường dẫn', en: 'Path' },
  noParams: { vi: 'một bộ quy tắc không công bố tham số: chỉ so sánh thiết lập, tiêu chí, kiểm tra', en: 'a rule set exposes no parameters: settings, criteria and checks only' },
  members: { vi: 'Đảng viên', en: 'Members' },
  organizations: { vi: 'Tổ chức đảng', en: 'Organizations' },
  leaders: { vi: 'Lãnh đạo, quản lý', en: 'Leaders' },
} as const satisfies Record<string, Record<Lang, string>>;

function names(review: ReviewFile | undefined): { member: (id: string) => string; org: (id: string) => string } {
  const members = new Map((review?.members ?? []).map((m) => [m.id, m.name]));
  const orgs = new Map((review?.organizations ?? []).map((o) => [o.id, o.name]));
  return { member: (id) => members.get(id) ?? '', org: (id) => orgs.get(id) ?? '' };
}

function shown(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object' && !Array.isArray(value) && typeof (value as Record<string, unknown>)[lang] === 'string') return (value as Record<Lang, string>)[lang];
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function dataCell(side: DataDifference['a'], lang: Lang): string {
  const text = truncateDisplay(shown(side.value, lang), 48);
  return side.cite !== undefined ? `${text} ${formatCitation(side.cite)}` : text;
}

/** Whether the subject's entry gives a score and nothing a graded rule set rates from (criteria, a proposed level). */
function scoreOnlyEntry(review: ReviewFile | undefined, subjects: 'members' | 'organizations' | 'leaders', id: string): boolean {
  const entry = subjects === 'organizations' ? review?.organizations.find((o) => o.id === id) : review?.members.find((m) => m.id === id);
  return entry !== undefined && entry.score !== undefined && entry.criteria === undefined && entry.proposedLevel === undefined;
}

/** Said instead of "no basis" for a score-only entry under a rule set that rates from criteria. */
function needsCriteria(ruleSet: string, lang: Lang): string {
  return lang === 'vi'
    ? `[cần tiêu chí] ${ruleSet} xếp loại theo tiêu chí, không theo điểm: hồ sơ chỉ có điểm — thêm criteria (hoặc proposedLevel) để so sánh với bộ này`
    : `[needs criteria] ${ruleSet} rates from criteria, not scores: the review gives only a score — add criteria (or proposedLevel) to compare under it`;
}

/**
 * The `table` output of `diff`: the rule sets (and warnings), a summary per rule set, the grid of
 * subjects whose level differs, the findings that explain each, and with `--data` the data diffs.
 *
 * @example
 * ```ts
 * import { compareRuleSets } from 'xeploai/compare';
 * declare const review: unknown;
 * process.stdout.write(formatDiffTable(compareRuleSets(review, ['qd132-2018', 'qd124-2023']), undefined, 'en', []));
 * ```
 */
export function formatDiffTable(comparison: RuleSetComparison, review: ReviewFile | undefined, lang: Lang, data: readonly RuleSetDiff[], width?: number): string {
  const ids = comparison.ruleSets.map((r) => r.id);
  const n = names(review);
  const out: string[] = [`xeploai diff — ${WORDS.title[lang]}, ${WORDS.year[lang]} ${comparison.year}`];
  for (const r of comparison.ruleSets) out.push(`  ${r.id}: ${r.title}${r.inForce ? '' : ` [${WORDS.notInForce[lang]}]`}`);
  for (const w of comparison.warnings) out.push(`! ${WORDS.warning[lang]} (${w.ruleSet}): ${formatFinding(w.finding, lang)}`);

  out.push('', WORDS.summary[lang]);
  const summaryRows: GridCell[][] = [];
  for (const kind of ['members', 'organizations', 'leaders'] as const) {
    for (const id of ids) {
      const c = comparison.summaries[id]?.[kind];
      if (c === undefined) continue;
      summaryRows.push([WORDS[kind][lang], id, String(c.rated), String(c.HTXSNV), String(c.HTTNV), String(c.HTNV), String(c.KHTNV), String(c.notRated)]);
    }
  }
  for (const line of renderFittedGrid([{ header: WORDS.subjects[lang] }, { header: WORDS.ruleSet[lang] }, { header: WORDS.rated[lang], align: 'right' }, { header: 'HTXSNV', align: 'right' }, { header: 'HTTNV', align: 'right' }, { header: 'HTNV', align: 'right' }, { header: 'KHTNV', align: 'right' }, { header: WORDS.notRated[lang], align: 'right' }], summaryRows, width)) out.push(line);

  out.push('', WORDS.differences[lang]);
  if (comparison.differences.length === 0) {
    out.push(WORDS.none[lang]);
  } else {
    const label = (d: RuleSetComparison['differences'][number]) => (d.subjects === 'organizations' ? n.org(d.id) : d.subjects === 'leaders' ? `${n.member(d.id)} @ ${d.orgId ?? ''}` : n.member(d.id));
    const rows: GridCell[][] = comparison.differences.map((d) => [WORDS[d.subjects][lang], d.id, truncateDisplay(label(d), 32), ...ids.map((id) => d.levels[id] ?? WORDS.notRated[lang])]);
    for (const line of renderFittedGrid([{ header: WORDS.subjects[lang] }, { header: WORDS.id[lang] }, { header: WORDS.name[lang] }, ...ids.map((id) => ({ header: id }))], rows, width)) out.push(line);
    out.push('', WORDS.why[lang]);
    for (const d of comparison.differences) {
      out.push(`${WORDS[d.subjects][lang]} ${d.id}${d.orgId !== undefined ? ` @ ${d.orgId}` : ''}:`);
      const scoreOnly = scoreOnlyEntry(review, d.subjects, d.id);
      for (const id of ids) {
        const fs = d.findings[id] ?? [];
        out.push(`  ${id} → ${d.levels[id] ?? WORDS.notRated[lang]}${fs.length === 0 ? ` ${WORDS.shared[lang]}` : ''}`);
        for (const f of fs) out.push(`    ${scoreOnly && f.code === 'no-basis' ? needsCriteria(id, lang) : formatFinding(f, lang)}`);
      }
    }
  }
  for (const diff of data) {
    out.push('', `${WORDS.data[lang]}: ${diff.a.id} (${diff.a.year}) → ${diff.b.id} (${diff.b.year})${diff.paramsCompared ? '' : ` — ${WORDS.noParams[lang]}`}`);
    const rows: GridCell[][] = diff.differences.map((x) => [x.section, x.path, dataCell(x.a, lang), dataCell(x.b, lang)]);
    for (const line of renderFittedGrid([{ header: WORDS.section[lang] }, { header: WORDS.path[lang] }, { header: diff.a.id }, { header: diff.b.id }], rows, width)) out.push(line);
  }
  return `${escapeControlsInLines(out.flatMap((line) => (/^[│┌├└]/.test(line) ? [line] : wrapLine(line, width))).join('\n'))}\n`; // ids and names from the file: escaped for the terminal
}

/**
 * The `json` output of `diff`: the comparison without the full results (`year`, `ruleSets`,
 * `warnings`, `summaries`, `differences`), plus `data` (the `diffRuleSets` results) with `--data`.
 *
 * @example
 * ```ts
 * import { compareRuleSets } from 'xeploai/compare';
 * declare const review: unknown;
 * JSON.parse(formatDiffJson(compareRuleSets(review, ['qd132-2018', 'qd124-2023']), [])).differences;
 * ```
 */
export function formatDiffJson(comparison: RuleSetComparison, data: readonly RuleSetDiff[]): string {
  const { results: _results, ...rest } = comparison;
  return `${JSON.stringify(data.length > 0 ? { ...rest, data } : rest, null, 2)}\n`;
}

function helpText(): string {
  const ruleSets = listRuleSets()
    .map((r) => r.id)
    .join(', ');
  return `Usage: xeploai diff FILE --rule-sets ID,ID[,…] [options]

Rates one review file (format xeploai/review@1) under each rule set named and
lists every member, party organization and head whose level differs, with the
findings (and citations) that explain the difference. A rule set that does not
apply to the review year is allowed here, with a warning.

Options:
      --rule-sets IDS   rule sets to compare, separated by commas (at least two);
                        built in: ${ruleSets}
  -f, --format FORMAT   table (default) or json
      --set NAME=VALUE  override a named setting (repeatable); a setting that a
                        rule set does not accept is ignored for it, with a warning
      --data            also list the differences of the rule sets' data
                        (settings, criteria, checks, parameters), each side cited
      --lang LANG       language of the table: vi (default) or en
  -h, --help            show this help

Exit codes:
  0   compared (whether or not levels differ)
  2   invalid input or usage: every problem on stderr, nothing on stdout
  70  internal error (set XEPLOAI_DEBUG=1 for the stack)

Examples:
  xeploai diff review-2021.json --rule-sets qd132-2018,qd124-2023
  xeploai diff review-2021.json --rule-sets qd132-2018,qd124-2023 --format json --data
`;
}

/**
 * Runs `diff`: read FILE, compare the rule sets on it, print the result. Invalid input throws
 * (`CliError`, `XeploaiError`: exit 2) before anything is written.
 *
 * @example
 * ```ts
 * const code = await runDiff(['review-2021.json', '--rule-sets', 'qd132-2018,qd124-2023'], nodeIo()); // 0 or 2
 * ```
 */
export async function runDiff(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseDiffArgs(args);
  if (parsed.help) {
    io.stdout(helpText());
    return EXIT.OK;
  }
  const input = await loadDocument(parsed.file, io.cwd);
  const comparison = compareRuleSets(input, parsed.ruleSets, Object.keys(parsed.settings).length > 0 ? { settings: parsed.settings } : {});
  const [first, ...others] = parsed.ruleSets;
  const data = parsed.data && first !== undefined ? others.map((id) => diffRuleSets(first, id, { year: comparison.year })) : [];
  // The engine has accepted the input, so it has the shape of a review file.
  const review = input as unknown as ReviewFile;
  io.stdout(parsed.format === 'json' ? formatDiffJson(comparison, data) : formatDiffTable(comparison, review, parsed.lang, data, terminalWidth(io)));
  return EXIT.OK;
}

/**
 * The `diff` command.
 *
 * @example
 * ```ts
 * diffCommand.name; // 'diff'
 * ```
 */
export const diffCommand: Command = {
  name: 'diff',
  synopsis: 'FILE --rule-sets ID,ID[,…] [--format table|json] [--set NAME=VALUE]… [--data] [--lang vi|en]',
  summary: 'rate a review file under several rule sets and show who is rated differently and why',
  get help() {
    return helpText();
  },
  run: runDiff,
};
