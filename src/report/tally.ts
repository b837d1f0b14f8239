/**
 * Counting subjects by level and turning the counts into a `Tally` with its percentages.
 *
 * @module
 */
import { LEVELS, type Level } from '../levels.js';
import type { Finding, Message } from '../rules/types.js';
import { percentOf, percentsOf, type Rounding } from './percent.js';
import type { CountShare, LabelledShare, NotRatedReason, Tally, TallySubjects } from './types.js';

/** A subject as a tally sees it: rated or not, its level, and its findings (for the reason). @example `const c: Countable = { rated: true, level: 'HTTNV', findings: [] };` */
export interface Countable {
  readonly rated: boolean;
  readonly level: Level | null;
  readonly findings: readonly Finding[];
}

/** The finding code of a member who should have been reviewed but was not. @example `NOT_REVIEWED // 'not-reviewed'` */
export const NOT_REVIEWED = 'not-reviewed';

/**
 * Why a subject is not rated: the code of its first `not-rated` finding, else of its first `error`
 * finding (`no-basis`), else `unknown`.
 *
 * @example
 * ```ts
 * import { notRatedReason } from 'xeploai/report';
 * notRatedReason({ rated: false, level: null, findings: [] }); // 'unknown'
 * ```
 */
export function notRatedReason(subject: Countable): string {
  return notRatedFinding(subject)?.code ?? 'unknown';
}

function notRatedFinding(subject: Countable): Finding | undefined {
  return subject.findings.find((f) => f.severity === 'not-rated') ?? subject.findings.find((f) => f.severity === 'error');
}

/** Running counts of one group of subjects. @example `const c = new TallyCounter(); c.add({ rated: true, level: 'HTNV', findings: [] }); c.counts.HTNV // 1` */
export class TallyCounter {
  readonly counts: Record<Level, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  readonly reasons = new Map<string, number>();
  total = 0;
  /** Not rated by a rule of the texts (a `not-rated` finding other than `not-reviewed`). */
  exempt = 0;
  notReviewed = 0;

  add(subject: Countable): void {
    this.total++;
    if (subject.rated && subject.level !== null) {
      this.counts[subject.level]++;
      return;
    }
    const finding = notRatedFinding(subject);
    const code = finding?.code ?? 'unknown';
    this.reasons.set(code, (this.reasons.get(code) ?? 0) + 1);
    if (code === NOT_REVIEWED) this.notReviewed++;
    else if (finding?.severity === 'not-rated') this.exempt++;
  }

  merge(other: TallyCounter): void {
    this.total += other.total;
    this.exempt += other.exempt;
    this.notReviewed += other.notReviewed;
    for (const level of LEVELS) this.counts[level] += other.counts[level];
    for (const [code, n] of other.reasons) this.reasons.set(code, (this.reasons.get(code) ?? 0) + n);
  }
}

const SHARE_LABELS: Readonly<Record<LabelledShare['base'], Message>> = {
  httnv: { vi: 'HTXSNV trên số chỉ xếp loại HTTNV (cơ sở tính tỷ lệ 20%)', en: 'HTXSNV over those rated exactly HTTNV (the 20% quota base)' },
  'httnv-or-better': { vi: 'HTXSNV trên số HTTNV trở lên (HTXSNV và HTTNV)', en: 'HTXSNV over those rated HTTNV or better (HTXSNV and HTTNV)' },
  rated: { vi: 'HTXSNV trên tổng số được xếp loại', en: 'HTXSNV over all rated' },
};

/**
 * The percentages of one row: one value per count, base and precision. Under largest remainder
 * the parts of a whole (levels over those rated; rated, exempt, not reviewed and no basis over
 * the total) are rounded together, and any other cell of the row — in the same tally or another
 * (members and TCCSĐ) — showing the same count over the same base reuses that value; other cells
 * are rounded on their own (half-up, or down under `truncate`).
 *
 * @example
 * ```ts
 * const row = new RowPercents('largest-remainder');
 * row.parts([1, 1, 4], 0); // [16, 16, 67]
 * row.of(1, 6, 0); // 16 — the value the parts gave, not 17 (half-up)
 * ```
 */
export class RowPercents {
  readonly #known = new Map<string, number | null>();
  constructor(readonly rounding: Rounding) {}

  parts(counts: readonly number[], decimals: number): (number | null)[] {
    const base = counts.reduce((s, c) => s + c, 0);
    const key = (c: number): string => `${c}/${base}/${decimals}`;
    if (counts.some((c) => !this.#known.has(key(c)))) {
      const percents = percentsOf(counts, this.rounding, decimals);
      counts.forEach((c, i) => {
        if (!this.#known.has(key(c))) this.#known.set(key(c), percents[i]!);
      });
    }
    return counts.map((c) => this.#known.get(key(c))!);
  }

  of(count: number, base: number, decimals: number): number | null {
    const key = `${count}/${base}/${decimals}`;
    let p = this.#known.get(key);
    if (p === undefined) this.#known.set(key, (p = percentOf(count, base, this.rounding, decimals)));
    return p;
  }
}

/**
 * The tally of an accumulator, its percentages under the rounding mode at `decimals` places:
 * each level over those rated; rated, exempt, not reviewed and no basis over the total;
 * HTTNV-or-better and the HTXSNV shares over their bases — one value per count and base within
 * the row (`row`: the percentages the row's other tallies already gave).
 *
 * @example
 * ```ts
 * const acc = new TallyCounter();
 * acc.add({ rated: true, level: 'HTTNV', findings: [] });
 * toTally('members', acc, 'half-up', 2).levels.HTTNV.percent; // 100
 * ```
 */
export function toTally(subjects: TallySubjects, acc: TallyCounter, rounding: Rounding, decimals: number, row: RowPercents = new RowPercents(rounding)): Tally {
  const pct = { parts: (counts: readonly number[]) => row.parts(counts, decimals), of: (count: number, base: number) => row.of(count, base, decimals) };
  const counts = LEVELS.map((l) => acc.counts[l]);
  const rated = counts.reduce((s, c) => s + c, 0);
  const noBasis = acc.total - rated - acc.exempt - acc.notReviewed;
  const overTotal = pct.parts([rated, acc.exempt, acc.notReviewed, noBasis]);
  const percents = pct.parts(counts);
  const cell = (count: number, percent: number | null | undefined): CountShare => ({ count, percent: percent ?? null });
  const levels = Object.fromEntries(LEVELS.map((l, i) => [l, cell(counts[i]!, percents[i])])) as Record<Level, CountShare>;
  const x = acc.counts.HTXSNV;
  const t = acc.counts.HTTNV;
  const share = (base: LabelledShare['base'], of: number): LabelledShare => ({ base, count: x, of, percent: pct.of(x, of), label: SHARE_LABELS[base] });
  const notRatedReasons: NotRatedReason[] = [...acc.reasons]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    subjects,
    decimals,
    total: acc.total,
    rated,
    notRated: acc.total - rated,
    ofTotal: { rated: cell(rated, overTotal[0]), exempt: cell(acc.exempt, overTotal[1]), notReviewed: cell(acc.notReviewed, overTotal[2]), noBasis: cell(noBasis, overTotal[3]) },
    notRatedReasons,
    levels,
    httnvOrBetter: { count: x + t, percent: pct.of(x + t, rated) },
    htxsnvShare: [share('httnv', t), share('httnv-or-better', x + t), share('rated', rated)],
  };
}
