/**
 * The targets of Nghị quyết 21-NQ/TW (16/6/2022, Hội nghị Trung ương 5 khóa XIII) «về tăng cường
 * củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn
 * mới», as a programme that a province's Đề án can extend.
 *
 * @module
 */
import type { Citation } from '../rules/types.js';
import { parseProgramme } from './parse.js';
import { PROGRAMME_FORMAT } from './schema.js';
import type { Indicator, Programme, YearValues } from './types.js';

const NQ21 = '21-NQ/TW';
const MUC_TIEU = 'Mục tiêu';
const SECTION_NOTE = 'Nghị quyết 21-NQ/TW (16/6/2022), Hội nghị Trung ương 5 khóa XIII; section number not seen';

function cite(note: string): Citation {
  return { doc: NQ21, article: MUC_TIEU, note: `${SECTION_NOTE}. ${note}` };
}

function every(from: number, to: number, value: number): YearValues {
  const out: Record<string, number> = {};
  for (let y = from; y <= to; y++) out[String(y)] = value;
  return out;
}

/**
 * The NQ 21-NQ/TW targets, 2022–2030:
 *
 * | id | target (quote) | reading |
 * |---|---|---|
 * | `tccsd-httnv-tro-len` | «hằng năm có trên 90% TCCSĐ, ĐV được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên» | > 90 % each year, strict (90.0 % fails), over those rated — ASSUMPTION, overridable |
 * | `dv-httnv-tro-len` | same, for members | same |
 * | `thon-co-dang-vien` | «phấn đấu 100% thôn, bản có ĐV» (to 2025) | 100 % in 2025; entered `actuals` (a review does not show where members live) |
 * | `thon-co-chi-bo` | «phấn đấu 100% thôn, bản, tổ dân phố có chi bộ» (to 2030) | 100 % in 2030; metric `thon.with-chi-bo.percent` once `denominators` are given |
 * | `ket-nap` | «tỷ lệ kết nạp ĐV mới hằng năm … đạt từ 3 - 4% tổng số ĐV» | ≥ 3 % each year, over the members at 1 January — denominator ASSUMPTION |
 *
 * Other targets that provinces attribute to NQ 21 (young or female cấp ủy viên, party
 * organizations in private firms, bí thư kiêm trưởng thôn) were not seen in its text: no preset.
 *
 * @example
 * ```ts
 * import { NQ21_PROGRAMME } from 'xeploai/programme';
 * NQ21_PROGRAMME.indicators.map((i) => i.id); // ['tccsd-httnv-tro-len', 'dv-httnv-tro-len', 'thon-co-dang-vien', 'thon-co-chi-bo', 'ket-nap']
 * ```
 */
export const NQ21_PROGRAMME: Programme = Object.freeze({
  format: PROGRAMME_FORMAT,
  id: 'nq-21-2022',
  title: 'Nghị quyết 21-NQ/TW: củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên trong giai đoạn mới',
  fromYear: 2022,
  toYear: 2030,
  indicators: Object.freeze([
    {
      id: 'tccsd-httnv-tro-len', title: 'Tỷ lệ TCCSĐ được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên', unit: 'percent',
      direction: 'at-least', strict: true, targets: every(2022, 2030, 90), metric: 'organizations.tccsd.httnv-or-better.percent',
      cite: cite('«hằng năm có trên 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên»; "trên" read as strict, over those rated (ASSUMPTION)'),
    },
    {
      id: 'dv-httnv-tro-len', title: 'Tỷ lệ đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên', unit: 'percent',
      direction: 'at-least', strict: true, targets: every(2022, 2030, 90), metric: 'members.httnv-or-better.percent',
      cite: cite('«hằng năm có trên 90% tổ chức cơ sở đảng, đảng viên được đánh giá, xếp loại từ hoàn thành tốt nhiệm vụ trở lên»; "trên" read as strict, over those rated (ASSUMPTION)'),
    },
    {
      id: 'thon-co-dang-vien', title: 'Tỷ lệ thôn, bản có đảng viên', unit: 'percent', direction: 'at-least',
      targets: { '2025': 100 }, actuals: {},
      cite: cite('«phấn đấu 100% thôn, bản có đảng viên» (đến năm 2025)'),
    },
    {
      id: 'thon-co-chi-bo', title: 'Tỷ lệ thôn, bản, tổ dân phố có chi bộ', unit: 'percent', direction: 'at-least',
      targets: { '2030': 100 }, metric: 'thon.with-chi-bo.percent', denominators: {},
      cite: cite('«phấn đấu 100% thôn, bản, tổ dân phố có chi bộ» (đến năm 2030)'),
    },
    {
      id: 'ket-nap', title: 'Tỷ lệ kết nạp đảng viên mới hằng năm (trên tổng số đảng viên đầu năm)', unit: 'percent', direction: 'at-least',
      targets: every(2022, 2030, 3), metric: 'members.admitted.percent',
      cite: cite('«tỷ lệ kết nạp đảng viên mới hằng năm … đạt từ 3 - 4% tổng số đảng viên» (2020–2025 and 2025–2030); the lower bound 3 is the target; denominator = members at 1 January (ASSUMPTION)'),
    },
  ] satisfies Indicator[]),
});

