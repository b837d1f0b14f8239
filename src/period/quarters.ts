/**
 * Quarterly results of one year side by side, per subject, with no invented aggregation: a
 * yearly roll-up of quarters is only computed when asked for by name, and is flagged as an
 * assumption (no text defines one; for cadres the fourth quarter merges into the annual review).
 *
 * @module
 */
import { XeploaiError, type InputIssue } from '../errors.js';
import { compareLevels, type Level } from '../levels.js';
import type { Citation, CheckSubjects, Message, ReviewResult } from '../rules/types.js';

/**
 * How to roll four quarters up into one value: `none` (default: no roll-up), `lowest-quarter`
 * (the worst level of the rated quarters), `latest-quarter` (the level of the latest rated quarter).
 *
 * @example
 * ```ts
 * import type { QuarterRollUp } from 'xeploai/period';
 * const r: QuarterRollUp = 'lowest-quarter';
 * ```
 */
export type QuarterRollUp = 'none' | 'lowest-quarter' | 'latest-quarter';

/**
 * One subject in one quarter.
 *
 * @example
 * ```ts
 * import type { QuarterCell } from 'xeploai/period';
 * const c: QuarterCell = { quarter: 2, orgId: 'cb', rated: true, level: 'HTTNV', score: 82 };
 * ```
 */
export interface QuarterCell {
  readonly quarter: 1 | 2 | 3 | 4;
  readonly orgId: string;
  readonly rated: boolean;
  readonly level: Level | null;
  readonly score?: number;
}

/**
 * A named roll-up, always an assumption.
 *
 * @example
 * ```ts
 * import type { QuarterRollUpValue } from 'xeploai/period';
 * const r: QuarterRollUpValue = { method: 'lowest-quarter', level: 'HTNV', assumption: true, cite: { doc: '43-HD/BTCTW', article: 'article not seen' }, message: { vi: '…', en: '…' } };
 * ```
 */
export interface QuarterRollUpValue {
  readonly method: Exclude<QuarterRollUp, 'none'>;
  readonly level: Level | null;
  readonly assumption: true;
  readonly cite: Citation;
  readonly message: Message;
}

/**
 * One subject's quarters, Q1 to Q4 (`null` where the subject is absent).
 *
 * @example
 * ```ts
 * import type { QuarterRow } from 'xeploai/period';
 * const row: QuarterRow = { id: 'dv-1', quarters: [{ quarter: 1, orgId: 'cb', rated: true, level: 'HTTNV' }, null, null, null] };
 * row.quarters[0]?.level; // 'HTTNV'
 * ```
 */
export interface QuarterRow {
  /** Member id, organization id, or for `leaders` the member id of the head. */
  readonly id: string;
  /** For `leaders`: the organization headed (one row per post). */
  readonly post?: string;
  readonly quarters: readonly [QuarterCell | null, QuarterCell | null, QuarterCell | null, QuarterCell | null];
  readonly rollUp?: QuarterRollUpValue;
}

/**
 * The side-by-side view.
 *
 * @example
 * ```ts
 * import { quartersSideBySide, type QuarterlyView } from 'xeploai/period';
 * const v: QuarterlyView = quartersSideBySide([]);
 * v.rows.length; // 0
 * ```
 */
export interface QuarterlyView {
  readonly year: number;
  readonly ruleSet: string;
  readonly subjects: CheckSubjects;
  /** The quarters given, ascending. */
  readonly quarters: readonly (1 | 2 | 3 | 4)[];
  readonly rows: readonly QuarterRow[];
}

/**
 * Options of `quartersSideBySide`.
 *
 * @example
 * ```ts
 * import type { QuarterlyOptions } from 'xeploai/period';
 * const o: QuarterlyOptions = { subjects: 'leaders', rollUp: 'none' };
 * ```
 */
export interface QuarterlyOptions {
  readonly subjects?: CheckSubjects;
  readonly rollUp?: QuarterRollUp;
}

const ROLL_UP_CITE: Citation = { doc: '43-HD/BTCTW', article: 'article not seen', note: 'no text rolls quarters up into a year; for cadres the fourth quarter merges into the annual review (PARTIAL)' };
const ROLL_UP_MESSAGE: Record<Exclude<QuarterRollUp, 'none'>, Message> = {
  'lowest-quarter': { vi: 'Tổng hợp theo quý có mức thấp nhất (cách tổng hợp do người dùng chọn, không có trong văn bản)', en: 'Rolled up as the lowest quarter (a method chosen by the user, not in the texts)' },
  'latest-quarter': { vi: 'Tổng hợp theo quý gần nhất đã xếp loại (cách tổng hợp do người dùng chọn, không có trong văn bản)', en: 'Rolled up as the latest rated quarter (a method chosen by the user, not in the texts)' },
};

