/**
 * The unit checks of a stream, by the same code as `evaluateReview` (`quotaChecks`,
 * `civilServiceShareChecks`, in `runChecks` order): the results they read are given as iterables
 * over the per-organization counts, with the HTXSNV members (id, score) of the failing pools only,
 * which is all the quota check and the civil-service share use; and they are run pool by pool so
 * that only one pool's checks are in memory at a time.
 *
 * @module
 */
import { civilServiceShareChecks } from '../check/civilService.js';
import { PoolResolver, type Pool } from '../check/pools.js';
import { evaluateQuota } from '../check/quota.js';
import { quotaChecks, quotaSettings, type CheckResults } from '../check/quotaChecks.js';
import type { Level } from '../levels.js';
import type { Check, EvaluationContext, LeaderResult, MemberResult, OrganizationResult, RuleSet } from '../rules/types.js';
import { LEVEL_SLOT, type OrganizationTable } from './aggregates.js';
import { checksContext, CIVIL_KEYS } from './context.js';
import type { Spool } from './spool.js';

/**
 * An HTXSNV member set aside for the quota's suggestions: id, the slot of the chi bộ, the score.
 *
 * @internal
 * @example
 * ```ts
 * const c: QuotaCandidate = { id: 'dv-12', slot: 3 };
 * ```
 */
export interface QuotaCandidate {
  readonly id: string;
  readonly slot: number;
  readonly score?: number;
}

