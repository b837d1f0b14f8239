/**
 * Counting subjects by level and turning the counts into a `Tally` with its percentages.
 *
 * @module
 */
import { LEVELS, type Level } from '../levels.js';
import type { Finding, Message } from '../rules/types.js';
import { percentHalfUp, percentsOf, type Rounding } from './percent.js';
import type { CountShare, LabelledShare, NotRatedReason, Tally, TallySubjects } from './types.js';

/** A subject as a tally sees it: rated or not, its level, and its findings (for the reason). @example `const c: Countable = { rated: true, level: 'HTTNV', findings: [] };` */
export interface Countable {
  readonly rated: boolean;
  readonly level: Level | null;
  readonly findings: readonly Finding[];
}

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
  const first = subject.findings.find((f) => f.severity === 'not-rated') ?? subject.findings.find((f) => f.severity === 'error');
  return first?.code ?? 'unknown';
}

/** Running counts of one group of subjects. @example `const c = new TallyCounter(); c.add({ rated: true, level: 'HTNV', findings: [] }); c.counts.HTNV // 1` */
export class TallyCounter {
  readonly counts: Record<Level, number> = { HTXSNV: 0, HTTNV: 0, HTNV: 0, KHTNV: 0 };
  readonly reasons = new Map<string, number>();
  total = 0;

  add(subject: Countable): void {
    this.total++;
    if (subject.rated && subject.level !== null) this.counts[subject.level]++;
    else {
      const code = notRatedReason(subject);
      this.reasons.set(code, (this.reasons.get(code) ?? 0) + 1);
    }
  }

  merge(other: TallyCounter): void {
    this.total += other.total;
    for (const level of LEVELS) this.counts[level] += other.counts[level];
    for (const [code, n] of other.reasons) this.reasons.set(code, (this.reasons.get(code) ?? 0) + n);
  }
}

const SHARE_LABELS: Readonly<Record<LabelledShare['base'], Message>> = {
  httnv: { vi: 'HTXSNV trên số HTTNV (cơ sở tính tỷ lệ 20%)', en: 'HTXSNV over those rated HTTNV (the 20% quota base)' },
  'httnv-or-better': { vi: 'HTXSNV trên số HTTNV trở lên', en: 'HTXSNV over those rated HTTNV or better' },
  rated: { vi: 'HTXSNV trên tổng số được xếp loại', en: 'HTXSNV over all rated' },
};

function share(base: LabelledShare['base'], count: number, of: number, decimals: number): LabelledShare {
  return { base, count, of, percent: percentHalfUp(count, of, decimals), label: SHARE_LABELS[base] };
}

/**
 * The tally of an accumulator: percentages of each level over those rated under the rounding mode;
 * HTTNV-or-better and the HTXSNV shares rounded half-up (they are not parts of one whole).
 *
 * @example
 * ```ts
 * const acc = new TallyCounter();
 * acc.add({ rated: true, level: 'HTTNV', findings: [] });
 * toTally('members', acc, 'half-up', 2).levels.HTTNV.percent; // 100
 * ```
 */
export function toTally(subjects: TallySubjects, acc: TallyCounter, rounding: Rounding, decimals: number): Tally {
  const counts = LEVELS.map((l) => acc.counts[l]);
  const rated = counts.reduce((s, c) => s + c, 0);
  const percents = percentsOf(counts, rounding, decimals);
  const levels = Object.fromEntries(LEVELS.map((l, i) => [l, { count: counts[i]!, percent: percents[i]! } satisfies CountShare])) as Record<Level, CountShare>;
  const x = acc.counts.HTXSNV;
  const t = acc.counts.HTTNV;
  const notRatedReasons: NotRatedReason[] = [...acc.reasons]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return {
    subjects,
    total: acc.total,
    rated,
    notRated: acc.total - rated,
    notRatedReasons,
    levels,
    httnvOrBetter: { count: x + t, percent: percentHalfUp(x + t, rated, decimals) },
    htxsnvShare: [share('httnv', x, t, decimals), share('httnv-or-better', x, x + t, decimals), share('rated', x, rated, decimals)],
  };
}