function validate(results: readonly ReviewResult[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const seen = new Map<number, number>();
  results.forEach((r, i) => {
    if (r.period.kind !== 'quarter') {
      issues.push({ path: `results[${i}].period`, code: 'not-a-quarter', message: `expected a quarterly result, got period kind ${JSON.stringify(r.period.kind)}` });
      return;
    }
    const first = results[0]!;
    if (r.year !== first.year) issues.push({ path: `results[${i}].year`, code: 'mixed-years', message: `expected the year of results[0] (${first.year}), got ${r.year}` });
    if (r.ruleSet.id !== first.ruleSet.id) issues.push({ path: `results[${i}].ruleSet`, code: 'mixed-rule-sets', message: `expected the rule set of results[0] (${first.ruleSet.id}), got ${r.ruleSet.id}` });
    const before = seen.get(r.period.quarter);
    if (before !== undefined) issues.push({ path: `results[${i}].period.quarter`, code: 'duplicate-quarter', message: `expected each quarter once, got quarter ${r.period.quarter} again (first at results[${before}])` });
    else seen.set(r.period.quarter, i);
  });
  return issues;
}

interface Entry {
  readonly id: string;
  readonly post?: string;
  readonly orgId: string;
  readonly rated: boolean;
  readonly level: Level | null;
  readonly score?: number;
}

function entriesOf(result: ReviewResult, subjects: CheckSubjects): Entry[] {
  switch (subjects) {
    case 'members':
      return result.members.map((m) => ({ ...m }));
    case 'organizations':
      return result.organizations.map((o) => ({ ...o, orgId: o.id }));
    case 'leaders':
      return result.leaders.map((l) => ({ ...l, id: l.memberId, post: l.orgId }));
  }
}

function rollUp(cells: readonly (QuarterCell | null)[], method: Exclude<QuarterRollUp, 'none'>): QuarterRollUpValue {
  const rated = cells.filter((c): c is QuarterCell & { level: Level } => c !== null && c.level !== null);
  let level: Level | null = null;
  if (rated.length > 0) {
    level = method === 'latest-quarter' ? rated[rated.length - 1]!.level : rated.map((c) => c.level).sort(compareLevels)[rated.length - 1]!;
  }
  return { method, level, assumption: true, cite: ROLL_UP_CITE, message: ROLL_UP_MESSAGE[method] };
}

/**
 * Puts quarterly results of one year side by side: one row per subject (per post for leaders),
 * its four quarters in order. Throws `XeploaiError` when a result is not quarterly, the years or
 * rule sets differ, or a quarter is given twice. No roll-up unless `rollUp` names one.
 *
 * @example
 * ```ts
 * import { quartersSideBySide } from 'xeploai/period';
 * import { evaluateReview } from 'xeploai';
 * const quarter = (q: 1 | 2 | 3 | 4, total: number) => evaluateReview({
 *   format: 'xeploai/review@1', year: 2025, period: { kind: 'quarter', quarter: q },
 *   organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01',
 *     score: { total }, tasks: { assigned: 4, completed: 4, onTime: 4, exceeded: 0 } }],
 * });
 * const view = quartersSideBySide([quarter(1, 82), quarter(2, 65)], { rollUp: 'lowest-quarter' });
 * view.rows[0]?.quarters.map((c) => c?.level ?? null); // ['HTTNV', 'HTNV', null, null]
 * view.rows[0]?.rollUp?.level; // 'HTNV'
 * ```
 */
export function quartersSideBySide(results: readonly ReviewResult[], options: QuarterlyOptions = {}): QuarterlyView {
  const issues = validate(results);
  if (issues.length > 0) throw new XeploaiError(issues);
  const subjects = options.subjects ?? 'members';
  const ordered = [...results].sort((a, b) => (a.period.kind === 'quarter' && b.period.kind === 'quarter' ? a.period.quarter - b.period.quarter : 0));
  const rows = new Map<string, { id: string; post?: string; cells: (QuarterCell | null)[] }>();
  const quarters: (1 | 2 | 3 | 4)[] = [];
  for (const result of ordered) {
    if (result.period.kind !== 'quarter') continue;
    const q = result.period.quarter;
    quarters.push(q);
    for (const e of entriesOf(result, subjects)) {
      const key = e.post === undefined ? e.id : `${e.id}\u0000${e.post}`;
      let row = rows.get(key);
      if (row === undefined) {
        row = e.post === undefined ? { id: e.id, cells: [null, null, null, null] } : { id: e.id, post: e.post, cells: [null, null, null, null] };
        rows.set(key, row);
      }
      const cell: QuarterCell = e.score === undefined ? { quarter: q, orgId: e.orgId, rated: e.rated, level: e.level } : { quarter: q, orgId: e.orgId, rated: e.rated, level: e.level, score: e.score };
      row.cells[q - 1] = cell;
    }
  }
  const method = options.rollUp ?? 'none';
  const out: QuarterRow[] = [];
  for (const row of rows.values()) {
    const cells = row.cells as [QuarterCell | null, QuarterCell | null, QuarterCell | null, QuarterCell | null];
    const base = row.post === undefined ? { id: row.id, quarters: cells } : { id: row.id, post: row.post, quarters: cells };
    out.push(method === 'none' ? base : { ...base, rollUp: rollUp(cells, method) });
  }
  const first = results[0];
  return { year: first?.year ?? 0, ruleSet: first?.ruleSet.id ?? '', subjects, quarters, rows: out };
}
