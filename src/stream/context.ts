/**
 * The evaluation context at the end of a stream, whose members were not kept: the same
 * `EvaluationContext` the in-memory engine gives, answered per id from the stream's tables —
 * `organizationFacts` from the per-organization aggregates, organizations and their results
 * from the tree's outlines and columns, violations at other units from the table.
 *
 * @module
 */
import type { Member, Organization } from '../model/types.js';
import { CASE_FLAGS, NO_DISCIPLINE, splitFlags, type DisciplineFlags, type OrganizationFacts } from '../rules/common/facts.js';
import type { EvaluationContext, LevelCounts, Lookup, OrganizationResult, ViolationElsewhere } from '../rules/types.js';
import { FLAG, type OrganizationTable } from './aggregates.js';
import { reviewHeaderOf } from '../evaluate/context.js';
import type { StreamHeader } from './parse.js';
import type { OrganizationTree } from './tree.js';

/** A lookup answered by a function (`has`, when given, answers without building the value). */
function lookup<V>(get: (id: string) => V | undefined, has: (id: string) => boolean = (id) => get(id) !== undefined): Lookup<V> {
  return { get, has };
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
): EvaluationContext {
  const organizationById = lookup<Organization>((id) => {
    const slot = tree.slot(id);
    return slot === undefined ? undefined : tree.outline(slot);
  });
  const organizationIndex = lookup<number>((id) => {
    const slot = tree.slot(id);
    return slot === undefined ? undefined : tree.indexOf(slot);
  });
  const childrenOf = lookup<readonly Organization[]>((id) => {
    const slot = tree.slot(id);
    return slot === undefined ? undefined : tree.children(slot);
  });
  const rated = (id: string): number | undefined => {
    const slot = tree.slot(id);
    return slot !== undefined && tree.hasResult(slot) ? slot : undefined;
  };
  const organizationResults = lookup<OrganizationResult>(
    (id) => {
      const slot = rated(id);
      return slot === undefined ? undefined : tree.resultView(slot, loadResult);
    },
    (id) => rated(id) !== undefined,
  );

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

  const violationsAt = new Map<string, ViolationElsewhere[]>();
  for (const [slot, list] of table.violationsAt) {
    violationsAt.set(
      table.idOf(slot),
      list.map((v) => ({ memberId: v.memberId, memberIndex: v.memberIndex, disciplineIndex: v.discipline, severalUnits: v.severalUnits })),
    );
  }
  return {
    header: reviewHeaderOf(header.review),
    settings: header.settings,
    year: header.review.year,
    period: header.review.period ?? { kind: 'year' as const },
    periodStart: bounds.start,
    periodEnd: bounds.end,
    reviewDate: bounds.reviewDate,
    organizationById,
    organizationIndex,
    childrenOf,
    violationsAt,
    organizationFacts,
    organizationResults,
  };
}
