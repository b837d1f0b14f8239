/**
 * What the end of a stream keeps of its organizations: an outline of each (the fields that the
 * rules of other organizations, the heads' rules and the unit checks read), where it is in the
 * input, and its result reduced to a few typed columns. The entries themselves and the full
 * results wait in spools and are read back one at a time, so a national tree costs tens of bytes
 * an organization rather than the kilobyte of its entry and result.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { DraftHeader } from '../model/checks.js';
import { checkReviewSemantics } from '../review/checks.js';
import type { Discipline, Organization, OrganizationDisciplineForm, OrganizationKind, Tasks } from '../model/types.js';
import type { Finding, OrganizationResult } from '../rules/types.js';
import type { OrganizationTable } from './aggregates.js';
import type { StreamHeader } from './parse.js';

function notKept(field: string): Error {
  return new Error(`xeploai: ctx.organizationById keeps only id, name, kind, parentId, group, tasks and disciplines in a streaming evaluation, not ${field}; the organization being rated is given whole`);
}

/**
 * An organization as the context of a stream's end knows it: the fields read across the tree
 * (id, name, kind, parentId, group, tasks, disciplines). The others throw when read rather than
 * answer `undefined`: the organization being rated is passed to its rules whole.
 *
 * @internal
 * @example
 * ```ts
 * const o = new OrganizationOutline({ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', parentId: 'xa' }, 'cb');
 * o.parentId; // 'xa'
 * ```
 */
export class OrganizationOutline implements Organization {
  readonly id: string;
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly parentId?: string;
  readonly group?: string;
  readonly tasks?: Tasks;
  readonly disciplines?: readonly Discipline<OrganizationDisciplineForm>[];

  /** `id` is the same string as `org.id`, passed so that the table's copy is the one kept. */
  constructor(org: Organization, id: string) {
    this.id = id;
    this.name = org.name;
    this.kind = org.kind;
    if (org.parentId !== undefined) this.parentId = org.parentId;
    if (org.group !== undefined) this.group = org.group;
    if (org.tasks !== undefined) this.tasks = org.tasks;
    if (org.disciplines !== undefined) this.disciplines = org.disciplines;
  }

  get foundedOn(): never {
    throw notKept('foundedOn');
  }
  get criteria(): never {
    throw notKept('criteria');
  }
  get score(): never {
    throw notKept('score');
  }
  get shortcomings(): never {
    throw notKept('shortcomings');
  }
  get conclusions(): never {
    throw notKept('conclusions');
  }
  get sameLevelBodies(): never {
    throw notKept('sameLevelBodies');
  }
  get proposedLevel(): never {
    throw notKept('proposedLevel');
  }
  get history(): never {
    throw notKept('history');
  }
}

const LEVELS: readonly Level[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
const CODE: Readonly<Record<Level, number>> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };
/** `#level` of an organization not rated yet, and of one whose result has level `null`. */
const PENDING = -2;
const NULL_LEVEL = -1;

/**
 * The organizations of a valid stream by table slot: outlines (input order), children, input
 * positions, and the results as columns (rated, level, basis, score) plus where each full result
 * sits in its spool.
 *
 * @internal
 * @example
 * ```ts
 * declare const table: OrganizationTable;
 * declare const entries: readonly Organization[];
 * const tree = new OrganizationTree(table, entries);
 * tree.outlines.length === entries.length; // true
 * ```
 */
export class OrganizationTree {
  readonly #table: OrganizationTable;
  /** Outlines in input order. */
  readonly outlines: readonly OrganizationOutline[];
  readonly #bySlot: (OrganizationOutline | undefined)[];
  readonly #children: (OrganizationOutline[] | undefined)[];
  readonly #indexOfSlot: Int32Array;
  readonly #slotOfIndex: Int32Array;
  readonly #level: Int8Array;
  readonly #basis: Int8Array;
  readonly #rated: Uint8Array;
  readonly #score: Float64Array;
  readonly #spooled: Int32Array;

