/**
 * An evaluation context rebuilt from per-organization aggregates, so that the rule sets' own
 * organization and leader pipelines (and the unit checks) run unchanged at the end of a stream
 * whose members were not kept: `organizationFacts` answers from the aggregates, organizations
 * and their results from the tree's outlines and columns, `memberResults` and `memberIndex` know
 * the head being rated. What would need every member (`membersOf`,
 * `leadershipOf`, `memberById`) throws if asked, rather than answering wrong: the rules read the
 * leadership collective through `organizationFacts`.
 *
 * @module
 */
import type { Discipline, Member, Organization } from '../model/types.js';
import { CASE_FLAGS, NO_DISCIPLINE, splitFlags, type DisciplineFlags, type OrganizationFacts } from '../rules/common/facts.js';
import type { EvaluationContext, LevelCounts, MemberResult, OrganizationResult } from '../rules/types.js';
import { FLAG, type OrganizationTable } from './aggregates.js';
import type { StreamHeader } from './parse.js';
import type { OrganizationTree } from './tree.js';

/**
 * A read-only map answered by a function; it cannot be iterated (a rule that walks a whole map
 * would need every member, which a stream does not keep), and says so if asked.
 *
 * @internal
 * @example
 * ```ts
 * new LookupMap((k) => (k === 'a' ? 1 : undefined)).get('a'); // 1
 * ```
 */
export class LookupMap<V> implements ReadonlyMap<string, V> {
  readonly #lookup: (key: string) => V | undefined;
  readonly #size: number | undefined;

  /** `size`, when given, is what `size` answers (e.g. a bound for a walk up the tree). */
  constructor(lookup: (key: string) => V | undefined, size?: number) {
    this.#lookup = lookup;
    this.#size = size;
  }

  get(key: string): V | undefined {
    return this.#lookup(key);
  }

  has(key: string): boolean {
    return this.#lookup(key) !== undefined;
  }

