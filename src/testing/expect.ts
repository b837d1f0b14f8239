/**
 * Assertions on results that throw errors a committee member could read: who, what was expected,
 * what came out, and which rules (with their citations) made it so — in Vietnamese, then English.
 * They depend on no test runner: a thrown error fails a test in vitest, jest and `node:test` alike.
 *
 * @module
 */
import { LEVEL_LABELS, type Level } from '../levels.js';
import type { ReviewFile } from '../model/index.js';
import type { Citation, Finding, LeaderResult, MemberResult, OrganizationResult, ReviewResult, Severity } from '../rules/types.js';

/**
 * Which entry of a result an assertion is about: a member or organization id (members are looked
 * up first), or an explicit `{ member }`, `{ organization }` or `{ leader, orgId? }`.
 *
 * @example
 * ```ts
 * import type { SubjectRef } from 'xeploai/testing';
 * const refs: SubjectRef[] = ['dv-1', { organization: 'cb-1' }, { leader: 'dv-7', orgId: 'xa-an-binh' }];
 * ```
 */
export type SubjectRef =
  | string
  | { readonly member: string }
  | { readonly organization: string }
  | { readonly leader: string; readonly orgId?: string };

/**
 * A result to assert on: a `ReviewResult`, or the result with the review it came from (for the
 * names in messages). Results of `evaluateWith` carry their review already.
 *
 * @example
 * ```ts
 * import type { Evaluated } from 'xeploai/testing';
 * import type { ReviewFile, ReviewResult } from 'xeploai';
 * declare const result: ReviewResult;
 * declare const review: ReviewFile;
 * const e: Evaluated = { result, review };
 * ```
 */
export type Evaluated = ReviewResult | { readonly result: ReviewResult; readonly review?: ReviewFile };

/**
 * What a finding must match besides its code (every field given must be equal; `cite` fields too).
 *
 * @example
 * ```ts
 * import type { FindingMatch } from 'xeploai/testing';
 * const m: FindingMatch = { severity: 'cap', cap: 'KHTNV', cite: { doc: '124-QĐ/TW' } };
 * ```
 */
export interface FindingMatch {
  readonly severity?: Severity;
  readonly cap?: Level;
  readonly assumption?: boolean;
  readonly path?: string;
  readonly cite?: Partial<Citation>;
}

/**
 * The error an assertion throws: `message` is the Vietnamese line then the English line; `vi`
 * and `en` hold each alone; `expected` and `actual` let runners show a diff.
 *
 * @example
 * ```ts
 * import { ExpectationError } from 'xeploai/testing';
 * const e = new ExpectationError({ vi: 'Đảng viên dv-1: mong đợi HTTNV, thực tế HTNV', en: 'Member dv-1: expected HTTNV, got HTNV' }, 'HTTNV', 'HTNV');
 * e.message.split('\n').length; // 2
 * ```
 */
export class ExpectationError extends Error {
  readonly vi: string;
  readonly en: string;
  readonly expected: unknown;
  readonly actual: unknown;

  constructor(message: { readonly vi: string; readonly en: string }, expected?: unknown, actual?: unknown) {
    super(`${message.vi}\n${message.en}`);
    this.name = 'ExpectationError';
    this.vi = message.vi;
    this.en = message.en;
    this.expected = expected;
    this.actual = actual;
  }
}

const REVIEWS = new WeakMap<ReviewResult, ReviewFile>();

/**
 * Remembers the review a result came from, so that messages can name people and units.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { attachReview, review } from 'xeploai/testing';
 * const file = review(2024).member({ proposedLevel: 'HTNV' }).build();
 * const result = attachReview(evaluateReview(file), file);
 * result.members[0]?.level; // 'HTNV'
 * ```
 */
export function attachReview<R extends ReviewResult>(result: R, review: ReviewFile): R {
  REVIEWS.set(result, review);
  return result;
}

function unpack(evaluated: Evaluated): { result: ReviewResult; review: ReviewFile | undefined } {
  if ('format' in evaluated) return { result: evaluated, review: REVIEWS.get(evaluated) };
  return { result: evaluated.result, review: evaluated.review ?? REVIEWS.get(evaluated.result) };
}

type Entry =
  | { readonly kind: 'member'; readonly entry: MemberResult }
  | { readonly kind: 'organization'; readonly entry: OrganizationResult }
  | { readonly kind: 'leader'; readonly entry: LeaderResult };

interface Located {
  readonly found: Entry;
  readonly label: { readonly vi: string; readonly en: string };
}

function named(id: string, name: string | undefined): string {
  return name === undefined ? id : `${id} (${name})`;
}

