/**
 * The unit checks of a stream, by the same code as `evaluateReview` (`runChecks`): the results it
 * reads are given as an iterable over the per-organization counts, with the HTXSNV members (id,
 * score) of the failing pools only, which is all the quota check and the civil-service share use.
 *
 * @module
 */
import { runChecks } from '../check/index.js';
import { PoolResolver } from '../check/pools.js';
import { evaluateQuota } from '../check/quota.js';
import { quotaSettings, type CheckResults } from '../check/quotaChecks.js';
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

  *results(): Generator<LeaderResult> {
    const fly: { -readonly [K in keyof LeaderResult]: LeaderResult[K] } = { memberId: '', orgId: '', rated: true, level: 'HTTNV', findings: [] };
    for (const [orgId, counts] of this.#counts) {
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

/** The slots whose member pool fails the quota: only their HTXSNV members need an id. */
function failingSlots(table: OrganizationTable, ctx: EvaluationContext, ruleSet: Pick<RuleSet, 'checks'>, resolver: PoolResolver): Set<number> {
  const settings = quotaSettings(ctx.settings);
  const percent = Math.min(settings.percent, ruleSet.checks.quota.maxPercent);
  const pools = new Map<string, { x: number; t: number; slots: number[] }>();
  for (let slot = 0; slot < table.size; slot++) {
    const x = table.levelCount(slot, 'HTXSNV');
    const t = table.levelCount(slot, 'HTTNV');
    if (x === 0 && t === 0) continue;
    const pool = resolver.memberPool(table.idOf(slot), settings.scope);
    const key = `${pool.kind}\u0000${pool.id}`;
    const p = pools.get(key);
    if (p === undefined) pools.set(key, { x, t, slots: [slot] });
    else {
      p.x += x;
      p.t += t;
      p.slots.push(slot);
    }
  }
  const out = new Set<number>();
  for (const p of pools.values()) {
    if (p.x > 0 && evaluateQuota({ htxsnv: p.x, httnv: p.t, percent, base: settings.base, minimumOne: settings.minimumOne }).demote > 0) for (const s of p.slots) out.add(s);
  }
  return out;
}

function* memberResults(table: OrganizationTable, candidates: ReadonlyMap<number, readonly QuotaCandidate[]>): Generator<MemberResult> {
  const fly: { -readonly [K in keyof MemberResult]: MemberResult[K] } = { id: '', orgId: '', rated: true, level: 'HTTNV', findings: [] };
  for (let slot = 0; slot < table.size; slot++) {
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

/**
 * The unit checks of a stream, in `evaluateReview` order: `runChecks` over the aggregate results.
 *
 * @internal
 * @example
 * ```ts
 * // streamChecks(table, ctx, ruleSet, candidateSpool, organizationResults, leaderCounts)
 * ```
 */
export function streamChecks(
  table: OrganizationTable,
  ctx: EvaluationContext,
  ruleSet: Pick<RuleSet, 'checks' | 'settings'>,
  candidates: Spool<QuotaCandidate>,
  organizations: readonly OrganizationResult[],
  leaders: LeaderCounts,
): Check[] {
  const failing = failingSlots(table, ctx, ruleSet, new PoolResolver(ctx.organizationById));
  const named = new Map<number, QuotaCandidate[]>();
  if (failing.size > 0) {
    for (const c of candidates.read()) {
      if (!failing.has(c.slot)) continue;
      const list = named.get(c.slot);
      if (list === undefined) named.set(c.slot, [c]);
      else list.push(c);
    }
  }
  // runChecks only iterates these lists, once each; they are rebuilt on every iteration.
  const results: CheckResults = {
    members: { [Symbol.iterator]: () => memberResults(table, named) } as unknown as readonly MemberResult[],
    leaders: { [Symbol.iterator]: () => leaders.results() } as unknown as readonly LeaderResult[],
    organizations,
  };
  return runChecks(checksContext(ctx), results, ruleSet);
}
