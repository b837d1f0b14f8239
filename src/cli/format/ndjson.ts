/**
 * The `ndjson` format: the result as one line per entry (docs/guides/formats.md, NDJSON). A streamed evaluation
 * writes the same lines as it goes (`src/stream/output.ts`); this renders a whole result alike.
 *
 * @module
 */
import type { ReviewResult } from '../../rules/types.js';
import type { StreamRecord } from '../../stream/evaluator.js';
import { ndjsonLine } from '../../stream/output.js';

/**
 * The records of a whole result in stream order: the header (the result's fields other than its
 * lists), members, leaders, organizations, checks, then the summary.
 *
 * @example
 * ```ts
 * declare const result: ReviewResult;
 * [...resultRecords(result)].at(-1)?.kind; // 'summary'
 * ```
 */
export function* resultRecords(result: ReviewResult): Generator<StreamRecord> {
  const { format, ruleSet, year, period, reviewDate, settings } = result;
  yield { kind: 'header', value: { format, ruleSet, year, period, reviewDate, settings } };
  for (const value of result.members) yield { kind: 'member', value };
  for (const value of result.leaders) yield { kind: 'leader', value };
  for (const value of result.organizations) yield { kind: 'organization', value };
  for (const value of result.checks) yield { kind: 'check', value };
  yield { kind: 'summary', value: result.summary };
}

/**
 * The result as NDJSON: a header line `{"format":"xeploai/result@1",…}`, then one line per entry,
 * `{"member":…}`, `{"leader":…}`, `{"organization":…}`, `{"check":…}`, and `{"summary":…}` last
 * (a reader that has not seen the summary line has not seen the whole result).
 *
 * @example
 * ```ts
 * import { evaluateReview, type ReviewInput } from 'xeploai';
 * declare const review: ReviewInput;
 * formatNdjson(evaluateReview(review)).split('\n')[0]; // '{"format":"xeploai/result@1",…}'
 * ```
 */
export function formatNdjson(result: ReviewResult): string {
  const parts: string[] = [];
  for (const record of resultRecords(result)) parts.push(ndjsonLine(record));
  return parts.join('');
}
