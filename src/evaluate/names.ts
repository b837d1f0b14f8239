/**
 * The review fields a result copies (docs/guides/formats.md §2): a member's `name`, an organization's `name`,
 * `parentId` and `type`, so that reports on result files alone keep names and the tree. Both
 * engines (`evaluateReview` and the stream) add them here, in the order FORMAT.md writes them.
 *
 * @module
 */
import type { Member, Organization } from '../model/index.js';
import type { MemberResult, OrganizationResult } from '../rules/types.js';

/**
 * A member's result with the member's `name` after its `id`.
 *
 * @internal
 * @example
 * ```ts
 * namedMemberResult({ id: 'dv-1', orgId: 'cb', rated: true, level: 'HTTNV', findings: [] }, { name: 'Lê Văn Bình' }).name; // 'Lê Văn Bình'
 * ```
 */
export function namedMemberResult(result: MemberResult, member: Pick<Member, 'name'>): MemberResult {
  const { id, ...rest } = result;
  return { id, name: member.name, ...rest };
}

/**
 * An organization's result with its `name` after the `id`, and its `parentId` and `type` (when
 * the review gives them) after the `kind`.
 *
 * @internal
 * @example
 * ```ts
 * const r = namedOrganizationResult({ id: 'xa', kind: 'dang-bo-co-so', rated: true, level: 'HTTNV', findings: [] },
 *   { name: 'Đảng bộ xã An Bình', parentId: 'huyen', type: 'xa' });
 * Object.keys(r).slice(0, 5); // ['id', 'name', 'kind', 'parentId', 'type']
 * ```
 */
export function namedOrganizationResult(result: OrganizationResult, org: Pick<Organization, 'name' | 'parentId' | 'type'>): OrganizationResult {
  const { id, kind, ...rest } = result;
  return {
    id,
    name: org.name,
    kind,
    ...(org.parentId !== undefined ? { parentId: org.parentId } : {}),
    ...(org.type !== undefined ? { type: org.type } : {}),
    ...rest,
  };
}
