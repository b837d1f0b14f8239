/**
 * The records of a streamed result, in the order written.
 *
 * @module
 */
import type { Check, LeaderResult, MemberResult, OrganizationResult, ReviewResult } from '../rules/types.js';

/**
 * The fields of a result document other than its lists: the first record of a stream.
 *
 * @example
 * ```ts
 * import type { ResultHeader } from 'xeploai/stream';
 * declare const h: ResultHeader;
 * h.format; // 'xeploai/result@1'
 * ```
 */
export type ResultHeader = Pick<ReviewResult, 'format' | 'ruleSet' | 'year' | 'period' | 'reviewDate' | 'settings'>;

/**
 * One record of a streamed result, in the order written: the header, every member (input order),
 * every head, every organization (input order), every check, the summary last.
 *
 * @example
 * ```ts
 * import type { StreamRecord } from 'xeploai/stream';
 * const r: StreamRecord = { kind: 'member', value: { id: 'dv-1', orgId: 'cb', rated: true, level: 'HTTNV', basis: 'HTTNV', findings: [] } };
 * ```
 */
export type StreamRecord =
  | { readonly kind: 'header'; readonly value: ResultHeader }
  /**
   * Member results already rendered (by a worker thread) in the output's format: one, or the
   * consecutive members of a batch joined by the format's separator (`memberSeparator`).
   */
  | { readonly kind: 'text'; readonly of: 'member'; readonly text: string }
  /**
   * `index`: the member's ordinal, given only on the records of post holders rated after their
   * units (QĐ 366), which come after the other members (`collectResult` puts them back in order).
   */
  | { readonly kind: 'member'; readonly value: MemberResult; readonly index?: number }
  | { readonly kind: 'leader'; readonly value: LeaderResult }
  | { readonly kind: 'organization'; readonly value: OrganizationResult }
  | { readonly kind: 'check'; readonly value: Check }
  | { readonly kind: 'summary'; readonly value: ReviewResult['summary'] };
