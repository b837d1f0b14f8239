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

/** Parts are joined up to about this many characters before they are handed on. */
const PART_CHARS = 1 << 20;

function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replaceAll('\n', `\n${indent}`);
}

/**
 * The same text as `formatJson`, in parts of about 1 MB: a result of a million members is more
 * text than one string may hold (V8 stops at about 512 M characters), so it is written part by
 * part, one list entry at a time.
 *
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import type { ReviewInput } from 'xeploai';
 * declare const review: ReviewInput;
 * const result = evaluateReview(review);
 * [...formatJsonParts(result)].join('') === formatJson(result); // true
 * ```
 */
export function* formatJsonParts(result: ReviewResult): Generator<string> {
  let part = '{';
  let first = true;
  for (const [key, value] of Object.entries(result)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    part += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!Array.isArray(value) || value.length === 0) {
      part += indented(value, '  ');
      continue;
    }
    part += '[';
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      part += `${i === 0 ? '' : ','}\n    ${item === undefined || typeof item === 'function' ? 'null' : indented(item, '    ')}`;
      if (part.length >= PART_CHARS) {
        yield part;
        part = '';
      }
    }
    part += '\n  ]';
  }
  yield `${part}${first ? '}' : '\n}'}\n`;
}
