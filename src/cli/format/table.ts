/**
 * The `table` format: a result laid out for reading in a terminal.
 *
 * @module
 */
import { LEVELS, type Level } from '../../levels.js';
import type { Member, Organization, ReviewFile } from '../../model/index.js';
import type { Check, EffectiveSettings, Finding, LevelCounts, ReviewResult } from '../../rules/types.js';
import { findingCodes, formatCitation, formatFindingDetails, type FindingSubject } from './findings.js';
import { escapeControls } from '../../text/escape.js';
import { renderFittedGrid, wrapLine } from './fit.js';
import type { GridCell, GridColumn } from '../../text/grid.js';
import { checkLabel, kindLabel, percent, periodLabel, scopeLabel, t, type Lang } from './labels.js';
import { truncateDisplay } from '../../text/width.js';

/**
 * How to lay out the table.
 *
 * @example
 * ```ts
 * const options: TableOptions = { lang: 'vi', color: false, defaults: { headCap: 'warn' } };
 * ```
 */
export interface TableOptions {
  readonly lang: Lang;
  /** Colour the levels with ANSI codes (only for a terminal, and never when NO_COLOR is set). */
  readonly color: boolean;
  /** The rule set's default settings; settings of the result that differ are listed in the header. */
  readonly defaults?: EffectiveSettings;
  /** Fit tables and lines to this many columns (the terminal's; see `terminalWidth`); none: no wrapping. */
  readonly width?: number;
}

/** `renderGrid` with the rows fitted to `options.width`. */
function gridFor(options: TableOptions): (columns: readonly GridColumn[], rows: readonly (readonly GridCell[])[]) => string[] {
  return (columns, rows) => renderFittedGrid(columns, rows, options.width);
}

/** The parts of the review input the table needs (names, posts); the result carries ids only. @example `const names: ReviewNames = { organizations: [], members: [] };` */
export type ReviewNames = Pick<ReviewFile, 'organizations' | 'members'>;

const ANSI: Readonly<Record<Level, number>> = { HTXSNV: 32, HTTNV: 36, HTNV: 33, KHTNV: 31 };
const REASON_WIDTH = 44;

/**
 * Wraps a level code in its ANSI colour: HTXSNV green, HTTNV cyan, HTNV yellow, KHTNV red.
 *
 * @example
 * ```ts
 * colorLevel('KHTNV'); // '\u001b[31mKHTNV\u001b[39m'
 * ```
 */
export function colorLevel(level: Level, text: string = level): string {
  return `\u001b[${ANSI[level]}m${text}\u001b[39m`;
}

class Names {
  private readonly orgs = new Map<string, Organization>();
  private readonly members = new Map<string, Member>();

  constructor(review: ReviewNames | undefined) {
    for (const o of review?.organizations ?? []) this.orgs.set(o.id, o);
    for (const m of review?.members ?? []) this.members.set(m.id, m);
  }

  org(id: string): string {
    return this.orgs.get(id)?.name ?? '';
  }

  member(id: string): string {
    return this.members.get(id)?.name ?? '';
  }

  headPost(memberId: string, orgId: string): string {
    const posts = this.members.get(memberId)?.posts ?? [];
    return (posts.find((p) => p.orgId === orgId && p.head) ?? posts.find((p) => p.orgId === orgId))?.title ?? '';
  }
}

interface Rated {
  readonly rated: boolean;
  readonly level: Level | null;
  readonly basis?: Level;
  readonly findings: readonly Finding[];
}

function levelCell(entry: Rated, options: TableOptions): GridCell {
  if (entry.rated && entry.level) {
    const level = entry.level;
    return options.color ? { text: level, style: (s) => colorLevel(level, s) } : level;
  }
  const reason = entry.findings.find((f) => f.severity === 'not-rated') ?? entry.findings.find((f) => f.severity === 'error');
  const text = t('notRatedCell', options.lang);
  return reason ? `${text}: ${truncateDisplay(reason.message[options.lang], REASON_WIDTH)}` : text;
}

