/**
 * `xeploai check FILE`: rate a review file and report what stops it from being submitted — every
 * failing unit check (the 20 % quota with its least correction) and every subject with an
 * `error` finding (such as `no-basis`).
 *
 * @module
 */
import { DECISION_REQUIRED } from '../../check/openDecisions.js';
import { assessChecks, type CheckAssessment } from '../../evaluate/index.js';
import { parseAndEvaluateReview } from '../../builtIn.js';
import type { ReviewFile, ReviewInput } from '../../model/index.js';
import type { Check, ReviewResult } from '../../rules/types.js';
import { listRuleSets } from '../../rules/registry.js';
import { parseCommandArgs, settingsFromArgs, usageError } from '../args.js';
import { CliError, EXIT, type ExitCode } from '../exit.js';
import { formatCitation } from '../format/findings.js';
import { escapeControlsInLines } from '../../text/escape.js';
import { terminalWidth, wrapLine } from '../format/fit.js';
import { checkLabel, LANGS, scopeLabel, t, type Lang } from '../format/labels.js';
import { loadJsonFile, openReviewInput, stripBom } from '../input.js';
import { isWorkbookPath, loadReviewInput } from '../office.js';
import { evaluateNdjson } from '../../stream/run.js';
import { fileErrorReason, readTextFile, type CliIo } from '../io.js';
import type { Command } from './types.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  'rule-set': { type: 'string' },
  set: { type: 'string', multiple: true },
  lang: { type: 'string' },
  strict: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = ['table', 'json'] as const;
type CheckFormat = (typeof FORMATS)[number];

/** What `check` was asked to do, once the command line is read. @example `const a: CheckArgs = parseCheckArgs(['review.json']);` */
export interface CheckArgs {
  readonly file: string;
  readonly format: CheckFormat;
  readonly ruleSet?: string;
  readonly settings: Readonly<Record<string, string | number | boolean>>;
  readonly lang: Lang;
  /** Failing `warning` checks (civil-service share, open decisions) fail the run too. */
  readonly strict: boolean;
  readonly help: boolean;
}

/**
 * Reads the command line of `check` (after the command name); throws a usage error (exit 2).
 *
 * @example
 * ```ts
 * parseCheckArgs(['review.json', '--format', 'json', '--set', 'quotaScope=chi-bo']);
 * // { file: 'review.json', format: 'json', settings: { quotaScope: 'chi-bo' }, lang: 'vi', strict: false, help: false }
 * ```
 */
export function parseCheckArgs(args: readonly string[]): CheckArgs {
  const { values, positionals } = parseCommandArgs('check', args, OPTIONS);
  const help = values.help === true;
  const format = values.format ?? 'table';
  const lang = values.lang ?? 'vi';
  if (!help) {
    if (positionals.length === 0) throw usageError('check', 'missing FILE (a review file xeploai/review@1)');
    if (positionals.length > 1) throw usageError('check', `expected one FILE, got ${positionals.length}: ${positionals.join(' ')}`);
    if (!(FORMATS as readonly string[]).includes(format)) throw usageError('check', `unknown --format ${JSON.stringify(format)}; expected one of ${FORMATS.join(', ')}`);
    if (!(LANGS as readonly string[]).includes(lang)) throw usageError('check', `unknown --lang ${JSON.stringify(lang)}; expected one of ${LANGS.join(', ')}`);
  }
  const settings = settingsFromArgs('check', values.set);
  return {
    file: positionals[0] ?? '',
    format: format as CheckFormat,
    ...(values['rule-set'] !== undefined ? { ruleSet: values['rule-set'] } : {}),
    settings,
    lang: lang as Lang,
    strict: values.strict === true,
    help,
  };
}

/** What `check` found: the core's `assessChecks` outcome. @example `declare const r: CheckReport; r.failed.length;` */
export type CheckReport = CheckAssessment;

/**
 * What `check` found for a result (the core's `assessChecks`).
 *
 * @example
 * ```ts
 * declare const result: ReviewResult;
 * const report = checkReport(result, false);
 * report.ok; // false when a check failed or a subject has an error finding
 * ```
 */
export function checkReport(result: ReviewResult, strict: boolean): CheckReport {
  return assessChecks(result, strict);
}

const WORDS = {
  pass: { vi: 'ĐẠT: không có kiểm tra nào không đạt, mọi đối tượng đều có căn cứ xếp loại.', en: 'PASS: no check failed and every subject has a basis for its level.' },
  fail: { vi: 'KHÔNG ĐẠT', en: 'FAILED' },
  checksFailed: { vi: 'kiểm tra không đạt', en: 'failing checks' },
  warnings: { vi: 'cảnh báo', en: 'warnings' },
  errors: { vi: 'đối tượng không xếp loại được', en: 'subjects that cannot be rated' },
  cite: { vi: 'Căn cứ', en: 'Citation' },
  assumption: { vi: 'giả định', en: 'assumption' },
  moves: { vi: 'Đề xuất chuyển HTXSNV → HTTNV', en: 'Suggested moves HTXSNV → HTTNV' },
  decides: { vi: '(cấp có thẩm quyền xem xét, quyết định)', en: '(the competent level decides)' },
  warning: { vi: 'Cảnh báo', en: 'Warning' },
  openDecision: { vi: 'Chờ quyết định', en: 'Open decision' },
  members: { vi: 'đảng viên', en: 'members' },
  organizations: { vi: 'tổ chức đảng', en: 'organizations' },
  leaders: { vi: 'lãnh đạo, quản lý', en: 'leaders' },
} as const;

