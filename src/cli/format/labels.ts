/**
 * Words of the human-readable outputs, in Vietnamese and English.
 *
 * @module
 */
import type { Period } from '../../model/index.js';
import type { OrganizationKind } from '../../model/index.js';
import type { Severity } from '../../rules/types.js';

/** Language of a human-readable output. @example `const lang: Lang = 'vi';` */
export type Lang = 'vi' | 'en';

/** The languages `--lang` accepts. @example `LANGS.includes('en'); // true` */
export const LANGS: readonly Lang[] = ['vi', 'en'];

const TEXT = {
  title: { vi: 'KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG', en: 'QUALITY RATING RESULT' },
  ruleSet: { vi: 'Bộ quy tắc', en: 'Rule set' },
  period: { vi: 'Kỳ đánh giá', en: 'Period' },
  reviewDate: { vi: 'Ngày xếp loại', en: 'Rating date' },
  settings: { vi: 'Thiết lập khác mặc định', en: 'Settings differing from the defaults' },
  summary: { vi: 'TỔNG HỢP', en: 'SUMMARY' },
  subjects: { vi: 'Đối tượng', en: 'Subjects' },
  members: { vi: 'Đảng viên', en: 'Party members' },
  leaders: { vi: 'Lãnh đạo, quản lý', en: 'Leaders' },
  deputies: { vi: 'Lãnh đạo, quản lý (cấp phó)', en: 'Leaders (deputies)' },
  organizations: { vi: 'Tổ chức đảng', en: 'Party organizations' },
  rated: { vi: 'Được xếp loại', en: 'Rated' },
  notRated: { vi: 'Không xếp loại', en: 'Not rated' },
  checks: { vi: 'KIỂM TRA', en: 'CHECKS' },
  check: { vi: 'Kiểm tra', en: 'Check' },
  scope: { vi: 'Phạm vi', en: 'Scope' },
  outcome: { vi: 'Kết quả', en: 'Outcome' },
  ok: { vi: 'đạt', en: 'ok' },
  failed: { vi: 'không đạt', en: 'failed' },
  checkWarning: { vi: 'lưu ý', en: 'warning' },
  demote: { vi: 'cần hạ', en: 'to move down' },
  allowed: { vi: 'tối đa', en: 'allowed' },
  suggest: { vi: 'đề xuất hạ', en: 'suggested' },
  id: { vi: 'Mã', en: 'Id' },
  name: { vi: 'Tên', en: 'Name' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  kind: { vi: 'Loại hình', en: 'Kind' },
  chiBo: { vi: 'Chi bộ', en: 'Party cell' },
  post: { vi: 'Chức vụ', en: 'Post' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  level: { vi: 'Xếp loại', en: 'Level' },
  basis: { vi: 'Căn cứ', en: 'Basis' },
  findings: { vi: 'Phát hiện', en: 'Findings' },
  notRatedCell: { vi: 'không xếp loại', en: 'not rated' },
  details: { vi: 'CHI TIẾT PHÁT HIỆN', en: 'FINDINGS IN DETAIL' },
  common: { vi: 'Phát hiện chung', en: 'Common findings' },
  appliesTo: { vi: 'áp dụng cho', en: 'applies to' },
  assumption: { vi: 'giả định', en: 'assumption' },
  none: { vi: 'không có', en: 'none' },
} as const satisfies Record<string, Record<Lang, string>>;

/** Key of a fixed phrase. @example `const k: TextKey = 'summary';` */
export type TextKey = keyof typeof TEXT;

/**
 * A fixed phrase in the chosen language.
 *
 * @example
 * ```ts
 * t('members', 'vi'); // 'Đảng viên'
 * ```
 */
export function t(key: TextKey, lang: Lang): string {
  return TEXT[key][lang];
}

const KINDS: Readonly<Record<OrganizationKind, Record<Lang, string>>> = {
  'dang-bo-co-so': { vi: 'Đảng bộ cơ sở', en: 'Grassroots party committee' },
  'chi-bo-co-so': { vi: 'Chi bộ cơ sở', en: 'Grassroots party cell' },
  'dang-bo-bo-phan': { vi: 'Đảng bộ bộ phận', en: 'Sectional party committee' },
  'chi-bo': { vi: 'Chi bộ trực thuộc', en: 'Affiliated party cell' },
  'cap-tren': { vi: 'Cấp trên', en: 'Higher level' },
};

/**
 * Name of an organization kind; an unknown kind is shown as is.
 *
 * @example
 * ```ts
 * kindLabel('chi-bo', 'vi'); // 'Chi bộ trực thuộc'
 * ```
 */
export function kindLabel(kind: string, lang: Lang): string {
  return wordFor(KINDS, kind, lang);
}

/**
 * The period in words.
 *
 * @example
 * ```ts
 * periodLabel({ kind: 'quarter', quarter: 2 }, 2025, 'vi'); // 'quý 2 năm 2025'
 * ```
 */
export function periodLabel(period: Period, year: number, lang: Lang): string {
  switch (period.kind) {
    case 'year':
      return lang === 'vi' ? `năm ${year}` : `year ${year}`;
    case 'quarter':
      return lang === 'vi' ? `quý ${period.quarter} năm ${year}` : `Q${period.quarter} ${year}`;
    case 'term':
      return lang === 'vi' ? `nhiệm kỳ ${period.fromYear}–${period.toYear}` : `term ${period.fromYear}–${period.toYear}`;
  }
}

/** The word for `key` in a table of words, or the key itself when the table has none. */
function wordFor(table: Readonly<Record<string, Record<Lang, string>>>, key: string, lang: Lang): string {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key]![lang] : key;
}

const SCOPE_KINDS: Readonly<Record<string, Record<Lang, string>>> = {
  tccsd: { vi: 'TCCSĐ', en: 'grassroots organization' },
  'chi-bo': { vi: 'chi bộ', en: 'party cell' },
  group: { vi: 'nhóm tương đồng', en: 'peer group' },
  parent: { vi: 'trực thuộc', en: 'under' },
  root: { vi: 'các tổ chức cấp cao nhất', en: 'the top-level organizations' },
  organization: { vi: 'tổ chức', en: 'organization' },
  review: { vi: 'cả hồ sơ', en: 'the whole review' },
};

/**
 * A check's scope in words: its kind (`tccsd` → `TCCSĐ`, `parent` → `trực thuộc`…) then the id
 * and the organization's name when known; an unknown kind is shown as is.
 *
 * @example
 * ```ts
 * scopeLabel({ kind: 'parent', id: 'xa' }, 'vi', 'Đảng bộ xã'); // 'trực thuộc xa (Đảng bộ xã)'
 * scopeLabel({ kind: 'parent', id: '' }, 'en'); // 'the top-level organizations'
 * scopeLabel({ kind: 'group', id: 'xa-thi-tran' }, 'vi'); // 'nhóm tương đồng xa-thi-tran'
 * ```
 */
export function scopeLabel(scope: { readonly kind: string; readonly id: string }, lang: Lang, name?: string): string {
  if (scope.id === '') return wordFor(SCOPE_KINDS, scope.kind === 'parent' ? 'root' : scope.kind, lang);
  return `${wordFor(SCOPE_KINDS, scope.kind, lang)} ${scope.id}${name && name !== scope.id ? ` (${name})` : ''}`;
}

const CHECKS: Readonly<Record<string, Record<Lang, string>>> = {
  quota: { vi: 'Tỷ lệ HTXSNV', en: 'HTXSNV quota' },
  'civil-service-share': { vi: 'Liên thông CBCCVC', en: 'Civil-service linkage' },
  'rule-set-years': { vi: 'Năm áp dụng bộ quy tắc', en: 'Rule set years' },
};

/**
 * A check's name in words; an unknown code is shown as is.
 *
 * @example
 * ```ts
 * checkLabel('quota', 'vi'); // 'Tỷ lệ HTXSNV'
 * checkLabel('tinh-x', 'vi'); // 'tinh-x'
 * ```
 */
export function checkLabel(code: string, lang: Lang): string {
  return wordFor(CHECKS, code, lang);
}

const SEVERITIES: Readonly<Record<Severity, Record<Lang, string>>> = {
  cap: { vi: 'giới hạn', en: 'cap' },
  'not-rated': { vi: 'không xếp loại', en: 'not rated' },
  error: { vi: 'lỗi', en: 'error' },
  warning: { vi: 'lưu ý', en: 'warning' },
  info: { vi: 'thông tin', en: 'info' },
};

/**
 * Name of a finding severity.
 *
 * @example
 * ```ts
 * severityLabel('warning', 'vi'); // 'lưu ý'
 * ```
 */
export function severityLabel(severity: string, lang: Lang): string {
  return wordFor(SEVERITIES, severity, lang);
}

/**
 * A share as a percentage with one decimal, written the way the language writes decimals.
 *
 * @example
 * ```ts
 * percent(17, 116, 'vi'); // '14,7%'
 * percent(17, 116, 'en'); // '14.7%'
 * ```
 */
export function percent(count: number, total: number, lang: Lang): string {
  if (total === 0) return '–';
  const text = ((count * 100) / total).toFixed(1);
  return `${lang === 'vi' ? text.replace('.', ',') : text}%`;
}
