/**
 * The streaming evaluator: an NDJSON review in, line by line; result entries out as soon as they
 * are known. A member is rated and written when its line is read, then only a few counters and
 * flags of its organization remain; heads and HTXSNV members (id, score) are set aside in spools.
 * Organizations, heads and the unit checks follow at the end, by the rule set's own pipelines.
 *
 * @module
 */
import { reviewPeriodBounds } from '../model/dates.js';
import type { PathedIssue } from '../model/issues.js';
import { quotaDecisionReferences } from '../model/checks.js';
import { namedMemberResult } from '../evaluate/names.js';
import { describeValue, XeploaiError } from '../errors.js';
import { openDecisionCheck } from '../check/openDecisions.js';
import type { Check, EvaluationContext, MemberResult } from '../rules/types.js';
import { FLAG, OrganizationTable, U32List } from './aggregates.js';
import type { QuotaCandidate } from './checks.js';
import { EntryEvaluator, type HeadRecord, type LineOutcome, type MemberOutcome } from './entries.js';
import { fingerprintKey, IdFingerprints, type FingerprintStore } from './idset.js';
import { atLine, lineIssueToInputIssue, MAX_LINE_ISSUES, sortByLine, type LineIssue } from './issues.js';
import { isBlankLine } from './lines.js';
import { EntryChecker, parseHeaderLine, type StreamEntry, type StreamHeader, type StreamOptions } from './parse.js';
import { forEachOutcome, type PackedOutcomes } from './packed.js';
import { memorySpool, type Spool, type SpoolFactory } from './spool.js';
import { count, emptyCounts, rateUnits } from './unitPhase.js';
import { OrganizationTree, readTree } from './tree.js';

import type { StreamRecord } from './records.js';

export type { ResultHeader, StreamRecord } from './records.js';

/**
 * Options of a streaming evaluation: rule set and settings overrides, and where to set records
 * aside (in memory by default).
 *
 * @example
 * ```ts
 * import { memorySpool, type StreamEvaluatorOptions } from 'xeploai/stream';
 * const options: StreamEvaluatorOptions = { settings: { headCap: 'cap' }, spools: () => memorySpool() };
 * ```
 */
export interface StreamEvaluatorOptions extends StreamOptions {
  readonly spools?: SpoolFactory;
  /** Where member id fingerprints wait for the duplicate check (in memory by default). */
  readonly fingerprints?: FingerprintStore;
  /** Sees every valid entry as it is read (e.g. to keep names for a table); not needed to evaluate. */
  readonly onEntry?: (entry: StreamEntry) => void;
}

/** How a reference to an organization is written in a member line. */
const REF = { orgId: 0, post: 1, violation: 2 } as const;

function referencePath(code: number): string {
  const kind = code >>> 24;
  const i = code & 0xffffff;
  return kind === REF.orgId ? 'member.orgId' : kind === REF.post ? `member.posts[${i}].orgId` : `member.disciplines[${i}].orgIdAtViolation`;
}

/**
 * Evaluates an NDJSON review line by line. Feed every line with `line` (blank lines are
 * skipped), then call `end`; when `needsReread` is true (two member ids share a fingerprint),
 * feed every line again with `reread`; then `finish`. Records go to `emit` as they are known.
 * Invalid input: `finish` throws one `XeploaiError` listing every problem (`line N: path`), and
 * the records already emitted must be discarded (the CLI writes them to a temporary file).
 *
 * @example
 * ```ts
 * import { NdjsonEvaluator, type StreamRecord } from 'xeploai/stream';
 * const records: StreamRecord[] = [];
 * const evaluator = new NdjsonEvaluator({}, (r) => records.push(r));
 * [
 *   '{"format":"xeploai/review@1","year":2024,"reviewDate":"2024-12-15"}',
 *   '{"organization":{"id":"cb","name":"Chi bộ thôn 1","kind":"chi-bo-co-so","proposedLevel":"HTTNV"}}',
 *   '{"member":{"id":"dv-1","name":"Lê Văn Bình","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-05-19","proposedLevel":"HTTNV"}}',
 * ].forEach((text, i) => evaluator.line(text, i + 1));
 * evaluator.end();
 * evaluator.finish();
 * records[0]?.kind; // 'header'
 * records[1]?.kind; // 'member'
 * records.at(-1)?.kind; // 'summary'
 * ```
 */
