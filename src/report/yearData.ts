/**
 * Inputs gathered by year: the results of one year (several communes' results make one forest)
 * with the organizations' names and tree from their reviews, checked for conflicts.
 *
 * @module
 */
import { XeploaiError, type InputIssue } from '../errors.js';
import type { Member, OrganizationKind, OrganizationType } from '../model/index.js';
import type { MemberResult, OrganizationResult } from '../rules/types.js';
import type { RatedResult, ReviewTree, RollUpInput } from './types.js';

/** The TCCSĐ kinds: đảng bộ cơ sở and chi bộ cơ sở. @example `TCCSD_KINDS.includes('chi-bo') // false` */
export const TCCSD_KINDS: readonly OrganizationKind[] = ['dang-bo-co-so', 'chi-bo-co-so'];

/**
 * Whether an organization kind is a TCCSĐ (tổ chức cơ sở đảng): `dang-bo-co-so` or `chi-bo-co-so`.
 *
 * @example
 * ```ts
 * import { isTccsdKind } from 'xeploai/report';
 * isTccsdKind('chi-bo-co-so'); // true
 * isTccsdKind('chi-bo'); // false — chi bộ trực thuộc
 * ```
 */
export function isTccsdKind(kind: string): boolean {
  return kind === 'dang-bo-co-so' || kind === 'chi-bo-co-so';
}

/** One organization of a year: its result and its name, parent, type and group (from the review, else from the result). @example `const o: OrgEntry = { id: 'cb', name: 'cb', kind: 'chi-bo-co-so', result: { id: 'cb', kind: 'chi-bo-co-so', rated: true, level: 'HTTNV', findings: [] } };` */
export interface OrgEntry {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly parentId?: string;
  readonly type?: OrganizationType;
  readonly group?: string;
  readonly result: OrganizationResult;
}

/** One member of a year: the result and, when a review with members was given, the review entry. @example `const m: MemberEntry = { result: { id: 'dv-1', orgId: 'cb', rated: false, level: null, findings: [] } };` */
export interface MemberEntry {
  readonly result: MemberResult;
  readonly review?: Member;
}

/** Everything known about one year: organizations (merged by id), members, and the tree. @example `gatherYears([{ year: 2024, members: [], organizations: [] }])[0]?.tree // true` */
export interface YearData {
  readonly year: number;
  /** Every input of the year came with its review's organizations, or results that carry their names and tree (result@1 `name`, `parentId`). */
  readonly tree: boolean;
  /** Every input of the year came with its review's members (admission, discipline dates). */
  readonly reviewMembers: boolean;
  readonly organizations: readonly OrgEntry[];
  readonly members: readonly MemberEntry[];
  readonly orgById: ReadonlyMap<string, OrgEntry>;
  /** Children by parent id, in input order; roots (no parent, or a parent not in the data) under `''`. */
  readonly childrenOf: ReadonlyMap<string, readonly OrgEntry[]>;
  /** The parent each organization hangs under in `childrenOf` (roots have none). */
  readonly parentOf: ReadonlyMap<string, string>;
}

/**
 * Splits a roll-up input into its result and review.
 *
 * @example
 * ```ts
 * splitInput({ year: 2024, members: [], organizations: [] }).review; // undefined
 * ```
 */
export function splitInput(input: RollUpInput): { result: RatedResult; review: ReviewTree | undefined; prefix: string } {
  if ('result' in input && typeof input.result === 'object' && input.result !== null) {
    return { result: input.result, review: input.review, prefix: '.result' };
  }
  return { result: input as RatedResult, review: undefined, prefix: '' };
}

const ROOT = '';

/**
 * Groups inputs by year (oldest first) and merges the inputs of one year into one forest:
 * organizations with the same id are one organization (a shared superior appears in every
 * commune's file); a member id in two inputs of a year, or one organization rated differently
 * by two inputs, is an input error with the path of the later one.
 *
 * @example
 * ```ts
 * gatherYears([{ year: 2024, members: [], organizations: [] }])[0]?.year; // 2024
 * ```
 */
