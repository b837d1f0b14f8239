/**
 * The work on one entry line that needs nothing but the header: parse, validate, rate the
 * member, render its result, and reduce it to the few facts its organization keeps. Pure and
 * self-contained, so the CLI can run it in worker threads and fold the outcomes in order.
 *
 * @module
 */
import { reviewPeriodBounds } from '../model/dates.js';
import type { Member, Organization } from '../model/types.js';
import { memberPhaseContext, reviewHeaderOf } from '../evaluate/context.js';
import { namedMemberResult } from '../evaluate/names.js';
import { memberCaseFlags, violationsAtSeveralUnits } from '../rules/common/facts.js';
import { primaryPostIndex, ratedPostIndices } from '../rules/common/posts.js';
import { openDecisionCheck } from '../check/openDecisions.js';
import type { Check, EvaluationContext, MemberResult } from '../rules/types.js';
import { flagBits, memberFlagBits } from './context.js';
import { fingerprint } from './idset.js';
import { atLine, type LineIssue } from './issues.js';
import { isBlankLine } from './lines.js';
import { EntryChecker, parseEntryLine, type StreamEntry, type StreamHeader } from './parse.js';

/**
 * A head set aside until the units are rated: the member (for its posts), its ordinal and its
 * member result.
 *
 * @internal
 * @example
 * ```ts
 * declare const head: HeadRecord;
 * head.member.posts?.some((p) => p.head === true); // true
 * ```
 */
export interface HeadRecord {
  readonly index: number;
  readonly member: Member;
  /** Absent for a post holder rated as a leader after the units (QĐ 366): rated at the end. */
  readonly result?: MemberResult;
}

/**
 * What one member line gives: where it was, its ordinal and id fingerprint, the organizations it
 * names, its discipline flags, and, when it is valid, its level, its rendered result (or the
 * result itself) and, for a head, the record to set aside.
 *
 * @internal
 * @example
 * ```ts
 * declare const outcome: MemberOutcome;
 * outcome.level; // 'HTTNV'
 * ```
 */
export interface MemberOutcome {
  readonly kind: 'member';
  readonly line: number;
  readonly index: number;
  readonly id: string;
  readonly hi: number;
  readonly lo: number;
  readonly orgId: string;
  /** `posts[p].orgId`, in order. */
  readonly posts: readonly string[] | undefined;
  /**
   * `disciplines[d].orgIdAtViolation` given, whether the decision falls in the period (at another
   * unit), the discipline's flags (see `FLAG`) and whether the member's violations in the period
   * are at several units.
   */
  readonly violations: readonly Violation[] | undefined;
  /** Discipline flags (see `FLAG`): all of them, and shifted by `FLAG.leadership` those of violations at the member's own unit. */
  readonly flags: number;
  /** Problems found by the checks that need the header (dates, criteria, history). */
  readonly issues: readonly LineIssue[] | undefined;
  readonly rated: boolean;
  readonly level: MemberResult['level'];
  readonly score: number | undefined;
  readonly civil: MemberResult['level'] | undefined;
  /** The member result, when not rendered. */
  readonly result: MemberResult | undefined;
  /** The member result rendered by the evaluator's `render`. */
  readonly text: string | undefined;
  /** The rendered result travels with its batch's text (`PackedOutcomes`), not with the outcome. */
  readonly prerendered?: boolean;
  readonly head: HeadRecord | undefined;
  /** The member's `decision-required` check, when a finding asks for a decision the review does not record. */
  readonly decision?: Check | undefined;
}

/**
 * A discipline record that names the unit of its violation (see `MemberOutcome.violations`).
 *
 * @internal
 * @example
 * ```ts
 * const v: Violation = { orgId: 'cb-cu', d: 0, inPeriod: true, bits: 3, severalUnits: false };
 * ```
 */
export interface Violation {
  readonly orgId: string;
  readonly d: number;
  readonly inPeriod: boolean;
  readonly bits: number;
  readonly severalUnits: boolean;
}

/**
 * The outcome of one line: a member, an organization entry, problems, or nothing (blank).
 *
 * @internal
 * @example
 * ```ts
 * declare const outcome: LineOutcome;
 * if (outcome.kind === 'issues') outcome.issues.length;
 * ```
 */
export type LineOutcome =
  | MemberOutcome
  | { readonly kind: 'organization'; readonly line: number; readonly value: Organization }
  | { readonly kind: 'issues'; readonly issues: readonly LineIssue[] }
  | { readonly kind: 'blank' };

