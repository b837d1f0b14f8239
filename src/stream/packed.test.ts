import { describe, expect, it } from 'vitest';
import { generateReview } from '../../bench/generate.mjs';
import { EntryEvaluator } from './entries.js';
import { NdjsonEvaluator, type StreamRecord } from './evaluator.js';
import { JsonResultWriter, memberRenderer, memberSeparator, ndjsonLine } from './output.js';
import { OutcomePacker, forEachOutcome } from './packed.js';

function linesOf(review: { organizations: unknown[]; members: unknown[]; [k: string]: unknown }, order: 'orgs-first' | 'orgs-last'): string[] {
  const { organizations, members, ...header } = review;
  const orgs = organizations.map((o) => JSON.stringify({ organization: o }));
  const mems = members.map((m) => JSON.stringify({ member: m }));
  return [JSON.stringify(header), ...(order === 'orgs-first' ? [...orgs, ...mems] : [...mems, ...orgs])];
}

/** Runs the lines through the evaluator either one outcome at a time or in packed batches of `size` lines. */
function run(lines: string[], format: 'ndjson' | 'json', size: number | undefined): { text: string; error: unknown } {
  let text = '';
  const writer = new JsonResultWriter((s) => (text += s));
  const records: StreamRecord[] = [];
  const evaluator = new NdjsonEvaluator({}, (r) => (format === 'json' ? writer.write(r) : records.push(r)));
  evaluator.line(lines[0]!, 1);
  const entries = new EntryEvaluator(evaluator.header!, { render: memberRenderer(format) });
  const packer = new OutcomePacker(memberSeparator(format));
  let index = 0;
  for (let i = 1; i < lines.length; i++) {
    const outcome = entries.line(lines[i]!, i + 1, index, evaluator.valid);
    if (outcome.kind === 'member') index++;
    if (size === undefined) evaluator.apply(outcome);
    else {
      packer.add(outcome);
      if (i % size === 0 || i === lines.length - 1) evaluator.applyPacked(packer.take());
    }
  }
  let error: unknown;
  try {
    evaluator.end();
    evaluator.finish();
  } catch (e) {
    error = e;
  }
  if (format === 'ndjson') text = records.map(ndjsonLine).join('');
  return { text, error };
}

describe('packed outcomes (worker threads → folding thread)', () => {
  const review = generateReview({ members: 2500, year: 2024, seed: 11 });

  it.each([
    ['ndjson', 'orgs-first', 97],
    ['json', 'orgs-first', 500],
    ['ndjson', 'orgs-last', 64],
    ['json', 'orgs-last', 1],
  ] as const)('give the same %s output as folding one outcome at a time (%s, batches of %i lines)', (format, order, size) => {
    const lines = linesOf(review, order);
    const one = run(lines, format, undefined);
    const packed = run(lines, format, size);
    expect(one.error).toBeUndefined();
    expect(packed.text).toBe(one.text);
    expect(packed.text.length).toBeGreaterThan(100_000);
  });

  it('keep every problem and its line', () => {
    const lines = linesOf(review, 'orgs-first');
    lines[300] = lines[300]!.replace(/"admittedOn":"[^"]+"/, '"admittedOn":"2024-02-30"');
    lines[301] = '{"member":';
    const one = run(lines, 'ndjson', undefined);
    const packed = run(lines, 'ndjson', 50);
    expect(String(packed.error)).toBe(String(one.error));
    expect(String(packed.error)).toContain('line 301: member.admittedOn');
  });

  it('unpack organizations and problems between the members they came between', () => {
    const evaluator = new NdjsonEvaluator({}, () => undefined);
    evaluator.line('{"format":"xeploai/review@1","year":2024,"reviewDate":"2024-12-15"}', 1);
    const entries = new EntryEvaluator(evaluator.header!);
    const packer = new OutcomePacker('');
    const member = (id: string) => `{"member":{"id":"${id}","name":"A","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01","proposedLevel":"HTXSNV","posts":[{"title":"Bí thư","orgId":"cb","head":true}]}}`;
    packer.add(entries.line(member('dv-1'), 2, 0));
    packer.add(entries.line('{"organization":{"id":"cb","name":"Chi bộ","kind":"chi-bo-co-so"}}', 3, 1));
    packer.add(entries.line('[]', 4, 1));
    packer.add(entries.line(member('dv-2'), 5, 1));
    const seen: string[] = [];
    forEachOutcome(packer.take(), (o) => seen.push(o.kind === 'member' ? `member ${o.id} line ${o.line} #${o.index} ${o.level}` : `${o.kind}`));
    expect(seen).toEqual(['member dv-1 line 2 #0 HTXSNV', 'organization', 'issues', 'member dv-2 line 5 #1 HTXSNV']);
  });

  it('carry a member’s open decision-required check', () => {
    const evaluator = new NdjsonEvaluator({}, () => undefined);
    evaluator.line('{"format":"xeploai/review@1","year":2025,"reviewDate":"2025-12-15"}', 1);
    const header = evaluator.header!;
    const finding = { code: 'decision-required', severity: 'warning', assumption: false, cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 4' }, message: { vi: 'v', en: 'e' } } as const;
    const ruleSet = { ...header.ruleSet, evaluateMember: (...args: Parameters<typeof header.ruleSet.evaluateMember>) => ({ ...header.ruleSet.evaluateMember(...args), findings: [finding] }) };
    const entries = new EntryEvaluator({ ...header, ruleSet });
    const packer = new OutcomePacker('');
    const member = (id: string, proposed: string) => `{"member":{"id":"${id}","name":"A","orgId":"cb","status":"chinh-thuc","admittedOn":"2010-01-01"${proposed}}}`;
    packer.add(entries.line(member('dv-1', ''), 2, 0));
    packer.add(entries.line(member('dv-2', ',"proposedLevel":"HTNV"'), 3, 1));
    const seen: unknown[] = [];
    forEachOutcome(packer.take(), (o) => seen.push(o.kind === 'member' ? [o.id, o.decision?.scope] : o.kind));
    expect(seen).toEqual([['dv-1', { kind: 'member', id: 'dv-1' }], ['', undefined]]);
  });
});
