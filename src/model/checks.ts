/**
 * Checks across the review document, run on what the schemas accepted: unique ids, references
 * that resolve, no cycle of parents, dates on or before the review date, history before the
 * review year. Only what the document says about itself: the checks against a rule set (its
 * periods, criterion catalogue, settings, data schemas, quota decisions) live above the rules,
 * in `src/review/`, and reach the entries through `DraftRuleChecks`.
 *
 * @module
 */
import { describeValue } from '../errors.js';
import { addCalendarMonths, periodBounds } from './dates.js';
import type { PathedIssue, PathSegments } from './issues.js';
import { didYouMean } from './suggest.js';
import type { Discipline, IsoDate, Member, Organization, Period, QuotaDecision, ReviewSettings } from './types.js';

/**
 * The header fields that parsed; a field listed in `invalid` was given but did not parse.
 *
 * @internal
 * @example
 * ```ts
 * const header: DraftHeader = { year: 2024, invalid: new Set(['period']) };
 * ```
 */
export interface DraftHeader {
  readonly year?: number;
  readonly period?: Period;
  readonly ruleSet?: string;
  readonly reviewDate?: IsoDate;
  readonly settings?: ReviewSettings;
  readonly quotaDecisions?: readonly QuotaDecision[];
  readonly invalid: ReadonlySet<string>;
}

/**
 * A review as far as it parsed: an entry that failed its schema holds only the fields that
 * parsed on their own (or is `undefined`), and its id (when the id itself is valid) is kept, so a
 * reference to such an entry is not reported too.
 *
 * @internal
 * @example
 * ```ts
 * const draft: ReviewDraft = { header: { year: 2024, invalid: new Set() }, organizations: [undefined], members: [], organizationIds: ['cb-1'], memberIds: [] };
 * ```
 */
export interface ReviewDraft {
  readonly header: DraftHeader;
  readonly organizations: readonly (Organization | undefined)[];
  readonly members: readonly (Member | undefined)[];
  readonly organizationIds: readonly (string | undefined)[];
  readonly memberIds: readonly (string | undefined)[];
}

function firstIndexById(ids: readonly (string | undefined)[], list: string, out: PathedIssue[]): Map<string, number> {
  const index = new Map<string, number>();
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === undefined) continue;
    const first = index.get(id);
    if (first === undefined) index.set(id, i);
    else out.push({ path: [list, i, 'id'], code: 'duplicate-id', message: `expected a unique id, got ${describeValue(id)} (also ${list}[${first}].id)` });
  }
  return index;
}

/** The cycle as seen from its `start`-th organization, back to it; a long cycle is shortened (so L issues cost O(L), not O(L²)). */
function cycleText(ids: readonly string[], start: number): string {
  const n = ids.length;
  const at = (t: number): string => describeValue(ids[(start + t) % n]);
  if (n <= 8) return [...Array.from({ length: n }, (_, t) => at(t)), at(0)].join(' → ');
  return `${[at(0), at(1), at(2), '…', at(n - 2), at(n - 1), at(0)].join(' → ')} (${n} organizations)`;
}

/** Each organization on a cycle of `parentId`s, once, at its `parentId`. */
function checkCycles(orgs: readonly (Organization | undefined)[], indexById: ReadonlyMap<string, number>, out: PathedIssue[]): void {
  const state = new Uint8Array(orgs.length); // 0 unvisited, 1 on the current walk, 2 done
  const walk: number[] = [];
  for (let start = 0; start < orgs.length; start++) {
    if (state[start] !== 0) continue;
    walk.length = 0;
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      const parentId: string | undefined = orgs[i]?.parentId;
      i = parentId === undefined ? undefined : indexById.get(parentId);
    }
    if (i !== undefined && state[i] === 1) {
      const cycle = walk.slice(walk.indexOf(i));
      const ids = cycle.map((j) => orgs[j]!.id);
      cycle.forEach((j, k) => {
        out.push({ path: ['organizations', j, 'parentId'], code: 'cycle', message: `expected a parentId that does not lead back to this organization, got ${cycleText(ids, k)}` });
      });
    }
    for (const j of walk) state[j] = 2;
  }
}

/**
 * The effective review date, when the fields it depends on parsed: `reviewDate`, else the last
 * day of the period.
 *
 * @internal
 * @example
 * ```ts
 * effectiveReviewDate({ year: 2024, invalid: new Set() }); // '2024-12-31'
 * ```
 */
export function effectiveReviewDate(header: DraftHeader): IsoDate | undefined {
  if (header.reviewDate !== undefined) return header.reviewDate;
  if (header.invalid.has('reviewDate') || header.invalid.has('period') || header.year === undefined) return undefined;
  return periodBounds(header.year, header.period).end;
}

/** Months after the end of the period in which the rating meetings may still be held (early the next year). */
const REVIEW_DATE_GRACE_MONTHS = 3;

