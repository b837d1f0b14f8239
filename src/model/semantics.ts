/**
 * Checks across the review document, run on what the schemas accepted: unique ids, references
 * that resolve, no cycle of parents, dates on or before the review date, history before the
 * review year, and the rule set (its periods, criterion catalogue and settings).
 *
 * @module
 */
import { describeValue } from '../errors.js';
import { BUILT_IN_RULE_SET_IDS, importHint, PROVINCE_HINT, ruleSetById, ruleSetForYear, ruleSetYears } from '../rules/lookup.js';
import { resolveSettings, settingNames } from '../rules/settings.js';
import type { RuleSet } from '../rules/types.js';
import { addCalendarMonths, periodBounds } from './dates.js';
import type { PathedIssue, PathSegments } from './issues.js';
import { didYouMean } from './suggest.js';
import { checkRecordData } from './data.js';
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

/** The effective review date, when the fields it depends on parsed. */
function effectiveReviewDate(header: DraftHeader): IsoDate | undefined {
  if (header.reviewDate !== undefined) return header.reviewDate;
  if (header.invalid.has('reviewDate') || header.invalid.has('period') || header.year === undefined) return undefined;
  return periodBounds(header.year, header.period).end;
}

/** Months after the end of the period in which the rating meetings may still be held (early the next year). */
const REVIEW_DATE_GRACE_MONTHS = 3;

/**
 * A `reviewDate` lies in the review's period, or at most `REVIEW_DATE_GRACE_MONTHS` after it: a
 * date years away (2030 for a 2024 review) would rate everyone against the wrong day.
 */
function checkReviewDateInPeriod(header: DraftHeader, out: PathedIssue[]): void {
  const { reviewDate, year } = header;
  if (reviewDate === undefined || year === undefined || header.invalid.has('period') || header.invalid.has('year')) return;
  const { start, end } = periodBounds(year, header.period);
  const latest = addCalendarMonths(end, REVIEW_DATE_GRACE_MONTHS);
  if (reviewDate < start || reviewDate > latest) {
    out.push({ path: ['reviewDate'], code: 'outside-period', message: `expected a date in the review's period (${start} to ${end}, or up to ${latest} for meetings held after it), got ${describeValue(reviewDate)}` });
  }
}

const NONE_GIVEN = 'none were given in options.ruleSets';

/**
 * The rule set the checks use: the option, else the review's `ruleSet`, else the one in force
 * for `year` — looked up in `ruleSets` (the built-in ones for the root entry, the caller's for
 * `xeploai/core`). With no rule set given at all (`xeploai/core` without `ruleSets`), the one
 * issue is at `options.ruleSets` and says which rule set to pass and where to import it from.
 */
function resolveRuleSet(header: DraftHeader, option: RuleSet | string | undefined, ruleSets: readonly RuleSet[], out: PathedIssue[]): RuleSet | undefined {
  if (typeof option === 'object') return option;
  const id = option ?? header.ruleSet;
  const noneGiven = (of: { id?: string; year?: number }): void => {
    out.push({ path: ['options', 'ruleSets'], code: 'no-rule-set', message: `expected the rule sets to use in options.ruleSets (xeploai/core has none built in), got none; pass ${importHint(of)}` });
  };
  if (id !== undefined) {
    const found = ruleSetById(ruleSets, id);
    if (found) return found;
    const builtIn = (BUILT_IN_RULE_SET_IDS as readonly string[]).includes(id);
    if (ruleSets.length === 0 && builtIn) {
      noneGiven({ id });
      return undefined;
    }
    const source = option === undefined ? '' : ' (given in the options)';
    const ids = ruleSets.map((r) => r.id);
    const known = ids.length === 0 ? '(none were given in options.ruleSets)' : ids.join(', ');
    const hint = builtIn ? `; add it to options.ruleSets: ${importHint({ id })}` : `${didYouMean(id, [...ids, ...BUILT_IN_RULE_SET_IDS]) || '.'} ${PROVINCE_HINT}`;
    out.push({ path: ['ruleSet'], code: 'unknown-rule-set', message: `expected one of the rule sets ${known}, got ${describeValue(id)}${source}${hint}` });
    return undefined;
  }
  if (header.invalid.has('ruleSet') || header.year === undefined) return undefined;
  const found = ruleSetForYear(ruleSets, header.year);
  if (!found) {
    if (ruleSets.length === 0) noneGiven({ year: header.year });
    else out.push({ path: ['year'], code: 'no-rule-set', message: `expected a year a rule set applies to (${ruleSetYears(ruleSets)}), got ${header.year}` });
  }
  return found;
}