export class NdjsonEvaluator {
  readonly #options: StreamEvaluatorOptions;
  readonly #emit: (record: StreamRecord) => void;
  readonly #issues: LineIssue[] = [];
  #table = new OrganizationTable();
  #ids: IdFingerprints;
  /** Where records are set aside: the options' spools, else memory. */
  readonly #spools: SpoolFactory;
  readonly #pendingSlot = new U32List();
  readonly #pendingLine = new U32List();
  readonly #pendingCode = new U32List();
  readonly #summary = { members: emptyCounts(), leaders: emptyCounts(), organizations: emptyCounts() };
  #header: StreamHeader | undefined;
  #entries: EntryEvaluator | undefined;
  #bounds: { start: string; end: string; reviewDate: string } | undefined;
  #heads: Spool<HeadRecord> | undefined;
  #tree: OrganizationTree | undefined;
  #candidates: Spool<QuotaCandidate> | undefined;
  /** The open `decision-required` checks (few: one per subject awaiting a decision). */
  readonly #decisions: Check[] = [];
  #members = 0;
  #lines = 0;
  #suspects: Set<string> | undefined;
  #rereadSeen: Map<string, { id: string; line: number }[]> | undefined;
  #ended = false;
  #finished = false;

  constructor(options: StreamEvaluatorOptions, emit: (record: StreamRecord) => void) {
    this.#options = options;
    this.#emit = emit;
    this.#ids = new IdFingerprints(options.fingerprints);
    this.#spools = options.spools ?? (() => memorySpool());
  }

  /** Members read so far. */
  get members(): number {
    return this.#members;
  }

  /** Lines read so far (blank ones included). */
  get lines(): number {
    return this.#lines;
  }

  /** Whether no problem was found so far (the output may still be used). */
  get valid(): boolean {
    return this.#issues.length === 0;
  }

  /** Whether the problems found have reached `MAX_LINE_ISSUES`: reading further is pointless. */
  get full(): boolean {
    return this.#issues.length >= MAX_LINE_ISSUES;
  }

  /** The validated header, once its line is read. */
  get header(): StreamHeader | undefined {
    return this.#header;
  }

