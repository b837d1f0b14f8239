/**
 * Which quota pool each subject falls in (docs/guides/formats.md §1 "Where the level comes from").
 *
 * @module
 */
import type { Organization } from '../model/index.js';
import type { Lookup, Settings } from '../rules/types.js';

/**
 * Why a subject is not in the pool its setting names: `no-tccsd` — no đảng bộ cơ sở or chi bộ
 * cơ sở at or above its chi bộ, so it is pooled by its chi bộ; `no-group` — no organization at or
 * above its chi bộ has a `group`, so it is pooled by its TCCSĐ; `no-group-no-tccsd` — neither, so
 * by its chi bộ; `no-parent` — an organization (or the organization a head leads) with neither a
 * `group` nor a parent, pooled with the other top-level organizations (scope id `''`).
 *
 * @internal
 * @example
 * ```ts
 * const why: PoolFallback = 'no-tccsd';
 * ```
 */
export type PoolFallback = 'no-tccsd' | 'no-group' | 'no-group-no-tccsd' | 'no-parent';

/**
 * A quota pool: the scope of one check.
 *
 * @internal
 * @example
 * ```ts
 * const pool: Pool = { kind: 'tccsd', id: 'xa-an-binh' };
 * ```
 */
export interface Pool {
  readonly kind: 'tccsd' | 'chi-bo' | 'group' | 'parent';
  readonly id: string;
  readonly fallback?: PoolFallback;
}

/** The id of the pool of organizations that have neither a group nor a parent. @example `ROOT_POOL_ID // ''` */
export const ROOT_POOL_ID = '';

/**
 * Resolves pools over one organization tree, walking up each organization once (memoised per
 * organization, so pooling a national file costs one lookup per member).
 *
 * @internal
 * @example
 * ```ts
 * const orgs = new Map([
 *   ['xa', { id: 'xa', name: 'Đảng bộ xã', kind: 'dang-bo-co-so' as const }],
 *   ['thon-1', { id: 'thon-1', name: 'Chi bộ thôn 1', kind: 'chi-bo' as const, parentId: 'xa' }],
 * ]);
 * new PoolResolver(orgs).memberPool('thon-1', 'tccsd'); // { kind: 'tccsd', id: 'xa' }
 * ```
 */
export class PoolResolver {
  readonly #orgs: Lookup<Organization>;
  readonly #tccsd = new Map<string, string | null>();
  readonly #group = new Map<string, string | null>();
  readonly #memberPools: { readonly [S in Settings['quotaScope']]: Map<string, Pool> } = { tccsd: new Map(), 'chi-bo': new Map(), group: new Map() };

  constructor(organizationById: Lookup<Organization>) {
    this.#orgs = organizationById;
  }