const LEVELS: readonly Level[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

/**
 * Leader results reduced to what the checks read: counts of levels by the unit headed, and the
 * HTXSNV heads themselves.
 *
 * @internal
 * @example
 * ```ts
 * const counts = new LeaderCounts();
 * counts.add({ memberId: 'dv-1', orgId: 'cb', rated: true, level: 'HTTNV', findings: [] });
 * ```
 */
export class LeaderCounts {
  readonly #counts = new Map<string, [number, number, number, number]>();
  readonly #htxsnv = new Map<string, LeaderResult[]>();

  add(r: LeaderResult): void {
    if (!r.rated || r.level === null) return;
    if (r.level === 'HTXSNV') {
      const list = this.#htxsnv.get(r.orgId);
      const slim: LeaderResult = { memberId: r.memberId, orgId: r.orgId, rated: true, level: 'HTXSNV', findings: [], ...(r.score !== undefined ? { score: r.score } : {}) };
      if (list === undefined) this.#htxsnv.set(r.orgId, [slim]);
      else list.push(slim);
    }
    let c = this.#counts.get(r.orgId);
    if (c === undefined) {
      c = [0, 0, 0, 0];
      this.#counts.set(r.orgId, c);
    }
    c[LEVEL_SLOT[r.level]]! += 1;
  }

  /** The units headed by a rated head. */
  units(): IterableIterator<string> {
    return this.#counts.keys();
  }

  /** The rated heads of some units: the HTXSNV ones by name, the others as counts. */
  *results(units: Iterable<string>): Generator<LeaderResult> {
    const fly: { -readonly [K in keyof LeaderResult]: LeaderResult[K] } = { memberId: '', orgId: '', rated: true, level: 'HTTNV', findings: [] };
    for (const orgId of units) {
      const counts = this.#counts.get(orgId);
      if (counts === undefined) continue;
      yield* this.#htxsnv.get(orgId) ?? [];
      fly.orgId = orgId;
      for (const level of LEVELS) {
        if (level === 'HTXSNV') continue;
        fly.level = level;
        for (let i = counts[LEVEL_SLOT[level]]!; i > 0; i--) yield fly;
      }
    }
  }
}

/** Orders pools as `compareChecks` orders their checks: by scope id, then kind (UTF-16 order). */
function comparePools(a: Pool, b: Pool): number {
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return 0;
}

function group<T>(pools: Map<string, { pool: Pool; items: T[] }>, pool: Pool, item: T): void {
  const key = `${pool.kind}\u0000${pool.id}`;
  const p = pools.get(key);
  if (p === undefined) pools.set(key, { pool, items: [item] });
  else p.items.push(item);
}

function sorted<T>(pools: Map<string, { pool: Pool; items: T[] }>): { pool: Pool; items: T[] }[] {
  return [...pools.values()].sort((a, b) => comparePools(a.pool, b.pool));
}

function* memberResults(table: OrganizationTable, slots: readonly number[], candidates: ReadonlyMap<number, readonly QuotaCandidate[]>): Generator<MemberResult> {
  const fly: { -readonly [K in keyof MemberResult]: MemberResult[K] } = { id: '', orgId: '', rated: true, level: 'HTTNV', findings: [] };
  for (const slot of slots) {
    const orgId = table.idOf(slot);
    fly.orgId = orgId;
    fly.rated = true;
    fly.id = '';
    const named = candidates.get(slot);
    if (named !== undefined) {
      for (const c of named) yield { id: c.id, orgId, rated: true, level: 'HTXSNV', findings: [], ...(c.score !== undefined ? { score: c.score } : {}) };
    }
    for (const level of LEVELS) {
      if (level === 'HTXSNV' && named !== undefined) continue;
      fly.level = level;
      for (let i = table.levelCount(slot, level); i > 0; i--) yield fly;
    }
    // CBCCVC ratings, counted apart from the party levels (the share check sums them apart).
    const [cx, ct, co] = table.civilCounts(slot);
    fly.rated = false;
    fly.level = null;
    for (const [key, n] of [[CIVIL_KEYS.HTXSNV, cx], [CIVIL_KEYS.HTTNV, ct], [CIVIL_KEYS.HTNV, co]] as const) {
      fly.id = key;
      for (let i = n; i > 0; i--) yield fly;
    }
  }
}

function iterable<T>(make: () => Iterator<T>): readonly T[] {
  // The checks only iterate their lists (for…of), once per call.
  return { [Symbol.iterator]: make } as unknown as readonly T[];
}

/**
 * The unit checks of a stream, yielded one pool at a time in `evaluateReview` order
 * (`compareChecks`), so that a national run never holds them all: `quotaChecks` and
 * `civilServiceShareChecks` run on each pool's subjects in turn, members from the aggregates
 * (HTXSNV members named only where the pool fails the quota and the suggestions need them).
 *
 * @internal
 * @example
 * ```ts
 * // for (const check of streamChecks(table, ctx, ruleSet, candidateSpool, organizationResults, leaderCounts)) write(check);
 * ```
 */
export function* streamChecks(
  table: OrganizationTable,
  ctx: EvaluationContext,
  ruleSet: Pick<RuleSet, 'checks' | 'settings'>,
  candidates: Spool<QuotaCandidate>,
  organizations: readonly OrganizationResult[],
  leaders: LeaderCounts,
): Generator<Check> {
  const resolver = new PoolResolver(ctx.organizationById);
  const options = { settingsSpec: ruleSet.settings, resolver };
  const settings = quotaSettings(ctx.settings);
  const percent = Math.min(settings.percent, ruleSet.checks.quota.maxPercent);
  const civilCtx = checksContext(ctx);
  const none: readonly never[] = [];

  const memberPools = new Map<string, { pool: Pool; items: number[] }>();
  for (let slot = 0; slot < table.size; slot++) {
    const rated = table.levelCount(slot, 'HTXSNV') + table.levelCount(slot, 'HTTNV') + table.levelCount(slot, 'HTNV') + table.levelCount(slot, 'KHTNV');
    const [cx, ct, co] = table.civilCounts(slot);
    if (rated + cx + ct + co > 0) group(memberPools, resolver.memberPool(table.idOf(slot), settings.scope), slot);
  }
  // Only a pool over the quota needs its HTXSNV members by name (for `suggest`).
  const failing = new Set<number>();
  for (const { items } of memberPools.values()) {
    let x = 0;
    let t = 0;
    for (const slot of items) {
      x += table.levelCount(slot, 'HTXSNV');
      t += table.levelCount(slot, 'HTTNV');
    }
    if (x > 0 && evaluateQuota({ htxsnv: x, httnv: t, percent, base: settings.base, minimumOne: settings.minimumOne }).demote > 0) for (const s of items) failing.add(s);
  }
  const named = new Map<number, QuotaCandidate[]>();
  if (failing.size > 0) {
    for (const c of candidates.read()) {
      if (!failing.has(c.slot)) continue;
      const list = named.get(c.slot);
      if (list === undefined) named.set(c.slot, [c]);
      else list.push(c);
    }
  }
  for (const { items } of sorted(memberPools)) {
    const results: CheckResults = { members: iterable(() => memberResults(table, items, named)), leaders: none, organizations: none };
    yield* quotaChecks(ctx, results, ruleSet.checks, options);
    yield* civilServiceShareChecks(civilCtx, results, ruleSet.checks, options);
  }

  const organizationPools = new Map<string, { pool: Pool; items: OrganizationResult[] }>();
  for (const r of organizations) if (r.rated && r.level !== null) group(organizationPools, resolver.organizationPool(r.id), r);
  for (const { items } of sorted(organizationPools)) yield* quotaChecks(ctx, { members: none, leaders: none, organizations: items }, ruleSet.checks, options);

  const leaderPools = new Map<string, { pool: Pool; items: string[] }>();
  for (const orgId of leaders.units()) group(leaderPools, resolver.organizationPool(orgId), orgId);
  for (const { items } of sorted(leaderPools)) yield* quotaChecks(ctx, { members: none, leaders: iterable(() => leaders.results(items)), organizations: none }, ruleSet.checks, options);
}
