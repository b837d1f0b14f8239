/**
 * Words and numbers of the report outputs (tables, CSV, HTML), in Vietnamese and English.
 * Numbers are written by hand rather than with `Intl.NumberFormat`, so the output does not depend
 * on the ICU data of the runtime.
 *
 * @module
 */
import { LEVEL_LABELS, type Level } from '../levels.js';
import type { OrganizationKind } from '../model/index.js';
import type { IndicatorDirection, IndicatorStatus, IndicatorUnit } from '../programme/types.js';
import { TYPE_ROW_NAMES } from '../report/rollUp.js';
import type { TallySubjects } from '../report/types.js';

/**
 * Language of a report output.
 *
 * @example
 * ```ts
 * import type { ReportLang } from 'xeploai/report';
 * const lang: ReportLang = 'vi';
 * ```
 */
export type ReportLang = 'vi' | 'en';

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/**
 * A number with a fixed number of decimals, written the language's way: `1.234,5` in Vietnamese,
 * `1,234.5` in English. The value is rounded half-up in decimal (it is usually already rounded).
 *
 * @example
 * ```ts
 * import { formatNumber } from 'xeploai/report';
 * formatNumber(5600000, 'vi'); // '5.600.000'
 * formatNumber(87.07, 'vi', 2); // '87,07'
 * formatNumber(87.1, 'en', 2); // '87.10'
 * ```
 */
export function formatNumber(value: number, lang: ReportLang, decimals = 0): string {
  const negative = value < 0;
  const scaled = Math.round(Math.abs(value) * 10 ** decimals);
  const digits = String(scaled).padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const fraction = digits.slice(digits.length - decimals);
  const [thousands, point] = lang === 'vi' ? ['.', ','] : [',', '.'];
  return `${negative ? '-' : ''}${group(whole, thousands)}${decimals > 0 ? point + fraction : ''}`;
}

/**
 * A percentage with its `%`, or `–` when there is none (a base of 0).
 *
 * @example
 * ```ts
 * import { formatPercent } from 'xeploai/report';
 * formatPercent(87.07, 'vi'); // '87,07%'
 * formatPercent(null, 'vi'); // '–'
 * ```
 */
export function formatPercent(value: number | null, lang: ReportLang, decimals = 2): string {
  return value === null ? '–' : `${formatNumber(value, lang, decimals)}%`;
}

/**
 * A value in an indicator's unit: a percentage, or a count (with decimals only when it has them,
 * as a line between two counts may).
 *
 * @example
 * ```ts
 * import { formatValue } from 'xeploai/report';
 * formatValue(3, 'count', 'vi'); // '3'
 * formatValue(2.5, 'count', 'vi'); // '2,50'
 * formatValue(90, 'percent', 'vi'); // '90,00%'
 * ```
 */
export function formatValue(value: number | null, unit: IndicatorUnit, lang: ReportLang, decimals = 2): string {
  if (value === null) return '–';
  if (unit === 'percent') return formatPercent(value, lang, decimals);
  return formatNumber(value, lang, Number.isInteger(value) ? 0 : decimals);
}

/**
 * A target with its direction and strictness: `> 90%` (trên), `≥ 3%` (từ … trở lên), `≤ 20%`, `< 2%`.
 *
 * @example
 * ```ts
 * import { formatTarget } from 'xeploai/report';
 * formatTarget(90, 'percent', 'at-least', true, 'vi'); // '> 90%'
 * formatTarget(0, 'count', 'at-most', false, 'vi'); // '≤ 0'
 * ```
 */
export function formatTarget(value: number | null, unit: IndicatorUnit, direction: IndicatorDirection, strict: boolean, lang: ReportLang): string {
  if (value === null) return '–';
  const sign = direction === 'at-least' ? (strict ? '>' : '≥') : strict ? '<' : '≤';
  const decimals = Number.isInteger(value) ? 0 : String(value).split('.')[1]?.length ?? 0;
  const text = formatNumber(value, lang, decimals);
  return `${sign} ${text}${unit === 'percent' ? '%' : ''}`;
}