function names(review: ReviewFile | undefined): { member: (id: string) => string; org: (id: string) => string; name: (id: string) => string | undefined } {
  const members = new Map((review?.members ?? []).map((m) => [m.id, m.name]));
  const orgs = new Map((review?.organizations ?? []).map((o) => [o.id, o.name]));
  const label = (id: string, name: string | undefined) => (name !== undefined && name !== id ? `${id} (${name})` : id);
  return { member: (id) => label(id, members.get(id)), org: (id) => label(id, orgs.get(id)), name: (id) => orgs.get(id) };
}

function formatCounts(check: Check, lang: Lang): string {
  const c = check.counts;
  if (!c) return '';
  const parts = (['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'] as const).filter((l) => c[l] !== undefined).map((l) => `${l} ${c[l]}`);
  const extra = [check.allowed !== undefined ? `${t('allowed', lang)} ${check.allowed}` : '', check.demote !== undefined ? `${t('demote', lang)} ${check.demote}` : ''].filter(Boolean);
  return [...parts, ...extra].join(' · ');
}

function formatCheck(check: Check, lang: Lang, n: ReturnType<typeof names>, mark: string): string[] {
  const orgName = check.scope.kind === 'group' ? undefined : n.name(check.scope.id);
  const lines = [`${mark} ${checkLabel(check.code, lang)} · ${WORDS[check.subjects][lang]}${check['posts'] === 'deputies' ? (lang === 'vi' ? ' (cấp phó)' : ' (deputies)') : ''} · ${scopeLabel(check.scope, lang, orgName)}`];
  const counts = formatCounts(check, lang);
  if (counts) lines.push(`  ${counts}`);
  lines.push(`  ${check.message[lang]}`);
  lines.push(`  ${WORDS.cite[lang]}: ${formatCitation(check.cite)}${check.cite.note && lang === 'en' ? ` — ${check.cite.note}` : ''}${check.assumption ? ` [${WORDS.assumption[lang]}]` : ''}`);
  const suggest = check.suggest ?? [];
  if (suggest.length > 0) {
    const leaders = Array.isArray(check['suggestLeaders']) ? (check['suggestLeaders'] as { memberId: string; orgId: string }[]) : undefined;
    const who = leaders ? leaders.map((l) => `${n.member(l.memberId)} @ ${n.org(l.orgId)}`) : suggest.map((id) => (check.subjects === 'organizations' ? n.org(id) : n.member(id)));
    lines.push(`  ${WORDS.moves[lang]} ${WORDS.decides[lang]}:`);
    for (const w of who) lines.push(`    - ${w}`);
  }
  return lines;
}

/**
 * The `table` output of `check`: a verdict line, then each failing check with its unit, numbers,
 * citation and suggested moves, the warnings, and the subjects that cannot be rated.
 *
 * @example
 * ```ts
 * declare const result: ReviewResult;
 * process.stdout.write(formatCheckTable(result, undefined, 'en', false));
 * ```
 */
export function formatCheckTable(result: ReviewResult, review: ReviewFile | undefined, lang: Lang, strict: boolean, report: CheckReport = checkReport(result, strict), width?: number): string {
  const n = names(review);
  const out: string[] = [`xeploai check — ${result.ruleSet.id}, ${result.year}`];
  if (report.ok) out.push(WORDS.pass[lang]);
  else out.push(`${WORDS.fail[lang]}: ${report.failed.length} ${WORDS.checksFailed[lang]}, ${report.errors.length} ${WORDS.errors[lang]}`.replace(/^(FAILED: 1) failing checks/, '$1 failing check'));
  // Loops, not push(...lines): a check suggesting 100,000 moves would overflow the call stack.
  const add = (lines: readonly string[]): void => {
    out.push('');
    for (const line of lines) out.push(line);
  };
  for (const c of report.failed) add(formatCheck(c, lang, n, '✗'));
  for (const c of report.warnings) add(formatCheck(c, lang, n, c.code === DECISION_REQUIRED ? `? ${WORDS.openDecision[lang]}:` : `! ${WORDS.warning[lang]}:`));
  if (report.errors.length > 0) {
    out.push('', `✗ ${WORDS.errors[lang]}:`);
    for (const e of report.errors) {
      const who = e.subjects === 'organizations' ? n.org(e.id) : e.orgId !== undefined ? `${n.member(e.id)} @ ${n.org(e.orgId)}` : n.member(e.id);
      out.push(`  - ${WORDS[e.subjects][lang]} ${who}: ${e.finding.code}: ${e.finding.message[lang]} ${formatCitation(e.finding.cite)}`);
    }
  }
  return `${escapeControlsInLines(out.flatMap((line) => wrapLine(line, width)).join('\n'))}\n`;
}