/**
 * What a programme adds to or changes in another: its own id, title and years, and indicators —
 * new ones in full, or changes to one of the base's by `id` (fields replace the base's; targets,
 * actuals and denominators are merged year by year, the extension's winning).
 *
 * @example
 * ```ts
 * const ext: ProgrammeExtension = { id: 'de-an-03', title: 'Đề án 03-ĐA/TU', fromYear: 2024, toYear: 2026,
 *   indicators: [{ id: 'dv-httnv-tro-len', targets: { '2026': 92 } }] };
 * ```
 */
export interface ProgrammeExtension {
  readonly id: string;
  readonly title: string;
  readonly fromYear?: number;
  readonly toYear?: number;
  readonly indicators?: readonly (Partial<Indicator> & { readonly id: string })[];
}

function clip(values: YearValues | undefined, from: number, to: number): YearValues | undefined {
  if (values === undefined) return undefined;
  return Object.fromEntries(Object.entries(values).filter(([y]) => Number(y) >= from && Number(y) <= to));
}

function mergeValues(base: YearValues | undefined, extra: YearValues | undefined): YearValues | undefined {
  if (base === undefined) return extra;
  if (extra === undefined) return base;
  return { ...base, ...extra };
}

/**
 * Derives a programme from another (e.g. a province's Đề án from `NQ21_PROGRAMME`): the base's
 * indicators cut to the new years (targets inside them; actuals and denominators also the year
 * before), base indicators left without a target dropped unless the extension names them, then
 * the extension's changes and new indicators. The outcome is validated like any programme.
 *
 * @throws XeploaiError (with paths into the derived programme) when the outcome is not a valid programme.
 * @example
 * ```ts
 * import { extendProgramme, NQ21_PROGRAMME } from 'xeploai/programme';
 * const p = extendProgramme(NQ21_PROGRAMME, {
 *   id: 'de-an-03', title: 'Đề án 03-ĐA/TU', fromYear: 2024, toYear: 2026,
 *   indicators: [{ id: 'dv-httnv-tro-len', targets: { '2026': 92 } }],
 * });
 * p.indicators.find((i) => i.id === 'dv-httnv-tro-len')?.targets; // { '2024': 90, '2025': 90, '2026': 92 }
 * ```
 */
export function extendProgramme(base: Programme, extension: ProgrammeExtension): Programme {
  const fromYear = extension.fromYear ?? base.fromYear;
  const toYear = extension.toYear ?? base.toYear;
  const changes = new Map((extension.indicators ?? []).map((i) => [i.id, i]));
  const indicators: Record<string, unknown>[] = [];
  for (const ind of base.indicators) {
    const change = changes.get(ind.id);
    const targets = clip(ind.targets, fromYear, toYear) ?? {};
    if (!change && Object.keys(targets).length === 0) continue;
    const merged: Record<string, unknown> = { ...ind, ...change };
    merged.targets = mergeValues(targets, change?.targets);
    const actuals = mergeValues(clip(ind.actuals, fromYear - 1, toYear), change?.actuals);
    const denominators = mergeValues(clip(ind.denominators, fromYear - 1, toYear), change?.denominators);
    if (actuals !== undefined) merged.actuals = actuals;
    if (denominators !== undefined) merged.denominators = denominators;
    indicators.push(merged);
    changes.delete(ind.id);
  }
  for (const added of changes.values()) indicators.push({ ...added });
  return parseProgramme({ format: PROGRAMME_FORMAT, id: extension.id, title: extension.title, fromYear, toYear, indicators });
}
