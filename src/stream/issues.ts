/**
 * Input problems of an NDJSON review, located by line: `line 17: member.disciplines[0].decidedOn`.
 *
 * @module
 */
import type { InputIssue } from '../errors.js';
import { formatPath, type PathedIssue, type PathSegments } from '../model/issues.js';

/**
 * A problem on one line of an NDJSON review. `path` is the field inside that line's object,
 * written as in a review file (`member.disciplines[0].decidedOn`, `settings.headCap`), or `''`
 * for the line as a whole.
 *
 * @example
 * ```ts
 * import type { LineIssue } from 'xeploai/stream';
 * const issue: LineIssue = { line: 17, path: 'member.admittedOn', code: 'invalid-date', message: 'expected a date YYYY-MM-DD, got "2024-02-30"' };
 * ```
 */
export interface LineIssue {
  readonly line: number;
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

/**
 * Most problems listed for one NDJSON file; reading stops after this many, so a file of the
 * wrong kind does not fill the memory with messages.
 *
 * @example
 * ```ts
 * import { MAX_LINE_ISSUES } from 'xeploai/stream';
 * MAX_LINE_ISSUES; // 1000
 * ```
 */
export const MAX_LINE_ISSUES = 1000;

/**
 * The `InputIssue` of a line issue: its path is `line N: path` (or `line N`), so `formatIssues`
 * prints `line 17: member.disciplines[0].decidedOn: expected …`.
 *
 * @example
 * ```ts
 * import { lineIssueToInputIssue } from 'xeploai/stream';
 * lineIssueToInputIssue({ line: 3, path: 'member.orgId', code: 'unknown-reference', message: 'expected …' }).path; // 'line 3: member.orgId'
 * ```
 */
export function lineIssueToInputIssue(issue: LineIssue): InputIssue {
  return { path: issue.path === '' ? `line ${issue.line}` : `line ${issue.line}: ${issue.path}`, code: issue.code, message: issue.message };
}

/**
 * Line issues from path-segment issues found in one line's object, with the first `drop` segments
 * of each path replaced by `prefix` (`['members', 0, 'orgId']` → `member.orgId`).
 *
 * @internal
 * @example
 * ```ts
 * atLine(3, [{ path: ['members', 0, 'orgId'], code: 'c', message: 'm' }], ['member'], 2)[0]?.path; // 'member.orgId'
 * ```
 */
export function atLine(line: number, issues: readonly PathedIssue[], prefix: PathSegments, drop = 0): LineIssue[] {
  return issues.map((i) => ({ line, path: formatPath([...prefix, ...i.path.slice(drop)]), code: i.code, message: i.message }));
}

/**
 * Sorts line issues by line (stable: issues on one line keep the order they were found in).
 *
 * @internal
 * @example
 * ```ts
 * sortByLine([{ line: 9, path: '', code: 'c', message: 'm' }, { line: 2, path: '', code: 'c', message: 'm' }])[0]?.line; // 2
 * ```
 */
export function sortByLine(issues: readonly LineIssue[]): LineIssue[] {
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => a.issue.line - b.issue.line || a.order - b.order)
    .map((k) => k.issue);
}
