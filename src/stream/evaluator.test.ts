import { describe, expect, it } from 'vitest';
import { generateReview, reviewText } from '../../bench/generate.mjs';
import { evaluateReview } from '../evaluate/index.js';
import { formatJson } from '../cli/format/json.js';
import { collectResult, evaluateNdjson } from './run.js';
import { JsonResultWriter, ndjsonLine } from './output.js';
import { NdjsonEvaluator, type StreamRecord } from './evaluator.js';

function ndjsonOf(review: { organizations: unknown[]; members: unknown[]; [k: string]: unknown }): string {
  const { organizations, members, ...header } = review;
  return [JSON.stringify(header), ...organizations.map((o) => JSON.stringify({ organization: o })), ...members.map((m) => JSON.stringify({ member: m }))].join('\n');
}

describe('streaming equals evaluateReview', () => {
  it.each([
    [2024, {}],
    [2024, { headCap: 'cap', orgLinkageThresholds: true, subordinateDisciplineKhtnv: true, collectiveHtnvRequiresNoDiscipline: true }],
    [2024, { quotaScope: 'chi-bo', quotaBase: 'httnv-and-above', quotaMinimumOne: true, civilServiceCap: 'cap' }],
    [2024, { quotaScope: 'group', disciplineCountsIn: 'decision-year', requireTaskData: true }],
    [2021, {}],
    [2021, { orgLinkageThresholds: false, headCap: 'cap' }],
    [2025, {}],
  ] as const)('year %i, settings %j', (year, settings) => {
    const review = generateReview({ members: 6000, year, seed: 7 });
    const withSettings = { ...review, settings: { ...(review['settings'] as object), ...settings } };
    const expected = evaluateReview(withSettings);
    const actual = evaluateNdjson(ndjsonOf(withSettings));
    expect(actual.members).toEqual(expected.members);
    expect(actual.organizations).toEqual(expected.organizations);
    expect(actual.leaders).toEqual(expected.leaders);
    expect(actual.checks).toEqual(expected.checks);
    expect(actual.summary).toEqual(expected.summary);
    expect(actual).toEqual(expected);
  });

  it('gives the same result when the members of a chi bộ are not together, and organizations come last', () => {
    const review = generateReview({ members: 3000, order: 'interleaved', seed: 3 });
    const { organizations, members, ...header } = review;
    const text = [JSON.stringify(header), ...members.map((m) => JSON.stringify({ member: m })), ...organizations.map((o) => JSON.stringify({ organization: o }))].join('\n');
    const reordered = { ...header, organizations, members };
    expect(evaluateNdjson(text)).toEqual(evaluateReview(reordered));
  });

  it('writes the json document byte for byte as the json format does', () => {
    const review = generateReview({ members: 2000, seed: 11 });
    let text = '';
    const writer = new JsonResultWriter((s) => {
      text += s;
    });
    const records: StreamRecord[] = [];
    const evaluator = new NdjsonEvaluator({}, (r) => {
      records.push(r);
      writer.write(r);
    });
    ndjsonOf(review).split('\n').forEach((line, i) => evaluator.line(line, i + 1));
    evaluator.end();
    evaluator.finish();
    expect(text).toBe(formatJson(evaluateReview(review)));
    expect(collectResult(records)).toEqual(evaluateReview(review));
    expect(ndjsonLine(records[0]!).startsWith('{"format":"xeploai/result@1"')).toBe(true);
  });

  it('equals the generator\'s own NDJSON', () => {
    const text = [...reviewText({ members: 1500, format: 'ndjson', year: 2024, seed: 5, order: 'grouped' })].join('');
    const json = JSON.parse([...reviewText({ members: 1500, format: 'json', year: 2024, seed: 5, order: 'grouped' })].join('')) as unknown;
    expect(evaluateNdjson(text)).toEqual(evaluateReview(json));
  });
});
