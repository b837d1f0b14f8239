/**
 * What a streaming evaluation keeps per organization instead of its members: counts of member
 * levels and CBCCVC ratings, discipline flags of its members and of its leadership collective,
 * and the violations committed there by members of other units. Kept in typed arrays by slot,
 * so a national tree costs a few bytes an organization.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { Organization } from '../model/types.js';
import { memorySpool, recordAt, type Spool } from './spool.js';

/**
 * Slot of each level in the per-organization counts; `NOT_RATED` last.
 *
 * @internal
 * @example
 * ```ts
 * LEVEL_SLOT.HTTNV; // 1
 * ```
 */
export const LEVEL_SLOT: Readonly<Record<Level, number>> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };
/**
 * The slot of the not-rated count, after the four levels (HTXSNV, HTTNV, HTNV, KHTNV).
 *
 * @internal
 * @example
 * ```ts
 * NOT_RATED; // 4
 * ```
 */
export const NOT_RATED = 4;
const LEVEL_WIDTH = 5;
/** CBCCVC counts per organization: HTXSNV, HTTNV, other levels. */
const CIVIL_WIDTH = 3;

/**
 * Discipline flags per organization, four sets of three bits: its members' cases and its
 * leadership collective (`OrganizationFacts.memberCases`, `.leadership`), then the same counted
 * at the unit of the violation (`OrganizationFacts.atViolationUnit`, shifted by `atViolationUnit`).
 * A member line's own flags (`MemberOutcome.flags`) are the first set and, shifted by
 * `leadership`, its flags without the violations at other units.
 *
 * @internal
 * @example
 * ```ts
 * (FLAG.any | FLAG.fromCanhCao) << FLAG.leadership; // 2560
 * ```
 */
export const FLAG = {
  any: 1,
  notSelfDetected: 2,
  fromCanhCao: 4,
  /** First bit of the optional case flags (`CASE_FLAGS`, in order: 8, 16, … 256). */
  cases: 3,
  /** Shift of the leadership bits. */
  leadership: 9,
  /** The bits of one set. */
  mask: 0x1ff,
} as const;

/**
 * A growable array of 32-bit unsigned integers (4 bytes an entry, not a JavaScript array's 8+).
 *
 * @internal
 * @example
 * ```ts
 * const list = new U32List();
 * list.push(7);
 * list.at(0); // 7
 * list.length; // 1
 * ```
 */
export class U32List {
  #data = new Uint32Array(1024);
  #length = 0;

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#data.length) {
      const bigger = new Uint32Array(this.#data.length * 2);
      bigger.set(this.#data);
      this.#data = bigger;
    }
    this.#data[this.#length++] = value;
  }

  at(index: number): number {
    return this.#data[index]!;
  }
}

/**
 * `array` itself when it holds `size` entries, else a copy doubled in length until it does.
 *
 * @internal
 * @example
 * ```ts
 * grow(new Uint8Array(4), 5, (n) => new Uint8Array(n)).length; // 8
 * ```
 */
export function grow<T extends Uint8Array | Uint16Array | Uint32Array>(array: T, size: number, make: (n: number) => T): T {
  if (array.length >= size) return array;
  let n = array.length;
  while (n < size) n *= 2;
  const bigger = make(n);
  bigger.set(array);
  return bigger;
}

/**
 * Organizations by slot: the entry (once its line is read), where it was, and the aggregates of
 * the members rated in it. A member may name an organization before its line: the slot is made
 * then and filled later.
 *
 * @internal
 * @example
 * ```ts
 * const table = new OrganizationTable();
 * const slot = table.slotOf('cb-1');
 * table.countLevel(slot, 'HTTNV');
 * table.levelCount(slot, 'HTTNV'); // 1
 * ```
 */
export class OrganizationTable {
  readonly #slots = new Map<string, number>();
  readonly #ids: string[] = [];
  /** Whether a slot's organization line was read (the entries themselves wait in the spool). */
  #defined = new Uint8Array(1024);
  /** The slot of each organization line, in input order (a repeated id repeats its slot). */
  readonly #order = new U32List();
  readonly #spool: Spool<{ readonly line: number; readonly org: Organization }>;
  #at: ((index: number) => { readonly line: number; readonly org: Organization }) | undefined;
  #levels = new Uint32Array(1024 * LEVEL_WIDTH);
  #civil = new Uint32Array(1024 * CIVIL_WIDTH);
  #flags = new Uint32Array(1024);
  #here = new Uint32Array(1024);
  /** Member disciplines committed at a slot's organization by members rated elsewhere. */
  readonly violationsAt = new Map<number, { readonly memberId: string; readonly memberIndex: number; readonly discipline: number; readonly severalUnits: boolean }[]>();