function refText(ref: SubjectRef): string {
  if (typeof ref === 'string') return JSON.stringify(ref);
  if ('member' in ref) return `{ member: ${JSON.stringify(ref.member)} }`;
  if ('organization' in ref) return `{ organization: ${JSON.stringify(ref.organization)} }`;
  return `{ leader: ${JSON.stringify(ref.leader)}${ref.orgId === undefined ? '' : `, orgId: ${JSON.stringify(ref.orgId)}`} }`;
}

function someIds(ids: readonly string[]): string {
  if (ids.length === 0) return '—';
  return ids.length > 12 ? `${ids.slice(0, 12).join(', ')}, … (${ids.length})` : ids.join(', ');
}

function locate(result: ReviewResult, review: ReviewFile | undefined, ref: SubjectRef): Located {
  const memberName = (id: string) => review?.members.find((m) => m.id === id)?.name;
  const orgName = (id: string) => review?.organizations.find((o) => o.id === id)?.name;
  const asMember = (id: string): Located | undefined => {
    const entry = result.members.find((m) => m.id === id);
    if (entry === undefined) return undefined;
    const who = named(id, memberName(id));
    return { found: { kind: 'member', entry }, label: { vi: `Đảng viên ${who}`, en: `Member ${who}` } };
  };
  const asOrganization = (id: string): Located | undefined => {
    const entry = result.organizations.find((o) => o.id === id);
    if (entry === undefined) return undefined;
    const what = named(id, orgName(id));
    return { found: { kind: 'organization', entry }, label: { vi: `Tổ chức đảng ${what}`, en: `Party organization ${what}` } };
  };
  let located: Located | undefined;
  if (typeof ref === 'string') located = asMember(ref) ?? asOrganization(ref);
  else if ('member' in ref) located = asMember(ref.member);
  else if ('organization' in ref) located = asOrganization(ref.organization);
  else {
    const entry = result.leaders.find((l) => l.memberId === ref.leader && (ref.orgId === undefined || l.orgId === ref.orgId));
    if (entry !== undefined) {
      const who = named(entry.memberId, memberName(entry.memberId));
      const unit = named(entry.orgId, orgName(entry.orgId));
      located = { found: { kind: 'leader', entry }, label: { vi: `Người đứng đầu ${who} tại ${unit}`, en: `Head ${who} of ${unit}` } };
    }
  }
  if (located !== undefined) return located;
  const members = someIds(result.members.map((m) => m.id));
  const organizations = someIds(result.organizations.map((o) => o.id));
  throw new ExpectationError({
    vi: `Không tìm thấy ${refText(ref)} trong kết quả — đảng viên: ${members}; tổ chức đảng: ${organizations}`,
    en: `No entry ${refText(ref)} in the result — members: ${members}; organizations: ${organizations}`,
  });
}

/**
 * A citation written `doc · article`, e.g. `124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d`.
 *
 * @example
 * ```ts
 * import { formatCite } from 'xeploai/testing';
 * formatCite({ doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' }); // '124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d'
 * ```
 */
export function formatCite(cite: Citation): string {
  return `${cite.doc} · ${cite.article}`;
}

function because(f: Finding, lang: 'vi' | 'en'): string {
  const assumed = f.assumption ? (lang === 'vi' ? ', giả định' : ', assumption') : '';
  return `${f.message[lang]} (${formatCite(f.cite)}${assumed})`;
}

function levelText(level: Level | null, lang: 'vi' | 'en'): string {
  if (level === null) return lang === 'vi' ? 'không xếp loại' : 'not rated';
  return level;
}

/** The findings that explain a level: the ceilings that bit, or why the subject is not rated. */
function reasons(entry: Entry['entry']): Finding[] {
  const decisive = entry.level === null ? ['not-rated', 'error'] : ['cap'];
  return entry.findings.filter((f) => decisive.includes(f.severity));
}

/**
 * Asserts the level of one subject (`null`: not rated). The error names the subject, the two
 * levels and the rules that decided the actual one, each with its citation.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { evaluateWith, expectLevel, review } from 'xeploai/testing';
 * const result = evaluateWith(getRuleSet('qd124-2023'), review(2024).member({
 *   id: 'dv-3', name: 'Vũ Thị Lan', criteria: { results: 'tot' },
 *   disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15' }],
 * }));
 * expectLevel(result, 'dv-3', 'KHTNV');
 * try {
 *   expectLevel(result, 'dv-3', 'HTTNV');
 * } catch (e) {
 *   (e as Error).message.split('\n')[0]?.startsWith('Đảng viên dv-3 (Vũ Thị Lan): mong đợi HTTNV, thực tế KHTNV — do: '); // true
 * }
 * ```
 */
