// The json-rules-engine encoding of the benchmark must agree with the library on every member
// (the benchmark prints the count; this keeps the encoding from drifting between runs).
import { describe, expect, it } from 'vitest';
import { buildContext } from '../src/evaluate/context.js';
import * as root from '../src/index.js';
import * as period from '../src/period/index.js';
import * as rules from '../src/rules/index.js';
import { qd124MemberParams } from '../src/rules/qd124-2023/index.js';
import { generateReview } from './generate.mjs';
import { buildEngine, evaluateWithEngine, libraryAnswer } from './jre.mjs';

const lib = { ...root, ...period, ...rules };

describe('json-rules-engine encoding of the qd124-2023 member rules', () => {
  it('agrees with evaluateMember on every member of a generated review', async () => {
    const review = lib.parseReview(generateReview({ members: 3000, seed: 31 }));
    const ruleSet = lib.getRuleSet('qd124-2023');
    const ctx = buildContext(review, lib.defaultSettings(ruleSet)).memberCtx;
    const engine = buildEngine(lib, ruleSet, ctx, qd124MemberParams);
    const disagree: unknown[] = [];
    for (let i = 0; i < review.members.length; i++) {
      const ours = libraryAnswer(ruleSet.evaluateMember(review.members[i]!, i, ctx));
      const theirs = await evaluateWithEngine(engine, review.members[i]);
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) disagree.push({ id: review.members[i]!.id, ours, theirs });
    }
    expect(disagree).toEqual([]);
  });
});

describe('the generator', () => {
  it('is deterministic and gives the same review as JSON and NDJSON', async () => {
    const { reviewText } = await import('./generate.mjs');
    const a = [...reviewText({ members: 400, format: 'ndjson', year: 2024, seed: 1, order: 'grouped' })].join('');
    const b = [...reviewText({ members: 400, format: 'ndjson', year: 2024, seed: 1, order: 'grouped' })].join('');
    expect(a).toBe(b);
    const json = JSON.parse([...reviewText({ members: 400, format: 'json', year: 2024, seed: 1, order: 'grouped' })].join('')) as { members: unknown[] };
    expect(json.members).toHaveLength(400);
    expect(lib.safeParseReview(json).success).toBe(true);
  });
});
