/**
 * The `csv` and `html` formats of `evaluate` (docs/guides/formats.md §4): the result as CSV, one row per
 * subject (organizations, heads, members), and the HTML report of the evaluation (the roll-up of
 * `xeploai report` on this one result).
 *
 * @module
 */
import { stringify } from 'csv-stringify/sync';
import { renderHtmlReport, rollUp } from '../../report/index.js';
import type { Finding, ReviewResult } from '../../rules/types.js';
import type { Lang } from './labels.js';
import type { ReviewNames } from './table.js';

const HEADER: Readonly<Record<Lang, readonly string[]>> = {
  vi: ['Đối tượng', 'Mã', 'Tên', 'Đơn vị (của tổ chức: cấp trên)', 'Được xếp loại', 'Xếp loại', 'Mức theo căn cứ', 'Điểm', 'Mã phát hiện'],
  en: ['Subjects', 'Id', 'Name', 'Unit (of an organization: parent)', 'Rated', 'Level', 'Basis', 'Score', 'Finding codes'],
};

const SUBJECTS: Readonly<Record<'organizations' | 'leaders' | 'members', Readonly<Record<Lang, string>>>> = {
  organizations: { vi: 'Tổ chức đảng', en: 'organizations' },
  leaders: { vi: 'Người đứng đầu, lãnh đạo', en: 'leaders' },
  members: { vi: 'Đảng viên', en: 'members' },
};

/**
 * A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`, a tab or a carriage
 * return first) is written with a leading `'` (OWASP's rule for CSV injection).
 *
 * @example
 * ```ts
 * csvSafe('=HYPERLINK("http://x")'); // '\'=HYPERLINK("http://x")'
 * csvSafe('Nguyễn Văn An'); // 'Nguyễn Văn An'
 * ```
 */
export function csvSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function codes(findings: readonly Finding[]): string {
  return [...new Set(findings.map((f) => f.code))].join(' ');
}

/**
 * The result as CSV: a header, then one row per organization, head (or leader) and member, in
 * the result's order; names from the review.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * declare const review: ReviewFile;
 * formatCsv(evaluateReview(review), review, 'en').split('\n')[0]; // 'Subjects,Id,Name,Unit (of an organization: parent),Rated,Level,Basis,Score,Finding codes'
 * ```
 */
export function formatCsv(result: ReviewResult, review: ReviewNames | undefined, lang: Lang): string {
  const orgs = new Map((review?.organizations ?? []).map((o) => [o.id, o]));
  const memberNames = new Map((review?.members ?? []).map((m) => [m.id, m.name]));
  const rows: string[][] = [[...HEADER[lang]]];
  const row = (subjects: keyof typeof SUBJECTS, id: string, name: string, orgId: string, e: { rated: boolean; level: string | null; basis?: string; score?: number; findings: readonly Finding[] }): void => {
    const cells = [SUBJECTS[subjects][lang], id, name, orgId, e.rated ? 'true' : 'false', e.level ?? '', e.basis ?? '', e.score === undefined ? '' : String(e.score), codes(e.findings)];
    rows.push(cells.map(csvSafe));
  };
  for (const o of result.organizations) row('organizations', o.id, orgs.get(o.id)?.name ?? '', orgs.get(o.id)?.parentId ?? '', o);
  for (const l of result.leaders) row('leaders', l.memberId, memberNames.get(l.memberId) ?? '', l.orgId, l);
  for (const m of result.members) row('members', m.id, memberNames.get(m.id) ?? '', m.orgId, m);
  return stringify(rows, { record_delimiter: 'unix' });
}

/**
 * The self-contained HTML report of one evaluation: the roll-up per organization and its tree
 * (as `xeploai report FILE --format html`).
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * declare const review: ReviewFile;
 * formatHtml(evaluateReview(review), review, 'vi').startsWith('<!DOCTYPE html>'); // true
 * ```
 */
export function formatHtml(result: ReviewResult, review: ReviewNames | undefined, lang: Lang): string {
  const table = rollUp(review !== undefined ? { result, review } : { result });
  return renderHtmlReport({ rollUp: table, lang });
}
