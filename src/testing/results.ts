/**
 * Result entries built directly, without the engine: for tests of code that reads results
 * (reports, roll-ups, renderers, checks over a whole review). `rated` follows the level (a `null`
 * level is not rated); findings are empty unless `extra` gives some.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { OrganizationKind } from '../model/index.js';
import type { LeaderResult, MemberResult, OrganizationResult } from '../rules/types.js';

type Extra<T> = Partial<Omit<T, 'rated' | 'level'>>;

/**
 * A member's result at `level` (`null`: not rated).
 *
 * @example
 * ```ts
 * import { memberResult } from 'xeploai/testing';
 * const r = memberResult('dv-1', 'cb-1', 'HTTNV', { score: 82 });
 * r.rated; // true
 * r.findings; // []
 * ```
 */
export function memberResult(id: string, orgId: string, level: Level | null, extra: Extra<MemberResult> = {}): MemberResult {
  return { id, orgId, rated: level !== null, level, findings: [], ...extra };
}

/**
 * An organization's result at `level` (`null`: not rated).
 *
 * @example
 * ```ts
 * import { organizationResult } from 'xeploai/testing';
 * const r = organizationResult('huyen', 'cap-tren', null);
 * r.rated; // false
 * ```
 */
export function organizationResult(id: string, kind: OrganizationKind, level: Level | null, extra: Extra<OrganizationResult> = {}): OrganizationResult {
  return { id, kind, rated: level !== null, level, findings: [], ...extra };
}

/**
 * The result of the head (người đứng đầu) of `orgId` at `level` (`null`: not rated); pass
 * `{ head: false }` for a deputy rated under QĐ 366.
 *
 * @example
 * ```ts
 * import { leaderResult } from 'xeploai/testing';
 * const r = leaderResult('dv-7', 'xa', 'HTXSNV', { score: 95 });
 * r.head; // true
 * ```
 */
export function leaderResult(memberId: string, orgId: string, level: Level | null, extra: Extra<LeaderResult> = {}): LeaderResult {
  return { memberId, orgId, head: true, rated: level !== null, level, findings: [], ...extra };
}
