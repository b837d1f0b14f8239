/**
 * Writing a streamed result: NDJSON (one line per record) or the JSON result document, byte for
 * byte as `JSON.stringify(result, null, 2)` would write it, without holding the result.
 *
 * @module
 */
import type { MemberResult } from '../rules/types.js';
import type { StreamRecord } from './evaluator.js';

/**
 * One NDJSON line (with its newline) for a record: the header fields as they are, every entry
 * wrapped in its kind: `{"member":{…}}`, `{"leader":{…}}`, `{"organization":{…}}`,
 * `{"check":{…}}`, `{"summary":{…}}`.
 *
 * @example
 * ```ts
 * import { ndjsonLine } from 'xeploai/stream';
 * ndjsonLine({ kind: 'member', value: { id: 'dv-1', orgId: 'cb', rated: false, level: null, findings: [] } });
 * // '{"member":{"id":"dv-1","orgId":"cb","rated":false,"level":null,"findings":[]}}\n'
 * ```
 */
export function ndjsonLine(record: StreamRecord): string {
  if (record.kind === 'text') return record.text;
  return record.kind === 'header' ? `${JSON.stringify(record.value)}\n` : `{"${record.kind}":${JSON.stringify(record.value)}}\n`;
}

/**
 * How a member result is rendered ahead of time (in a worker thread) for an output format:
 * its NDJSON line, or its text inside the JSON document's `members` list.
 *
 * @internal
 * @example
 * ```ts
 * memberRenderer('ndjson')({ id: 'dv-1', orgId: 'cb', rated: false, level: null, findings: [] }).startsWith('{"member":'); // true
 * ```
 */
export function memberRenderer(format: 'ndjson' | 'json'): (result: MemberResult) => string {
  return format === 'ndjson' ? (value) => ndjsonLine({ kind: 'member', value }) : (value) => indented(value, 2);
}

/**
 * What joins consecutive rendered member results in one `text` record: nothing for NDJSON (each
 * line ends with its newline), a comma and the list indent in the JSON document.
 *
 * @internal
 * @example
 * ```ts
 * memberSeparator('ndjson'); // ''
 * ```
 */
export function memberSeparator(format: 'ndjson' | 'json'): string {
  return format === 'ndjson' ? '' : ',\n    ';
}

const LISTS = { member: 'members', leader: 'leaders', organization: 'organizations', check: 'checks' } as const;
const ORDER = ['members', 'leaders', 'organizations', 'checks'] as const;

/** `JSON.stringify(value, null, 2)` as it appears `depth` levels deep in a document. */
function indented(value: unknown, depth: number): string {
  const text = JSON.stringify(value, null, 2);
  return depth === 0 || !text.includes('\n') ? text : text.replaceAll('\n', `\n${'  '.repeat(depth)}`);
}

/**
 * Writes the result document `xeploai/result@1` from streamed records, in the shape of the CLI's
 * `json` format (two-space indent, final newline). Records must come in stream order (header,
 * members, leaders, organizations, checks, summary).
 *
 * @example
 * ```ts
 * import { JsonResultWriter } from 'xeploai/stream';
 * let text = '';
 * const writer = new JsonResultWriter((s) => { text += s; });
 * // for each record: writer.write(record); at the end the summary record closes the document.
 * ```
 */
export class JsonResultWriter {
  readonly #out: (text: string) => void;
  /** Index in ORDER of the list open now (-1: none yet), and whether it has an element. */
  #list = -1;
  #any = false;

  constructor(out: (text: string) => void) {
    this.#out = out;
  }

  write(record: StreamRecord): void {
    if (record.kind === 'header') {
      const head = indented(record.value, 0);
      this.#out(head.slice(0, head.lastIndexOf('\n')));
      return;
    }
    if (record.kind === 'summary') {
      this.#openUpTo(ORDER.length);
      this.#out(`,\n  "summary": ${indented(record.value, 1)}\n}\n`);
      return;
    }
    const list = ORDER.indexOf(LISTS[record.kind === 'text' ? record.of : record.kind]);
    this.#openUpTo(list);
    this.#out(`${this.#any ? ',' : ''}\n    ${record.kind === 'text' ? record.text : indented(record.value, 2)}`);
    this.#any = true;
  }

  /** Closes the open list and opens (empty) every list before `list`, then `list` itself. */
  #openUpTo(list: number): void {
    while (this.#list < list) {
      if (this.#list >= 0) this.#out(this.#any ? '\n  ]' : ']');
      this.#list++;
      this.#any = false;
      if (this.#list < ORDER.length) this.#out(`,\n  "${ORDER[this.#list]}": [`);
    }
  }
}
