/**
 * Building findings and accumulating ceilings: the one place a level is lowered.
 *
 * @module
 */
import { isAbove, type Level } from '../../levels.js';
import type { Finding, Message, RuleText, Severity } from '../types.js';

/** Extra facts to put into a finding built from a rule. @example `const o: FindingOptions = { path: 'members[0]', detail: { vi: '3/12', en: '3/12' } };` */
export interface FindingOptions {
  readonly path?: string;
  readonly cap?: Level;
  /** Appended to the rule's message in brackets, e.g. the numbers that triggered it. */
  readonly detail?: Message;
  /** Marks the finding as an assumption even when the rule text itself is verified (a setting decided it). */
  readonly assumption?: boolean;
}

/**
 * Builds a finding from a rule text.
 *
 * @example
 * ```ts
 * import { makeFinding } from 'xeploai/rules';
 * const f = makeFinding('criterion-kem', 'cap', {
 *   cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4' }, assumption: false,
 *   message: { vi: 'Có tiêu chí xếp mức Kém', en: 'A criterion graded Poor' },
 * }, { cap: 'KHTNV' });
 * f.cap; // 'KHTNV'
 * ```
 */
export function makeFinding(code: string, severity: Severity, rule: RuleText, options: FindingOptions = {}): Finding {
  const message = options.detail
    ? { vi: `${rule.message.vi} (${options.detail.vi})`, en: `${rule.message.en} (${options.detail.en})` }
    : rule.message;
  const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
    code,
    severity,
    cite: rule.cite,
    assumption: rule.assumption || options.assumption === true,
    message,
  };
  if (options.cap !== undefined) finding.cap = options.cap;
  if (options.path !== undefined) finding.path = options.path;
  return finding;
}

/**
 * The level of one subject while its rules run: starts at the basis, only ever goes down, and
 * records a finding for every ceiling that bites.
 *
 * @example
 * ```ts
 * import { LevelAccumulator } from 'xeploai/rules';
 * const acc = new LevelAccumulator('HTXSNV');
 * acc.cap('HTNV', 'sick-leave', { cite: { doc: '21-HD/BTCTW', article: 'Mục II, tiểu mục 6' }, assumption: true, message: { vi: 'Nghỉ ốm', en: 'Sick leave' } });
 * acc.level; // 'HTNV'
 * ```
 */
export class LevelAccumulator {
  level: Level;
  readonly findings: Finding[] = [];

  constructor(basis: Level) {
    this.level = basis;
  }

  /**
   * Lowers the level to `cap` when it is above it, with a finding; returns whether it bit.
   * A ceiling that does not bite leaves no trace, so evaluation stays cheap.
   */
  cap(cap: Level, code: string, rule: RuleText, options: Omit<FindingOptions, 'cap'> = {}): boolean {
    if (!isAbove(this.level, cap)) return false;
    this.level = cap;
    this.findings.push(makeFinding(code, 'cap', rule, { ...options, cap }));
    return true;
  }

  /** Records a finding that does not change the level. */
  note(code: string, severity: 'warning' | 'info' | 'error', rule: RuleText, options: FindingOptions = {}): void {
    this.findings.push(makeFinding(code, severity, rule, options));
  }
}

/**
 * Shorthand for a cited rule text.
 *
 * @example
 * ```ts
 * import { ruleText } from 'xeploai/rules';
 * const r = ruleText({ doc: '124-QĐ/TW', article: 'Điều 5, khoản 2' }, 'Miễn sinh hoạt', 'Exempt');
 * r.assumption; // false
 * ```
 */
export function ruleText(cite: RuleText['cite'], vi: string, en: string, assumption = false): RuleText {
  return { cite, assumption, message: { vi, en } };
}
