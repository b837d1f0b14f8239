import { describe, expect, it } from 'vitest';
import { didYouMean, foldForMatch, suggestionFor } from './suggest.js';

describe('did you mean …', () => {
  it('matches Vietnamese with diacritics, another case or spaces to the slug', () => {
    expect(suggestionFor('chính thức', ['chinh-thuc', 'du-bi'])).toBe('chinh-thuc');
    expect(suggestionFor('Dự bị', ['chinh-thuc', 'du-bi'])).toBe('du-bi');
    expect(suggestionFor('tốt', ['xuat-sac', 'tot', 'trung-binh', 'kem'])).toBe('tot');
    expect(suggestionFor('Xuất sắc', ['xuat-sac', 'tot', 'trung-binh', 'kem'])).toBe('xuat-sac');
    expect(suggestionFor('httnv', ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'])).toBe('HTTNV');
    expect(suggestionFor('đảng bộ cơ sở', ['dang-bo-co-so', 'chi-bo-co-so'])).toBe('dang-bo-co-so');
    expect(foldForMatch(' Khiển  trách ')).toBe('khien-trach');
  });

  it('finds a misspelt field or id by edit distance, and nothing far away', () => {
    expect(suggestionFor('admitted', ['id', 'orgId', 'admittedOn'])).toBe('admittedOn');
    expect(suggestionFor('orgID', ['id', 'orgId'])).toBe('orgId');
    expect(suggestionFor('organisations', ['organizations', 'members'])).toBe('organizations');
    expect(suggestionFor('chi-bo-cs', ['dang-bo-co-so', 'chi-bo-co-so', 'chi-bo'])).toBe('chi-bo-co-so');
    expect(suggestionFor('dv-0013', ['dv-0012', 'dv-0100'])).toBe('dv-0012');
    expect(suggestionFor('comment', ['id', 'name', 'orgId', 'status'])).toBeUndefined();
    expect(suggestionFor('', ['a'])).toBeUndefined();
    expect(suggestionFor('x', [])).toBeUndefined();
  });

  it('stays cheap: no suggestion among more than 2000 candidates', () => {
    const ids = Array.from({ length: 2001 }, (_, i) => `dv-${i}`);
    expect(suggestionFor('dv-1x', ids)).toBeUndefined();
    expect(suggestionFor('dv-1x', ids.slice(0, 2000))).toBeDefined();
  });

  it('writes the hint for a message, only for a string', () => {
    expect(didYouMean('tốt', ['tot'])).toBe('; did you mean "tot"?');
    expect(didYouMean(1, ['tot'])).toBe('');
    expect(didYouMean('zzzz', ['tot'])).toBe('');
  });
});
