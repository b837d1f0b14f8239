import { describe, expect, it } from 'vitest';
import { evaluateReview } from '../builtIn.js';
import { getRuleSet } from '../rules/registry.js';
import { review } from './builder.js';
import { evaluateWith, gradesFor } from './evaluate.js';
import { ExpectationError, expectFinding, expectLevel, expectNoFinding } from './expect.js';

const qd124 = getRuleSet('qd124-2023');

function thrown(fn: () => unknown): ExpectationError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ExpectationError) return e;
    throw e;
  }
  throw new Error('expected the assertion to fail');
}

const lan = review(2024)
  .reviewDate('2024-12-15')
  .organization({ id: 'cb-thon-1', name: 'Chi bộ thôn 1', proposedLevel: 'HTTNV' })
  .member({ id: 'dv-1', criteria: gradesFor(qd124, 'individual', 'tot') })
  .member({ id: 'dv-2', admittedOn: '2024-09-01', proposedLevel: 'HTTNV' })
  .member({ id: 'dv-3', name: 'Vũ Thị Lan', criteria: { results: 'tot', politics: 'tot' }, disciplines: [{ form: 'khien-trach', decidedOn: '2024-06-15' }] })
  .head({ id: 'dv-4', proposedLevel: 'HTXSNV', name: 'Lê Văn Bí Thư' }, 'cb-thon-1');

describe('expectLevel', () => {
  const result = evaluateWith(qd124, lan);

  it('passes silently when the level is the expected one', () => {
    expectLevel(result, 'dv-1', 'HTTNV');
    expectLevel(result, 'dv-2', null);
    expectLevel(result, { organization: 'cb-thon-1' }, 'HTTNV');
    expectLevel(result, { leader: 'dv-4' }, 'HTXSNV');
  });

  it('says who, what was expected, what came out and why, with the citation — Vietnamese first, then English', () => {
    const e = thrown(() => expectLevel(result, 'dv-3', 'HTTNV'));
    const why = result.members[2]!.findings.find((f) => f.code === 'discipline-in-year')!;
    expect(why.message.vi).toMatch(/^Bị xử lý kỷ luật trong năm/);
    expect(e.vi).toBe(`Đảng viên dv-3 (Vũ Thị Lan): mong đợi HTTNV, thực tế KHTNV — do: ${why.message.vi} (124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)`);
    expect(e.en).toMatch(/^Member dv-3 \(Vũ Thị Lan\): expected HTTNV, got KHTNV — because: .+ \(124-QĐ\/TW · Điều 12, khoản 4, điểm 4\.3 d\)$/);
    expect(e.message).toBe(`${e.vi}\n${e.en}`);
    expect(e.expected).toBe('HTTNV');
    expect(e.actual).toBe('KHTNV');
  });

  it('explains a subject outside the rating', () => {
    const e = thrown(() => expectLevel(result, 'dv-2', 'HTTNV'));
    expect(e.vi).toMatch(/^Đảng viên dv-2 \(Trần Thị Bình\): mong đợi HTTNV, thực tế không xếp loại — do: .*chưa đủ 6 tháng.* \(124-QĐ\/TW · Điều 5, khoản 2, giả định\)$/);
    expect(e.en).toContain('got not rated');
  });

  it('gives the basis when no ceiling lowered a level that is higher than expected', () => {
    const e = thrown(() => expectLevel(result, 'dv-1', 'HTNV'));
    expect(e.vi).toBe('Đảng viên dv-1 (Nguyễn Văn An): mong đợi HTNV, thực tế HTTNV — không có mức trần nào áp dụng; căn cứ xếp loại: HTTNV (Hoàn thành tốt nhiệm vụ)');
  });

  it('names organizations and heads', () => {
    expect(thrown(() => expectLevel(result, 'cb-thon-1', 'HTXSNV')).vi).toMatch(/^Tổ chức đảng cb-thon-1 \(Chi bộ thôn 1\): mong đợi HTXSNV, thực tế HTTNV/);
    expect(thrown(() => expectLevel(result, { leader: 'dv-4' }, 'HTNV')).vi).toMatch(/^Người đứng đầu dv-4 \(Lê Văn Bí Thư\) tại cb-thon-1 \(Chi bộ thôn 1\): mong đợi HTNV, thực tế HTXSNV/);
  });

  it('lists the ids there are when the subject is not in the result', () => {
    const e = thrown(() => expectLevel(result, 'dv-9', 'HTNV'));
    expect(e.vi).toBe('Không tìm thấy "dv-9" trong kết quả — đảng viên: dv-1, dv-2, dv-3, dv-4; tổ chức đảng: cb-thon-1');
  });

  it('works on a plain result (ids only) and on { result, review }', () => {
    const file = lan.build();
    const plain = evaluateReview(file);
    expect(thrown(() => expectLevel(plain, 'dv-3', 'HTTNV')).vi).toMatch(/^Đảng viên dv-3: mong đợi HTTNV/);
    expect(thrown(() => expectLevel({ result: plain, review: file }, 'dv-3', 'HTTNV')).vi).toMatch(/^Đảng viên dv-3 \(Vũ Thị Lan\)/);
  });
});

