/**
 * Linkage of an organization's level to the levels under it (cite: 21-HD/BTCTW Mục II, điểm B,
 * tiết 1.3; setting `orgLinkageThresholds`). The percentages are rule-set data (`LinkageParams`).
 *
 * @module
 */
import { isAtLeast, LEVELS, levelBelow, type Level } from '../../levels.js';
import type { Organization } from '../../model/index.js';
import type { EvaluationContext } from '../types.js';
import type { LevelAccumulator } from './findings.js';
import type { LinkageParams } from './params.js';
import { atLeastPercent } from './tasks.js';

/** Whether an organization is rated on its members (a chi bộ) rather than its subordinate organizations. @example `ratesOnMembers('chi-bo') // true` */
export function ratesOnMembers(kind: Organization['kind']): boolean {
  return kind === 'chi-bo' || kind === 'chi-bo-co-so';
}

/**
 * Levels of the rated subjects an organization's linkage looks at: its members for a chi bộ,
 * its direct subordinate organizations otherwise.
 *
 * @example
 * ```ts
 * // linkedLevels(org, ctx) → ['HTTNV', 'HTNV', …]
 * ```
 */
export function linkedLevels(org: Organization, ctx: EvaluationContext): Level[] {
  return linkedSubjects(org, ctx).levels;
}

/**
 * The levels of the rated linked subjects (as `linkedLevels`) and how many linked subjects are
 * not rated (excluded, new, no basis), which the shares leave out.
 *
 * @example
 * ```ts
 * // linkedSubjects(org, ctx) → { levels: ['HTTNV', 'HTNV'], notRated: 1 }
 * ```
 */
export function linkedSubjects(org: Organization, ctx: EvaluationContext): { levels: Level[]; notRated: number } {
  const levels: Level[] = [];
  let notRated = 0;
  const add = (r: { readonly level: Level | null } | undefined): void => {
    if (r === undefined) return;
    if (r.level === null) notRated++;
    else levels.push(r.level);
  };
  if (ratesOnMembers(org.kind)) {
    const counts = ctx.organizationFacts(org.id).members;
    for (const level of LEVELS) for (let i = 0; i < counts[level]; i++) levels.push(level);
    notRated += counts.notRated;
  } else {
    for (const c of ctx.childrenOf.get(org.id) ?? []) add(ctx.organizationResults.get(c.id));
  }
  return { levels, notRated };
}

/**
 * Applies linkage thresholds to an organization's accumulating level.
 *
 * @example
 * ```ts
 * // applyLinkage(acc, org, 'organizations[2]', ctx, params.linkage, assumption)
 * ```
 */
export function applyLinkage(acc: LevelAccumulator, org: Organization, path: string, ctx: EvaluationContext, params: LinkageParams, assumption: boolean): void {
  const { levels, notRated } = linkedSubjects(org, ctx);
  const n = levels.length;
  let htnv = 0;
  let httnv = 0;
  for (const l of levels) {
    if (isAtLeast(l, 'HTNV')) htnv++;
    if (isAtLeast(l, 'HTTNV')) httnv++;
  }
  const bodies = org.sameLevelBodies;
  let warnedBodies = false;
  let notedRatedOnly = false;
  for (const row of params.rows) {
    if (!isAtLeast(acc.level, row.level)) continue;
    if (notRated > 0 && params.ratedOnly !== undefined && !notedRatedOnly) {
      notedRatedOnly = true;
      acc.note('linkage-rated-only', 'info', params.ratedOnly, {
        path,
        detail: { vi: `${n} được xếp loại, ${notRated} không xếp loại`, en: `${n} rated, ${notRated} not rated` },
      });
    }
    let ok = n === 0 || (atLeastPercent(htnv, n, row.atLeastHtnvPercent) && atLeastPercent(httnv, n, row.atLeastHttnvPercent));
    if (bodies === undefined) {
      if (!warnedBodies) acc.note('same-level-bodies-not-given', 'warning', params.sameLevelBodiesNotGiven, { path, assumption });
      warnedBodies = true;
    } else if (bodies.some((b) => !isAtLeast(b.level, row.sameLevelBodiesAtLeast))) ok = false;
    if (!ok) {
      acc.cap(levelBelow(row.level) ?? 'KHTNV', 'linkage-threshold', row.rule, {
        path,
        assumption,
        detail: { vi: `${htnv}/${n} từ HTNV, ${httnv}/${n} từ HTTNV trở lên`, en: `${htnv}/${n} HTNV or above, ${httnv}/${n} HTTNV or above` },
      });
    }
  }
}