  /** Walks up from `orgId` to the first organization `pick` answers for; memoised along the path. */
  #nearest(orgId: string, memo: Map<string, string | null>, pick: (org: Organization) => string | undefined): string | null {
    const path: string[] = [];
    let id: string | undefined = orgId;
    let found: string | null = null;
    // the guard stops a cycle in an unvalidated tree; parse rejects cycles
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const known = memo.get(id);
      if (known !== undefined) {
        found = known;
        break;
      }
      path.push(id);
      const org = this.#orgs.get(id);
      if (!org) break;
      const own = pick(org);
      if (own !== undefined) {
        found = own;
        break;
      }
      id = org.parentId;
    }
    for (const p of path) memo.set(p, found);
    return found;
  }

  /**
   * The member's TCCSĐ: the nearest organization at or above `orgId` of kind `dang-bo-co-so` or
   * `chi-bo-co-so`, or `undefined`.
   *
   * @example
   * ```ts
   * new PoolResolver(new Map()).tccsdOf('nowhere'); // undefined
   * ```
   */
  tccsdOf(orgId: string): string | undefined {
    const found = this.#nearest(orgId, this.#tccsd, (o) => (o.kind === 'dang-bo-co-so' || o.kind === 'chi-bo-co-so' ? o.id : undefined));
    return found ?? undefined;
  }

  /**
   * The `group` of the nearest organization at or above `orgId` that has one, or `undefined`.
   *
   * @example
   * ```ts
   * const orgs = new Map([['cb', { id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so' as const, group: 'truong-hoc' }]]);
   * new PoolResolver(orgs).groupOf('cb'); // 'truong-hoc'
   * ```
   */
  groupOf(orgId: string): string | undefined {
    return this.#nearest(orgId, this.#group, (o) => o.group) ?? undefined;
  }

  /**
   * The pool of a member rated in chi bộ `orgId` under `quotaScope`: `tccsd` (else the chi bộ,
   * `no-tccsd`), `chi-bo`, or `group` (else the TCCSĐ, `no-group`; else the chi bộ).
   *
   * @example
   * ```ts
   * new PoolResolver(new Map()).memberPool('cb-1', 'chi-bo'); // { kind: 'chi-bo', id: 'cb-1' }
   * ```
   */
  memberPool(orgId: string, scope: Settings['quotaScope']): Pool {
    const memo = this.#memberPools[scope];
    let pool = memo.get(orgId);
    if (pool === undefined) {
      pool = this.#resolveMemberPool(orgId, scope);
      memo.set(orgId, pool);
    }
    return pool;
  }

  #resolveMemberPool(orgId: string, scope: Settings['quotaScope']): Pool {
    if (scope === 'chi-bo') return { kind: 'chi-bo', id: orgId };
    if (scope === 'group') {
      const group = this.groupOf(orgId);
      if (group !== undefined) return { kind: 'group', id: group };
    }
    const tccsd = this.tccsdOf(orgId);
    if (scope === 'group') return tccsd !== undefined ? { kind: 'tccsd', id: tccsd, fallback: 'no-group' } : { kind: 'chi-bo', id: orgId, fallback: 'no-group-no-tccsd' };
    return tccsd !== undefined ? { kind: 'tccsd', id: tccsd } : { kind: 'chi-bo', id: orgId, fallback: 'no-tccsd' };
  }

  /**
   * The pool of an organization (or of the head of it): its own `group`, else its parent
   * (organizations under one superior), else the top-level pool `ROOT_POOL_ID`.
   *
   * @example
   * ```ts
   * const orgs = new Map([['cb', { id: 'cb', name: 'Chi bộ', kind: 'chi-bo' as const, parentId: 'xa' }]]);
   * new PoolResolver(orgs).organizationPool('cb'); // { kind: 'parent', id: 'xa' }
   * ```
   */
  organizationPool(orgId: string): Pool {
    const org = this.#orgs.get(orgId);
    if (org?.group !== undefined) return { kind: 'group', id: org.group };
    if (org?.parentId !== undefined) return { kind: 'parent', id: org.parentId };
    return { kind: 'parent', id: ROOT_POOL_ID, fallback: 'no-parent' };
  }
}

/**
 * One group of subjects per pool, found from the organization that decides a subject's pool (a
 * member's chi bộ, an organization, the unit led): the pool is resolved once per organization,
 * and the previous organization's group is at hand (files list a chi bộ's members together).
 * `orgs` lists the organizations that put subjects in the group, for a quota decision on a group.
 *
 * @internal
 * @example
 * ```ts
 * const groups = new PoolGroups((orgId) => ({ kind: 'chi-bo', id: orgId }), (pool) => ({ pool, n: 0, orgs: [] as string[] }));
 * groups.of('cb-1').n++;
 * groups.of('cb-1').n; // 1
 * ```
 */
export class PoolGroups<G extends { readonly orgs: string[] }> {
  readonly #byKey = new Map<string, G>();
  readonly #byOrg = new Map<string, G>();
  readonly #resolve: (orgId: string) => Pool;
  readonly #make: (pool: Pool) => G;
  #lastOrg: string | undefined;
  #lastGroup: G | undefined;

  constructor(resolve: (orgId: string) => Pool, make: (pool: Pool) => G) {
    this.#resolve = resolve;
    this.#make = make;
  }

  /** The group of the pool `orgId` decides. */
  of(orgId: string): G {
    let group = orgId === this.#lastOrg ? this.#lastGroup : this.#byOrg.get(orgId);
    if (group === undefined) {
      const pool = this.#resolve(orgId);
      const key = `${pool.kind}\u0000${pool.id}`;
      group = this.#byKey.get(key);
      if (group === undefined) {
        group = this.#make(pool);
        this.#byKey.set(key, group);
      }
      this.#byOrg.set(orgId, group);
      group.orgs.push(orgId);
    }
    this.#lastOrg = orgId;
    this.#lastGroup = group;
    return group;
  }

  /** The groups, in the order their pools were first met. */
  values(): IterableIterator<G> {
    return this.#byKey.values();
  }
}