/**
 * A `reviewDate` lies in the review's period, or at most `REVIEW_DATE_GRACE_MONTHS` after it: a
 * date years away (2030 for a 2024 review) would rate everyone against the wrong day. Run once the
 * review's period is known to be one its rule set has (`src/review/`).
 *
 * @internal
 * @example
 * ```ts
 * const out: PathedIssue[] = [];
 * checkReviewDateInPeriod({ year: 2024, reviewDate: '2030-01-01', invalid: new Set() }, out);
 * out[0]?.code; // 'outside-period'
 * ```
 */
export function checkReviewDateInPeriod(header: DraftHeader, out: PathedIssue[]): void {
  const { reviewDate, year } = header;
  if (reviewDate === undefined || year === undefined || header.invalid.has('period') || header.invalid.has('year')) return;
  const { start, end } = periodBounds(year, header.period);
  const latest = addCalendarMonths(end, REVIEW_DATE_GRACE_MONTHS);
  if (reviewDate < start || reviewDate > latest) {
    out.push({ path: ['reviewDate'], code: 'outside-period', message: `expected a date in the review's period (${start} to ${end}, or up to ${latest} for meetings held after it), got ${describeValue(reviewDate)}` });
  }
}

/**
 * Where a check on one entry reports: the entry's path (`['members', 3]`) and up to three segments
 * below it (`'disciplines', 0, 'decidedOn'`). Checks take the segments as arguments and build the
 * path only when there is something to report, so a valid entry allocates no path.
 */
function below(at: PathSegments, a: PropertyKey, b?: PropertyKey, c?: PropertyKey): PropertyKey[] {
  return b === undefined ? [...at, a] : c === undefined ? [...at, a, b] : [...at, a, b, c];
}

/**
 * What a rule set adds to the document checks, called at the place of each entry's checks so the
 * issues come in the same order as one pass would find them. Built above the rules
 * (`src/review/`): the model knows no rule set.
 *
 * @internal
 * @example
 * ```ts
 * const none: DraftRuleChecks = { quotaDecisions: () => true, organization: () => {}, member: () => {} };
 * ```
 */
export interface DraftRuleChecks {
  /** The review's `quotaDecisions` against the rule set; false when it refuses them (they are then not checked further). */
  quotaDecisions(decisions: readonly QuotaDecision[], out: PathedIssue[]): boolean;
  /** One organization against the rule set (criteria, data), after its document checks. */
  organization(org: Organization, at: PathSegments, out: PathedIssue[]): void;
  /** One member against the rule set (criteria, data), after its document checks. */
  member(member: Member, at: PathSegments, out: PathedIssue[]): void;
}

interface EntryContext {
  /** Organizations by id; `undefined` when the caller checks references itself. */
  readonly orgIndex: ReadonlyMap<string, number> | undefined;
  readonly reviewDate: IsoDate | undefined;
  readonly year: number | undefined;
  readonly rules: DraftRuleChecks | undefined;
  readonly out: PathedIssue[];
}

function checkReference(id: string | undefined, ctx: EntryContext, at: PathSegments, a: PropertyKey, b?: PropertyKey, c?: PropertyKey): void {
  if (id !== undefined && ctx.orgIndex !== undefined && !ctx.orgIndex.has(id)) {
    ctx.out.push({ path: below(at, a, b, c), code: 'unknown-reference', message: `expected the id of an organization in this review, got ${describeValue(id)}${didYouMean(id, ctx.orgIndex.keys())}` });
  }
}

function checkDate(date: IsoDate | undefined, ctx: EntryContext, at: PathSegments, a: PropertyKey, b?: PropertyKey, c?: PropertyKey): void {
  if (date !== undefined && ctx.reviewDate !== undefined && date > ctx.reviewDate) {
    ctx.out.push({ path: below(at, a, b, c), code: 'after-review-date', message: `expected a date on or before the review date ${ctx.reviewDate}, got ${describeValue(date)}` });
  }
}

function checkDisciplines(disciplines: readonly Discipline[] | undefined, ctx: EntryContext, at: PathSegments): void {
  if (!disciplines) return;
  for (let d = 0; d < disciplines.length; d++) {
    const discipline = disciplines[d]!;
    checkDate(discipline.decidedOn, ctx, at, 'disciplines', d, 'decidedOn');
    checkReference(discipline.orgIdAtViolation, ctx, at, 'disciplines', d, 'orgIdAtViolation');
  }
}

function checkHistory(entry: Organization | Member, ctx: EntryContext, at: PathSegments): void {
  if (entry.history && ctx.year !== undefined) {
    for (let h = 0; h < entry.history.length; h++) {
      const year = entry.history[h]!.year;
      if (year >= ctx.year) ctx.out.push({ path: below(at, 'history', h, 'year'), code: 'history-not-earlier', message: `expected a year before the review year ${ctx.year}, got ${year}` });
    }
  }
}

/**
 * Runs every check across the document on a (possibly partial) parsed review, appending the
 * issues to `out` in the order found (the caller sorts them in document order). `rules` are the
 * checks of the review's rule set, run at each entry; `undefined` when no rule set was found
 * (that is an issue of its own), and then quota decisions are only checked for references.
 *
 * @internal
 * @example
 * ```ts
 * const draft: ReviewDraft = { header: { year: 2024, invalid: new Set() }, organizations: [], members: [], organizationIds: ['cb', 'cb'], memberIds: [] };
 * const out: PathedIssue[] = [];
 * checkReviewDocument(draft, out, undefined);
 * out[0]?.code; // 'duplicate-id'
 * ```
 */
