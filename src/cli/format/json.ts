/**
 * The `json` format: the result document `xeploai/result@1` as it is.
 *
 * @module
 */
import type { ReviewResult } from '../../rules/types.js';

/**
 * The result document, indented by two spaces, with a final newline.
 *
 * @example
 * ```ts
 * import { evaluateReview, type ReviewInput } from 'xeploai';
 * declare const review: ReviewInput;
 * JSON.parse(formatJson(evaluateReview(review))).format; // 'xeploai/result@1'
 * ```
 */
export function formatJson(result: ReviewResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}
