/**
 * Indexes a parsed review once so that every rule runs in constant time per subject.
 *
 * @module
 */
import { reviewPeriodBounds } from '../model/dates.js';
import type { Member, Organization, ReviewFile } from '../model/index.js';
import { factsFromMembers, violationsAtSeveralUnits, type OrganizationFacts } from '../rules/common/facts.js';
import type { EffectiveSettings, EvaluationContext, MemberResult, OrganizationResult, RuleSet } from '../rules/types.js';

/**
 * An evaluation context whose result maps the engine fills as it goes.
 *
 * @internal
 * @example
 * ```ts
 * declare const ctx: MutableContext;
 * ctx.memberResults.size;
 * ```
 */
export interface MutableContext extends EvaluationContext {
  readonly memberResults: Map<string, MemberResult>;
  readonly organizationResults: Map<string, OrganizationResult>;
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
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
 * const rs = getRuleSet('qd124-2023');
 * buildContext(review, rs, defaultSettings(rs)).periodEnd; // '2024-12-31'
 * ```
 */
export function buildContext(review: ReviewFile, _ruleSet: RuleSet, settings: EffectiveSettings): MutableContext {
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
  const memberIndex = new Map<string, number>();
  const membersOf = new Map<string, Member[]>();
  const leadershipOf = new Map<string, Member[]>();
  const violationsAt = new Map<string, { member: Member; index: number; severalUnits: boolean }[]>();
  review.members.forEach((m, i) => {
    memberById.set(m.id, m);
    memberIndex.set(m.id, i);
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
        push(violationsAt, d.orgIdAtViolation, { member: m, index, severalUnits });
      }
    });
  });
  const period = review.period ?? { kind: 'year' as const };
  const memberResults = new Map<string, MemberResult>();
  const factsCache = new Map<string, OrganizationFacts>();
  const window = { periodStart: start, periodEnd: end, settings };
  // Computed on first use, which the engine makes after every member is rated.
  const organizationFacts = (orgId: string): OrganizationFacts => {
    let facts = factsCache.get(orgId);
    if (facts === undefined) {
      facts = factsFromMembers(membersOf.get(orgId) ?? [], leadershipOf.get(orgId) ?? [], memberResults, window, violationsAt.get(orgId));
      factsCache.set(orgId, facts);
    }
    return facts;
  };
  return {
    review,
    settings,
    year: review.year,
    period,
    periodStart: start,
    periodEnd: end,
    reviewDate,
    organizationById,
    organizationIndex,
    memberIndex,
    memberById,
    childrenOf,
    membersOf,
    leadershipOf,
    violationsAt,
    memberResults,
    organizationResults: new Map(),
    organizationFacts,
  };
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
export function bottomUpOrder(review: ReviewFile, ctx: Pick<EvaluationContext, 'childrenOf' | 'organizationById'>): Organization[] {
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
