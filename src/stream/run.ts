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
  const leaders: LeaderResult[] = [];
  const organizations: OrganizationResult[] = [];
  const checks: Check[] = [];
  for (const r of records) {
    switch (r.kind) {
      case 'header':
        header = r.value;
        break;
      case 'member':
        members.push(r.value);
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
  return { ...header, members, leaders, organizations, checks, summary };
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
