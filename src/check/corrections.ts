/**
 * The least corrections that make failing quota checks pass, as data, and applying them to a review.
 *
 * @module
 */
import { minLevel, type Level } from '../levels.js';
import type { Member, Organization, ReviewFile } from '../model/index.js';
import type { Check } from '../rules/types.js';

/**
 * One suggested move of a member or an organization.
 *
 * @example
 * ```ts
 * import type { LevelMove } from 'xeploai';
 * const move: LevelMove = { id: 'dv-0012', from: 'HTXSNV', to: 'HTTNV' };
 * ```
 */
export interface LevelMove {
  readonly id: string;
  readonly from: Level;
  readonly to: Level;
}

/**
 * One suggested move of a head, for the post heading `orgId`.
 *
 * @example
 * ```ts
 * import type { LeaderMove } from 'xeploai';
 * const move: LeaderMove = { memberId: 'dv-0007', orgId: 'xa-an-binh', from: 'HTXSNV', to: 'HTTNV' };
 * ```
 */
export interface LeaderMove {
  readonly memberId: string;
  readonly orgId: string;
  readonly from: Level;
  readonly to: Level;
}

/**
 * The moves that apply every failing quota check's `suggest`, in check order.
 *
 * @example
 * ```ts
 * import type { Corrections } from 'xeploai';
 * const none: Corrections = { members: [], organizations: [], leaders: [] };
 * ```
 */
export interface Corrections {
  readonly members: readonly LevelMove[];
  readonly organizations: readonly LevelMove[];
  readonly leaders: readonly LeaderMove[];
}

function leaderTargets(check: Check): { memberId: string; orgId: string }[] {
  const raw = check['suggestLeaders'];
  if (!Array.isArray(raw)) return [];
  const out: { memberId: string; orgId: string }[] = [];
  for (const item of raw as unknown[]) {
    if (typeof item !== 'object' || item === null) continue;
    const { memberId, orgId } = item as Record<string, unknown>;
    if (typeof memberId === 'string' && typeof orgId === 'string') out.push({ memberId, orgId });
  }
  return out;
}

/**
 * The moves (HTXSNV → HTTNV) that apply the `suggest` of every failing `quota` check of a result.
 * Pure: the result is not touched. Other checks (e.g. `civil-service-share`) suggest nothing.
 *
 * @example
 * ```ts
 * import { evaluateReview, suggestCorrections, type ReviewInput } from 'xeploai';
 * declare const review: ReviewInput;
 * const { members } = suggestCorrections(evaluateReview(review));
 * members.map((m) => `${m.id}: ${m.from} → ${m.to}`);
 * ```
 */
export function suggestCorrections(result: { readonly checks: readonly Check[] }): Corrections {
  const members: LevelMove[] = [];
  const organizations: LevelMove[] = [];
  const leaders: LeaderMove[] = [];
  const seen = new Set<string>();
  for (const check of result.checks) {
    if (check.code !== 'quota' || check.ok) continue;
    if (check.subjects === 'leaders') {
      for (const { memberId, orgId } of leaderTargets(check)) {
        const key = `l\u0000${memberId}\u0000${orgId}`;
        if (seen.has(key)) continue;
        seen.add(key);
        leaders.push({ memberId, orgId, from: 'HTXSNV', to: 'HTTNV' });
      }
      continue;
    }
    const target = check.subjects === 'members' ? members : organizations;
    for (const id of check.suggest ?? []) {
      const key = `${check.subjects}\u0000${id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      target.push({ id, from: 'HTXSNV', to: 'HTTNV' });
    }
  }
  return { members, organizations, leaders };
}

/**
 * A new review in which every corrected subject's `proposedLevel` is at most the level it moves to
 * (a proposal is a ceiling, so re-evaluating gives that level or lower and the quota checks pass).
 * A head's move lowers the `proposedLevel` of the person's `members[]` entry, the only proposal
 * review@1 has for a head, so that member's own rating follows. The input is never mutated;
 * unchanged entries are shared.
 *
 * @example
 * ```ts
 * import { applyCorrections, type ReviewFile } from 'xeploai';
 * declare const review: ReviewFile;
 * const fixed = applyCorrections(review, { members: [{ id: 'dv-0012', from: 'HTXSNV', to: 'HTTNV' }], organizations: [], leaders: [] });
 * ```
 */
export function applyCorrections(review: ReviewFile, corrections: Corrections): ReviewFile {
  const memberTo = new Map<string, Level>();
  const lower = (map: Map<string, Level>, id: string, to: Level) => {
    const prev = map.get(id);
    map.set(id, prev === undefined ? to : minLevel(prev, to));
  };
  for (const m of corrections.members) lower(memberTo, m.id, m.to);
  for (const l of corrections.leaders) lower(memberTo, l.memberId, l.to);
  const orgTo = new Map<string, Level>();
  for (const o of corrections.organizations) lower(orgTo, o.id, o.to);

  const cap = <T extends Member | Organization>(entry: T, to: Level | undefined): T => {
    if (to === undefined) return entry;
    const proposed = entry.proposedLevel === undefined ? to : minLevel(entry.proposedLevel, to);
    return proposed === entry.proposedLevel ? entry : { ...entry, proposedLevel: proposed };
  };
  return {
    ...review,
    members: memberTo.size === 0 ? review.members : review.members.map((m) => cap(m, memberTo.get(m.id))),
    organizations: orgTo.size === 0 ? review.organizations : review.organizations.map((o) => cap(o, orgTo.get(o.id))),
  };
}
