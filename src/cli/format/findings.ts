/**
 * Findings as text: one line per finding with its citation, and the "details" section of the
 * table output where a finding repeated on many subjects is printed once.
 *
 * @module
 */
import type { Citation, Finding } from '../../rules/types.js';
import { escapeControls } from '../../text/escape.js';
import { severityLabel, t, type Lang } from './labels.js';
import { wrapDisplay } from '../../text/width.js';

/**
 * A citation as printed after a message: `(124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)`.
 *
 * @example
 * ```ts
 * formatCitation({ doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' }); // '(124-QĐ/TW · Điều 5, khoản 2)'
 * ```
 */
export function formatCitation(cite: Citation): string {
  return cite.article ? `(${cite.doc} · ${cite.article})` : `(${cite.doc})`;
}

/**
 * One finding on one line: severity (and cap), code, message in `lang`, citation, and a mark
 * when the rule rests on an assumption.
 *
 * @example
 * ```ts
 * formatFinding({
 *   code: 'discipline-in-year', severity: 'cap', cap: 'KHTNV', assumption: false,
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' },
 *   message: { vi: 'Bị xử lý kỷ luật trong năm', en: 'Disciplined in the year' },
 * }, 'vi');
 * // '[giới hạn KHTNV] discipline-in-year: Bị xử lý kỷ luật trong năm (124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)'
 * ```
 */
export function formatFinding(finding: Finding, lang: Lang): string {
  const severity = severityLabel(finding.severity, lang) + (finding.cap ? ` ${finding.cap}` : '');
  const assumption = finding.assumption ? ` [${t('assumption', lang)}]` : '';
  return `[${severity}] ${finding.code}: ${finding.message[lang]} ${formatCitation(finding.cite)}${assumption}`;
}

/**
 * The distinct finding codes of an entry, in order of first appearance.
 *
 * @example
 * ```ts
 * findingCodes([{ code: 'a' }, { code: 'b' }, { code: 'a' }] as Finding[]); // 'a, b'
 * ```
 */
export function findingCodes(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.code))].join(', ');
}

/** A subject with its findings, for the details section. @example `const s: FindingSubject = { group: 'Đảng viên', label: 'dv-0001 Nguyễn Văn An', findings: [] };` */
export interface FindingSubject {
  /** Heading the subject is listed under (organizations, heads, members). */
  readonly group: string;
  readonly label: string;
  /** Short id shown in the list of subjects sharing a common finding. */
  readonly id: string;
  readonly findings: readonly Finding[];
}

/** A finding printed once for several subjects when it is repeated at least this many times. */
const COMMON_AT = 3;
const WRAP = 96;

/**
 * The details section: findings shared word for word by several subjects first (with the ids
 * they apply to), then each subject with its remaining findings.
 *
 * @example
 * ```ts
 * formatFindingDetails([{ group: 'Đảng viên', id: 'dv-1', label: 'dv-1 Lê Văn Bình', findings: [] }], 'vi'); // []
 * ```
 */
export function formatFindingDetails(subjects: readonly FindingSubject[], lang: Lang): string[] {
  const lineOf = (f: Finding): string => formatFinding(f, lang);
  const holders = new Map<string, string[]>();
  for (const subject of subjects) {
    for (const line of new Set(subject.findings.map(lineOf))) {
      const ids = holders.get(line) ?? [];
      ids.push(subject.id);
      holders.set(line, ids);
    }
  }
  const common = [...holders].filter(([, ids]) => ids.length >= COMMON_AT);
  const isCommon = new Set(common.map(([line]) => line));

  const out: string[] = [];
  if (common.length > 0) {
    out.push(t('common', lang));
    for (const [line, ids] of common) {
      out.push(bullet(line, '  '));
      // A loop, not push(...list): the list of a finding on every member is long.
      for (const l of wrapDisplay(escapeControls(`${t('appliesTo', lang)} ${ids.length}: ${ids.join(', ')}`), WRAP - 4)) out.push(`    ${l}`);
    }
    out.push('');
  }
  let group: string | undefined;
  for (const subject of subjects) {
    const own = [...new Set(subject.findings.map(lineOf))].filter((line) => !isCommon.has(line));
    if (own.length === 0) continue;
    if (subject.group !== group) {
      if (group !== undefined) out.push('');
      out.push(escapeControls(subject.group));
      group = subject.group;
    }
    out.push(`  ${escapeControls(subject.label)}`);
    for (const line of own) out.push(bullet(line, '    '));
  }
  return out;
}

// One finding per line, never wrapped: lines stay whole for grep and copy.
function bullet(text: string, indent: string): string {
  return `${indent}• ${escapeControls(text)}`;
}
