/**
 * The one table that maps review@1 fields to the sheets and columns of a review workbook: field
 * path ↔ sheet, Vietnamese header, value type, allowed values and one line of help. The writers,
 * the reader and the *Hướng dẫn* sheet are all driven by it: a new field is one row here.
 *
 * @module
 */
import { LEVELS } from '../levels.js';
import { EXEMPTION_KINDS } from '../model/parts.js';
import { MEMBER_CONCLUSIONS, MEMBER_STATUSES, ORGANIZATION_CONCLUSIONS, PERIOD_KINDS } from '../model/schema.js';
import { GRADES, MEMBER_DISCIPLINE_FORMS, ORGANIZATION_DISCIPLINE_FORMS, ORGANIZATION_KINDS, ORGANIZATION_TYPES } from '../model/types.js';

/**
 * How a cell is read and written: `text`; `date` (an Excel date, `dd/mm/yyyy` or `YYYY-MM-DD`);
 * `count`, `year`, `number` (a number, `27,5` accepted); `flag` (`có`/`không`); `enum` (one of
 * `values`); `list` (several of `values`, comma-separated); `setting` (text, number or flag).
 *
 * @example
 * ```ts
 * import type { CellType } from 'xeploai/xlsx';
 * const t: CellType = 'date';
 * ```
 */
export type CellType = 'text' | 'date' | 'count' | 'year' | 'number' | 'flag' | 'enum' | 'list' | 'setting';

/**
 * The sheets of a review workbook: `review` (the review's own fields, one per row), the lists
 * `organizations` and `members` (one row per entry), and sheets of rows that belong to an entry
 * (`posts`, `disciplines`…: the column of kind `key` names the entry's id).
 *
 * @example
 * ```ts
 * import type { SheetId } from 'xeploai/xlsx';
 * const s: SheetId = 'posts';
 * ```
 */
export type SheetId = 'review' | 'organizations' | 'members' | 'posts' | 'memberDisciplines' | 'organizationDisciplines' | 'sameLevelBodies';

/**
 * One sheet of a review workbook: its name, and for a sheet of rows belonging to entries, the list
 * they belong to and the array field they fill.
 *
 * @example
 * ```ts
 * import { REVIEW_SHEETS } from 'xeploai/xlsx';
 * REVIEW_SHEETS.posts.name; // 'Chức vụ'
 * ```
 */
export interface SheetSpec {
  readonly name: string;
  readonly owner?: 'organizations' | 'members';
  readonly field?: string;
}

/**
 * The sheets, by id, in workbook order (then *Hướng dẫn*).
 *
 * @example
 * ```ts
 * import { REVIEW_SHEETS } from 'xeploai/xlsx';
 * REVIEW_SHEETS.members.name; // 'Đảng viên'
 * ```
 */
export const REVIEW_SHEETS: Readonly<Record<SheetId, SheetSpec>> = {
  review: { name: 'Kỳ kiểm điểm' },
  organizations: { name: 'Tổ chức' },
  members: { name: 'Đảng viên' },
  posts: { name: 'Chức vụ', owner: 'members', field: 'posts' },
  memberDisciplines: { name: 'Kỷ luật', owner: 'members', field: 'disciplines' },
  organizationDisciplines: { name: 'Kỷ luật tổ chức', owner: 'organizations', field: 'disciplines' },
  sameLevelBodies: { name: 'Cơ quan cùng cấp', owner: 'organizations', field: 'sameLevelBodies' },
};

/** The name of the sheet that explains every column. @example `GUIDE_SHEET // 'Hướng dẫn'` */
export const GUIDE_SHEET = 'Hướng dẫn';

/**
 * One column of a review workbook. `path` is the field inside the entry (`tasks.onTime`); a path
 * ending in `*` is a family of columns (`criteria.*`: one per criterion id, `history.*`: one per
 * year, `settings.*`: one row per setting). `key` marks the column naming the owning entry's id;
 * `only` shows a column in a template only under a 100-point (`score`) or a graded (`criteria`)
 * rule set (a column with data is always written).
 *
 * @example
 * ```ts
 * import { REVIEW_COLUMNS } from 'xeploai/xlsx';
 * REVIEW_COLUMNS.find((c) => c.sheet === 'members' && c.path === 'admittedOn')?.type; // 'date'
 * ```
 */
