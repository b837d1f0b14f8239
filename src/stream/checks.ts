/**
 * The unit checks of a stream, by the same code as `evaluateReview` (`quotaChecks`,
 * `civilServiceShareChecks`, in `runChecks` order): the members, heads and organizations are
 * given as tallies by organization (`LevelTally`: counts of each level, and the HTXSNV subjects a
 * pool over its quota would move, by name), built from the per-organization counts and the
 * tree's result columns; and they are run pool by pool so that only one pool's checks are in
 * memory at a time.
 *
 * @module
 */
import { civilServiceShareChecks } from '../check/civilService.js';
import { QuotaDecisionResolver } from '../check/decisions.js';
import { PoolResolver, type Pool } from '../check/pools.js';
import { evaluateQuota } from '../check/quotaArithmetic.js';
import type { CheckResults, LevelTally } from '../check/inputs.js';
import { compareChecks, compareSuggestion, quotaChecks, quotaSettings } from '../check/quotaChecks.js';
import type { Level } from '../levels.js';
import type { Check, EvaluationContext, LeaderResult, RuleSet } from '../rules/types.js';
import { LEVEL_SLOT, type OrganizationTable } from './aggregates.js';
import type { Spool } from './spool.js';
import type { OrganizationTree } from './tree.js';

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
 * Leader results reduced to what the checks read: counts of levels by the slot of the unit
 * headed, and the HTXSNV heads themselves.
 *
 * @internal
 * @example
 * ```ts
 * declare const table: OrganizationTable;
 * const counts = new LeaderCounts(table);
 * counts.add({ memberId: 'dv-1', orgId: 'cb', head: true, rated: true, level: 'HTTNV', findings: [] });
 * ```
 */
export class LeaderCounts {
  readonly #table: OrganizationTable;
  readonly #counts: Uint32Array;
  readonly #htxsnv = new Map<number, LeaderResult[]>();

  /** Whether these are heads' posts (else deputies', QĐ 366). */
  readonly head: boolean;

  /** `table` has a slot for every organization a head may head (the input was read whole). */
  constructor(table: OrganizationTable, head = true) {
    this.#table = table;
    this.head = head;
    this.#counts = new Uint32Array(4 * table.size);
  }