export function checkReviewDocument(draft: ReviewDraft, out: PathedIssue[], rules: DraftRuleChecks | undefined): void {
  const { header } = draft;
  const orgIndex = firstIndexById(draft.organizationIds, 'organizations', out);
  firstIndexById(draft.memberIds, 'members', out);
  const ctx: EntryContext = { orgIndex, reviewDate: effectiveReviewDate(header), year: header.year, rules, out };
  checkQuotaDecisions(header.quotaDecisions, rules, orgIndex, out);

  for (let i = 0; i < draft.organizations.length; i++) {
    const org = draft.organizations[i];
    if (!org) continue;
    const at = ['organizations', i];
    checkReference(org.parentId, ctx, at, 'parentId');
    checkDate(org.foundedOn, ctx, at, 'foundedOn');
    checkDisciplines(org.disciplines, ctx, at);
    checkHistory(org, ctx, at);
    rules?.organization(org, at, out);
  }
  checkCycles(draft.organizations, orgIndex, out);

  for (let i = 0; i < draft.members.length; i++) {
    const member = draft.members[i];
    if (member) checkMember(member, ctx, ['members', i]);
  }
}

/**
 * `quotaDecisions`: the rule set's say first (`rules`), then one decision per organization, then
 * references. With no rule set found (already an issue) only the references are checked.
 */
function checkQuotaDecisions(decisions: readonly QuotaDecision[] | undefined, rules: DraftRuleChecks | undefined, orgIndex: ReadonlyMap<string, number>, out: PathedIssue[]): void {
  if (decisions === undefined) return;
  if (rules !== undefined) {
    if (!rules.quotaDecisions(decisions, out)) return;
    const first = new Map<string, number>();
    for (let i = 0; i < decisions.length; i++) {
      const { orgId } = decisions[i]!;
      const at = first.get(orgId);
      if (at === undefined) first.set(orgId, i);
      else out.push({ path: ['quotaDecisions', i, 'orgId'], code: 'duplicate-id', message: `expected one decision per organization, got ${describeValue(orgId)} (also quotaDecisions[${at}].orgId)` });
    }
  }
  quotaDecisionReferences(decisions, (id) => orgIndex.has(id), out);
}

/**
 * A `quotaDecisions[i].orgId` that names no organization of the review (`has` answers); the NDJSON
 * reader calls it once every organization line is read.
 *
 * @internal
 * @example
 * ```ts
 * const out: PathedIssue[] = [];
 * quotaDecisionReferences([{ orgId: 'x', percent: 25, ref: 'QĐ 1' }], () => false, out);
 * out[0]?.path; // ['quotaDecisions', 0, 'orgId']
 * ```
 */
export function quotaDecisionReferences(decisions: readonly QuotaDecision[] | undefined, has: (orgId: string) => boolean, out: PathedIssue[]): void {
  if (decisions === undefined) return;
  for (let i = 0; i < decisions.length; i++) {
    const { orgId } = decisions[i]!;
    if (!has(orgId)) out.push({ path: ['quotaDecisions', i, 'orgId'], code: 'unknown-reference', message: `expected the id of an organization in this review, got ${describeValue(orgId)}` });
  }
}

function checkMember(member: Member, ctx: EntryContext, at: PathSegments): void {
  checkReference(member.orgId, ctx, at, 'orgId');
  checkDate(member.admittedOn, ctx, at, 'admittedOn');
  if (member.exemption) checkDate(member.exemption.from, ctx, at, 'exemption', 'from');
  if (member.posts) for (let p = 0; p < member.posts.length; p++) checkReference(member.posts[p]!.orgId, ctx, at, 'posts', p, 'orgId');
  checkDisciplines(member.disciplines, ctx, at);
  checkHistory(member, ctx, at);
  ctx.rules?.member(member, at, ctx.out);
}

/**
 * The document checks of one member on its own, for a reader that sees members one at a time and
 * checks references itself (the NDJSON stream): dates on or before the review date, history
 * before the review year, then `rules` (the rule set's criteria and data). Paths start
 * `['members', 0]`, as for a one-member document. What the header gives is worked out once, not
 * per member.
 *
 * @internal
 * @example
 * ```ts
 * declare const member: Member;
 * const check = memberDocumentChecks({ year: 2024, reviewDate: '2024-12-15', invalid: new Set() }, undefined);
 * check(member); // [] when the member's dates and history fit
 * ```
 */
export function memberDocumentChecks(header: DraftHeader, rules: DraftRuleChecks | undefined): (member: Member) => PathedIssue[] {
  const reviewDate = effectiveReviewDate(header);
  const at = ['members', 0];
  return (member) => {
    const out: PathedIssue[] = [];
    checkMember(member, { orgIndex: undefined, reviewDate, year: header.year, rules, out }, at);
    return out;
  };
}