type Words = Readonly<Record<ReportLang, string>>;

const STATUS: Readonly<Record<IndicatorStatus, Words>> = {
  dat: { vi: 'Đạt', en: 'Met' },
  vuot: { vi: 'Vượt', en: 'Exceeded' },
  'chua-dat': { vi: 'Chưa đạt', en: 'Not met' },
  'chua-co-so-lieu': { vi: 'Chưa có số liệu', en: 'No data yet' },
};

/**
 * Name of a verdict; `null` (no target that year) is `–`.
 *
 * @example
 * ```ts
 * import { statusLabel } from 'xeploai/report';
 * statusLabel('chua-dat', 'vi'); // 'Chưa đạt'
 * ```
 */
export function statusLabel(status: IndicatorStatus | null, lang: ReportLang): string {
  return status === null ? '–' : STATUS[status][lang];
}

/**
 * Whether an actual is on the line to the final target, in words.
 *
 * @example
 * ```ts
 * import { onTrackLabel } from 'xeploai/report';
 * onTrackLabel(false, 'vi'); // 'Chậm so với lộ trình'
 * ```
 */
export function onTrackLabel(onTrack: boolean | null, lang: ReportLang): string {
  if (onTrack === null) return '–';
  if (lang === 'vi') return onTrack ? 'Đúng lộ trình' : 'Chậm so với lộ trình';
  return onTrack ? 'On track' : 'Behind the line';
}

const SUBJECTS: Readonly<Record<TallySubjects, Words>> = {
  members: { vi: 'Đảng viên', en: 'Party members' },
  tccsd: { vi: 'Tổ chức cơ sở đảng', en: 'Grassroots party organizations (TCCSĐ)' },
  'dang-bo-co-so': { vi: 'Đảng bộ cơ sở', en: 'Grassroots party committees' },
  'chi-bo-co-so': { vi: 'Chi bộ cơ sở', en: 'Grassroots party cells' },
  'dang-bo-bo-phan': { vi: 'Đảng bộ bộ phận', en: 'Sectional party committees' },
  'chi-bo': { vi: 'Chi bộ trực thuộc', en: 'Affiliated party cells' },
  'cap-tren': { vi: 'Cấp trên cơ sở', en: 'Levels above the grassroots' },
};

/**
 * Name of what a tally counts (also of an organization kind).
 *
 * @example
 * ```ts
 * import { subjectsLabel } from 'xeploai/report';
 * subjectsLabel('chi-bo', 'vi'); // 'Chi bộ trực thuộc'
 * ```
 */
export function subjectsLabel(subjects: TallySubjects | OrganizationKind, lang: ReportLang): string {
  return SUBJECTS[subjects][lang];
}

const TYPES_EN: Readonly<Record<keyof typeof TYPE_ROW_NAMES, string>> = {
  xa: 'Communes',
  phuong: 'Wards',
  'dac-khu': 'Special zones',
  'co-quan-dang': 'Party agencies',
  'co-quan-nha-nuoc': 'State agencies',
  'mttq-doan-the': 'Fatherland Front and mass organisations',
  'don-vi-su-nghiep': 'Public service units',
  'doanh-nghiep-nha-nuoc': 'State-owned enterprises',
  'doanh-nghiep-ngoai-nha-nuoc': 'Non-state enterprises',
  'quan-doi': 'Army',
  'cong-an': 'Police',
  khac: 'Other',
  'chua-phan-loai': 'Type not given',
};

/**
 * Name of an organization type (loại hình), or of the row of TCCSĐ without one; an unknown slug is shown as is.
 *
 * @example
 * ```ts
 * import { typeLabel } from 'xeploai/report';
 * typeLabel('doanh-nghiep-nha-nuoc', 'vi'); // 'Doanh nghiệp nhà nước'
 * ```
 */
