/**
 * Quota decisions (`quotaDecisions`, docs/guides/formats.md §1): the competent level's decision allowing up to
 * 25 % for the collectives and individuals under one outstanding organization (366-QĐ/TW Điều 11,
 * khoản 1, tiểu mục 1.5, đoạn 2). Which decision, if any, a quota pool is computed at.
 *
 * @module
 */
import type { Organization, QuotaDecision } from '../model/index.js';
import type { Citation, Lookup, Message } from '../rules/types.js';
import { ROOT_POOL_ID, type Pool } from './pools.js';

/**
 * The text a quota check computed at a decided percent cites, besides the decision itself.
 *
 * @internal
 * @example
 * ```ts
 * QUOTA_DECISION_CITE.article; // 'Điều 11, khoản 1, tiểu mục 1.5, đoạn 2'
 * ```
 */
export const QUOTA_DECISION_CITE: Citation = { doc: '366-QĐ/TW', article: 'Điều 11, khoản 1, tiểu mục 1.5, đoạn 2' };

const NONE: readonly QuotaDecision[] = [];

/**
 * Finds the decision a quota pool is computed at: the nearest decision at or above the pool's
 * organization (a `tccsd`, `chi-bo` or `parent` pool: its scope id is that organization or one of
 * its descendants); for a `group` pool, the nearest decision at or above every organization its
 * subjects are pooled by. Walks up each organization once (memoised).
 *
 * @internal
 * @example
 * ```ts
 * const orgs = new Map([
 *   ['xa', { id: 'xa', name: 'Đảng bộ xã', kind: 'dang-bo-co-so' as const }],
 *   ['cb', { id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo' as const, parentId: 'xa' }],
 * ]);
 * const decisions = new QuotaDecisionResolver([{ orgId: 'xa', percent: 25, ref: 'QĐ 15-QĐ/ĐU' }], orgs);
 * decisions.forPool({ kind: 'parent', id: 'xa' }, ['cb'])?.percent; // 25
 * decisions.forPool({ kind: 'parent', id: '' }, ['xa']); // undefined
 * ```
 */
export class QuotaDecisionResolver {
  readonly #byOrg: ReadonlyMap<string, QuotaDecision>;
  readonly #orgs: Lookup<Organization>;
  readonly #chains = new Map<string, readonly QuotaDecision[]>();

  constructor(decisions: readonly QuotaDecision[] | undefined, organizationById: Lookup<Organization>) {
    this.#byOrg = new Map((decisions ?? []).map((d) => [d.orgId, d]));
    this.#orgs = organizationById;
  }

  /** Whether there is any decision (else every pool keeps the setting's percent). */
  get any(): boolean {
    return this.#byOrg.size > 0;
  }

  /** The decisions at or above `orgId`, nearest first. */
  #chain(orgId: string): readonly QuotaDecision[] {
    const known = this.#chains.get(orgId);
    if (known !== undefined) return known;
    const chain: QuotaDecision[] = [];
    let id: string | undefined = orgId;
    // the guard stops a cycle in an unvalidated tree; parse rejects cycles
    const seen = new Set<string>();
    while (id !== undefined && !seen.has(id)) {
      seen.add(id);
      const d = this.#byOrg.get(id);
      if (d !== undefined) chain.push(d);
      id = this.#orgs.get(id)?.parentId;
    }
    const result = chain.length === 0 ? NONE : chain;
    this.#chains.set(orgId, result);
    return result;
  }

  /**
   * The decision `pool` is computed at, or `undefined`; `subjectOrgIds` are the organizations its
   * subjects are pooled by (read for a `group` pool only).
   */
  forPool(pool: Pool, subjectOrgIds: Iterable<string>): QuotaDecision | undefined {
    if (this.#byOrg.size === 0) return undefined;
    if (pool.kind !== 'group') return pool.id === ROOT_POOL_ID && pool.kind === 'parent' ? undefined : this.#chain(pool.id)[0];
    let common: readonly QuotaDecision[] | undefined;
    for (const orgId of subjectOrgIds) {
      const chain = this.#chain(orgId);
      common = common === undefined ? chain : common.filter((d) => chain.includes(d));
      if (common.length === 0) return undefined;
    }
    return common?.[0];
  }
}

/**
 * The words a quota check computed at a decided percent starts with.
 *
 * @internal
 * @example
 * ```ts
 * decisionPrefix({ orgId: 'xa', percent: 25, ref: 'QĐ 15-QĐ/ĐU' }, new Map()).en;
 * // 'By decision QĐ 15-QĐ/ĐU: up to 25% for the collectives and individuals under xa. '
 * ```
 */
export function decisionPrefix(decision: QuotaDecision, organizationById: Lookup<Organization>): Message {
  const name = organizationById.get(decision.orgId)?.name;
  const org = name !== undefined && name !== decision.orgId ? `${name} (${decision.orgId})` : decision.orgId;
  return {
    vi: `Theo quyết định ${decision.ref}: tối đa ${decision.percent}% đối với tập thể, cá nhân thuộc ${org}. `,
    en: `By decision ${decision.ref}: up to ${decision.percent}% for the collectives and individuals under ${org}. `,
  };
}
