import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runChecks } from '../../check/index.js';
import { REVIEW, RESULTS } from '../../check/testFixture.js';
import { makeContext, memberResult, testParams, withCivil } from '../../check/testUtil.js';
import { XeploaiError } from '../../errors.js';
import type { ReviewResult } from '../../rules/types.js';
import type { CliIo } from '../io.js';

// The engine is replaced by a canned result so the command is tested on its own.
const evaluateReview = vi.fn<(input: unknown, options?: unknown) => ReviewResult>();
vi.mock('../../builtIn.js', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../builtIn.js')>()),
  evaluateReview: (input: unknown, options?: unknown) => evaluateReview(input, options),
  parseAndEvaluateReview: (input: unknown, options?: unknown) => ({ review: input, result: evaluateReview(input, options) }),
}));
const { runCheck, parseCheckArgs, checkReport } = await import('./check.js');

const counts = { rated: 0, notRated: 0, HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
function resultOf(results: Pick<ReviewResult, 'members' | 'organizations' | 'leaders'>, checks = runChecks(makeContext(REVIEW), withCivil(results, makeContext(REVIEW)), { checks: testParams(), settings: {} }, makeContext(REVIEW))): ReviewResult {
  return { format: 'xeploai/result@1', ruleSet: { id: 'qd124-2023', title: 't', documents: [] }, year: 2024, period: { kind: 'year' }, reviewDate: '2024-12-31', settings: {}, ...results, checks, summary: { members: counts, leaders: counts, organizations: counts } };
}

function io(): CliIo & { out: () => string; err: () => string } {
  let out = '';
  let err = '';
  const dir = mkdtempSync(path.join(tmpdir(), 'xeploai-check-'));
  writeFileSync(path.join(dir, 'review.json'), JSON.stringify(REVIEW));
  return { stdout: (s) => void (out += s), stderr: (s) => void (err += s), stdoutIsTTY: false, env: {}, cwd: dir, out: () => out, err: () => err };
}

// a block body: a function returned from beforeEach would run as a teardown
beforeEach(() => {
  evaluateReview.mockReset();
});

describe('xeploai check', () => {
  it('exits 1 and prints each failing check with its unit, numbers, citation and moves', async () => {
    evaluateReview.mockReturnValue(resultOf(RESULTS));
    const t = io();
    expect(await runCheck(['review.json', '--lang', 'en'], t)).toBe(1);
    const out = t.out();
    expect(out).toMatch(/^xeploai check — qd124-2023, 2024\nFAILED: 8 failing checks, 0 subjects that cannot be rated/);
    expect(out).toContain('✗ HTXSNV quota · members · grassroots organization xa-a');
    expect(out).toContain('HTXSNV 5 · HTTNV 15 · HTNV 0 · KHTNV 0 · allowed 3 · to move down 2');
    expect(out).toContain('Citation: (TEST · Điều 1)');
    expect(out).toContain('    - a1-x2\n    - a1-x1');
    expect(out).toContain('! Warning: Civil-service linkage');
    expect(t.err()).toBe('');
  });

  it('passes settings and the rule set through to the engine', async () => {
    evaluateReview.mockReturnValue(resultOf({ members: [], organizations: [], leaders: [] }));
    const t = io();
    expect(await runCheck(['review.json', '--set', 'quotaScope=chi-bo', '--rule-set', 'qd124-2023'], t)).toBe(0);
    expect(evaluateReview).toHaveBeenCalledWith(expect.objectContaining({ format: 'xeploai/review@1' }), { ruleSet: 'qd124-2023', settings: { quotaScope: 'chi-bo' } });
    expect(t.out()).toContain('ĐẠT');
  });

  it('exits 1 on a subject with an error finding even when every check passes', async () => {
    const noBasis = { ...memberResult('dv-9', 'cb-c', null), findings: [{ code: 'no-basis', severity: 'error' as const, assumption: false, cite: { doc: 'xeploai', article: 'docs/guides/formats.md §1' }, message: { vi: 'Không có căn cứ', en: 'No basis' } }] };
    evaluateReview.mockReturnValue(resultOf({ members: [noBasis], organizations: [], leaders: [] }));
    const t = io();
    expect(await runCheck(['review.json', '--format', 'json'], t)).toBe(1);
    const json = JSON.parse(t.out());
    expect(json).toMatchObject({ ok: false, failed: [], errors: [{ subjects: 'members', id: 'dv-9', finding: { code: 'no-basis' } }] });
  });

  it('treats a failing warning check as a failure only with --strict', () => {
    const results = { members: RESULTS.members.map((m) => (m.level === 'HTXSNV' ? { ...m, level: 'HTTNV' as const } : m)), organizations: [], leaders: [] };
    const result = resultOf(results);
    // no HTXSNV member left: the quota holds, the CBCCVC share (2/4 against 0/20) does not
    expect(result.checks.filter((c) => !c.ok).map((c) => c.code)).toEqual(['civil-service-share']);
    expect(checkReport(result, false).ok).toBe(true);
    expect(checkReport(result, true).ok).toBe(false);
  });

  it('lists an open decision (decision-required, no proposedLevel): reported without --strict, a failure with it', async () => {
    const finding = { code: 'decision-required', severity: 'warning' as const, assumption: false, cite: { doc: '366-QĐ/TW', article: 'Điều 11, khoản 4' }, message: { vi: 'Bất khả kháng: cấp có thẩm quyền quyết định', en: 'Force majeure: the competent level decides' } };
    // a1-new has no proposedLevel in the fixture; a1-x1 (HTXSNV proposed) has decided
    const members = [{ ...memberResult('a1-new', 'cb-a1', 'HTTNV'), findings: [finding] }, { ...memberResult('a1-x1', 'cb-a1', 'HTTNV'), findings: [finding] }];
    evaluateReview.mockReturnValue(resultOf({ members, organizations: [], leaders: [] }));
    const t = io();
    expect(await runCheck(['review.json', '--lang', 'en'], t)).toBe(0);
    expect(t.out()).toContain('PASS');
    expect(t.out()).toContain('? Open decision: ');
    expect(t.out()).toContain('a1-new: awaiting the competent level');
    expect(t.out()).toContain('Citation: (366-QĐ/TW · Điều 11, khoản 4)');
    expect(t.out()).not.toContain('member:a1-x1');
    const strict = io();
    expect(await runCheck(['review.json', '--strict', '--format', 'json'], strict)).toBe(1);
    const json = JSON.parse(strict.out());
    expect(json).toMatchObject({ ok: false, warnings: [] });
    expect(json.failed.filter((c: { code: string }) => c.code === 'decision-required')).toMatchObject([{ scope: { kind: 'member', id: 'a1-new' }, severity: 'warning', findings: [finding] }]);
    const table = io();
    expect(await runCheck(['review.json', '--strict'], table)).toBe(1);
    expect(table.out()).toContain('✗ decision-required · đảng viên · member a1-new');
  });

  it('gives the corrections in the json output', async () => {
    evaluateReview.mockReturnValue(resultOf(RESULTS));
    const t = io();
    await runCheck(['review.json', '-f', 'json'], t);
    expect(JSON.parse(t.out()).corrections.members.slice(0, 2)).toEqual([
      { id: 'c-x1', from: 'HTXSNV', to: 'HTTNV' },
      { id: 'lone-x1', from: 'HTXSNV', to: 'HTTNV' },
    ]);
  });

  it('lets invalid input through as XeploaiError (exit 2 in main) without writing stdout', async () => {
    const invalid = new XeploaiError([{ path: 'year', code: 'invalid-type', message: 'expected an integer' }]);
    evaluateReview.mockImplementation(() => {
      throw invalid;
    });
    const t = io();
    const error = await runCheck(['review.json'], t).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBe(invalid);
    expect(t.out()).toBe('');
  });

  it('rejects a bad format, a missing file argument and unknown options as usage errors', () => {
    expect(() => parseCheckArgs(['r.json', '--format', 'csv'])).toThrow(/unknown --format "csv"/);
    expect(() => parseCheckArgs([])).toThrow(/missing FILE/);
    expect(() => parseCheckArgs(['r.json', '--nope'])).toThrow(/xeploai check/);
    expect(parseCheckArgs(['r.json', '--strict'])).toMatchObject({ file: 'r.json', format: 'table', strict: true, lang: 'vi' });
  });
});