export function gatherYears(inputs: readonly RollUpInput[]): YearData[] {
  const issues: InputIssue[] = [];
  const byYear = new Map<number, { index: number; result: RatedResult; review: ReviewTree | undefined; prefix: string }[]>();
  inputs.forEach((input, index) => {
    const split = splitInput(input);
    const list = byYear.get(split.result.year) ?? [];
    list.push({ index, ...split });
    byYear.set(split.result.year, list);
  });
  const years: YearData[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const parts = byYear.get(year)!;
    const orgById = new Map<string, OrgEntry>();
    const order: string[] = [];
    const memberSeen = new Set<string>();
    const members: MemberEntry[] = [];
    for (const { index, result, review, prefix } of parts) {
      const defs = new Map(review?.organizations.map((o) => [o.id, o]));
      const reviewMembers = new Map(review?.members?.map((m) => [m.id, m]));
      result.organizations.forEach((o, i) => {
        const def = defs.get(o.id);
        const parentId = def !== undefined ? def.parentId : o.parentId;
        const type = def !== undefined ? def.type : o.type;
        const entry: OrgEntry = {
          id: o.id,
          name: def?.name ?? o.name ?? o.id,
          kind: o.kind,
          ...(parentId !== undefined ? { parentId } : {}),
          ...(type !== undefined ? { type } : {}),
          ...(def?.group !== undefined ? { group: def.group } : {}),
          result: o,
        };
        const earlier = orgById.get(o.id);
        if (earlier === undefined) {
          orgById.set(o.id, entry);
          order.push(o.id);
          return;
        }
        const path = `[${index}]${prefix}.organizations[${i}]`;
        if (earlier.kind !== o.kind) {
          issues.push({ path: `${path}.kind`, code: 'conflicting-entry', message: `expected kind ${JSON.stringify(earlier.kind)} as in an earlier result of ${year}, got ${JSON.stringify(o.kind)}` });
        } else if (o.rated && earlier.result.rated && o.level !== earlier.result.level) {
          issues.push({ path: `${path}.level`, code: 'conflicting-entry', message: `expected level ${String(earlier.result.level)} as in an earlier result of ${year}, got ${String(o.level)}` });
        } else if (o.rated && !earlier.result.rated) {
          // A shared superior left unrated in one file and rated in another: the rating counts.
          orgById.set(o.id, { ...earlier, result: o, ...(earlier.parentId === undefined && entry.parentId !== undefined ? { parentId: entry.parentId } : {}) });
        }
      });
      result.members.forEach((m, j) => {
        if (memberSeen.has(m.id)) {
          issues.push({ path: `[${index}]${prefix}.members[${j}].id`, code: 'duplicate-id', message: `expected each member once in the results of ${year}, got ${JSON.stringify(m.id)} again` });
          return;
        }
        memberSeen.add(m.id);
        const def = reviewMembers.get(m.id);
        members.push(def ? { result: m, review: def } : { result: m });
      });
    }
    const organizations = order.map((id) => orgById.get(id)!);
    const childrenOf = new Map<string, OrgEntry[]>();
    const parentOf = new Map<string, string>();
    const inCycle = cycleMembers(organizations, orgById);
    for (const o of organizations) {
      const parent = o.parentId !== undefined && orgById.has(o.parentId) && !inCycle.has(o.id) ? o.parentId : ROOT;
      if (parent !== ROOT) parentOf.set(o.id, parent);
      const list = childrenOf.get(parent) ?? [];
      list.push(o);
      childrenOf.set(parent, list);
    }
    years.push({
      year,
      tree: parts.every((p) => p.review !== undefined || p.result.organizations.every((o) => o.name !== undefined)),
      reviewMembers: parts.every((p) => p.review?.members !== undefined),
      organizations,
      members,
      orgById,
      childrenOf,
      parentOf,
    });
  }
  if (issues.length > 0) throw new XeploaiError(issues);
  return years;
}

/**
 * The organizations on a cycle of parents (reviews are checked for cycles; merged ones may not
 * be), in one pass: each chain is walked once, so a deep tree costs linear time.
 */
function cycleMembers(organizations: readonly OrgEntry[], orgById: ReadonlyMap<string, OrgEntry>): Set<string> {
  const state = new Map<string, 'walking' | 'done'>();
  const cycle = new Set<string>();
  for (const start of organizations) {
    const path: string[] = [];
    let at: OrgEntry | undefined = start;
    while (at !== undefined && !state.has(at.id)) {
      state.set(at.id, 'walking');
      path.push(at.id);
      at = at.parentId !== undefined ? orgById.get(at.parentId) : undefined;
    }
    if (at !== undefined && state.get(at.id) === 'walking') {
      // The walk came back to an organization of this path: from there on, the path is the cycle.
      for (let i = path.indexOf(at.id); i < path.length; i++) cycle.add(path[i]!);
    }
    for (const id of path) state.set(id, 'done');
  }
  return cycle;
}

/**
 * The roots of a year's forest, in input order.
 *
 * @example
 * ```ts
 * rootsOf(gatherYears([{ year: 2024, members: [], organizations: [] }])[0]!).length; // 0
 * ```
 */
export function rootsOf(data: YearData): readonly OrgEntry[] {
  return data.childrenOf.get(ROOT) ?? [];
}

/**
 * Organizations in tree order (depth first, children in input order) with their depth.
 *
 * @example
 * ```ts
 * treeOrder(gatherYears([{ year: 2024, members: [], organizations: [] }])[0]!); // []
 * ```
 */
export function treeOrder(data: YearData): { org: OrgEntry; depth: number }[] {
  const out: { org: OrgEntry; depth: number }[] = [];
  const stack = [...rootsOf(data)].reverse().map((org) => ({ org, depth: 0 }));
  while (stack.length > 0) {
    const top = stack.pop()!;
    out.push(top);
    const children = data.childrenOf.get(top.org.id) ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push({ org: children[i]!, depth: top.depth + 1 });
  }
  return out;
}

/**
 * The nearest TCCSĐ at or above each organization (by the tree), computed once top-down: a deep
 * tree costs linear time, not a walk to the root per member.
 *
 * @example
 * ```ts
 * // tccsdByOrg(data).get('cb-ap-binh-thanh')?.id === 'xa-an-binh'
 * ```
 */
export function tccsdByOrg(data: YearData): ReadonlyMap<string, OrgEntry | undefined> {
  const out = new Map<string, OrgEntry | undefined>();
  for (const { org } of treeOrder(data)) {
    const parent = data.parentOf.get(org.id);
    out.set(org.id, isTccsdKind(org.kind) ? org : parent !== undefined ? out.get(parent) : undefined);
  }
  return out;
}