export function typeLabel(type: string, lang: ReportLang): string {
  if (!Object.prototype.hasOwnProperty.call(TYPE_ROW_NAMES, type)) return type;
  const key = type as keyof typeof TYPE_ROW_NAMES;
  return lang === 'vi' ? TYPE_ROW_NAMES[key] : TYPES_EN[key];
}

const REASONS: Readonly<Record<string, Words>> = {
  'new-member': { vi: 'mới kết nạp chưa đủ 6 tháng', en: 'admitted less than 6 months before' },
  exempt: { vi: 'miễn công tác và sinh hoạt đảng', en: 'exempt from party work' },
  suspended: { vi: 'đình chỉ sinh hoạt đảng', en: 'suspended from party activity' },
  'new-organization': { vi: 'mới thành lập chưa đủ 6 tháng', en: 'founded less than 6 months before' },
  'above-grassroots-not-rated': { vi: 'cấp trên cơ sở, không có căn cứ xếp loại', en: 'above the grassroots, no basis given' },
  'no-basis': { vi: 'chưa có căn cứ xếp loại', en: 'no basis for a level' },
  'not-reviewed': { vi: 'chưa kiểm điểm', en: 'not reviewed' },
  unknown: { vi: 'không rõ lý do', en: 'reason not given' },
};

/**
 * Why subjects were not rated, from the finding code; an unknown code is shown as is.
 *
 * @example
 * ```ts
 * import { reasonLabel } from 'xeploai/report';
 * reasonLabel('new-member', 'vi'); // 'mới kết nạp chưa đủ 6 tháng'
 * ```
 */
export function reasonLabel(code: string, lang: ReportLang): string {
  return Object.prototype.hasOwnProperty.call(REASONS, code) ? REASONS[code]![lang] : code;
}

/**
 * The short name of a level (its abbreviation) and the long one.
 *
 * @example
 * ```ts
 * import { levelName } from 'xeploai/report';
 * levelName('HTTNV', 'vi'); // 'Hoàn thành tốt nhiệm vụ'
 * ```
 */
export function levelName(level: Level, lang: ReportLang): string {
  return LEVEL_LABELS[level][lang];
}