/**
 * Where a check on one entry reports: the entry's path (`['members', 3]`) and up to three segments
 * below it (`'disciplines', 0, 'decidedOn'`). Checks take the segments as arguments and build the
 * path only when there is something to report, so a valid entry allocates no path.
 */
function below(at: PathSegments, a: PropertyKey, b?: PropertyKey, c?: PropertyKey): PropertyKey[] {
  return b === undefined ? [...at, a] : c === undefined ? [...at, a, b] : [...at, a, b, c];
}

interface EntryContext {
  /** Organizations by id; `undefined` when the caller checks references itself. */
  readonly orgIndex: ReadonlyMap<string, number> | undefined;
  readonly reviewDate: IsoDate | undefined;
  readonly year: number | undefined;
  readonly ruleSet: RuleSet | undefined;
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

function checkHistoryAndCriteria(entry: Organization | Member, criteria: ReadonlySet<string> | undefined, ctx: EntryContext, at: PathSegments): void {
  if (entry.history && ctx.year !== undefined) {
    for (let h = 0; h < entry.history.length; h++) {
      const year = entry.history[h]!.year;
      if (year >= ctx.year) ctx.out.push({ path: below(at, 'history', h, 'year'), code: 'history-not-earlier', message: `expected a year before the review year ${ctx.year}, got ${year}` });
    }
  }
  if (entry.criteria && criteria && ctx.ruleSet) {
    for (const id of Object.keys(entry.criteria)) {
      if (!criteria.has(id)) {
        ctx.out.push({ path: [...at, 'criteria', id], code: 'unknown-criterion', message: `expected a criterion of rule set ${ctx.ruleSet.id} (${[...criteria].join(', ')}), got ${describeValue(id)}${didYouMean(id, criteria)}` });
      }
    }
  }
}

const catalogues = new WeakMap<readonly { readonly id: string }[], ReadonlySet<string>>();

/**
 * A catalogue's ids as a set; `results` is always allowed (docs/guides/formats.md §1 "Criteria"). Built once
 * per catalogue: a stream checks millions of entries one at a time against the same one.
 */
function catalogue(defs: readonly { readonly id: string }[] | undefined): ReadonlySet<string> | undefined {
  if (defs === undefined) return undefined;
  let ids = catalogues.get(defs);
  if (ids === undefined) {
    ids = new Set(['results', ...defs.map((d) => d.id)]);
    catalogues.set(defs, ids);
  }
  return ids;
}

/**
 * Runs every check across the document on a (possibly partial) parsed review and returns the
 * issues in the order found (the caller sorts them in document order). `ruleSetOption` overrides
 * the review's own rule set; ids and years are looked up in `ruleSets`.
 *
 * @internal
 * @example
 * ```ts
 * import { qd124 } from 'xeploai/rules/qd124-2023';
 * const draft: ReviewDraft = { header: { year: 2024, invalid: new Set() }, organizations: [], members: [], organizationIds: [], memberIds: [] };
 * checkReviewSemantics(draft, undefined, [qd124]); // []
 * checkReviewSemantics(draft)[0]?.code; // 'no-rule-set'
 * ```
 */
export function checkReviewSemantics(draft: ReviewDraft, ruleSetOption?: RuleSet | string, ruleSets: readonly RuleSet[] = []): PathedIssue[] {
  const out: PathedIssue[] = [];
  const { header } = draft;

  const ruleSet = resolveRuleSet(header, ruleSetOption, ruleSets, out);
  if (ruleSet) {
    const kind = header.period?.kind ?? 'year';
    if (!header.invalid.has('period') && !ruleSet.periods.includes(kind)) {
      const given = header.period ? JSON.stringify(kind) : `"year" (the default)`;
      out.push({ path: ['period'], code: 'unsupported-period', message: `expected a period kind of rule set ${ruleSet.id} (${ruleSet.periods.join(', ')}), got ${given}` });
    } else checkReviewDateInPeriod(header, out); // a period the rule set does not have is the one error
    if (header.settings) {
      const resolved = resolveSettings(ruleSet, header.settings);
      if (!resolved.success) {
        for (const issue of resolved.issues) {
          // resolveSettings writes `settings.NAME`; NAME stays one segment so odd names format like every
          // other path, and an unknown name gets the same "expected …, got …" message as other fields.
          const name = issue.path.slice('settings.'.length);
          const message = issue.code === 'unknown-setting' ? `expected a setting of rule set ${ruleSet.id} (${settingNames(ruleSet).join(', ')}), got ${describeValue(name)}${didYouMean(name, settingNames(ruleSet))}` : issue.message;
          out.push({ path: ['settings', name], code: issue.code, message });
        }
      }
    }
  }

  const orgIndex = firstIndexById(draft.organizationIds, 'organizations', out);
  firstIndexById(draft.memberIds, 'members', out);
  const ctx: EntryContext = { orgIndex, reviewDate: effectiveReviewDate(header), year: header.year, ruleSet, out };
  if (checkQuotaDecisions(header.quotaDecisions, ruleSet, out)) quotaDecisionReferences(header.quotaDecisions, (id) => orgIndex.has(id), out);

  const collective = catalogue(ruleSet?.criteria.collective);
  for (let i = 0; i < draft.organizations.length; i++) {
    const org = draft.organizations[i];
    if (!org) continue;
    const at = ['organizations', i];
    checkReference(org.parentId, ctx, at, 'parentId');
    checkDate(org.foundedOn, ctx, at, 'foundedOn');
    checkDisciplines(org.disciplines, ctx, at);
    checkHistoryAndCriteria(org, collective, ctx, at);
    checkRecordData(org.data, ruleSet?.data?.organizations, at, out);
  }
  checkCycles(draft.organizations, orgIndex, out);

  const individual = catalogue(ruleSet?.criteria.individual);
  for (let i = 0; i < draft.members.length; i++) {
    const member = draft.members[i];
    if (member) checkMember(member, individual, ctx, ['members', i]);
  }
  return out;
}

/** The quota every text sets; a decision may only raise it (QĐ 366 Điều 11 k1.5 đoạn 2: up to 25). */
const TEXT_QUOTA_PERCENT = 20;

/**
 * `quotaDecisions` against the rule set (only one whose quota allows more than 20 % by decision:
 * qd366-2025 and the rule sets extending it) and against each other (one decision per
 * organization). False when the rule set refuses them (their references are not checked then).
 */
function checkQuotaDecisions(decisions: readonly QuotaDecision[] | undefined, ruleSet: RuleSet | undefined, out: PathedIssue[]): boolean {
  if (decisions === undefined || ruleSet === undefined) return true;
  if (ruleSet.checks.quota.maxPercent <= TEXT_QUOTA_PERCENT) {
    const n = decisions.length;
    out.push({
      path: ['quotaDecisions'], code: 'unsupported-field',
      message: `expected no quotaDecisions under rule set ${ruleSet.id} (only qd366-2025 allows more than ${TEXT_QUOTA_PERCENT} % by decision), got ${n} decision${n === 1 ? '' : 's'}`,
    });
    return false;
  }
  const first = new Map<string, number>();
  for (let i = 0; i < decisions.length; i++) {
    const { orgId } = decisions[i]!;
    const at = first.get(orgId);
    if (at === undefined) first.set(orgId, i);
    else out.push({ path: ['quotaDecisions', i, 'orgId'], code: 'duplicate-id', message: `expected one decision per organization, got ${describeValue(orgId)} (also quotaDecisions[${at}].orgId)` });
  }
  return true;
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

function checkMember(member: Member, individual: ReadonlySet<string> | undefined, ctx: EntryContext, at: PathSegments): void {
  checkReference(member.orgId, ctx, at, 'orgId');
  checkDate(member.admittedOn, ctx, at, 'admittedOn');
  if (member.exemption) checkDate(member.exemption.from, ctx, at, 'exemption', 'from');
  if (member.posts) for (let p = 0; p < member.posts.length; p++) checkReference(member.posts[p]!.orgId, ctx, at, 'posts', p, 'orgId');
  checkDisciplines(member.disciplines, ctx, at);
  checkHistoryAndCriteria(member, individual, ctx, at);
  checkRecordData(member.data, ctx.ruleSet?.data?.members, at, ctx.out);
}

/**
 * The document checks of one member on its own, for a reader that sees members one at a time and
 * checks references itself (the NDJSON stream): dates on or before the review date, history
 * before the review year, criteria of the rule set. Paths start `['members', 0]`, as for a
 * one-member document. What the header gives is worked out once, not per member.
 *
 * @internal
 * @example
 * ```ts
 * declare const ruleSet: RuleSet;
 * declare const member: Member;
 * const check = memberEntryChecks({ year: 2024, reviewDate: '2024-12-15', invalid: new Set() }, ruleSet);
 * check(member); // [] when the member's dates and criteria fit
 * ```
 */
export function memberEntryChecks(header: DraftHeader, ruleSet: RuleSet): (member: Member) => PathedIssue[] {
  const reviewDate = effectiveReviewDate(header);
  const individual = catalogue(ruleSet.criteria.individual);
  const at = ['members', 0];
  return (member) => {
    const out: PathedIssue[] = [];
    checkMember(member, individual, { orgIndex: undefined, reviewDate, year: header.year, ruleSet, out }, at);
    return out;
  };
}