export function expectLevel(evaluated: Evaluated, subject: SubjectRef, level: Level | null): void {
  const { result, review } = unpack(evaluated);
  const { found, label } = locate(result, review, subject);
  const actual = found.entry.level;
  if (actual === level) return;
  const why = reasons(found.entry);
  const basis = found.entry.basis;
  let tail: { vi: string; en: string };
  if (why.length > 0) {
    tail = { vi: ` — do: ${why.map((f) => because(f, 'vi')).join('; ')}`, en: ` — because: ${why.map((f) => because(f, 'en')).join('; ')}` };
  } else if (basis !== undefined) {
    tail = {
      vi: ` — không có mức trần nào áp dụng; căn cứ xếp loại: ${basis} (${LEVEL_LABELS[basis].vi})`,
      en: ` — no ceiling applied; basis: ${basis} (${LEVEL_LABELS[basis].en})`,
    };
  } else tail = { vi: '', en: '' };
  throw new ExpectationError(
    {
      vi: `${label.vi}: mong đợi ${levelText(level, 'vi')}, thực tế ${levelText(actual, 'vi')}${tail.vi}`,
      en: `${label.en}: expected ${levelText(level, 'en')}, got ${levelText(actual, 'en')}${tail.en}`,
    },
    level,
    actual,
  );
}

function mismatches(f: Finding, match: FindingMatch): string[] {
  const out: string[] = [];
  for (const key of ['severity', 'cap', 'assumption', 'path'] as const) {
    if (match[key] !== undefined && f[key] !== match[key]) out.push(`${key}: ${JSON.stringify(match[key])} ≠ ${JSON.stringify(f[key])}`);
  }
  if (match.cite !== undefined) {
    for (const key of ['doc', 'article', 'note'] as const) {
      if (match.cite[key] !== undefined && f.cite[key] !== match.cite[key]) out.push(`cite.${key}: ${JSON.stringify(match.cite[key])} ≠ ${JSON.stringify(f.cite[key])}`);
    }
  }
  return out;
}

function listFindings(findings: readonly Finding[]): string {
  return findings.length === 0 ? '—' : findings.map((f) => `${f.code} [${f.severity}${f.cap === undefined ? '' : ` ${f.cap}`}]`).join(', ');
}

/**
 * Asserts that one subject has a finding with `code` (and, when given, the fields of `match`);
 * returns that finding. The error lists the findings the subject does have.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { evaluateWith, expectFinding, review } from 'xeploai/testing';
 * const result = evaluateWith(getRuleSet('qd124-2023'), review(2024).member({
 *   criteria: { results: 'tot' }, disciplines: [{ form: 'canh-cao', decidedOn: '2024-08-20' }],
 * }));
 * expectFinding(result, 'dv-1', 'discipline-in-year', { cap: 'KHTNV', cite: { doc: '124-QĐ/TW' } }).severity; // 'cap'
 * ```
 */
export function expectFinding(evaluated: Evaluated, subject: SubjectRef, code: string, match: FindingMatch = {}): Finding {
  const { result, review } = unpack(evaluated);
  const { found, label } = locate(result, review, subject);
  const withCode = found.entry.findings.filter((f) => f.code === code);
  const hit = withCode.find((f) => mismatches(f, match).length === 0);
  if (hit !== undefined) return hit;
  const have = listFindings(found.entry.findings);
  if (withCode.length === 0) {
    throw new ExpectationError(
      { vi: `${label.vi}: mong đợi phát hiện «${code}», không có — các phát hiện: ${have}`, en: `${label.en}: expected a finding "${code}", found none — findings: ${have}` },
      code,
      found.entry.findings.map((f) => f.code),
    );
  }
  const diff = mismatches(withCode[0]!, match).join('; ');
  throw new ExpectationError(
    { vi: `${label.vi}: có phát hiện «${code}» nhưng khác mong đợi (mong đợi ≠ thực tế): ${diff}`, en: `${label.en}: finding "${code}" differs (expected ≠ actual): ${diff}` },
    match,
    withCode[0],
  );
}

/**
 * Asserts that one subject has no finding with `code`; the error quotes the finding and its citation.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { evaluateWith, expectNoFinding, review } from 'xeploai/testing';
 * const result = evaluateWith(getRuleSet('qd124-2023'), review(2024).member({ criteria: { results: 'tot' } }));
 * expectNoFinding(result, 'dv-1', 'discipline-in-year');
 * ```
 */
export function expectNoFinding(evaluated: Evaluated, subject: SubjectRef, code: string): void {
  const { result, review } = unpack(evaluated);
  const { found, label } = locate(result, review, subject);
  const f = found.entry.findings.find((x) => x.code === code);
  if (f === undefined) return;
  throw new ExpectationError(
    { vi: `${label.vi}: không mong đợi phát hiện «${code}», nhưng có: ${because(f, 'vi')}`, en: `${label.en}: expected no finding "${code}", got: ${because(f, 'en')}` },
    undefined,
    f,
  );
}