function header(result: ReviewResult, options: TableOptions): string[] {
  const { lang } = options;
  const lines = [
    t('title', lang),
    `${t('ruleSet', lang)}: ${result.ruleSet.id} — ${result.ruleSet.title}`,
    `${t('period', lang)}: ${periodLabel(result.period, result.year, lang)} · ${t('reviewDate', lang)}: ${result.reviewDate}`,
  ];
  const changed = changedSettings(result.settings, options.defaults);
  if (changed.length > 0) lines.push(`${t('settings', lang)}: ${changed.join(', ')}`);
  return lines;
}

/**
 * The effective settings that differ from the defaults, as `name=value`, sorted by name.
 *
 * @example
 * ```ts
 * changedSettings({ headCap: 'cap', sickLeaveCap: true }, { headCap: 'warn', sickLeaveCap: true }); // ['headCap=cap']
 * ```
 */
export function changedSettings(settings: EffectiveSettings, defaults: EffectiveSettings | undefined): string[] {
  if (!defaults) return [];
  const current = settings as Readonly<Record<string, unknown>>;
  const base = defaults as Readonly<Record<string, unknown>>;
  return Object.keys(current)
    .filter((name) => current[name] !== base[name])
    .sort()
    .map((name) => `${name}=${String(current[name])}`);
}

function summary(result: ReviewResult, options: TableOptions): string[] {
  const { lang } = options;
  const row = (label: string, c: LevelCounts): GridCell[] => [label, String(c.rated), String(c.notRated), ...LEVELS.map((l) => `${c[l]} (${percent(c[l], c.rated, lang)})`)];
  const levelHeader = (l: Level): { header: string; align: 'right' } => ({ header: l, align: 'right' });
  return gridFor(options)(
    [{ header: t('subjects', lang) }, { header: t('rated', lang), align: 'right' }, { header: t('notRated', lang), align: 'right' }, ...LEVELS.map(levelHeader)],
    [row(t('members', lang), result.summary.members), row(t('leaders', lang), result.summary.leaders), row(t('organizations', lang), result.summary.organizations)],
  );
}

function checkScope(check: Check, names: Names, lang: Lang): string {
  const name = check.scope.kind === 'tccsd' || check.scope.kind === 'chi-bo' || check.scope.kind === 'parent' || check.scope.kind === 'organization' ? names.org(check.scope.id) : '';
  return scopeLabel(check.scope, lang, name);
}

function checkOutcome(check: Check, lang: Lang): string {
  const counts = LEVELS.filter((l) => check.counts?.[l] !== undefined)
    .map((l) => `${l} ${check.counts?.[l] ?? 0}`)
    .join(', ');
  const parts = [check.ok ? t('ok', lang) : check.severity === 'warning' ? t('checkWarning', lang) : t('failed', lang)];
  if (counts) parts.push(counts);
  if (check.allowed !== undefined) parts.push(`${t('allowed', lang)} ${check.allowed}`);
  if (check.demote) parts.push(`${t('demote', lang)} ${check.demote}`);
  if (check.suggest && check.suggest.length > 0) parts.push(`${t('suggest', lang)}: ${check.suggest.join(', ')}`);
  return parts.join('; ');
}

function checks(result: ReviewResult, names: Names, options: TableOptions): string[] {
  const { lang } = options;
  const rows = result.checks.map((c): GridCell[] => [
    checkLabel(c.code, lang),
    t(c['posts'] === 'deputies' ? 'deputies' : c.subjects, lang),
    checkScope(c, names, lang),
    c.ok || !options.color ? checkOutcome(c, lang) : { text: checkOutcome(c, lang), style: (s) => colorLevel(c.severity === 'warning' ? 'HTNV' : 'KHTNV', s) },
  ]);
  const lines = gridFor(options)([{ header: t('check', lang) }, { header: t('subjects', lang) }, { header: t('scope', lang) }, { header: t('outcome', lang) }], rows);
  for (const c of result.checks) if (!c.ok) lines.push(escapeControls(`  ${[checkLabel(c.code, lang), c.scope.id].filter((x) => x).join(' ')}: ${c.message[lang]} ${formatCitation(c.cite)}`));
  return lines;
}

