/**
 * Input errors: one error lists every problem, each with the path of the field.
 *
 * @module
 */

/**
 * One problem in the input.
 *
 * @example
 * ```ts
 * const issue: InputIssue = {
 *   path: 'members[3].admittedOn', code: 'invalid-date',
 *   message: 'expected a date YYYY-MM-DD, got "2024-02-30"',
 * };
 * ```
 */
export interface InputIssue {
  /** Where, e.g. `members[3].disciplines[0].decidedOn`; `''` for the whole document; NDJSON adds `line N:`. */
  readonly path: string;
  /** A stable machine-readable code such as `invalid-date`, `unknown-field`, `duplicate-id`. */
  readonly code: string;
  /** What was expected and what was received, in plain English. */
  readonly message: string;
}

/**
 * The error thrown by `parse*` and `evaluate*` functions for invalid input.
 * `issues` lists every problem found, in document order.
 *
 * @example
 * ```ts
 * import { parseReview, XeploaiError } from 'xeploai';
 * try {
 *   parseReview({ format: 'xeploai/review@1' });
 * } catch (e) {
 *   if (e instanceof XeploaiError) console.log(e.issues.map((i) => `${i.path}: ${i.message}`));
 * }
 * ```
 */
export class XeploaiError extends Error {
  /** Always `invalid-input` for input errors. */
  readonly code: 'invalid-input';
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(formatIssues(issues));
    this.name = 'XeploaiError';
    this.code = 'invalid-input';
    this.issues = issues;
  }
}

/**
 * Formats issues one per line as `path: message`.
 *
 * @example
 * ```ts
 * import { formatIssues } from 'xeploai';
 * formatIssues([{ path: 'year', code: 'invalid-type', message: 'expected an integer, got "2024"' }]);
 * // 'year: expected an integer, got "2024"'
 * ```
 */
export function formatIssues(issues: readonly InputIssue[]): string {
  return issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('\n');
}

/**
 * The outcome of a `safe*` function: never throws.
 *
 * @example
 * ```ts
 * import { safeParseReview } from 'xeploai';
 * const r = safeParseReview({});
 * if (!r.success) r.issues.length; // > 0
 * ```
 */
export type SafeResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly issues: readonly InputIssue[] };

/**
 * Formats a received value for an error message: short, quoted strings, type names for objects.
 *
 * @internal
 * @example
 * ```ts
 * describeValue('2024-02-30'); // '"2024-02-30"'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
      return JSON.stringify(shown);
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}
