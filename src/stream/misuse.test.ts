// The stream API's misuse is a clear error (issue #21, item 16).
import { describe, expect, it } from 'vitest';
import { NdjsonEvaluator, type StreamRecord } from './evaluator.js';

const LINES = [
  '{"format":"xeploai/review@1","year":2024,"reviewDate":"2024-12-15"}',
  '{"organization":{"id":"cb","name":"Chi bộ thôn 1","kind":"chi-bo-co-so","proposedLevel":"HTTNV"}}',
  '{"member":{"id":"dv-1","name":"Lê Văn Bình","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-05-19","proposedLevel":"HTTNV"}}',
];

function finished(): { evaluator: NdjsonEvaluator; records: StreamRecord[] } {
  const records: StreamRecord[] = [];
  const evaluator = new NdjsonEvaluator({}, (r) => records.push(r));
  LINES.forEach((text, i) => evaluator.line(text, i + 1));
  evaluator.finish();
  return { evaluator, records };
}

describe('NdjsonEvaluator misuse', () => {
  it('refuses finish() twice, without emitting the organizations, checks and summary again', () => {
    const { evaluator, records } = finished();
    const count = records.length;
    expect(() => evaluator.finish()).toThrow('xeploai: NdjsonEvaluator.finish() called after finish()');
    expect(records).toHaveLength(count);
  });

  it('refuses line() after finish(): no member after the summary', () => {
    const { evaluator, records } = finished();
    expect(() => evaluator.line(LINES[2]!.replace('dv-1', 'dv-2'), 4)).toThrow('xeploai: NdjsonEvaluator.line() called after finish()');
    expect(records.at(-1)?.kind).toBe('summary');
  });

  it('refuses line() after end(), and end() twice', () => {
    const evaluator = new NdjsonEvaluator({}, () => {});
    evaluator.line(LINES[0]!, 1);
    evaluator.end();
    expect(() => evaluator.line(LINES[1]!, 2)).toThrow('called after end()');
    expect(() => evaluator.end()).toThrow('NdjsonEvaluator.end() called after end()');
  });

  it.each([[null, 'null'], [undefined, 'nothing'], [42, '42'], [{ member: {} }, 'an object']])('refuses a line that is not a string (%j) with a TypeError naming it', (value, shown) => {
    const evaluator = new NdjsonEvaluator({}, () => {});
    evaluator.line(LINES[0]!, 1);
    expect(() => evaluator.line(value as unknown as string, 2)).toThrow(new TypeError(`xeploai: NdjsonEvaluator.line() expects the text of a line (a string), got ${shown} at line 2`));
  });
});