export interface ColumnSpec {
  readonly sheet: SheetId;
  readonly path: string;
  readonly header: string;
  readonly type: CellType;
  readonly values?: readonly string[];
  readonly help: string;
  readonly key?: boolean;
  readonly only?: 'score' | 'criteria';
  readonly width?: number;
}

const YES_NO = 'có hoặc không (để trống = không khai)';

const TASKS = (sheet: SheetId, whose: string): ColumnSpec[] => [
  { sheet, path: 'tasks.assigned', header: 'Số nhiệm vụ, chỉ tiêu được giao', type: 'count', help: `Số nhiệm vụ, chỉ tiêu ${whose} được giao trong năm (bắt buộc khi khai nhiệm vụ)` },
  { sheet, path: 'tasks.completed', header: 'Số hoàn thành', type: 'count', help: 'Số nhiệm vụ, chỉ tiêu đã hoàn thành (≤ số được giao)' },
  { sheet, path: 'tasks.onTime', header: 'Số hoàn thành đúng hạn', type: 'count', help: 'Số hoàn thành đúng tiến độ (≤ số hoàn thành); để trống = không rõ' },
  { sheet, path: 'tasks.exceeded', header: 'Số vượt mức', type: 'count', help: 'Số hoàn thành vượt mức (≤ số hoàn thành); để trống = không rõ' },
  { sheet, path: 'tasks.mainTargetsMissed', header: 'Không đạt chỉ tiêu chủ yếu', type: 'flag', help: `Có chỉ tiêu chủ yếu không đạt: ${YES_NO}` },
  { sheet, path: 'tasks.forceMajeure', header: 'Bất khả kháng', type: 'flag', help: `Nguyên nhân bất khả kháng: ${YES_NO}` },
  { sheet, path: 'tasks.basicIndicatorsMissed', header: 'Không đạt 5 chỉ tiêu KT-XH cơ bản', type: 'flag', help: `QĐ 366: không hoàn thành 5 chỉ tiêu kinh tế - xã hội cơ bản, theo đánh giá của cấp có thẩm quyền: ${YES_NO}` },
];

const SCORE = (sheet: SheetId): ColumnSpec[] => [
  { sheet, path: 'score.general', header: 'Điểm tiêu chí chung (≤ 30)', type: 'number', only: 'score', help: 'Điểm nhóm tiêu chí chung, 0–30, tối đa một chữ số thập phân (cùng với điểm kết quả)' },
  { sheet, path: 'score.results', header: 'Điểm kết quả (≤ 70)', type: 'number', only: 'score', help: 'Điểm nhóm tiêu chí kết quả thực hiện nhiệm vụ, 0–70' },
  { sheet, path: 'score.total', header: 'Tổng điểm (≤ 100)', type: 'number', only: 'score', help: 'Tổng điểm 0–100, chỉ khai khi không khai hai điểm thành phần' },
];

const SHORTCOMINGS = (sheet: SheetId): ColumnSpec[] => [
  { sheet, path: 'shortcomings.identified', header: 'Số hạn chế đã chỉ ra', type: 'count', help: 'Số hạn chế, khuyết điểm đã được chỉ ra ở kỳ trước' },
  { sheet, path: 'shortcomings.remedied', header: 'Số hạn chế đã khắc phục', type: 'count', help: 'Số đã khắc phục (≤ số đã chỉ ra)' },
];

const ENDING = (sheet: SheetId, conclusions: readonly string[]): ColumnSpec[] => [
  { sheet, path: 'criteria.*', header: 'Tiêu chí', type: 'enum', values: GRADES, only: 'criteria', help: 'Mức của từng tiêu chí của bộ quy tắc (xuat-sac, tot, trung-binh, kem); khai thì bắt buộc có tiêu chí kết quả (results)' },
  ...TASKS(sheet, sheet === 'members' ? 'đảng viên' : 'tổ chức'),
  ...SCORE(sheet),
  ...SHORTCOMINGS(sheet),
  { sheet, path: 'conclusions', header: 'Kết luận của cấp có thẩm quyền', type: 'list', values: conclusions, width: 22, help: 'Các kết luận, cách nhau bằng dấu phẩy' },
  { sheet, path: 'proposedLevel', header: 'Mức đề xuất', type: 'enum', values: LEVELS, help: 'Mức xếp loại do cấp có thẩm quyền đề xuất (HTXSNV, HTTNV, HTNV, KHTNV)' },
  { sheet, path: 'history.*', header: 'Xếp loại năm', type: 'enum', values: LEVELS, help: 'Mức xếp loại chính thức của năm ghi ở tiêu đề cột (các năm trước)' },
];