/**
 * The `json` output of `check`: `{ ok, ruleSet, year, failed, warnings, errors, corrections }`
 * (the failing checks exactly as in `checks[]` of the result document).
 *
 * @example
 * ```ts
 * declare const result: ReviewResult;
 * JSON.parse(formatCheckJson(result, false)).ok;
 * ```
 */
export function formatCheckJson(result: ReviewResult, strict: boolean, report: CheckReport = checkReport(result, strict)): string {
  return `${JSON.stringify({ ok: report.ok, ruleSet: result.ruleSet.id, year: result.year, failed: report.failed, warnings: report.warnings, errors: report.errors, corrections: report.corrections }, null, 2)}\n`;
}

function helpText(): string {
  const ruleSets = listRuleSets()
    .map((r) => r.id)
    .join(', ');
  return `Usage: xeploai check FILE [options]

Rates a review file (format xeploai/review@1; JSON, NDJSON or an Excel
workbook .xlsx) and checks the proposed ratings
of each unit: the HTXSNV quota ("not more than 20% of those rated HTTNV",
or the percent of a recorded quota decision) with the least number of
HTXSNV → HTTNV moves that makes it hold and which ones to move, and the
civil-service share (a warning). Subjects that cannot be rated (no score,
criteria or proposal) are listed too, and so are open decisions: subjects
whose case the competent level must decide (a decision-required finding)
and whose decision is not recorded as proposedLevel (a warning).

Options:
  -f, --format FORMAT   table (default) or json
      --rule-set ID     rule set to apply; built in: ${ruleSets}
      --set NAME=VALUE  override a named setting (repeatable), e.g.
                        --set quotaScope=chi-bo --set quotaBase=httnv-and-above
      --lang LANG       language of the table: vi (default) or en
      --strict          failing warnings (civil-service share, open
                        decisions) fail too
  -h, --help            show this help

Exit codes:
  0   every check passes and every subject can be rated
  1   a check failed, or a subject has an error finding (e.g. no-basis);
      with --strict, also a failing warning or an open decision
  2   invalid input or usage: every problem on stderr, nothing on stdout
  70  internal error (set XEPLOAI_DEBUG=1 for the stack)

Examples:
  xeploai check review.json
  xeploai check review.json --format json --set quotaScope=chi-bo
`;
}

/** A review file, JSON or NDJSON, evaluated whole (a check needs every result at once). */
async function evaluateFile(file: string, io: CliIo, options: { ruleSet?: string; settings?: Record<string, string | number | boolean> }): Promise<{ review: ReviewFile | undefined; result: ReviewResult }> {
  const source = await openReviewInput(file, io.cwd);
  try {
    if (isWorkbookPath(file)) return parseAndEvaluateReview((await loadReviewInput(source.path, io.cwd, options.ruleSet !== undefined ? { ruleSet: options.ruleSet } : {})) as ReviewInput, options);
    if (source.kind === 'json') return parseAndEvaluateReview((await loadJsonFile(source.path, io.cwd, file)) as ReviewInput, options);
    let text: string;
    try {
      text = stripBom(await readTextFile(source.path, io.cwd));
    } catch (error) {
      throw new CliError(`${file}: cannot read: ${fileErrorReason(error)}`);
    }
    return { review: undefined, result: evaluateNdjson(text, options) };
  } finally {
    source.release();
  }
}

/**
 * Runs `check`: read FILE, rate it, print the failing checks and subjects; exit 1 when there are
 * any. Invalid input throws (`CliError`, `XeploaiError`: exit 2) before anything is written.
 *
 * @example
 * ```ts
 * const code = await runCheck(['examples/xa-an-binh-2024.json'], nodeIo()); // 0, 1 or 2
 * ```
 */
export async function runCheck(args: readonly string[], io: CliIo): Promise<ExitCode> {
  const parsed = parseCheckArgs(args);
  if (parsed.help) {
    io.stdout(helpText());
    return EXIT.OK;
  }
  const options = {
    ...(parsed.ruleSet !== undefined ? { ruleSet: parsed.ruleSet } : {}),
    ...(Object.keys(parsed.settings).length > 0 ? { settings: parsed.settings } : {}),
  };
  const { review, result } = await evaluateFile(parsed.file, io, options);
  const report = checkReport(result, parsed.strict);
  io.stdout(parsed.format === 'json' ? formatCheckJson(result, parsed.strict, report) : formatCheckTable(result, review, parsed.lang, parsed.strict, report, terminalWidth(io)));
  return report.ok ? EXIT.OK : EXIT.CHECK_FAILED;
}

/**
 * The `check` command.
 *
 * @example
 * ```ts
 * checkCommand.name; // 'check'
 * ```
 */
export const checkCommand: Command = {
  name: 'check',
  synopsis: 'FILE [--format table|json] [--rule-set ID] [--set NAME=VALUE]… [--lang vi|en] [--strict]',
  summary: 'check the proposed ratings of each unit (quota) and exit 1 on a failure',
  get help() {
    return helpText();
  },
  run: runCheck,
};