function organizations(result: ReviewResult, names: Names, options: TableOptions): string[] {
  const { lang } = options;
  return gridFor(options)(
    [{ header: t('id', lang) }, { header: t('name', lang) }, { header: t('kind', lang) }, { header: t('level', lang) }, { header: t('basis', lang) }, { header: t('findings', lang) }],
    result.organizations.map((o) => [o.id, names.org(o.id), kindLabel(o.kind, lang), levelCell(o, options), o.basis ?? '–', findingCodes(o.findings)]),
  );
}

function leaders(result: ReviewResult, names: Names, options: TableOptions): string[] {
  const { lang } = options;
  return gridFor(options)(
    [{ header: t('id', lang) }, { header: t('fullName', lang) }, { header: t('post', lang) }, { header: t('unit', lang) }, { header: t('level', lang) }, { header: t('basis', lang) }, { header: t('findings', lang) }],
    result.leaders.map((l) => [l.memberId, names.member(l.memberId), names.headPost(l.memberId, l.orgId), names.org(l.orgId) || l.orgId, levelCell(l, options), l.basis ?? '–', findingCodes(l.findings)]),
  );
}

function members(result: ReviewResult, names: Names, options: TableOptions): string[] {
  const { lang } = options;
  return gridFor(options)(
    [{ header: t('id', lang) }, { header: t('fullName', lang) }, { header: t('chiBo', lang) }, { header: t('level', lang) }, { header: t('basis', lang) }, { header: t('findings', lang) }],
    result.members.map((m) => [m.id, names.member(m.id), names.org(m.orgId) || m.orgId, levelCell(m, options), m.basis ?? '–', findingCodes(m.findings)]),
  );
}

function details(result: ReviewResult, names: Names, lang: Lang): string[] {
  const subjects: FindingSubject[] = [
    ...result.organizations.map((o) => ({ group: t('organizations', lang), id: o.id, label: `${o.id} ${names.org(o.id)}`.trim(), findings: o.findings })),
    ...result.leaders.map((l) => ({
      group: t('leaders', lang),
      id: l.memberId,
      label: `${l.memberId} ${names.member(l.memberId)} — ${names.headPost(l.memberId, l.orgId) || l.orgId}`,
      findings: l.findings,
    })),
    ...result.members.map((m) => ({ group: t('members', lang), id: m.id, label: `${m.id} ${names.member(m.id)} (${names.org(m.orgId) || m.orgId})`, findings: m.findings })),
  ];
  return formatFindingDetails(subjects, lang);
}

function section(title: string, count: number | undefined, body: readonly string[]): string[] {
  return ['', count === undefined ? title : `${title} (${count})`, ...body];
}

/**
 * Lays out a result for a terminal: header, summary per level, checks, organizations, heads,
 * members, then every finding with its message and citation. Names come from the review input,
 * since the result carries ids only. Pure: the caller decides on colour and language.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * declare const review: ReviewFile;
 * const text = formatTable(evaluateReview(review), review, { lang: 'vi', color: false });
 * ```
 */
export function formatTable(result: ReviewResult, review: ReviewNames | undefined, options: TableOptions): string {
  const names = new Names(review);
  const { lang } = options;
  const lines = [
    ...header(result, options),
    ...section(t('summary', lang), undefined, summary(result, options)),
    ...(result.checks.length > 0 ? section(t('checks', lang), result.checks.length, checks(result, names, options)) : []),
    ...section(t('organizations', lang).toUpperCase(), result.organizations.length, organizations(result, names, options)),
    ...(result.leaders.length > 0 ? section(t('leaders', lang).toUpperCase(), result.leaders.length, leaders(result, names, options)) : []),
    ...section(t('members', lang).toUpperCase(), result.members.length, members(result, names, options)),
  ];
  const found = details(result, names, lang);
  if (found.length > 0) for (const l of section(t('details', lang), undefined, found)) lines.push(l); // not push(...): long
  const fitted = options.width === undefined ? lines : lines.flatMap((l) => (/^[│┌├└]/.test(l) ? [l] : wrapLine(l, options.width)));
  return `${fitted.map((l) => l.normalize('NFC')).join('\n')}\n`;
}