  add(r: LeaderResult): void {
    if (!r.rated || r.level === null) return;
    const slot = this.#table.findSlot(r.orgId);
    if (slot === undefined || 4 * slot >= this.#counts.length) throw new Error(`xeploai: a head of ${JSON.stringify(r.orgId)}, which the stream did not name`);
    if (r.level === 'HTXSNV') {
      const list = this.#htxsnv.get(slot);
      const slim: LeaderResult = { memberId: r.memberId, orgId: r.orgId, head: r.head, rated: true, level: 'HTXSNV', findings: [], ...(r.score !== undefined ? { score: r.score } : {}) };
      if (list === undefined) this.#htxsnv.set(slot, [slim]);
      else list.push(slim);
    }
    this.#counts[4 * slot + LEVEL_SLOT[r.level]]! += 1;
  }

  /** The slots of the units headed by a rated head. */
  *units(): Generator<number> {
    const c = this.#counts;
    for (let slot = 0; 4 * slot < c.length; slot++) if (c[4 * slot]! + c[4 * slot + 1]! + c[4 * slot + 2]! + c[4 * slot + 3]! > 0) yield slot;
  }

  /** The rated leaders of some units (slots), as tallies: counts, and the HTXSNV ones by name. */
  *tallies(units: Iterable<number>): Generator<LevelTally> {
    const c = this.#counts;
    for (const slot of units) {
      const htxsnv = (this.#htxsnv.get(slot) ?? []).map((r) => ({ id: r.memberId, orgId: r.orgId, score: r.score }));
      yield { orgId: this.#table.idOf(slot), counts: { HTXSNV: c[4 * slot]!, HTTNV: c[4 * slot + 1]!, HTNV: c[4 * slot + 2]!, KHTNV: c[4 * slot + 3]! }, htxsnv };
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

/** An HTXSNV member as a quota's suggestions order them (`compareSuggestion`). */
interface Suggestion {
  readonly id: string;
  readonly orgId: string;
  readonly score: number | undefined;
  readonly slot: number;
}

const KINDS: readonly Pool['kind'][] = ['tccsd', 'chi-bo', 'group', 'parent'];
/** Organizations a pool resolver memoises before it is replaced (its memo is an entry per organization). */
const RESOLVER_BATCH = 4096;

/**
 * The member pools, in check order (`comparePools`), without an object per pool: the slots with
 * rated members ordered by pool, then slot; where each pool starts in that order; and for each
 * pool over the quota the `demote` HTXSNV members its check suggests, the first by
 * `compareSuggestion`, chosen while the candidates are read (never more than about twice as many
 * held at a time).
 */
interface MemberPools {
  readonly order: Int32Array;
  /** Pool `p` is `order[starts[p]]` to `order[starts[p + 1] - 1]`. */
  readonly starts: Int32Array;
  readonly chosen: ReadonlyMap<number, readonly Suggestion[]>;
}

function memberPools(
  table: OrganizationTable,
  ctx: EvaluationContext,
  candidates: Spool<QuotaCandidate>,
  scope: Parameters<PoolResolver['memberPool']>[1],
  quota: Omit<Parameters<typeof evaluateQuota>[0], 'htxsnv' | 'httnv'> & { readonly maxPercent: number },
): MemberPools {
  // A pool is its kind and id; an id that is an organization's is kept as its slot, others (groups) by number.
  const kind = new Uint8Array(table.size);
  const target = new Int32Array(table.size);
  const others: string[] = [];
  const otherIndex = new Map<string, number>();
  const withMembers: number[] = [];
  let resolver = new PoolResolver(ctx.organizationById);
  for (let slot = 0; slot < table.size; slot++) {
    const rated = table.levelCount(slot, 'HTXSNV') + table.levelCount(slot, 'HTTNV') + table.levelCount(slot, 'HTNV') + table.levelCount(slot, 'KHTNV');
    const [cx, ct, co] = table.civilCounts(slot);
    if (rated + cx + ct + co === 0) continue;
    if (withMembers.length % RESOLVER_BATCH === RESOLVER_BATCH - 1) resolver = new PoolResolver(ctx.organizationById);
    withMembers.push(slot);
    const pool = resolver.memberPool(table.idOf(slot), scope);
    kind[slot] = KINDS.indexOf(pool.kind);
    const at = pool.kind === 'group' ? undefined : table.findSlot(pool.id);
    if (at !== undefined) target[slot] = at;
    else {
      let i = otherIndex.get(pool.id);
      if (i === undefined) {
        i = others.length;
        others.push(pool.id);
        otherIndex.set(pool.id, i);
      }
      target[slot] = -1 - i;
    }
  }
  const idOf = (slot: number): string => {
    const t = target[slot]!;
    return t >= 0 ? table.idOf(t) : others[-1 - t]!;
  };
  const order = Int32Array.from(withMembers).sort((a, b) => {
    const ia = idOf(a);
    const ib = idOf(b);
    if (ia !== ib) return ia < ib ? -1 : 1;
    const ka = KINDS[kind[a]!]!;
    const kb = KINDS[kind[b]!]!;
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a - b;
  });
  // A pool under a quota decision is computed at the decided percent, as `quotaChecks` does.
  const decisions = new QuotaDecisionResolver(ctx.header.quotaDecisions, ctx.organizationById);
  const percentOf = (from: number, to: number): number => {
    if (!decisions.any) return quota.percent;
    const first = order[from]!;
    const orgIds = Array.from(order.subarray(from, to), (slot) => table.idOf(slot));
    const decision = decisions.forPool({ kind: KINDS[kind[first]!]!, id: idOf(first) }, orgIds);
    return decision === undefined ? quota.percent : Math.min(decision.percent, quota.maxPercent);
  };
  const starts: number[] = [];
  const failing = new Int32Array(table.size).fill(-1);
  const selections = new Map<number, { readonly demote: number; list: Suggestion[] }>();
  for (let i = 0; i < order.length; ) {
    const p = starts.length;
    starts.push(i);
    const first = order[i]!;
    let x = 0;
    let t = 0;
    let j = i;
    for (; j < order.length && target[order[j]!] === target[first] && kind[order[j]!] === kind[first]; j++) {
      x += table.levelCount(order[j]!, 'HTXSNV');
      t += table.levelCount(order[j]!, 'HTTNV');
    }
    const demote = x > 0 ? evaluateQuota({ percent: percentOf(i, j), base: quota.base, minimumOne: quota.minimumOne === true, htxsnv: x, httnv: t }).demote : 0;
    if (demote > 0) {
      selections.set(p, { demote, list: [] });
      for (let k = i; k < j; k++) failing[order[k]!] = p;
    }
    i = j;
  }
  starts.push(order.length);
  if (selections.size > 0) {
    for (const c of candidates.read()) {
      const p = failing[c.slot] ?? -1;
      if (p < 0) continue;
      const s = selections.get(p)!;
      s.list.push({ id: c.id, orgId: table.idOf(c.slot), score: c.score, slot: c.slot });
      if (s.list.length >= 2 * s.demote + 8) s.list = s.list.sort(compareSuggestion).slice(0, s.demote);
    }
  }
  const chosen = new Map<number, readonly Suggestion[]>();
  for (const [p, s] of selections) chosen.set(p, s.list.sort(compareSuggestion).slice(0, s.demote));
  return { order, starts: Int32Array.from(starts), chosen };
}

/**
 * The members of a pool as tallies, one per chi bộ: the counts of each level and of CBCCVC
 * ratings, and the HTXSNV members the pool's check suggests (`chosen`: none when the pool is
 * within its quota).
 */
function* memberTallies(table: OrganizationTable, items: Int32Array, chosen: readonly Suggestion[]): Generator<LevelTally> {
  const named = new Map<number, { id: string; orgId: string; score: number | undefined }[]>();
  for (const c of chosen) {
    const list = named.get(c.slot);
    const entry = { id: c.id, orgId: c.orgId, score: c.score };
    if (list === undefined) named.set(c.slot, [entry]);
    else list.push(entry);
  }
  for (const slot of items) {
    const [cx, ct, co] = table.civilCounts(slot);
    yield {
      orgId: table.idOf(slot),
      counts: { HTXSNV: table.levelCount(slot, 'HTXSNV'), HTTNV: table.levelCount(slot, 'HTTNV'), HTNV: table.levelCount(slot, 'HTNV'), KHTNV: table.levelCount(slot, 'KHTNV') },
      htxsnv: named.get(slot) ?? [],
      civilService: { HTXSNV: cx, HTTNV: ct, other: co },
    };
  }
}

/** The rated organizations of some slots as tallies of one, from the tree's columns (id, level, score: what the quota reads). */
function* organizationTallies(tree: OrganizationTree, slots: readonly number[]): Generator<LevelTally> {
  for (const slot of slots) {
    const id = tree.outline(slot).id;
    const level = tree.level(slot);
    if (level === null) continue;
    const counts = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
    counts[level] = 1;
    yield { orgId: id, counts, htxsnv: level === 'HTXSNV' ? [{ id, orgId: id, score: tree.score(slot) }] : [] };
  }
}

/**
 * Merges the open decisions (`decision-required` checks, gathered while rating) into checks that
 * come in `compareChecks` order, where `evaluateReview` puts them.
 *
 * @internal
 * @example
 * ```ts
 * // for (const check of withOpenDecisions(streamChecks(…), openChecks)) write(check);
 * ```
 */
export function* withOpenDecisions(checks: Iterable<Check>, open: readonly Check[]): Generator<Check> {
  const sortedOpen = [...open].sort(compareChecks);
  let k = 0;
  for (const c of checks) {
    while (k < sortedOpen.length && compareChecks(sortedOpen[k]!, c) < 0) yield sortedOpen[k++]!;
    yield c;
  }
  yield* sortedOpen.slice(k);
}

/**
 * The unit checks of a stream, yielded one pool at a time in `evaluateReview` order
 * (`compareChecks`), so that a national run never holds them all: `quotaChecks` and
 * `civilServiceShareChecks` run on each pool's subjects in turn, members from the aggregates,
 * organizations from the tree's result columns, heads from their counts.
 *
 * @internal
 * @example
 * ```ts
 * // for (const check of streamChecks(table, tree, ctx, ruleSet, candidateSpool, leaderCounts)) write(check);
 * ```
 */
export function* streamChecks(
  table: OrganizationTable,
  tree: OrganizationTree,
  ctx: EvaluationContext,
  ruleSet: Pick<RuleSet, 'checks' | 'settings'>,
  candidates: Spool<QuotaCandidate>,
  leaders: LeaderCounts,
  deputies?: LeaderCounts,
): Generator<Check> {
  // No resolver shared between calls: each memoises the organizations of its own pool only.
  const options = { settingsSpec: ruleSet.settings };
  const settings = quotaSettings(ctx.settings);
  const percent = Math.min(settings.percent, ruleSet.checks.quota.maxPercent);
  const none: readonly never[] = [];

  const { order, starts, chosen } = memberPools(table, ctx, candidates, settings.scope, { percent, base: settings.base, minimumOne: settings.minimumOne, maxPercent: ruleSet.checks.quota.maxPercent });
  for (let p = 0; p + 1 < starts.length; p++) {
    const items = order.subarray(starts[p]!, starts[p + 1]!);
    const suggested = chosen.get(p) ?? [];
    // the tallies of one pool's chi bộ: built once, read by both checks
    const results: CheckResults = { members: none, leaders: none, organizations: none, tallies: { members: [...memberTallies(table, items, suggested)] } };
    yield* quotaChecks(ctx, results, ruleSet.checks, options);
    yield* civilServiceShareChecks(ctx, results, ruleSet.checks, options);
  }

  const resolver = new PoolResolver(ctx.organizationById);
  const organizationPools = new Map<string, { pool: Pool; items: number[] }>();
  for (let i = 0; i < tree.outlines.length; i++) {
    const slot = tree.slotAt(i);
    if (tree.rated(slot) && tree.level(slot) !== null) group(organizationPools, resolver.organizationPool(tree.outline(slot).id), slot);
  }
  for (const { items } of sorted(organizationPools)) yield* quotaChecks(ctx, { members: none, leaders: none, organizations: none, tallies: { organizations: organizationTallies(tree, items) } }, ruleSet.checks, options);

  const leaderPools = new Map<string, { pool: Pool; items: number[] }>();
  for (const slot of leaders.units()) group(leaderPools, resolver.organizationPool(table.idOf(slot)), slot);
  for (const { items } of sorted(leaderPools)) yield* quotaChecks(ctx, { members: none, leaders: none, organizations: none, tallies: { heads: leaders.tallies(items) } }, ruleSet.checks, options);
  if (deputies === undefined) return;
  const deputyPools = new Map<string, { pool: Pool; items: number[] }>();
  for (const slot of deputies.units()) group(deputyPools, resolver.organizationPool(table.idOf(slot)), slot);
  for (const { items } of sorted(deputyPools)) yield* quotaChecks(ctx, { members: none, leaders: none, organizations: none, tallies: { deputies: deputies.tallies(items) } }, ruleSet.checks, options);
}