/**
 * Evaluates entry lines under a header. `render` turns a member result into the text written
 * (for worker threads, which send text rather than objects); without it the outcome carries the
 * result itself.
 *
 * @internal
 * @example
 * ```ts
 * declare const header: StreamHeader;
 * const entries = new EntryEvaluator(header);
 * entries.line('{"member":{"id":"dv-1","name":"An","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01","proposedLevel":"HTTNV"}}', 2, 0);
 * ```
 */
export class EntryEvaluator {
  readonly #header: StreamHeader;
  readonly #checker: EntryChecker;
  readonly #ctx: EvaluationContext;
  readonly #render: ((result: MemberResult) => string) | undefined;
  readonly #onEntry: ((entry: StreamEntry) => void) | undefined;

  constructor(header: StreamHeader, options: { readonly render?: (result: MemberResult) => string; readonly onEntry?: (entry: StreamEntry) => void } = {}) {
    this.#header = header;
    this.#checker = new EntryChecker(header);
    this.#render = options.render;
    this.#onEntry = options.onEntry;
    // Members are rated in the same context as in memory: the header part (see memberPhaseContext).
    this.#ctx = memberPhaseContext(reviewHeaderOf(header.review), reviewPeriodBounds(header.review), header.settings);
  }

  /**
   * Evaluates one line (its 1-based `number`); `index` is the ordinal the member gets if the line
   * is one (its `members[i]` in findings). `rate: false` only validates (the input is already
   * known to be invalid).
   */
  line(text: string, number: number, index: number, rate = true): LineOutcome {
    if (isBlankLine(text)) return { kind: 'blank' };
    const parsed = parseEntryLine(text, number);
    if (!parsed.success) return { kind: 'issues', issues: parsed.issues };
    this.#onEntry?.(parsed.entry);
    if (parsed.entry.kind === 'organization') return { kind: 'organization', line: number, value: parsed.entry.value };
    return this.#member(parsed.entry.value, number, index, rate);
  }

  #member(m: Member, line: number, index: number, rate: boolean): MemberOutcome {
    const ctx = this.#ctx;
    const semantic = this.#checker.member(m);
    const issues = semantic.length > 0 ? atLine(line, semantic, ['member'], 2) : undefined;
    const disciplines = m.disciplines;
    let violations: Violation[] | undefined;
    if (disciplines !== undefined) {
      const severalUnits = violationsAtSeveralUnits(disciplines, m.orgId, ctx);
      for (let d = 0; d < disciplines.length; d++) {
        const disc = disciplines[d]!;
        const at = disc.orgIdAtViolation;
        if (at === undefined) continue;
        const inPeriod = at !== m.orgId && disc.decidedOn >= ctx.periodStart && disc.decidedOn <= ctx.periodEnd;
        (violations ??= []).push({ orgId: at, d, inPeriod, bits: inPeriod ? flagBits(memberCaseFlags({ disciplines: [disc] }, ctx)) : 0, severalUnits });
      }
    }
    const [hi, lo] = fingerprint(m.id);
    const { ruleSet } = this.#header;
    const mode = ruleSet.leaderPosts ?? 'heads';
    const waits = rate && issues === undefined && mode === 'post-holders' && primaryPostIndex(m) !== undefined;
    const r = rate && issues === undefined && !waits ? namedMemberResult(ruleSet.evaluateMember(m, index, ctx), m) : undefined;
    const head = waits ? { index, member: m } : r !== undefined && ratedPostIndices(m, mode).length > 0 ? { index, member: m, result: r } : undefined;
    return {
      kind: 'member',
      line,
      index,
      id: m.id,
      hi,
      lo,
      orgId: m.orgId,
      posts: m.posts?.map((p) => p.orgId),
      violations,
      flags: disciplines === undefined && m.conclusions === undefined ? 0 : memberFlagBits(m, ctx),
      issues,
      rated: r?.rated ?? false,
      level: r?.level ?? null,
      score: r?.score,
      civil: m.civilService?.level,
      result: r !== undefined && this.#render === undefined ? r : undefined,
      text: r !== undefined && this.#render !== undefined ? this.#render(r) : undefined,
      head,
      decision: r === undefined ? undefined : openDecisionCheck('members', { id: m.id, orgId: m.orgId, proposedLevel: m.proposedLevel }, r.findings),
    };
  }
}
