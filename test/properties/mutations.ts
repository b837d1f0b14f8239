// Changes to a valid review that can only make things worse for someone, each keeping the review
// valid: a discipline or a conclusion added, a criterion grade, a proposal, a score or a task
// count lowered (or more tasks assigned). Mutations are data, so fast-check prints them.
import fc from 'fast-check';
import {
  LEVELS,
  levelBelow,
  type Discipline,
  type Grade,
  type Member,
  type Organization,
  type ReviewFile,
} from '../../src/index.js';
import { reviewPeriodBounds } from '../../src/period/index.js';
import { GRADES, MEMBER_CONCLUSIONS, MEMBER_DISCIPLINE_FORMS, ORGANIZATION_CONCLUSIONS, ORGANIZATION_DISCIPLINE_FORMS } from '../../src/schema/index.js';
import { disciplineArb } from './arbitraries.js';
import { clone } from './util.js';

type List = 'members' | 'organizations';

/** One worsening change of one subject. */
export type Worsening =
  | { readonly kind: 'add-discipline'; readonly list: List; readonly index: number; readonly discipline: Discipline }
  | { readonly kind: 'add-conclusion'; readonly list: List; readonly index: number; readonly conclusion: string }
  | { readonly kind: 'lower-grade'; readonly list: List; readonly index: number; readonly criterion: string }
  | { readonly kind: 'lower-proposal'; readonly list: List; readonly index: number }
  | { readonly kind: 'lower-score'; readonly list: List; readonly index: number; readonly field: 'general' | 'results' | 'total'; readonly tenths: number }
  | { readonly kind: 'lower-tasks'; readonly list: List; readonly index: number; readonly field: 'completed' | 'onTime' | 'exceeded' | 'assigned+' };

type Entry = Member | Organization;

function entries(review: ReviewFile, list: List): readonly Entry[] {
  return list === 'members' ? review.members : review.organizations;
}

/** Indices of the entries of `list` for which `has` holds. */
function having(review: ReviewFile, list: List, has: (e: Entry) => boolean): number[] {
  const out: number[] = [];
  entries(review, list).forEach((e, i) => {
    if (has(e)) out.push(i);
  });
  return out;
}

/** The worsenings that apply to this review (at least one kind always does, unless it is empty). */
export function worseningArb(review: ReviewFile): fc.Arbitrary<Worsening> {
  const { start, reviewDate } = reviewPeriodBounds(review);
  const frame = { start, effective: reviewDate, year: review.year };
  const orgIds = review.organizations.map((o) => o.id);
  const choices: fc.Arbitrary<Worsening>[] = [];
  for (const list of ['members', 'organizations'] as const) {
    const all = having(review, list, () => true);
    if (all.length === 0) continue;
    const forms = list === 'members' ? MEMBER_DISCIPLINE_FORMS : ORGANIZATION_DISCIPLINE_FORMS;
    const conclusions = list === 'members' ? MEMBER_CONCLUSIONS : ORGANIZATION_CONCLUSIONS;
    choices.push(fc.record({ kind: fc.constant('add-discipline' as const), list: fc.constant(list), index: fc.constantFrom(...all), discipline: disciplineArb<string>(frame, forms, orgIds) as fc.Arbitrary<Discipline> }));
    choices.push(fc.record({ kind: fc.constant('add-conclusion' as const), list: fc.constant(list), index: fc.constantFrom(...all), conclusion: fc.constantFrom<string>(...conclusions) }));
    const graded = having(review, list, (e) => e.criteria !== undefined);
    if (graded.length > 0) {
      choices.push(
        fc.constantFrom(...graded).chain((index) =>
          fc.constantFrom(...Object.keys(entries(review, list)[index]!.criteria!)).map((criterion) => ({ kind: 'lower-grade' as const, list, index, criterion })),
        ),
      );
    }
    const proposed = having(review, list, (e) => e.proposedLevel !== undefined && e.proposedLevel !== 'KHTNV');
    if (proposed.length > 0) choices.push(fc.record({ kind: fc.constant('lower-proposal' as const), list: fc.constant(list), index: fc.constantFrom(...proposed) }));
    const scored = having(review, list, (e) => e.score !== undefined);
    if (scored.length > 0) {
      choices.push(
        fc.constantFrom(...scored).chain((index) => {
          const fields = entries(review, list)[index]!.score!.total !== undefined ? (['total'] as const) : (['general', 'results'] as const);
          return fc.record({ kind: fc.constant('lower-score' as const), list: fc.constant(list), index: fc.constant(index), field: fc.constantFrom(...fields), tenths: fc.integer({ min: 1, max: 300 }) });
        }),
      );
    }
    const tasked = having(review, list, (e) => e.tasks !== undefined);
    if (tasked.length > 0) {
      choices.push(fc.record({ kind: fc.constant('lower-tasks' as const), list: fc.constant(list), index: fc.constantFrom(...tasked), field: fc.constantFrom('completed' as const, 'onTime' as const, 'exceeded' as const, 'assigned+' as const) }));
    }
  }
  return fc.oneof(...choices);
}

function lowerGrade(grade: Grade): Grade {
  return GRADES[Math.min(GRADES.indexOf(grade) + 1, GRADES.length - 1)]!;
}

function lowerTenths(value: number, tenths: number): number {
  return Math.max(0, Math.round(value * 10) - tenths) / 10;
}

/** The review with one worsening applied (a new object; the input is not touched). */
export function applyWorsening(review: ReviewFile, w: Worsening): ReviewFile {
  const out = clone(review) as unknown as { organizations: Record<string, unknown>[]; members: Record<string, unknown>[] };
  const e = out[w.list][w.index]!;
  switch (w.kind) {
    case 'add-discipline':
      e['disciplines'] = [...((e['disciplines'] as unknown[] | undefined) ?? []), w.discipline];
      break;
    case 'add-conclusion':
      e['conclusions'] = [...((e['conclusions'] as unknown[] | undefined) ?? []), w.conclusion];
      break;
    case 'lower-grade': {
      const criteria = e['criteria'] as Record<string, Grade>;
      criteria[w.criterion] = lowerGrade(criteria[w.criterion]!);
      break;
    }
    case 'lower-proposal':
      e['proposedLevel'] = levelBelow(e['proposedLevel'] as (typeof LEVELS)[number]) ?? 'KHTNV';
      break;
    case 'lower-score': {
      const score = e['score'] as Record<string, number>;
      score[w.field] = lowerTenths(score[w.field]!, w.tenths);
      break;
    }
    case 'lower-tasks': {
      const t = e['tasks'] as { assigned: number; completed: number; onTime?: number; exceeded?: number };
      if (w.field === 'assigned+') t.assigned++;
      else if (w.field === 'completed') {
        t.completed = Math.max(0, t.completed - 1);
        if (t.onTime !== undefined) t.onTime = Math.min(t.onTime, t.completed);
        if (t.exceeded !== undefined) t.exceeded = Math.min(t.exceeded, t.completed);
      } else if (t[w.field] !== undefined) t[w.field] = Math.max(0, t[w.field]! - 1);
      break;
    }
  }
  return out as unknown as ReviewFile;
}
