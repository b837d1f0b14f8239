/**
 * Indexes a parsed review once so that every rule runs in constant time per subject.
 *
 * @module
 */
import { reviewPeriodBounds } from '../model/dates.js';
import type { Member, Organization, ReviewFile } from '../model/index.js';
import { factsFromMembers, violationsAtSeveralUnits, type OrganizationFacts } from '../rules/common/facts.js';
import type { EffectiveSettings, EvaluationContext, Lookup, MemberResult, OrganizationResult, ReviewHeader, ViolationElsewhere } from '../rules/types.js';

/**
 * The in-memory engine's state over a whole review: the context rule functions get (`ctx`, and
 * `memberCtx` while members are rated: the same for both engines), the organization results the
 * engine fills as it goes (read by `ctx`), `rated` to record a member's result (read by the
 * organization facts) and the records only it holds.
 *
 * @internal
 * @example
 * ```ts
 * declare const engine: EngineContext;
 * engine.organizationResults.size;
 * ```
 */
export interface EngineContext {
  readonly ctx: EvaluationContext;
  readonly memberCtx: EvaluationContext;
  readonly memberById: ReadonlyMap<string, Member>;
  readonly organizationResults: Map<string, OrganizationResult>;
  /** Records a member's result: the organization facts count it from now on (as a stream's counts do). */
  rated(member: Member, result: MemberResult): void;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

function notYet(name: string): Error {
  return new Error(`xeploai: ctx.${name} is not available while members are rated (organizations are rated after every member; a member rule reads the member, the period and the settings)`);
}

function notYetKnown(name: string): Lookup<never> {
  const fail = (): never => {
    throw notYet(name);
  };
  return { get: fail, has: fail };
}

/**
 * A review's own fields, without its organizations and members (what `ctx.header` holds).
 *
 * @internal
 * @example
 * ```ts
 * reviewHeaderOf({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] }); // { format: 'xeploai/review@1', year: 2024 }
 * ```
 */
export function reviewHeaderOf(review: ReviewFile): ReviewHeader {
  const { organizations: _organizations, members: _members, ...header } = review;
  return header;
}

/**
 * The context members are rated in, in both engines: the review's header, period and settings;
 * the organizations, their facts and results are not known yet (in a stream they are still being
 * read), so their lookups throw, saying so.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { memberPhaseContext } from 'xeploai/rules';
 * const rs = getRuleSet('qd124-2023');
 * const ctx = memberPhaseContext({ format: 'xeploai/review@1', year: 2024 }, { start: '2024-01-01', end: '2024-12-31', reviewDate: '2024-12-31' }, {});
 * rs.evaluateMember({ id: 'dv-1', name: 'An', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', proposedLevel: 'HTTNV' }, 0, ctx).level; // 'HTTNV'
 * ```
 */
export function memberPhaseContext(header: ReviewHeader, bounds: { readonly start: string; readonly end: string; readonly reviewDate: string }, settings: EffectiveSettings): EvaluationContext {
  return {
    header,
    settings,
    year: header.year,
    period: header.period ?? { kind: 'year' },
    periodStart: bounds.start,
    periodEnd: bounds.end,
    reviewDate: bounds.reviewDate,
    organizationById: notYetKnown('organizationById'),
    organizationIndex: notYetKnown('organizationIndex'),
    childrenOf: notYetKnown('childrenOf'),
    organizationResults: notYetKnown('organizationResults'),
    violationsAt: notYetKnown('violationsAt'),
    organizationFacts: () => {
      throw notYet('organizationFacts');
    },
  };
}

/**
 * Builds the context for a parsed review: the period window, the tree, members by
 * organization, leadership collectives and violations committed at other units.
 *
 * @internal
 * @example
 * ```ts
 * import { getRuleSet, parseReview, defaultSettings } from 'xeploai';
 * const review = parseReview({ format: 'xeploai/review@1', year: 2024, organizations: [], members: [] });
 * buildContext(review, defaultSettings(getRuleSet('qd124-2023'))).ctx.periodEnd; // '2024-12-31'
 * ```
 */
export function buildContext(review: ReviewFile, settings: EffectiveSettings): EngineContext {
  const { start, end, reviewDate } = reviewPeriodBounds(review);
  const organizationById = new Map<string, Organization>();
  const organizationIndex = new Map<string, number>();
  const childrenOf = new Map<string, Organization[]>();
  review.organizations.forEach((o, i) => {
    organizationById.set(o.id, o);
    organizationIndex.set(o.id, i);
    if (o.parentId !== undefined) push(childrenOf, o.parentId, o);
  });
  const memberById = new Map<string, Member>();
  const membersOf = new Map<string, Member[]>();
  const leadershipOf = new Map<string, Member[]>();
  const violationsAt = new Map<string, ViolationElsewhere[]>();
  review.members.forEach((m, i) => {
    memberById.set(m.id, m);
    push(membersOf, m.orgId, m);
    if (m.posts !== undefined) {
      const seen = new Set<string>();
      for (const p of m.posts) {
        if (seen.has(p.orgId)) continue;
        seen.add(p.orgId);
        push(leadershipOf, p.orgId, m);
      }
    }
    const severalUnits = violationsAtSeveralUnits(m.disciplines, m.orgId, { periodStart: start, periodEnd: end });
    m.disciplines?.forEach((d, index) => {
      if (d.orgIdAtViolation !== undefined && d.orgIdAtViolation !== m.orgId && d.decidedOn >= start && d.decidedOn <= end) {
        push(violationsAt, d.orgIdAtViolation, { memberId: m.id, memberIndex: i, disciplineIndex: index, severalUnits });
      }
    });
  });
  const memberResults = new Map<string, MemberResult>();
  const factsCache = new Map<string, OrganizationFacts>();
  const window = { periodStart: start, periodEnd: end, settings };
  // Computed on first use, which the engine makes after every member is rated.
  const organizationFacts = (orgId: string): OrganizationFacts => {
    let facts = factsCache.get(orgId);
    if (facts === undefined) {
      const here = (violationsAt.get(orgId) ?? []).map((v) => ({ member: review.members[v.memberIndex]!, index: v.disciplineIndex }));
      facts = factsFromMembers(membersOf.get(orgId) ?? [], leadershipOf.get(orgId) ?? [], memberResults, window, here);
      factsCache.set(orgId, facts);
    }
    return facts;
  };
  const memberCtx = memberPhaseContext(reviewHeaderOf(review), { start, end, reviewDate }, settings);
  const organizationResults = new Map<string, OrganizationResult>();
  const ctx: EvaluationContext = { ...memberCtx, organizationById, organizationIndex, childrenOf, violationsAt, organizationResults, organizationFacts };
  const rated = (member: Member, result: MemberResult): void => {
    memberResults.set(member.id, result);
    // a member rated after the units (QĐ 366 post holders) changes the counts of his or her organization
    factsCache.delete(member.orgId);
  };
  return { ctx, memberCtx, memberById, organizationResults, rated };
}

/**
 * Organizations in bottom-up order (every organization after all of its subordinates),
 * ties kept in input order, so results do not depend on record order beyond the tree.
 *
 * @internal
 * @example
 * ```ts
 * // bottomUpOrder(ctx).map((o) => o.id) → ['chi-bo-1', 'chi-bo-2', 'xa-an-binh', 'huyen']
 * ```
 */
export function bottomUpOrder(review: Pick<ReviewFile, 'organizations'>, ctx: Pick<EvaluationContext, 'childrenOf' | 'organizationById'>): Organization[] {
  const out: Organization[] = [];
  const roots = review.organizations.filter((o) => o.parentId === undefined || !ctx.organizationById.has(o.parentId));
  for (const root of roots) {
    // Iterative post-order: deep trees must not overflow the stack.
    const stack: { org: Organization; next: number }[] = [{ org: root, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const children = ctx.childrenOf.get(top.org.id) ?? [];
      if (top.next < children.length) {
        stack.push({ org: children[top.next]!, next: 0 });
        top.next++;
      } else {
        out.push(top.org);
        stack.pop();
      }
    }
  }
  return out;
}