  /**
   * Reads one line (1-based `number`, the line's text without its line ending). Throws a
   * `TypeError` for a line that is not a string, and an `Error` once `end` or `finish` was called.
   */
  line(text: string, number: number): void {
    if (typeof text !== 'string') throw new TypeError(`xeploai: NdjsonEvaluator.line() expects the text of a line (a string), got ${describeValue(text)} at line ${String(number)}`);
    if (this.#ended) this.#misuse('line()', this.#finished ? 'finish()' : 'end()');
    this.#lines = number;
    if (this.full) return;
    if (this.#header === undefined) {
      if (isBlankLine(text)) return;
      if (this.#issues.length > 0) return; // a header that failed: the rest cannot be checked
      const parsed = parseHeaderLine(text, number, this.#options);
      if (!parsed.success) {
        this.#issue(...parsed.issues);
        return;
      }
      this.#start(parsed.header);
      return;
    }
    // Once the input is known to be invalid, lines are only checked: the output is discarded.
    this.apply(this.#entries!.line(text, number, this.#members, this.#issues.length === 0));
  }

  /**
   * Folds in the outcome of one entry line (from `EntryEvaluator`, possibly in another thread),
   * in line order; `lines` is the number of the last line read, for progress.
   */
  apply(outcome: LineOutcome, lines?: number): void {
    if (this.#ended) this.#misuse('apply()', this.#finished ? 'finish()' : 'end()');
    if (lines !== undefined) this.#lines = lines;
    switch (outcome.kind) {
      case 'blank':
        return;
      case 'issues':
        this.#issue(...outcome.issues);
        return;
      case 'organization':
        this.#table.define(outcome.value, outcome.line);
        return;
      case 'member':
        this.#member(outcome);
        return;
    }
  }

  /**
   * Folds in a batch of outcomes packed by `OutcomePacker` (in a worker thread), in line order,
   * then emits the batch's rendered member results as one `text` record.
   */
  applyPacked(batch: PackedOutcomes): void {
    forEachOutcome(batch, (outcome) => this.apply(outcome));
    if (this.#issues.length === 0 && batch.text.length > 0) this.#emit({ kind: 'text', of: 'member', text: batch.text });
  }

  /** A call out of order: a clear error, never records emitted twice or after the summary. */
  #misuse(call: string, after: string): never {
    throw new Error(`xeploai: NdjsonEvaluator.${call} called after ${after}: feed every line, then end() (and reread() if asked), then finish() once`);
  }

  #issue(...issues: readonly LineIssue[]): void {
    for (const i of issues) if (this.#issues.length < MAX_LINE_ISSUES) this.#issues.push(i);
  }

  #start(header: StreamHeader): void {
    this.#header = header;
    this.#entries = new EntryEvaluator(header, this.#options.onEntry !== undefined ? { onEntry: this.#options.onEntry } : {});
    const spools = this.#spools;
    this.#table = new OrganizationTable(spools('organizations'));
    this.#heads = spools<HeadRecord>('heads', { inOrderOnly: true });
    this.#candidates = spools<QuotaCandidate>('candidates', { inOrderOnly: true });
    const { start, end, reviewDate } = reviewPeriodBounds(header.review);
    this.#bounds = { start, end, reviewDate };
    const period = header.review.period ?? { kind: 'year' as const };
    const { ruleSet } = header;
    this.#emit({ kind: 'header', value: { format: 'xeploai/result@1', ruleSet: { id: ruleSet.id, title: ruleSet.title, documents: ruleSet.documents }, year: header.review.year, period, reviewDate, settings: header.settings } });
  }

  #reference(id: string, line: number, code: number): number {
    const slot = this.#table.slotOf(id);
    if (!this.#table.isDefined(slot)) {
      // Not read yet: it may come later (a file not grouped); checked at the end.
      this.#pendingSlot.push(slot);
      this.#pendingLine.push(line);
      this.#pendingCode.push(code);
    }
    return slot;
  }

  #member(m: MemberOutcome): void {
    this.#members++;
    this.#ids.addPair(m.hi, m.lo);
    if (m.issues !== undefined) this.#issue(...m.issues);
    const { line } = m;
    // All the member's flags, and those counted at its own unit (`flagHere`).
    const flags = m.flags & FLAG.mask;
    const own = m.flags >>> FLAG.leadership;
    const slot = this.#reference(m.orgId, line, REF.orgId);
    if (m.posts !== undefined) {
      for (let p = 0; p < m.posts.length; p++) {
        const postSlot = this.#reference(m.posts[p]!, line, (REF.post << 24) | p);
        if (flags !== 0) this.#table.flag(postSlot, flags << FLAG.leadership);
        if (own !== 0) this.#table.flagHere(postSlot, own << FLAG.leadership);
      }
    }
    if (m.violations !== undefined) {
      for (const v of m.violations) {
        const at = this.#reference(v.orgId, line, (REF.violation << 24) | v.d);
        if (!v.inPeriod) continue;
        if (v.bits !== 0) this.#table.flagHere(at, v.bits);
        const list = this.#table.violationsAt.get(at);
        const entry = { memberId: m.id, memberIndex: m.index, discipline: v.d, severalUnits: v.severalUnits };
        if (list === undefined) this.#table.violationsAt.set(at, [entry]);
        else list.push(entry);
      }
    }
    if (flags !== 0) this.#table.flag(slot, flags);
    if (own !== 0) this.#table.flagHere(slot, own);
    if (m.head !== undefined && m.head.result === undefined) {
      // A post holder rated as a leader after the units (QĐ 366): rated, counted and written at the end.
      if (this.#issues.length === 0) this.#heads!.push(m.head);
      return;
    }
    if (this.#issues.length > 0 || (m.result === undefined && m.text === undefined && m.prerendered !== true)) return;
    if (m.result !== undefined) this.#emit({ kind: 'member', value: m.result });
    else if (m.text !== undefined) this.#emit({ kind: 'text', of: 'member', text: m.text });
    this.#table.countLevel(slot, m.level);
    count(this.#summary.members, m.level);
    if (m.civil !== undefined && m.civil !== null) this.#table.countCivil(slot, m.civil);
    if (m.level === 'HTXSNV' && m.rated) this.#candidates!.push(m.score !== undefined ? { id: m.id, slot, score: m.score } : { id: m.id, slot });
    if (m.head !== undefined) this.#heads!.push(m.head);
    if (m.decision !== undefined) this.#decisions.push(m.decision);
  }

  /**
   * Ends the input: checks what needs every line (references, organizations, duplicate ids).
   * Returns whether duplicate member ids are suspected, in which case every line must be fed
   * again to `reread` before `finish`.
   */
  end(): { readonly needsReread: boolean } {
    if (this.#ended) this.#misuse('end()', this.#finished ? 'finish()' : 'end()');
    this.#ended = true;
    if (this.#header === undefined) {
      if (this.#issues.length === 0) this.#issues.push({ line: Math.max(1, this.#lines), path: '', code: 'missing-header', message: 'expected a header line with format "xeploai/review@1", got an empty file' });
      return { needsReread: false };
    }
    for (let i = 0; i < this.#pendingSlot.length; i++) {
      const slot = this.#pendingSlot.at(i);
      if (this.#table.isDefined(slot)) continue;
      const id = this.#table.idOf(slot);
      this.#issue({ line: this.#pendingLine.at(i), path: referencePath(this.#pendingCode.at(i)), code: 'unknown-reference', message: `expected the id of an organization in this review, got ${JSON.stringify(id)}` });
    }
    const decisions: PathedIssue[] = [];
    quotaDecisionReferences(this.#header.review.quotaDecisions, (id) => this.#table.isDefined(this.#table.findSlot(id) ?? -1), decisions);
    this.#issue(...atLine(this.#header.line, decisions, []));
    this.#suspects = this.#ids.suspects();
    this.#ids = new IdFingerprints(); // 8 bytes a member, not needed any more
    if (this.#suspects.size > 0) this.#rereadSeen = new Map();
    // A valid tree is read one entry at a time (only outlines stay); the checks across the
    // organizations run on every entry at once only when some check fails, for its messages.
    if (this.#issues.length === 0) this.#tree = readTree(this.#table, this.#header);
    if (this.#tree === undefined) {
      const { organizations, lines } = this.#table.entries();
      for (const issue of new EntryChecker(this.#header).organizations(organizations)) {
        const i = issue.path[1] as number;
        // "(also organizations[3].id)" → "(also line 12)": an NDJSON reader counts lines.
        const message = issue.message.replace(/\(also organizations\[(\d+)\]\.id\)/, (_, j: string) => `(also line ${lines[Number(j)]})`);
        this.#issue({ ...atLine(lines[i]!, [issue], ['organization'], 2)[0]!, message });
      }
      if (this.#issues.length === 0) this.#tree = new OrganizationTree(this.#table, organizations);
    }
    return { needsReread: this.#suspects.size > 0 };
  }

  /** Reads a line again to confirm suspected duplicate ids (see `end`). */
  reread(text: string, number: number): void {
    if (typeof text !== 'string') throw new TypeError(`xeploai: NdjsonEvaluator.reread() expects the text of a line (a string), got ${describeValue(text)} at line ${String(number)}`);
    if (this.#finished) this.#misuse('reread()', 'finish()');
    const seen = this.#rereadSeen;
    // A member line names its key "member", or spells it with escapes (`"\u006dember"`).
    if (seen === undefined || (!text.includes('"member"') && !text.includes('\\'))) return;
    let id: unknown;
    try {
      id = (JSON.parse(text) as { member?: { id?: unknown } }).member?.id;
    } catch {
      return;
    }
    if (typeof id !== 'string') return;
    const normalized = id.normalize('NFC').trim();
    const key = fingerprintKey(normalized);
    if (!this.#suspects!.has(key)) return;
    const list = seen.get(key);
    if (list === undefined) seen.set(key, [{ id: normalized, line: number }]);
    else list.push({ id: normalized, line: number });
  }

  /** A post holder's member entry, rated once the units are (QĐ 366), and counted as a member line is. */
  #rateAfterUnits(head: HeadRecord, ctx: EvaluationContext): MemberResult {
    const m = head.member;
    const r = namedMemberResult(this.#header!.ruleSet.evaluateMember(m, head.index, ctx), m);
    this.#emit({ kind: 'member', value: r, index: head.index });
    this.#open(openDecisionCheck('members', { id: m.id, orgId: m.orgId, proposedLevel: m.proposedLevel }, r.findings));
    const slot = this.#table.findSlot(m.orgId)!;
    this.#table.countLevel(slot, r.level);
    count(this.#summary.members, r.level);
    const civil = m.civilService?.level;
    if (civil !== undefined) this.#table.countCivil(slot, civil);
    if (r.level === 'HTXSNV' && r.rated) this.#candidates!.push(r.score !== undefined ? { id: m.id, slot, score: r.score } : { id: m.id, slot });
    return r;
  }

  /**
   * Rates the organizations (bottom-up), the heads, and runs the unit checks, emitting their
   * records and the summary. Throws `XeploaiError` (every problem, `line N: path`, in line order)
   * when the input was invalid.
   */
  finish(): void {
    if (this.#finished) this.#misuse('finish()', 'finish()');
    this.#finished = true;
    if (!this.#ended) this.end();
    for (const list of this.#rereadSeen?.values() ?? []) {
      const first = new Map<string, number>();
      for (const { id, line } of list) {
        const at = first.get(id);
        if (at === undefined) first.set(id, line);
        else this.#issue({ line, path: 'member.id', code: 'duplicate-id', message: `expected a unique id, got ${JSON.stringify(id)} (also line ${at})` });
      }
    }
    if (this.#issues.length > 0) {
      const listed = sortByLine(this.#issues).map(lineIssueToInputIssue);
      if (this.full) listed.push({ path: '', code: 'too-many-issues', message: `stopped after ${MAX_LINE_ISSUES} problems at line ${this.#lines}` });
      throw new XeploaiError(listed);
    }
    rateUnits({
      header: this.#header!,
      table: this.#table,
      tree: this.#tree!,
      bounds: this.#bounds!,
      spools: this.#spools,
      heads: this.#heads!,
      candidates: this.#candidates!,
      summary: this.#summary,
      openDecisions: this.#decisions,
      emit: this.#emit,
      rateAfterUnits: (head, ctx) => this.#rateAfterUnits(head, ctx),
    });
  }

  #open(check: Check | undefined): void {
    if (check !== undefined) this.#decisions.push(check);
  }
}