describe('expectFinding / expectNoFinding', () => {
  const result = evaluateWith(qd124, lan);

  it('returns the finding that matches', () => {
    const f = expectFinding(result, 'dv-3', 'discipline-in-year', { severity: 'cap', cap: 'KHTNV', cite: { doc: '124-QĐ/TW', article: 'Điều 12, khoản 4, điểm 4.3 d' } });
    expect(f.path).toBe('members[2].disciplines[0]');
    expectNoFinding(result, 'dv-1', 'discipline-in-year');
  });

  it('lists the findings there are when the code is missing', () => {
    expect(thrown(() => expectFinding(result, 'dv-1', 'discipline-in-year')).vi).toBe(
      'Đảng viên dv-1 (Nguyễn Văn An): mong đợi phát hiện «discipline-in-year», không có — các phát hiện: —',
    );
    expect(thrown(() => expectFinding(result, 'dv-2', 'discipline-in-year')).vi).toBe(
      'Đảng viên dv-2 (Trần Thị Bình): mong đợi phát hiện «discipline-in-year», không có — các phát hiện: new-member [not-rated]',
    );
  });

  it('says which fields differ', () => {
    const e = thrown(() => expectFinding(result, 'dv-3', 'discipline-in-year', { cap: 'HTNV', cite: { article: 'Điều 1' } }));
    expect(e.vi).toBe('Đảng viên dv-3 (Vũ Thị Lan): có phát hiện «discipline-in-year» nhưng khác mong đợi (mong đợi ≠ thực tế): cap: "HTNV" ≠ "KHTNV"; cite.article: "Điều 1" ≠ "Điều 12, khoản 4, điểm 4.3 d"');
  });

  it('quotes the unexpected finding with its citation', () => {
    const e = thrown(() => expectNoFinding(result, 'dv-3', 'discipline-in-year'));
    const f = result.members[2]!.findings.find((x) => x.code === 'discipline-in-year')!;
    expect(e.vi).toBe(`Đảng viên dv-3 (Vũ Thị Lan): không mong đợi phát hiện «discipline-in-year», nhưng có: ${f.message.vi} (124-QĐ/TW · Điều 12, khoản 4, điểm 4.3 d)`);
  });
});

describe('evaluateWith', () => {
  it('applies setting overrides over the file', () => {
    const b = review(2024).settings({ headCap: 'warn' }).organization({ id: 'cb', proposedLevel: 'HTNV' }).head({ proposedLevel: 'HTTNV' }, 'cb');
    expectLevel(evaluateWith('qd124-2023', b), { leader: 'dv-1' }, 'HTTNV');
    expectLevel(evaluateWith('qd124-2023', b, { headCap: 'cap' }), { leader: 'dv-1' }, 'HTNV');
  });
});