  /**
   * `entries`: the organization entries in input order (read once, not kept), ids unique and all
   * in `table`.
   */
  constructor(table: OrganizationTable, entries: Iterable<Organization>) {
    this.#table = table;
    const size = table.size;
    this.#bySlot = new Array<OrganizationOutline | undefined>(size).fill(undefined);
    this.#children = new Array<OrganizationOutline[] | undefined>(size).fill(undefined);
    this.#indexOfSlot = new Int32Array(size).fill(-1);
    const outlines: OrganizationOutline[] = [];
    for (const org of entries) {
      const slot = table.slotOf(org.id);
      const outline = new OrganizationOutline(org, table.idOf(slot));
      this.#bySlot[slot] = outline;
      this.#indexOfSlot[slot] = outlines.length;
      outlines.push(outline);
    }
    this.#slotOfIndex = new Int32Array(outlines.length);
    outlines.forEach((o, i) => (this.#slotOfIndex[i] = table.findSlot(o.id)!));
    for (const o of outlines) {
      if (o.parentId === undefined) continue;
      const parent = table.findSlot(o.parentId);
      if (parent === undefined) continue;
      const list = this.#children[parent];
      if (list === undefined) this.#children[parent] = [o];
      else list.push(o);
    }
    this.outlines = outlines;
    this.#level = new Int8Array(size).fill(PENDING);
    this.#basis = new Int8Array(size).fill(-1);
    this.#rated = new Uint8Array(size);
    this.#score = new Float64Array(size).fill(Number.NaN);
    this.#spooled = new Int32Array(size).fill(-1);
  }

  /** The slot of an organization id, when it is one of the tree's. */
  slot(id: string): number | undefined {
    const slot = this.#table.findSlot(id);
    return slot !== undefined && this.#indexOfSlot[slot]! >= 0 ? slot : undefined;
  }

  outline(slot: number): OrganizationOutline {
    return this.#bySlot[slot]!;
  }

  children(slot: number): readonly OrganizationOutline[] | undefined {
    return this.#children[slot];
  }

  /** Where the organization of a slot is in the input (0-based among organizations). */
  indexOf(slot: number): number {
    return this.#indexOfSlot[slot]!;
  }

  slotAt(index: number): number {
    return this.#slotOfIndex[index]!;
  }

  /** Keeps what others read of a result, and `spooled`, its place in the results' spool. */
  setResult(slot: number, result: OrganizationResult, spooled: number): void {
    this.#level[slot] = result.level === null ? NULL_LEVEL : CODE[result.level];
    this.#rated[slot] = result.rated ? 1 : 0;
    if (result.basis !== undefined) this.#basis[slot] = CODE[result.basis];
    if (result.score !== undefined) this.#score[slot] = result.score;
    this.#spooled[slot] = spooled;
  }

  /** Whether the organization of a slot is rated yet. */
  hasResult(slot: number): boolean {
    return this.#level[slot] !== PENDING;
  }

  level(slot: number): Level | null {
    const code = this.#level[slot]!;
    return code >= 0 ? LEVELS[code]! : null;
  }

  rated(slot: number): boolean {
    return this.#rated[slot] === 1;
  }

  score(slot: number): number | undefined {
    const s = this.#score[slot]!;
    return Number.isNaN(s) ? undefined : s;
  }

  /** The place of a slot's full result in the results' spool. */
  spooled(slot: number): number {
    return this.#spooled[slot]!;
  }

  /**
   * A result as the rules of others read it: from the columns, the findings read back from the
   * spool only if asked for.
   */
  resultView(slot: number, load: (spooled: number) => OrganizationResult): OrganizationResult {
    const basis = this.#basis[slot]!;
    const score = this.score(slot);
    const spooled = this.#spooled[slot]!;
    return {
      id: this.#bySlot[slot]!.id,
      kind: this.#bySlot[slot]!.kind,
      rated: this.rated(slot),
      level: this.level(slot),
      ...(basis >= 0 ? { basis: LEVELS[basis]! } : {}),
      ...(score !== undefined ? { score } : {}),
      get findings(): readonly Finding[] {
        return load(spooled).findings;
      },
    };
  }
}

/** Organization entries checked at once while a valid tree is read (see `readTree`). */
const TREE_CHECK_CHUNK = 4096;

/**
 * The organization tree of a stream, read from the table's spool one entry at a time, when the
 * checks across the organizations find nothing; else `undefined` (the caller then runs
 * `EntryChecker.organizations` on every entry at once, for the messages). The checks run here in
 * parts that together find a problem whenever that would: the entries in chunks (references,
 * dates, disciplines, history, criteria), then the ids and parents alone against every id
 * (repeated ids, unknown parents, cycles).
 *
 * @internal
 * @example
 * ```ts
 * declare const table: OrganizationTable;
 * declare const header: StreamHeader;
 * readTree(table, header)?.outlines.length;
 * ```
 */
export function readTree(table: OrganizationTable, header: StreamHeader): OrganizationTree | undefined {
  const { year, period, reviewDate } = header.review;
  const draftHeader: DraftHeader = { year, ...(period !== undefined ? { period } : {}), ...(reviewDate !== undefined ? { reviewDate } : {}), invalid: new Set() };
  const clean = (organizations: readonly Organization[], organizationIds: readonly string[]): boolean =>
    checkReviewSemantics({ header: draftHeader, organizations, members: [], organizationIds, memberIds: [] }, header.ruleSet).length === 0;
  // A chunk is checked against its own ids (first, in order: the cycle walk reads them as
  // positions in the chunk) and the other ids it names that are organizations of the file: a
  // reference is a problem exactly when it is not one of them, as against every id.
  const known = (id: string | undefined, into: Set<string>): void => {
    const slot = id === undefined ? undefined : table.findSlot(id);
    if (slot !== undefined && table.isDefined(slot)) into.add(id!);
  };
  let ok = true;
  function* checked(entries: Iterable<Organization>): Generator<Organization> {
    let chunk: Organization[] = [];
    let refs = new Set<string>();
    const check = (): void => {
      const own = chunk.map((o) => o.id);
      for (const id of own) refs.delete(id);
      ok &&= clean(chunk, [...own, ...refs]);
      chunk = [];
      refs = new Set();
    };
    for (const org of entries) {
      yield org;
      chunk.push(org);
      known(org.parentId, refs);
      if (org.disciplines !== undefined) for (const d of org.disciplines) known(d.orgIdAtViolation, refs);
      if (chunk.length === TREE_CHECK_CHUNK) check();
    }
    check();
  }
  const tree = new OrganizationTree(table, checked(table.readEntries()));
  if (!ok) return undefined;
  const skeletons = tree.outlines.map((o): Organization => ({ id: o.id, name: o.name, kind: o.kind, ...(o.parentId !== undefined ? { parentId: o.parentId } : {}) }));
  return clean(skeletons, table.definedIds()) ? tree : undefined;
}
