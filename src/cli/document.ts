/**
 * A JSON document from a file, whether it is written as JSON or as NDJSON: `report`, `diff` and
 * `programme --results` read reviews and results in either form (docs/guides/formats.md §4). An NDJSON file's
 * first line holds the document's own fields (`format`, `year`, …) and each further line one list
 * entry, `{ "organization": … }`, `{ "member": … }`, and, for a result, `{ "leader": … }`,
 * `{ "check": … }` and the `{ "summary": … }` — the output of `evaluate --format ndjson`.
 *
 * @module
 */
import { XeploaiError, type InputIssue } from '../errors.js';
import { parseJsonText } from '../model/json.js';
import { CliError } from './exit.js';
import { loadJsonFile, openReviewInput, stripBom } from './input.js';
import { fileErrorReason } from './io.js';
import { readFileLines } from './readLines.js';

/** NDJSON entry keys and the list of the document each goes into (`summary` is one field). */
const LISTS: Readonly<Record<string, string>> = { organization: 'organizations', member: 'members', leader: 'leaders', check: 'checks', summary: 'summary' };

/**
 * Assembles the document an NDJSON file writes line by line. A line that is not JSON, not an
 * object with one known key, or that gives a key twice, is an input error with its line number.
 *
 * @example
 * ```ts
 * declare const file: string; // a review.ndjson
 * const review = await readNdjsonDocument(file, process.cwd());
 * Array.isArray(review['members']); // true
 * ```
 */
export async function readNdjsonDocument(file: string, cwd: string, label: string = file): Promise<Record<string, unknown>> {
  let document: Record<string, unknown> | undefined;
  const issues: InputIssue[] = [];
  const add = (issue: InputIssue, line: number): void => {
    if (issues.length < 1000) issues.push({ ...issue, path: issue.path === '' ? `line ${line}` : `line ${line}: ${issue.path}` });
  };
  const onLine = (raw: string, line: number): void => {
    const text = line === 1 ? stripBom(raw) : raw;
    if (text.trim() === '') return;
    const parsed = parseJsonText(text);
    if (!parsed.success) return add(parsed.issue, line);
    const value = parsed.value;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return add({ path: '', code: 'invalid-type', message: 'expected an object' }, line);
    const record = value as Record<string, unknown>;
    if (document === undefined) {
      document = { ...record };
      return;
    }
    const keys = Object.keys(record);
    const list = keys.length === 1 ? LISTS[keys[0]!] : undefined;
    if (list === undefined || (list === 'summary' && document['format'] !== 'xeploai/result@1')) {
      return add({ path: '', code: 'invalid-entry', message: `expected an object with one field, ${document['format'] === 'xeploai/result@1' ? '"member", "leader", "organization", "check" or "summary"' : '"organization" or "member"'}, got the fields ${keys.map((k) => JSON.stringify(k)).join(', ')}` }, line);
    }
    if (list === 'summary') {
      document['summary'] = record['summary'];
      return;
    }
    const entries = (document[list] ??= []) as unknown[];
    if (!Array.isArray(entries)) return add({ path: list, code: 'invalid-entry', message: `expected the ${list} as lines of their own, not in the first line` }, line);
    entries.push(record[keys[0]!]);
  };
  try {
    await readFileLines(file, cwd, onLine);
  } catch (error) {
    throw new CliError(`${label}: cannot read: ${fileErrorReason(error)}`);
  }
  if (issues.length > 0) throw new XeploaiError(issues);
  if (document === undefined) throw new CliError(`${label}: invalid JSON: the file is empty`);
  // A review's lists are there even when no line gave an entry.
  if (document['format'] === 'xeploai/review@1') {
    document['organizations'] ??= [];
    document['members'] ??= [];
  }
  if (document['format'] === 'xeploai/result@1') {
    for (const list of ['members', 'leaders', 'organizations', 'checks']) document[list] ??= [];
  }
  return document;
}

/**
 * Reads a review or result document from `file`, JSON or NDJSON (by extension or first line; a
 * FIFO or pipe is read once), with the errors of `loadJsonFile` and `readNdjsonDocument`.
 *
 * @example
 * ```ts
 * const review = await loadDocument('examples/xa-an-binh-2024.json', process.cwd());
 * review['format']; // 'xeploai/review@1'
 * ```
 */
export async function loadDocument(file: string, cwd: string): Promise<Record<string, unknown>> {
  const source = await openReviewInput(file, cwd);
  try {
    return source.kind === 'ndjson' ? await readNdjsonDocument(source.path, cwd, file) : await loadJsonFile(source.path, cwd, file);
  } finally {
    source.release();
  }
}
