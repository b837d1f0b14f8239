/**
 * The outcomes of a batch of entry lines, packed for the trip from a worker thread to the thread
 * that folds them in order: typed arrays for what every member line gives (line, ordinal, id
 * fingerprint, organization, flags, level), a sparse list for what few members have (posts,
 * violations, problems, a head's record, an HTXSNV candidate's id and score), and the rendered
 * member results as one text. Cloning a few arrays and one string between threads costs a
 * fraction of cloning thousands of small objects, and the folding side allocates almost nothing —
 * at 5.6 M members the folding thread is otherwise the bottleneck of the parallel run.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { Check } from '../rules/types.js';
import { grow } from './aggregates.js';
import type { LineOutcome, MemberOutcome } from './entries.js';

/** Level codes in `state` and `civil`: the four levels, then "no level". */
const LEVEL_CODES: readonly (Level | null)[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', null];
const LEVEL_MASK = 0x07;
/** `state` bit: the member was rated. */
const RATED = 0x08;
/** `state` bit: the member's result is rendered in the batch's `text`. */
const RENDERED = 0x10;
/** `civil` value of a member without a CBCCVC rating. */
const NO_CIVIL = 0xff;

function levelCode(level: Level | null): number {
  return level === null ? 4 : LEVEL_CODES.indexOf(level);
}

/**
 * What only some member lines carry, with the member's place in the batch.
 *
 * @internal
 * @example
 * ```ts
 * const extra: PackedExtra = { at: 0, id: 'dv-1', score: undefined, posts: ['cb'], violations: undefined, issues: undefined, head: undefined };
 * ```
 */
export interface PackedExtra {
  readonly at: number;
  readonly id: string;
  readonly score: number | undefined;
  readonly posts: MemberOutcome['posts'];
  readonly violations: MemberOutcome['violations'];
  readonly issues: MemberOutcome['issues'];
  readonly head: MemberOutcome['head'];
  /** The member's open `decision-required` check, if any. */
  readonly decision?: Check | undefined;
}

/**
 * The packed outcomes of one batch of lines (see the module comment).
 *
 * @internal
 * @example
 * ```ts
 * declare const packed: PackedOutcomes;
 * packed.members; // member lines in the batch
 * ```
 */
export interface PackedOutcomes {
  readonly members: number;
  readonly line: Uint32Array;
  readonly index: Uint32Array;
  readonly hi: Uint32Array;
  readonly lo: Uint32Array;
  /** Index into `orgIds` of each member's `orgId`. */
  readonly org: Uint32Array;
  readonly orgIds: readonly string[];
  readonly flags: Uint32Array;
  /** Level code, `RATED` and `RENDERED` bits. */
  readonly state: Uint8Array;
  readonly civil: Uint8Array;
  /** In member order. */
  readonly extras: readonly PackedExtra[];
  /** Organization and problem lines, each after `before` members of the batch. */
  readonly others: readonly { readonly before: number; readonly outcome: LineOutcome }[];
  /** The rendered member results, in order, joined by the output format's separator. */
  readonly text: string;
}

/** A growable set of typed columns, one slot a member line. */
class Columns {
  line = new Uint32Array(1024);
  index = new Uint32Array(1024);
  hi = new Uint32Array(1024);
  lo = new Uint32Array(1024);
  org = new Uint32Array(1024);
  flags = new Uint32Array(1024);
  state = new Uint8Array(1024);
  civil = new Uint8Array(1024);

  ensure(size: number): void {
    if (size <= this.line.length) return;
    const u32 = (n: number) => new Uint32Array(n);
    const u8 = (n: number) => new Uint8Array(n);
    this.line = grow(this.line, size, u32);
    this.index = grow(this.index, size, u32);
    this.hi = grow(this.hi, size, u32);
    this.lo = grow(this.lo, size, u32);
    this.org = grow(this.org, size, u32);
    this.flags = grow(this.flags, size, u32);
    this.state = grow(this.state, size, u8);
    this.civil = grow(this.civil, size, u8);
  }
}

/**
 * Packs the outcomes of one batch of lines, in line order; `take` returns the batch and starts
 * the next. `separator` joins rendered member results (`''` for NDJSON lines, which end with a
 * newline; `',\n    '` for the elements of the JSON document's `members` list).
 *
 * @internal
 * @example
 * ```ts
 * const packer = new OutcomePacker('');
 * packer.add({ kind: 'blank' });
 * packer.take().members; // 0
 * ```
 */
export class OutcomePacker {
  readonly #separator: string;
  #columns = new Columns();
  #members = 0;
  #orgIds: string[] = [];
  #lastOrg = '';
  #extras: PackedExtra[] = [];
  #others: { before: number; outcome: LineOutcome }[] = [];
  #texts: string[] = [];

  constructor(separator: string) {
    this.#separator = separator;
  }

  add(outcome: LineOutcome): void {
    if (outcome.kind === 'blank') return;
    if (outcome.kind !== 'member') {
      this.#others.push({ before: this.#members, outcome });
      return;
    }
    const k = this.#members++;
    const c = this.#columns;
    c.ensure(this.#members);
    c.line[k] = outcome.line;
    c.index[k] = outcome.index;
    c.hi[k] = outcome.hi;
    c.lo[k] = outcome.lo;
    if (this.#orgIds.length === 0 || outcome.orgId !== this.#lastOrg) {
      this.#orgIds.push(outcome.orgId);
      this.#lastOrg = outcome.orgId;
    }
    c.org[k] = this.#orgIds.length - 1;
    c.flags[k] = outcome.flags;
    if (outcome.text !== undefined) this.#texts.push(outcome.text);
    c.state[k] = levelCode(outcome.level) | (outcome.rated ? RATED : 0) | (outcome.text !== undefined ? RENDERED : 0);
    c.civil[k] = outcome.civil === undefined ? NO_CIVIL : levelCode(outcome.civil);
    const candidate = outcome.rated && outcome.level === 'HTXSNV';
    if (candidate || outcome.posts !== undefined || outcome.violations !== undefined || outcome.issues !== undefined || outcome.head !== undefined || outcome.decision !== undefined) {
      this.#extras.push({ at: k, id: outcome.id, score: outcome.score, posts: outcome.posts, violations: outcome.violations, issues: outcome.issues, head: outcome.head, decision: outcome.decision });
    }
  }

  take(): PackedOutcomes {
    const n = this.#members;
    const c = this.#columns;
    const packed: PackedOutcomes = {
      members: n,
      line: c.line.slice(0, n),
      index: c.index.slice(0, n),
      hi: c.hi.slice(0, n),
      lo: c.lo.slice(0, n),
      org: c.org.slice(0, n),
      orgIds: this.#orgIds,
      flags: c.flags.slice(0, n),
      state: c.state.slice(0, n),
      civil: c.civil.slice(0, n),
      extras: this.#extras,
      others: this.#others,
      text: this.#texts.join(this.#separator),
    };
    this.#members = 0;
    this.#orgIds = [];
    this.#extras = [];
    this.#others = [];
    this.#texts = [];
    return packed;
  }
}

/**
 * The buffers of a packed batch's columns, to transfer (not copy) to the folding thread. Kept
 * beside `PackedOutcomes` so that a new column is not left out.
 *
 * @internal
 * @example
 * ```ts
 * packedBuffers(new OutcomePacker('').take()).length; // 8
 * ```
 */
export function packedBuffers(batch: PackedOutcomes): ArrayBuffer[] {
  return [batch.line, batch.index, batch.hi, batch.lo, batch.org, batch.flags, batch.state, batch.civil].map((a) => a.buffer as ArrayBuffer);
}

/** A member outcome as unpacked: its text, if any, is in the batch's `text`. */
type Unpacked = { -readonly [K in keyof MemberOutcome]: MemberOutcome[K] };

/**
 * Calls `visit` with each outcome of a packed batch, in line order. Member outcomes come in one
 * reused object (copy what must outlive the call); a member whose result was rendered has
 * `prerendered: true` and no `text` (the batch's `text` holds it). The `id` of a member is given
 * only where the folding needs it (HTXSNV candidates, violations, posts, problems, heads).
 *
 * @internal
 * @example
 * ```ts
 * declare const packed: PackedOutcomes;
 * forEachOutcome(packed, (outcome) => outcome.kind);
 * ```
 */
export function forEachOutcome(batch: PackedOutcomes, visit: (outcome: LineOutcome) => void): void {
  const m: Unpacked = {
    kind: 'member', line: 0, index: 0, id: '', hi: 0, lo: 0, orgId: '', posts: undefined, violations: undefined, flags: 0, issues: undefined,
    rated: false, level: null, score: undefined, civil: undefined, result: undefined, text: undefined, prerendered: false, head: undefined, decision: undefined,
  };
  let other = 0;
  let extra = 0;
  for (let k = 0; k < batch.members; k++) {
    while (other < batch.others.length && batch.others[other]!.before === k) visit(batch.others[other++]!.outcome);
    const x = extra < batch.extras.length && batch.extras[extra]!.at === k ? batch.extras[extra++] : undefined;
    const state = batch.state[k]!;
    const civil = batch.civil[k]!;
    m.line = batch.line[k]!;
    m.index = batch.index[k]!;
    m.id = x?.id ?? '';
    m.hi = batch.hi[k]!;
    m.lo = batch.lo[k]!;
    m.orgId = batch.orgIds[batch.org[k]!]!;
    m.posts = x?.posts;
    m.violations = x?.violations;
    m.flags = batch.flags[k]!;
    m.issues = x?.issues;
    m.rated = (state & RATED) !== 0;
    m.level = LEVEL_CODES[state & LEVEL_MASK] ?? null;
    m.score = x?.score;
    m.civil = civil === NO_CIVIL ? undefined : (LEVEL_CODES[civil] ?? null);
    m.prerendered = (state & RENDERED) !== 0;
    m.head = x?.head;
    m.decision = x?.decision;
    visit(m);
  }
  while (other < batch.others.length) visit(batch.others[other++]!.outcome);
}
