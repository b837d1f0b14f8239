/**
 * "Did you mean …" for a misspelt field name, enumerated value, id, criterion, setting or rule
 * set: the input is folded (Vietnamese without diacritics, đ as d, lower case, spaces as hyphens)
 * so `'chính thức'` finds `'chinh-thuc'` and `'httnv'` finds `'HTTNV'`; otherwise the candidate
 * nearest by edit distance (fastest-levenshtein), when it is near enough to be a slip.
 *
 * @module
 */
import { distance } from 'fastest-levenshtein';

/** Past this many candidates (ids of a province) no edit distance is computed: a message must stay cheap. */
const MAX_CANDIDATES = 2000;

/**
 * Folds a text for matching: NFD without combining marks, `đ` as `d`, lower case, runs of
 * spaces and underscores as one hyphen, trimmed.
 *
 * @internal
 * @example
 * ```ts
 * foldForMatch('  Chính  Thức '); // 'chinh-thuc'
 * foldForMatch('Đảng_bộ'); // 'dang-bo'
 * ```
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim()
    .replace(/[\s_]+/g, '-');
}

/**
 * The candidate a mistyped `input` most likely meant, or `undefined`: first one equal to it once
 * both are folded (diacritics, case, spaces), else the nearest by edit distance on the folded
 * texts when at most one edit, or a third of the longer text, apart.
 *
 * @internal
 * @example
 * ```ts
 * suggestionFor('chính thức', ['chinh-thuc', 'du-bi']); // 'chinh-thuc'
 * suggestionFor('admitted', ['id', 'admittedOn', 'orgId']); // 'admittedOn'
 * suggestionFor('httnv', ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV']); // 'HTTNV'
 * suggestionFor('zzz', ['chinh-thuc', 'du-bi']); // undefined
 * ```
 */
export function suggestionFor(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > 200) return undefined;
  const list: string[] = [];
  for (const candidate of candidates) {
    if (list.length === MAX_CANDIDATES) return undefined;
    list.push(candidate);
  }
  const folded = foldForMatch(input);
  if (folded === '') return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of list) {
    if (candidate === input) continue;
    const other = foldForMatch(candidate);
    if (other === folded) return candidate;
    const d = distance(folded, other);
    if (d < bestDistance && d <= Math.max(1, Math.floor(Math.max(folded.length, other.length) / 3)) && d < Math.max(folded.length, other.length)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * `; did you mean "X"?` for an error message, or `''` when no candidate is near (or the input is
 * not a string).
 *
 * @internal
 * @example
 * ```ts
 * didYouMean('tốt', ['xuat-sac', 'tot', 'trung-binh', 'kem']); // '; did you mean "tot"?'
 * didYouMean(3, ['tot']); // ''
 * ```
 */
export function didYouMean(input: unknown, candidates: Iterable<string>): string {
  if (typeof input !== 'string') return '';
  const found = suggestionFor(input, candidates);
  return found === undefined ? '' : `; did you mean ${JSON.stringify(found)}?`;
}