/**
 * Every column of a review workbook, sheet by sheet, in the order they are written.
 *
 * @example
 * ```ts
 * import { REVIEW_COLUMNS } from 'xeploai/xlsx';
 * REVIEW_COLUMNS.filter((c) => c.sheet === 'posts').map((c) => c.path); // ['memberId', 'orgId', 'title', 'head', 'leader', 'primary']
 * ```
 */
export const REVIEW_COLUMNS: readonly ColumnSpec[] = [
  { sheet: 'review', path: 'year', header: 'Năm kiểm điểm', type: 'year', help: 'Năm của kỳ kiểm điểm (bắt buộc)' },
  { sheet: 'review', path: 'period.kind', header: 'Loại kỳ', type: 'enum', values: PERIOD_KINDS, help: 'year (năm, mặc định), quarter (quý) hoặc term (nhiệm kỳ)' },
  { sheet: 'review', path: 'period.quarter', header: 'Quý', type: 'count', help: 'Quý 1–4, khi loại kỳ là quarter' },
  { sheet: 'review', path: 'period.fromYear', header: 'Nhiệm kỳ từ năm', type: 'year', help: 'Năm đầu nhiệm kỳ, khi loại kỳ là term' },
  { sheet: 'review', path: 'period.toYear', header: 'Nhiệm kỳ đến năm', type: 'year', help: 'Năm cuối nhiệm kỳ, khi loại kỳ là term' },
  { sheet: 'review', path: 'ruleSet', header: 'Bộ quy tắc', type: 'text', help: 'qd132-2018, qd124-2023 hoặc qd366-2025; để trống = bộ quy tắc có hiệu lực trong năm' },
  { sheet: 'review', path: 'reviewDate', header: 'Ngày họp kiểm điểm', type: 'date', help: 'Ngày họp đánh giá, xếp loại; để trống = 31/12 của năm' },
  { sheet: 'review', path: 'settings.*', header: 'Tùy chọn', type: 'setting', help: 'Tùy chọn của bộ quy tắc (tên ở cột Trường); để trống = mặc định' },

  { sheet: 'organizations', path: 'id', header: 'Mã tổ chức', type: 'text', width: 18, help: 'Mã duy nhất của tổ chức đảng (bắt buộc)' },
  { sheet: 'organizations', path: 'name', header: 'Tên tổ chức', type: 'text', width: 32, help: 'Tên tổ chức đảng (bắt buộc)' },
  { sheet: 'organizations', path: 'kind', header: 'Loại tổ chức', type: 'enum', values: ORGANIZATION_KINDS, width: 18, help: 'dang-bo-co-so, chi-bo-co-so, dang-bo-bo-phan, chi-bo (trực thuộc) hoặc cap-tren (bắt buộc)' },
  { sheet: 'organizations', path: 'parentId', header: 'Mã tổ chức cấp trên', type: 'text', width: 18, help: 'Mã của tổ chức cấp trên trực tiếp (trong sheet này)' },
  { sheet: 'organizations', path: 'foundedOn', header: 'Ngày thành lập', type: 'date', help: 'Ngày thành lập (dd/mm/yyyy)' },
  { sheet: 'organizations', path: 'group', header: 'Nhóm tương đồng', type: 'text', help: 'Nhóm đối tượng tương đồng, dùng khi quotaScope là group' },
  { sheet: 'organizations', path: 'type', header: 'Loại hình', type: 'enum', values: ORGANIZATION_TYPES, width: 20, help: 'Loại hình tổ chức cơ sở đảng (xa, phuong, co-quan-nha-nuoc, doanh-nghiep-nha-nuoc…), cho báo cáo theo loại hình' },
  ...ENDING('organizations', ORGANIZATION_CONCLUSIONS),

  { sheet: 'members', path: 'id', header: 'Mã đảng viên', type: 'text', width: 14, help: 'Mã duy nhất của đảng viên (bắt buộc)' },
  { sheet: 'members', path: 'name', header: 'Họ và tên', type: 'text', width: 26, help: 'Họ và tên (bắt buộc)' },
  { sheet: 'members', path: 'orgId', header: 'Mã chi bộ', type: 'text', width: 18, help: 'Mã của chi bộ nơi đảng viên sinh hoạt, kiểm điểm (sheet Tổ chức; bắt buộc)' },
  { sheet: 'members', path: 'status', header: 'Chính thức/dự bị', type: 'enum', values: MEMBER_STATUSES, help: 'chinh-thuc hoặc du-bi (bắt buộc)' },
  { sheet: 'members', path: 'admittedOn', header: 'Ngày vào Đảng', type: 'date', help: 'Ngày kết nạp (dd/mm/yyyy; bắt buộc)' },
  { sheet: 'members', path: 'exemption.kind', header: 'Miễn/đình chỉ sinh hoạt', type: 'enum', values: EXEMPTION_KINDS, width: 22, help: 'mien-cong-tac-sinh-hoat hoặc dinh-chi-sinh-hoat, nếu có' },
  { sheet: 'members', path: 'exemption.from', header: 'Miễn/đình chỉ từ ngày', type: 'date', help: 'Ngày bắt đầu miễn hoặc đình chỉ' },
  { sheet: 'members', path: 'workInPoliticalSystem', header: 'Làm việc trong hệ thống chính trị', type: 'flag', help: `Để trống = có; không = nghỉ hưu, làm việc ngoài hệ thống chính trị…` },
  { sheet: 'members', path: 'civilService.level', header: 'Xếp loại CBCCVC', type: 'enum', values: LEVELS, help: 'Mức xếp loại cán bộ, công chức, viên chức cùng năm' },
  { sheet: 'members', path: 'leave.sickDays', header: 'Số ngày nghỉ ốm', type: 'count', help: 'Số ngày nghỉ ốm trong năm' },
  { sheet: 'members', path: 'leave.maternity', header: 'Nghỉ thai sản', type: 'flag', help: `Nghỉ chế độ thai sản: ${YES_NO}` },
  { sheet: 'members', path: 'notReviewed.reason', header: 'Lý do chưa kiểm điểm', type: 'text', width: 26, help: 'Đảng viên phải kiểm điểm nhưng chưa kiểm điểm: ghi lý do (không xếp loại)' },
  { sheet: 'members', path: 'managedByCentral', header: 'Cán bộ diện TW quản lý', type: 'flag', help: `Cán bộ diện Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư quản lý (QĐ 366): ${YES_NO}` },
  { sheet: 'members', path: 'confidenceVote.low', header: 'Số phiếu tín nhiệm thấp', type: 'count', help: 'Lấy phiếu tín nhiệm trong năm: số phiếu tín nhiệm thấp' },
  { sheet: 'members', path: 'confidenceVote.total', header: 'Tổng số phiếu', type: 'count', help: 'Lấy phiếu tín nhiệm trong năm: tổng số phiếu (≥ 1)' },
  ...ENDING('members', MEMBER_CONCLUSIONS),

  { sheet: 'posts', path: 'memberId', header: 'Mã đảng viên', type: 'text', key: true, width: 14, help: 'Mã của đảng viên giữ chức vụ (sheet Đảng viên)' },
  { sheet: 'posts', path: 'orgId', header: 'Mã tổ chức', type: 'text', width: 18, help: 'Mã của tổ chức mà đảng viên lãnh đạo, quản lý' },
  { sheet: 'posts', path: 'title', header: 'Chức vụ', type: 'text', width: 28, help: 'Tên chức vụ, ví dụ Bí thư Đảng ủy xã' },
  { sheet: 'posts', path: 'head', header: 'Người đứng đầu', type: 'flag', help: `Là người đứng đầu tổ chức: ${YES_NO}` },
  { sheet: 'posts', path: 'leader', header: 'Chức vụ lãnh đạo, quản lý', type: 'flag', help: 'Để trống = có; không = chỉ là thành viên tập thể lãnh đạo (ví dụ chi ủy viên), xếp loại như người không giữ chức vụ' },
  { sheet: 'posts', path: 'primary', header: 'Chức vụ cao nhất', type: 'flag', help: `Nơi giữ chức vụ cao nhất, nơi được xếp loại (mặc định: chức vụ đầu tiên): ${YES_NO}` },

  ...(['memberDisciplines', 'organizationDisciplines'] as const).flatMap((sheet): ColumnSpec[] => [
    sheet === 'memberDisciplines'
      ? { sheet, path: 'memberId', header: 'Mã đảng viên', type: 'text', key: true, width: 14, help: 'Mã của đảng viên bị kỷ luật (sheet Đảng viên)' }
      : { sheet, path: 'orgId', header: 'Mã tổ chức', type: 'text', key: true, width: 18, help: 'Mã của tổ chức bị kỷ luật (sheet Tổ chức)' },
    { sheet, path: 'form', header: 'Hình thức kỷ luật', type: 'enum', values: sheet === 'memberDisciplines' ? MEMBER_DISCIPLINE_FORMS : ORGANIZATION_DISCIPLINE_FORMS, width: 16, help: 'Hình thức kỷ luật' },
    { sheet, path: 'decidedOn', header: 'Ngày quyết định', type: 'date', help: 'Ngày ra quyết định kỷ luật (dd/mm/yyyy)' },
    { sheet, path: 'violationYear', header: 'Năm vi phạm', type: 'year', help: 'Năm xảy ra vi phạm; để trống = năm quyết định' },
    { sheet, path: 'selfDetectedAndRemedied', header: 'Tự phát hiện, khắc phục', type: 'flag', help: `Tự phát hiện và khắc phục xong hậu quả: ${YES_NO}` },
    { sheet, path: 'aggravates', header: 'Tăng nặng', type: 'flag', help: `Quyết định tăng nặng một kỷ luật trước: ${YES_NO}` },
    { sheet, path: 'orgIdAtViolation', header: 'Mã tổ chức nơi vi phạm', type: 'text', width: 18, help: 'Nơi xảy ra vi phạm, nếu là tổ chức khác' },
    { sheet, path: 'dutyRelated', header: 'Liên quan chức trách', type: 'flag', help: 'Để trống = có; không = vi phạm không liên quan đến chức trách, nhiệm vụ (QĐ 366)' },
    { sheet, path: 'corruption', header: 'Tham nhũng, tiêu cực', type: 'flag', help: `Vi phạm tham nhũng, lãng phí, tiêu cực (QĐ 366): ${YES_NO}` },
    { sheet, path: 'detectedByLeader', header: 'Người lãnh đạo chủ động phát hiện', type: 'flag', help: `Người lãnh đạo đã chủ động phát hiện, báo cáo, chỉ đạo xử lý (QĐ 366): ${YES_NO}` },
  ]),

  { sheet: 'sameLevelBodies', path: 'orgId', header: 'Mã tổ chức', type: 'text', key: true, width: 18, help: 'Mã của tổ chức đảng (sheet Tổ chức)' },
  { sheet: 'sameLevelBodies', path: 'name', header: 'Cơ quan, tổ chức cùng cấp', type: 'text', width: 32, help: 'Chính quyền, Mặt trận, đoàn thể cùng cấp' },
  { sheet: 'sameLevelBodies', path: 'level', header: 'Mức xếp loại', type: 'enum', values: LEVELS, help: 'Mức xếp loại của cơ quan, tổ chức đó' },
];

/**
 * The columns of one sheet, in order.
 *
 * @example
 * ```ts
 * import { sheetColumns } from 'xeploai/xlsx';
 * sheetColumns('posts').length; // 6
 * ```
 */
export function sheetColumns(sheet: SheetId): readonly ColumnSpec[] {
  return REVIEW_COLUMNS.filter((c) => c.sheet === sheet);
}