  get size(): number {
    if (this.#size === undefined) throw notIterable();
    return this.#size;
  }

  forEach(): void {
    throw notIterable();
  }

  entries(): MapIterator<[string, V]> {
    throw notIterable();
  }

  keys(): MapIterator<string> {
    throw notIterable();
  }

  values(): MapIterator<V> {
    throw notIterable();
  }

  [Symbol.iterator](): MapIterator<[string, V]> {
    throw notIterable();
  }
}

function notIterable(): Error {
  return new Error('xeploai: this context map is answered per key in a streaming evaluation and cannot be iterated');
}

/** The flags of three bits (see `FLAG`) as `DisciplineFlags`, one frozen object per value. */
const FLAGS_OF: (DisciplineFlags | undefined)[] = [];

function flagsOf(bits: number): DisciplineFlags {
  const known = FLAGS_OF[bits];
  if (known !== undefined) return known;
  let flags: DisciplineFlags = NO_DISCIPLINE;
  if (bits !== 0) {
    const out: { -readonly [K in keyof DisciplineFlags]: DisciplineFlags[K] } = { any: (bits & FLAG.any) !== 0, notSelfDetected: (bits & FLAG.notSelfDetected) !== 0, fromCanhCao: (bits & FLAG.fromCanhCao) !== 0 };
    CASE_FLAGS.forEach((k, i) => {
      if ((bits & (1 << (FLAG.cases + i))) !== 0) out[k] = true;
    });
    flags = Object.freeze(out);
  }
  FLAGS_OF[bits] = flags;
  return flags;
}

/**
 * The bits of `DisciplineFlags` (see `FLAG`).
 *
 * @internal
 * @example
 * ```ts
 * flagBits({ any: true, notSelfDetected: true, fromCanhCao: false }); // 3
 * ```
 */
export function flagBits(flags: DisciplineFlags): number {
  let bits = flags.any ? FLAG.any | (flags.notSelfDetected ? FLAG.notSelfDetected : 0) | (flags.fromCanhCao ? FLAG.fromCanhCao : 0) : 0;
  if (flags === NO_DISCIPLINE) return bits;
  CASE_FLAGS.forEach((k, i) => {
    if (flags[k] === true) bits |= 1 << (FLAG.cases + i);
  });
  return bits;
}

/**
 * A member line's discipline bits (see `FLAG`): all its flags, and shifted by `FLAG.leadership`
 * those of the violations at its own unit.
 *
 * @internal
 * @example
 * ```ts
 * const ctx = { periodStart: '2024-01-01', periodEnd: '2024-12-31', settings: {} };
 * memberFlagBits({ id: 'a', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', disciplines: [{ form: 'khien-trach', decidedOn: '2024-05-05', orgIdAtViolation: 'cu' }] }, ctx); // 11
 * ```
 */
export function memberFlagBits(member: Member, ctx: Pick<EvaluationContext, 'periodStart' | 'periodEnd' | 'settings'>): number {
  const [all, own] = splitFlags(member, ctx);
  return flagBits(all) | (flagBits(own) << FLAG.leadership);
}

const NOTHING: OrganizationFacts = Object.freeze({
  members: Object.freeze({ rated: 0, notRated: 0, HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 }),
  memberCases: NO_DISCIPLINE,
  leadership: NO_DISCIPLINE,
  atViolationUnit: Object.freeze({ memberCases: NO_DISCIPLINE, leadership: NO_DISCIPLINE }),
});

function standIn(id: string, disciplines?: readonly Discipline<'khien-trach' | 'canh-cao'>[]): Member {
  return { id, name: id, orgId: '', status: 'chinh-thuc', admittedOn: '1930-01-01', ...(disciplines !== undefined ? { disciplines } : {}) };
}

/**
 * The aggregate context plus what the leader pass sets per head: the head's member result and
 * ordinal (the only member results and indexes leaders read).
 *
 * @internal
 * @example
 * ```ts
 * declare const ctx: AggregateContext;
 * ctx.setHead('dv-7', 6, { id: 'dv-7', orgId: 'cb', rated: true, level: 'HTTNV', findings: [] });
 * ```
 */
export interface AggregateContext extends EvaluationContext {
  setHead(memberId: string, index: number, result: MemberResult): void;
}

/**
 * Builds the context of the end of a stream from the header, the organization table (its
 * aggregates) and tree (outlines and results so far; `loadResult` reads a full result back from
 * its spool, for a rule that asks for the findings of another organization). Organizations are
 * answered per id: `organizationById` gives outlines, `organizationResults` the results already
 * set in the tree.
 *
 * @internal
 * @example
 * ```ts
 * declare const header: StreamHeader;
 * declare const table: OrganizationTable;
 * declare const tree: OrganizationTree;
 * declare const loadResult: (spooled: number) => OrganizationResult;
 * const ctx = aggregateContext(header, table, tree, { start: '2024-01-01', end: '2024-12-31', reviewDate: '2024-12-15' }, loadResult);
 * ```
 */
export function aggregateContext(
  header: StreamHeader,
  table: OrganizationTable,
  tree: OrganizationTree,
  bounds: { start: string; end: string; reviewDate: string },
  loadResult: (spooled: number) => OrganizationResult,
): AggregateContext {
  const count = tree.outlines.length;
  const organizationById = new LookupMap<Organization>((id) => {
    const slot = tree.slot(id);
    return slot === undefined ? undefined : tree.outline(slot);
  }, count);
  const organizationIndex = new LookupMap<number>((id) => {
    const slot = tree.slot(id);
    return slot === undefined ? undefined : tree.indexOf(slot);
  }, count);
  const childrenOf = new LookupMap<readonly Organization[]>((id) => {
    const slot = tree.slot(id);
    return slot === undefined ? undefined : tree.children(slot);
  });
  const organizationResults = new LookupMap<OrganizationResult>((id) => {
    const slot = tree.slot(id);
    return slot === undefined || !tree.hasResult(slot) ? undefined : tree.resultView(slot, loadResult);
  });

  const organizationFacts = (orgId: string): OrganizationFacts => {
    const slot = table.findSlot(orgId);
    if (slot === undefined) return NOTHING;
    const bits = table.flags(slot);
    const members: LevelCounts = { rated: 0, notRated: table.levelCount(slot, null), HTXSNV: table.levelCount(slot, 'HTXSNV'), HTTNV: table.levelCount(slot, 'HTTNV'), HTNV: table.levelCount(slot, 'HTNV'), KHTNV: table.levelCount(slot, 'KHTNV') };
    members.rated = members.HTXSNV + members.HTTNV + members.HTNV + members.KHTNV;
    const here = table.flagsHere(slot);
    return {
      members,
      memberCases: flagsOf(bits & FLAG.mask),
      leadership: flagsOf((bits >>> FLAG.leadership) & FLAG.mask),
      atViolationUnit: { memberCases: flagsOf(here & FLAG.mask), leadership: flagsOf((here >>> FLAG.leadership) & FLAG.mask) },
    };
  };

  const unavailable = (name: string) => new LookupMap<never>(() => {
    throw new Error(`xeploai: ctx.${name} is not available in a streaming evaluation (members are not kept); read ctx.organizationFacts`);
  });

  const violators = new Map<string, number>();
  const violationsAt = new Map<string, { member: Member; index: number; severalUnits: boolean }[]>();
  for (const [slot, list] of table.violationsAt) {
    violationsAt.set(
      table.idOf(slot),
      list.map((v) => {
        violators.set(v.memberId, v.memberIndex);
        return { member: standIn(v.memberId), index: v.discipline, severalUnits: v.severalUnits };
      }),
    );
  }
  let head: { id: string; index: number; result: MemberResult } | undefined;
  const memberResults = new LookupMap<MemberResult>((id) => (head !== undefined && head.id === id ? head.result : undefined));
  const memberIndex = new LookupMap<number>((id) => (head !== undefined && head.id === id ? head.index : violators.get(id)));
  const period = header.review.period ?? { kind: 'year' as const };
  const ctx: AggregateContext = {
    review: { ...header.review, organizations: tree.outlines, members: [] },
    settings: header.settings,
    year: header.review.year,
    period,
    periodStart: bounds.start,
    periodEnd: bounds.end,
    reviewDate: bounds.reviewDate,
    organizationById,
    organizationIndex,
    memberIndex,
    memberById: unavailable('memberById'),
    childrenOf,
    membersOf: unavailable('membersOf'),
    leadershipOf: unavailable('leadershipOf'),
    violationsAt,
    memberResults,
    organizationFacts,
    organizationResults,
    setHead(memberId, index, result) {
      head = { id: memberId, index, result };
    },
  };
  return ctx;
}

/**
 * A context for the unit checks of a stream: `memberById` answers the CBCCVC stand-ins of
 * `streamCheckResults`, nothing else.
 *
 * @internal
 * @example
 * ```ts
 * declare const ctx: EvaluationContext;
 * checksContext(ctx).memberById.get('\u0000civil:HTXSNV')?.civilService?.level; // 'HTXSNV'
 * ```
 */
export function checksContext(ctx: EvaluationContext): EvaluationContext {
  const civil = new Map<string, Member>((['HTXSNV', 'HTTNV', 'HTNV'] as const).map((l) => [CIVIL_KEYS[l], { ...standIn(CIVIL_KEYS[l]), civilService: { level: l } }]));
  return { ...ctx, memberById: new LookupMap<Member>((id) => civil.get(id)) };
}

/**
 * Ids of the CBCCVC stand-ins: HTXSNV, HTTNV and any other level (counted alike).
 *
 * @internal
 * @example
 * ```ts
 * CIVIL_KEYS.HTXSNV; // '\u0000civil:HTXSNV'
 * ```
 */
export const CIVIL_KEYS = { HTXSNV: '\u0000civil:HTXSNV', HTTNV: '\u0000civil:HTTNV', HTNV: '\u0000civil:other' } as const;
