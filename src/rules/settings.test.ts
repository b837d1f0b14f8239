import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { XeploaiError } from '../errors.js';
import { evaluateNdjson } from '../stream/run.js';
import { getRuleSet } from './registry.js';
import { resolveSettings, settingDomain } from './settings.js';

const file = (year: number, settings: Record<string, unknown>) => ({
  format: 'xeploai/review@1' as const,
  year,
  organizations: [{ id: 'cb', name: 'Chi bộ', kind: 'chi-bo-co-so' as const }],
  members: [],
  settings,
});

describe('a setting\'s domain comes from the rule set (issue 16, one rule for every door)', () => {
  it('quotaPercent above the rule set\'s maximum is an input error at settings.quotaPercent, under QĐ 132 and QĐ 124', () => {
    for (const id of ['qd132-2018', 'qd124-2023']) {
      expect(settingDomain(getRuleSet(id), 'quotaPercent')).toEqual({ kind: 'integer', min: 1, max: 20 });
      const r = resolveSettings(getRuleSet(id), { quotaPercent: 25 });
      expect(r.success).toBe(false);
      if (!r.success) expect(r.issues[0]).toMatchObject({ path: 'settings.quotaPercent', code: 'invalid-setting', message: expect.stringContaining('from 1 to 20') });
      expect(resolveSettings(getRuleSet(id), { quotaPercent: 20 }).success).toBe(true);
    }
  });

  it('a review (settings or --set) with quotaPercent 25 under QĐ 124 is refused, not evaluated with every pool failing', () => {
    expect(() => evaluateReview(file(2024, { quotaPercent: 25 }) as never)).toThrow(XeploaiError);
    expect(() => evaluateReview(file(2024, { quotaPercent: 25 }) as never)).toThrow(/settings\.quotaPercent/);
    const { organizations, members: _m, ...header } = file(2024, { quotaPercent: 25 });
    expect(() => evaluateNdjson([JSON.stringify(header), ...organizations.map((o) => JSON.stringify({ organization: o }))].join('\n'))).toThrow(/settings\.quotaPercent/);
  });
});
