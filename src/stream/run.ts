/**
 * Whole-text helpers over the streaming evaluator, for apps and tests that hold the NDJSON text
 * (or its chunks) in memory and want the result document.
 *
 * @module
 */
import type { Check, LeaderResult, MemberResult, OrganizationResult, ReviewResult } from '../rules/types.js';
import { NdjsonEvaluator, type ResultHeader, type StreamEvaluatorOptions, type StreamRecord } from './evaluator.js';
import { LineSplitter } from './lines.js';

/**
 * Assembles streamed records into the result document `xeploai/result@1`.
 *
 * @example
 * ```ts
 * import { collectResult, type StreamRecord } from 'xeploai/stream';
 * declare const records: StreamRecord[];
 * collectResult(records).summary.members.rated;
 * ```
 */
export function collectResult(records: Iterable<StreamRecord>): ReviewResult {
  let header: ResultHeader | undefined;
  let summary: ReviewResult['summary'] | undefined;
  const members: MemberResult[] = [];
  const later: { index: number; value: MemberResult }[] = [];
  const leaders: LeaderResult[] = [];
  const organizations: OrganizationResult[] = [];
  const checks: Check[] = [];
  for (const r of records) {
    switch (r.kind) {
      case 'header':
        header = r.value;
        break;
      case 'member':
        if (r.index === undefined) members.push(r.value);
        else later.push({ index: r.index, value: r.value });
        break;
      case 'leader':
        leaders.push(r.value);
        break;
      case 'organization':
        organizations.push(r.value);
        break;
      case 'check':
        checks.push(r.value);
        break;
      case 'summary':
        summary = r.value;
        break;
      case 'text':
        throw new Error('collectResult: a pre-rendered member record cannot be collected');
    }
  }
  if (header === undefined || summary === undefined) throw new Error('collectResult: the records do not start with a header and end with a summary');
  return { ...header, members: inInputOrder(members, later), leaders, organizations, checks, summary };
}

/** Puts the members rated after their units (with their ordinals) back among the others. */
function inInputOrder(members: MemberResult[], later: { index: number; value: MemberResult }[]): MemberResult[] {
  if (later.length === 0) return members;
  later.sort((a, b) => a.index - b.index);
  const out: MemberResult[] = [];
  let k = 0;
  for (const { index, value } of later) {
    while (out.length < index && k < members.length) out.push(members[k++]!);
    out.push(value);
  }
  while (k < members.length) out.push(members[k++]!);
  return out;
}

/**
 * Evaluates an NDJSON review given as text (or text chunks, split anywhere) and returns the result
 * document, equal to `evaluateReview` on the same review written as JSON. Throws `XeploaiError`
 * for invalid input, with each problem at `line N: path`.
 *
 * @example
 * ```ts
 * import { evaluateNdjson } from 'xeploai/stream';
 * const result = evaluateNdjson([
 *   '{"format":"xeploai/review@1","year":2024,"reviewDate":"2024-12-15"}',
 *   '{"organization":{"id":"cb","name":"Chi bộ thôn 1","kind":"chi-bo-co-so","proposedLevel":"HTTNV"}}',
 *   '{"member":{"id":"dv-1","name":"Lê Văn Bình","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-05-19","proposedLevel":"HTTNV"}}',
 * ].join('\n'));
 * result.members[0]?.level; // 'HTTNV'
 * ```
 */
export function evaluateNdjson(text: string | Iterable<string>, options: StreamEvaluatorOptions = {}): ReviewResult {
  const chunks = typeof text === 'string' ? [text] : [...text];
  const records: StreamRecord[] = [];
  const evaluator = new NdjsonEvaluator(options, (r) => records.push(r));
  const feed = (onLine: (line: string, n: number) => void): void => {
    const splitter = new LineSplitter(onLine);
    for (const chunk of chunks) splitter.push(chunk);
    splitter.end();
  };
  feed((line, n) => evaluator.line(line, n));
  if (evaluator.end().needsReread) feed((line, n) => evaluator.reread(line, n));
  evaluator.finish();
  return collectResult(records);
}
