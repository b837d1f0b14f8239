import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../../builtIn.js';
import type { Discipline, Organization } from '../../model/index.js';

type MemberDiscipline = Discipline<'khien-trach' | 'canh-cao'>;
import { evaluateNdjson } from '../../stream/run.js';
import { allTot, member, organization, reviewOf, ndjsonOf } from '../../testing/index.js';

const best = { results: 'xuat-sac', building: 'tot', leadership: 'tot' } as const;
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

/**
 * Two đảng bộ cơ sở under one district: the member moved from `cb-cu` (under `db-cu`) to
 * `cb-moi` (under `db-moi`), where he sits on the chi ủy, and was disciplined there.
 */
function transfer(year: number, disciplines: MemberDiscipline[]) {
  const orgs: Organization[] = [organization('huyen', 'cap-tren')];
  for (const side of ['cu', 'moi']) {
    orgs.push(organization(`db-${side}`, 'dang-bo-co-so', { parentId: 'huyen', criteria: best }));
    orgs.push(organization(`cb-${side}`, 'chi-bo', { parentId: `db-${side}`, criteria: best }));
    for (let i = 0; i < 4; i++) orgs.push(organization(`cb-${side}-${i}`, 'chi-bo', { parentId: `db-${side}`, proposedLevel: 'HTTNV' }));
  }
  const m = member('m', 'cb-moi', { criteria: allTot, posts: [{ orgId: 'cb-moi', title: 'Chi ủy viên' }], disciplines });
  return reviewOf(year, orgs, [m]);
}

const moved: MemberDiscipline = { form: 'khien-trach', decidedOn: '2024-05-05', orgIdAtViolation: 'cb-cu' };

function byId(result: ReturnType<typeof evaluateReview>) {
  return (id: string) => result.organizations.find((o) => o.id === id)!;
}

describe('a violation at the old unit (QĐ 124 Điều 12 k4 4.6)', () => {
  const file = transfer(2024, [moved]);
  const result = evaluateReview(file);
  const at = byId(result);

  it('never counts for the new unit: neither its leadership collective nor its đảng bộ', () => {
    expect(at('cb-moi')).toMatchObject({ level: 'HTXSNV' });
    expect(codes(at('cb-moi'))).toEqual([]);
    expect(at('db-moi')).toMatchObject({ level: 'HTXSNV' });
    expect(codes(at('db-moi'))).toEqual([]);
  });

  it('counts for the old unit and its ancestors as one of its members\' cases', () => {
    expect(at('cb-cu').level).toBe('HTXSNV');
    expect(at('cb-cu').findings).toEqual([expect.objectContaining({ code: 'counts-for-other-unit', severity: 'warning', path: 'members[0].disciplines[0]', cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.6' } })]);
    expect(at('db-cu').level).toBe('HTNV');
    expect(codes(at('db-cu'))).toEqual(['collective-bar-htxsnv', 'collective-bar-httnv', 'subordinate-discipline']);
  });

  it('the member is still disciplined, with a counts-for-other-unit warning', () => {
    const m = result.members[0]!;
    expect(m.level).toBe('KHTNV');
    expect(m.findings.find((f) => f.code === 'counts-for-other-unit')).toMatchObject({ severity: 'warning', cite: { article: 'Điều 12, khoản 4, điểm 4.6' } });
  });

  it('the stream gives the same result', () => {
    expect(evaluateNdjson(ndjsonOf(file))).toEqual(result);
  });

  it('under QĐ 132 (no transfer rule) the discipline counts at the member\'s current unit, as before', () => {
    const old = transfer(2021, [{ ...moved, decidedOn: '2021-05-05' }]);
    const r = evaluateReview(old);
    const at132 = byId(r);
    expect(codes(at132('db-moi'))).toContain('subordinate-discipline');
    expect(codes(at132('db-cu'))).not.toContain('subordinate-discipline');
    expect(codes(r.members[0]!)).not.toContain('counts-for-other-unit');
    expect(evaluateNdjson(ndjsonOf(old))).toEqual(r);
  });
});

describe('violations at both units (QĐ 124 Điều 12 k4 4.7)', () => {
  const file = transfer(2024, [moved, { form: 'canh-cao', decidedOn: '2024-09-09', orgIdAtViolation: 'cb-moi' }]);
  const result = evaluateReview(file);
  const at = byId(result);

  it('each record counts for the unit where its violation happened', () => {
    expect(codes(at('db-cu'))).toEqual(['collective-bar-htxsnv', 'collective-bar-httnv', 'subordinate-discipline']);
    expect(codes(at('db-moi'))).toEqual(['collective-bar-htxsnv', 'collective-bar-httnv', 'subordinate-discipline']);
    // The record at the new unit is the chi ủy member's own case there.
    expect(codes(at('cb-moi'))).toEqual(['collective-bar-htxsnv', 'collective-bar-httnv', 'leadership-collective-discipline']);
  });

  it('flags the record at the old unit with 4.7 (an assumption), on the member and on the old unit', () => {
    const both = { code: 'counts-for-other-unit', severity: 'warning', assumption: true, cite: expect.objectContaining({ article: 'Điều 12, khoản 4, điểm 4.7' }) };
    expect(result.members[0]!.findings.filter((f) => f.code === 'counts-for-other-unit')).toEqual([expect.objectContaining({ ...both, path: 'members[0].disciplines[0]' })]);
    expect(at('cb-cu').findings).toEqual([expect.objectContaining(both)]);
  });

  it('an absent orgIdAtViolation is the member\'s own unit', () => {
    const r = evaluateReview(transfer(2024, [moved, { form: 'canh-cao', decidedOn: '2024-09-09' }]));
    expect(byId(r)('cb-cu').findings[0]!.cite.article).toBe('Điều 12, khoản 4, điểm 4.7');
    expect(codes(byId(r)('db-moi'))).toContain('collective-bar-httnv');
  });

  it('the stream gives the same result', () => {
    expect(evaluateNdjson(ndjsonOf(file))).toEqual(result);
  });
});