  /**
   * `spool` keeps the organization entries until the end (a national tree is about 100 MB of
   * objects that nothing needs while the members stream through).
   */
  constructor(spool: Spool<{ readonly line: number; readonly org: Organization }> = memorySpool()) {
    this.#spool = spool;
  }

  /** How many slots there are (organizations read or named). */
  get size(): number {
    return this.#ids.length;
  }

  /** The slot of an organization id, made if new. */
  slotOf(id: string): number {
    let slot = this.#slots.get(id);
    if (slot === undefined) {
      slot = this.#ids.length;
      this.#slots.set(id, slot);
      this.#ids.push(id);
      this.#defined = grow(this.#defined, slot + 1, (n) => new Uint8Array(n));
      this.#levels = grow(this.#levels, (slot + 1) * LEVEL_WIDTH, (n) => new Uint32Array(n));
      this.#civil = grow(this.#civil, (slot + 1) * CIVIL_WIDTH, (n) => new Uint32Array(n));
      this.#flags = grow(this.#flags, slot + 1, (n) => new Uint32Array(n));
      this.#here = grow(this.#here, slot + 1, (n) => new Uint32Array(n));
    }
    return slot;
  }

  /** The slot of an id, or `undefined` when no line named it. */
  findSlot(id: string): number | undefined {
    return this.#slots.get(id);
  }

  idOf(slot: number): string {
    return this.#ids[slot]!;
  }

  /** Whether the line of a slot's organization was read. */
  isDefined(slot: number): boolean {
    return this.#defined[slot] === 1;
  }

  /** Records an organization line (its entry goes to the spool). */
  define(org: Organization, line: number): number {
    const slot = this.slotOf(org.id);
    this.#defined[slot] = 1;
    this.#order.push(slot);
    this.#spool.push({ line, org });
    return slot;
  }

  /**
   * The organization entries in input order (duplicates included) and their lines, read back from
   * the spool (each call reads them again: the caller decides how long they are held).
   */
  entries(): { readonly organizations: readonly Organization[]; readonly lines: readonly number[] } {
    const organizations: Organization[] = [];
    const lines: number[] = [];
    for (const { line, org } of this.#spool.read()) {
      organizations.push(org);
      lines.push(line);
    }
    return { organizations, lines };
  }

  /** The ids of the organization lines in input order, repeated ids included (without reading the entries). */
  definedIds(): string[] {
    const ids: string[] = [];
    for (let i = 0; i < this.#order.length; i++) ids.push(this.idOf(this.#order.at(i)));
    return ids;
  }

  /** The organization entries in input order, read back one at a time. */
  *readEntries(): Generator<Organization> {
    for (const { org } of this.#spool.read()) yield org;
  }

  /** The `index`-th organization entry of the input (0-based), read back on its own. */
  entryAt(index: number): Organization {
    this.#at ??= recordAt(this.#spool);
    return this.#at(index).org;
  }

  countLevel(slot: number, level: Level | null): void {
    this.#levels[slot * LEVEL_WIDTH + (level === null ? NOT_RATED : LEVEL_SLOT[level])]!++;
  }

  levelCount(slot: number, level: Level | null): number {
    return this.#levels[slot * LEVEL_WIDTH + (level === null ? NOT_RATED : LEVEL_SLOT[level])]!;
  }

  countCivil(slot: number, level: Level): void {
    this.#civil[slot * CIVIL_WIDTH + (level === 'HTXSNV' ? 0 : level === 'HTTNV' ? 1 : 2)]!++;
  }

  /** CBCCVC counts of a slot: HTXSNV, HTTNV, other. */
  civilCounts(slot: number): [number, number, number] {
    const at = slot * CIVIL_WIDTH;
    return [this.#civil[at]!, this.#civil[at + 1]!, this.#civil[at + 2]!];
  }

  flag(slot: number, flags: number): void {
    this.#flags[slot]! |= flags;
  }

  /** Flags counted at the unit of each violation (`OrganizationFacts.atViolationUnit`), same layout as `flag`. */
  flagHere(slot: number, flags: number): void {
    this.#here[slot]! |= flags;
  }

  /** The flags set by `flagHere`. */
  flagsHere(slot: number): number {
    return this.#here[slot]!;
  }

  flags(slot: number): number {
    return this.#flags[slot]!;
  }
}
