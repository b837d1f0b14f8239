/**
 * What the unit checks read: the rated subjects (results, or tallies by organization), the
 * members' CBCCVC ratings, and the part of the context they need.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { CivilServiceRating } from '../model/index.js';
import type { EvaluationContext, LeaderResult, MemberResult, OrganizationResult } from '../rules/types.js';

/**
 * Rated subjects counted by organization rather than listed (what a stream keeps): the
 * organization that decides their pool (a member's chi bộ, the unit led, the organization
 * itself), the count of each final level, and the HTXSNV subjects by name — all of them, or at
 * least the first ones in `compareSuggestion` order that a pool over its quota moves (a quota
 * check suggests those, so the others need not be named).
 *
 * @internal
 * @example
 * ```ts
 * const t: LevelTally = { orgId: 'cb-1', counts: { HTXSNV: 1, HTTNV: 6, HTNV: 1, KHTNV: 0 }, htxsnv: [{ id: 'dv-3', orgId: 'cb-1', score: undefined }] };
 * ```
 */
export interface LevelTally {
  readonly orgId: string;
  readonly counts: Readonly<Record<Level, number>>;
  readonly htxsnv: readonly { readonly id: string; readonly orgId: string; readonly score: number | undefined }[];
  /** Of a members' tally: the CBCCVC ratings of the organization's members (rated as party members or not), for the civil-service-share check. */
  readonly civilService?: { readonly HTXSNV: number; readonly HTTNV: number; readonly other: number };
}

/**
 * A member's CBCCVC rating (civil-service-share check), by the member's organization.
 *
 * @internal
 * @example
 * ```ts
 * const e: CivilServiceEntry = { orgId: 'cb-1', level: 'HTTNV' };
 * ```
 */
export interface CivilServiceEntry {
  readonly orgId: string;
  readonly level: CivilServiceRating['level'];
}

/**
 * What the unit checks read: the rated subjects as results (a `ReviewResult` has them) and/or as
 * tallies by organization, and the members' CBCCVC ratings. Each check iterates each of them once.
 *
 * @internal
 * @example
 * ```ts
 * const results: CheckResults = { members: [], leaders: [], organizations: [] };
 * ```
 */
export interface CheckResults {
  readonly members: Iterable<MemberResult>;
  readonly leaders: Iterable<LeaderResult>;
  readonly organizations: Iterable<OrganizationResult>;
  /** Subjects counted rather than listed (each counted once: in a result or in a tally, not both). */
  readonly tallies?: {
    readonly members?: Iterable<LevelTally>;
    readonly organizations?: Iterable<LevelTally>;
    readonly heads?: Iterable<LevelTally>;
    readonly deputies?: Iterable<LevelTally>;
  };
  /** The members' CBCCVC ratings (`civilService` of the review's members), for the civil-service-share check. */
  readonly civilService?: Iterable<CivilServiceEntry>;
}

/**
 * What the unit checks read of the context: the year, the settings, the tree (pools) and the
 * review's `quotaDecisions`.
 *
 * @internal
 * @example
 * ```ts
 * import type { EvaluationContext } from 'xeploai';
 * declare const ctx: EvaluationContext;
 * const c: CheckContext = ctx;
 * ```
 */
export type CheckContext = Pick<EvaluationContext, 'year' | 'settings' | 'organizationById' | 'header'>;