const TEXT = {
  rollUpTitle: { vi: 'TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG', en: 'SUMMARY OF QUALITY RATINGS' },
  year: { vi: 'Năm', en: 'Year' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  kind: { vi: 'Loại tổ chức', en: 'Kind' },
  type: { vi: 'Loại hình', en: 'Type' },
  total: { vi: 'Tổng số', en: 'Total' },
  grandTotal: { vi: 'Tổng cộng', en: 'Total' },
  rated: { vi: 'Được xếp loại', en: 'Rated' },
  notRated: { vi: 'Không xếp loại', en: 'Not rated' },
  reasons: { vi: 'Lý do không xếp loại', en: 'Why not rated' },
  httnvOrBetter: { vi: 'HTTNV trở lên', en: 'HTTNV or better' },
  htxsnvShare: { vi: 'Tỷ lệ HTXSNV', en: 'HTXSNV share' },
  overHttnv: { vi: 'HTXSNV/chỉ HTTNV', en: 'HTXSNV/exactly HTTNV' },
  overHttnvOrBetter: { vi: 'HTXSNV/HTTNV trở lên', en: 'HTXSNV/HTTNV or better' },
  overRated: { vi: 'HTXSNV/được xếp loại', en: 'HTXSNV/rated' },
  overHttnvLong: { vi: 'HTXSNV trên số chỉ xếp loại HTTNV (cơ sở tỷ lệ 20%)', en: 'HTXSNV over those rated exactly HTTNV (the 20% quota base)' },
  overHttnvOrBetterLong: { vi: 'HTXSNV trên số HTTNV trở lên (HTXSNV và HTTNV)', en: 'HTXSNV over those rated HTTNV or better (HTXSNV and HTTNV)' },
  unitLevel: { vi: 'Xếp loại của đơn vị', en: 'Own level' },
  exempt: { vi: 'Miễn đánh giá', en: 'Exempt' },
  notReviewed: { vi: 'Chưa kiểm điểm', en: 'Not reviewed' },
  noBasis: { vi: 'Chưa có căn cứ', en: 'No basis' },
  ofTotalNote: { vi: '(1) tỷ lệ trên tổng số', en: '(1) share of all' },
  ofRatedNote: { vi: '(2) tỷ lệ trên số được đánh giá, xếp loại', en: '(2) share of those rated' },
  notReviewedList: { vi: 'Đảng viên chưa được kiểm điểm, đánh giá, xếp loại', en: 'Members who were not reviewed' },
  count: { vi: 'Số lượng', en: 'Count' },
  noTree: { vi: 'Không có tệp kiểm điểm: các tổ chức được liệt kê phẳng, không có tên và cây tổ chức.', en: 'No review given: organizations are listed flat, without names or tree.' },
  programmeTitle: { vi: 'ĐÁNH GIÁ THỰC HIỆN CHỈ TIÊU', en: 'PROGRESS AGAINST TARGETS' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  target: { vi: 'Mục tiêu', en: 'Target' },
  actual: { vi: 'Thực hiện', en: 'Actual' },
  status: { vi: 'Đánh giá', en: 'Verdict' },
  line: { vi: 'Lộ trình', en: 'Line' },
  onTrack: { vi: 'Tiến độ', en: 'Progress' },
  source: { vi: 'Nguồn số liệu', en: 'Source' },
  sourceMetric: { vi: 'tính từ kết quả', en: 'computed' },
  sourceActuals: { vi: 'số liệu nhập', en: 'entered' },
  summary: { vi: 'SƠ KẾT', en: 'INTERIM REVIEW' },
  met: { vi: 'Chỉ tiêu đạt, vượt', en: 'Indicators met' },
  behind: { vi: 'Chỉ tiêu chưa đạt', en: 'Indicators not met' },
  offTrack: { vi: 'Chỉ tiêu chậm so với lộ trình', en: 'Indicators behind the line' },
  noData: { vi: 'Chỉ tiêu chưa có số liệu', en: 'Indicators without data' },
  consecutiveOrgs: { vi: 'Tổ chức đảng KHTNV hai năm liền', en: 'Party organizations KHTNV two years running' },
  consecutiveMembers: { vi: 'Đảng viên KHTNV hai năm liền', en: 'Members KHTNV two years running' },
  weakest: { vi: 'Đơn vị xếp loại thấp nhất', en: 'Weakest units' },
  none: { vi: 'không có', en: 'none' },
  level: { vi: 'Xếp loại', en: 'Level' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  membersRated: { vi: 'ĐV được xếp loại', en: 'Members rated' },
  membersGood: { vi: 'ĐV HTTNV trở lên', en: 'Members HTTNV+' },
  membersKhtnv: { vi: 'ĐV KHTNV', en: 'Members KHTNV' },
  asOf: { vi: 'Thời điểm sơ kết', en: 'As of' },
  period: { vi: 'Thời gian thực hiện', en: 'Period' },
  cite: { vi: 'Căn cứ', en: 'Source' },
} as const satisfies Record<string, Words>;

/** Key of a fixed phrase. @example `const k: ReportTextKey = 'target';` */
export type ReportTextKey = keyof typeof TEXT;

/**
 * A fixed phrase of the report outputs.
 *
 * @example
 * ```ts
 * import { reportText } from 'xeploai/report';
 * reportText('target', 'vi'); // 'Mục tiêu'
 * ```
 */
export function reportText(key: ReportTextKey, lang: ReportLang): string {
  return TEXT[key][lang];
}
