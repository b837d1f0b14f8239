import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { evaluateNdjson } from '../stream/run.js';
import { review } from '../testing/builder.js';

function file(year: number) {
  return review(year)
    .reviewDate(`${year}-12-15`)
    .organization({ id: 'huyen', name: 'Đảng bộ huyện Mẫu', kind: 'cap-tren', type: 'co-quan-dang' })
    .organization({ id: 'xa', name: 'Đảng bộ xã An Bình', kind: 'dang-bo-co-so', parentId: 'huyen', type: 'xa', proposedLevel: 'HTTNV' })
    .organization({ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo', parentId: 'xa', proposedLevel: 'HTTNV' })
    .member({ id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', proposedLevel: 'HTTNV' })
    .member({ id: 'dv-2', name: 'Vũ Thị Lan', orgId: 'cb', proposedLevel: 'HTTNV', notReviewed: { reason: 'Đi lao động ở nước ngoài' } })
    .member({ id: 'dv-3', name: 'Trần Văn Ba', orgId: 'cb', exemption: { kind: 'mien-cong-tac-sinh-hoat', from: '2020-01-01' }, notReviewed: { reason: 'Ốm' } })
    .raw();
}

describe('result@1 copies names, the tree and types (docs/guides/formats.md §2)', () => {
  const result = evaluateReview(file(2024));

  it('puts name after id, parentId and type after kind, as FORMAT.md writes them', () => {
    expect(Object.keys(result.members[0]!).slice(0, 3)).toEqual(['id', 'name', 'orgId']);
    expect(result.members[0]!.name).toBe('Lê Văn Bình');
    expect(result.organizations.map((o) => [o.id, o.name, o.parentId, o.type])).toEqual([
      ['huyen', 'Đảng bộ huyện Mẫu', undefined, 'co-quan-dang'],
      ['xa', 'Đảng bộ xã An Bình', 'huyen', 'xa'],
      ['cb', 'Chi bộ thôn 1', 'xa', undefined],
    ]);
    expect(Object.keys(result.organizations[1]!).slice(0, 6)).toEqual(['id', 'name', 'kind', 'parentId', 'type', 'rated']);
    expect('parentId' in result.organizations[0]!).toBe(false);
  });

  it('the stream engine writes the same entries', () => {
    const { organizations, members, ...header } = file(2024);
    const text = [JSON.stringify(header), ...organizations.map((o) => JSON.stringify({ organization: o })), ...members.map((m) => JSON.stringify({ member: m }))].join('\n');
    const streamed = evaluateNdjson(text);
    expect(streamed.members).toEqual(result.members);
    expect(streamed.organizations).toEqual(result.organizations);
  });
});

describe('notReviewed: not rated, finding not-reviewed with the reason, cited per rule set', () => {
  it.each([
    [2021, '21-HD/BTCTW', 'Mục II'],
    [2024, '124-QĐ/TW', 'Điều 5'],
    [2025, '366-QĐ/TW', 'Điều 3, khoản 4; Điều 5, khoản 2, tiểu mục 2.1'],
  ])('%i: %s %s', (year, doc, article) => {
    const r = evaluateReview(file(year));
    const m = r.members.find((x) => x.id === 'dv-2')!;
    expect([m.rated, m.level]).toEqual([false, null]);
    expect(m.findings).toHaveLength(1);
    expect(m.findings[0]).toMatchObject({ code: 'not-reviewed', severity: 'not-rated', path: 'members[1].notReviewed', cite: { doc, article } });
    expect(m.findings[0]!.message.vi).toContain('(Đi lao động ở nước ngoài)');
    // An exempt member is exempt, whatever else the file says: the texts take him out of the review.
    expect(r.members.find((x) => x.id === 'dv-3')!.findings[0]!.code).toBe('exempt');
  });

  it('refuses an empty reason with its path', () => {
    const bad = { ...file(2024), members: [{ ...file(2024).members[0]!, notReviewed: { reason: ' ' } }] };
    expect(() => evaluateReview(bad)).toThrow(/members\[0\]\.notReviewed\.reason/);
  });
});
