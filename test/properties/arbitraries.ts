// fast-check arbitraries of VALID review files (docs/guides/formats.md §1): a small tree (optional cap-tren
// root → 1–3 TCCSĐ → chi bộ) with members whose every field respects the validation rules, for
// any year whose rule set is under test. Everything rule-set specific (criteria catalogue,
// periods, settings, quota maximum) is read from the `RuleSet`, so a new rule set needs no change
// here: it joins as soon as `listRuleSets()` has it with its own rules (see `ruleSetsUnderTest`).
import fc from 'fast-check';
import {
  getRuleSet,
  listRuleSets,
  ruleSetFor,
  settingNames,
  type Criteria,
  type Discipline,
  type Grade,
  type HistoryEntry,
  type Level,
  type Member,
  type Organization,
  type OrganizationKind,
  type Period,
  type ReviewFile,
  type RuleSet,
  type Score,
  type SettingName,
  type Tasks,
} from '../../src/index.js';
import { periodBounds } from '../../src/period/index.js';
import { SETTING_DOMAINS } from '../../src/rules/index.js';
import { MEMBER_CONCLUSIONS, MEMBER_DISCIPLINE_FORMS, ORGANIZATION_CONCLUSIONS, ORGANIZATION_DISCIPLINE_FORMS } from '../../src/schema/index.js';
import { addDays, compact, dateBetween, sometimes, type Mutable } from './util.js';

/** The years the generator draws from; each year's rule set comes from `ruleSetFor(year)`. */
export const CANDIDATE_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026] as const;

const QD124 = getRuleSet('qd124-2023');

/**
 * Whether a built-in rule set has rules of its own. A placeholder that reuses QĐ 124's functions
 * under another id (as qd132-2018 and qd366-2025 did while they were being written) would only
 * repeat the qd124 runs; it joins when it has its own evaluators.
 */
export function hasOwnRules(ruleSet: RuleSet): boolean {
  return ruleSet.id === QD124.id || ruleSet.evaluateMember !== QD124.evaluateMember;
}

/** The rule sets the properties run under. */
export function ruleSetsUnderTest(): RuleSet[] {
  return listRuleSets().filter(hasOwnRules);
}

/** The years generated: those of `CANDIDATE_YEARS` whose rule set is under test. */
export function yearsUnderTest(): number[] {
  const ids = new Set(ruleSetsUnderTest().map((r) => r.id));
  return CANDIDATE_YEARS.filter((y) => ids.has(ruleSetFor(y).id));
}

/** What a review's dates are drawn against. */
export interface Frame {
  readonly year: number;
  readonly ruleSet: RuleSet;
  readonly period: Period;
  /** Whether `period` is written in the file (it may be left to its default, the year). */
  readonly writePeriod: boolean;
  readonly start: string;
  readonly end: string;
  /** The `reviewDate` written in the file, if any. */
  readonly reviewDate: string | undefined;
  /** The effective review date: every date in the file is on or before it. */
  readonly effective: string;
  readonly writeRuleSet: boolean;
}

function periodArb(ruleSet: RuleSet, year: number): fc.Arbitrary<Period> {
  const choices: fc.Arbitrary<Period>[] = [];
  for (const kind of ruleSet.periods) {
    if (kind === 'year') choices.push(fc.constant({ kind: 'year' }));
    if (kind === 'quarter') choices.push(fc.constantFrom(1, 2, 3, 4).map((quarter) => ({ kind: 'quarter', quarter })));
    if (kind === 'term') choices.push(fc.integer({ min: 1, max: 4 }).map((back) => ({ kind: 'term', fromYear: year - back, toYear: year })));
  }
  return fc.oneof(...choices);
}

/** The year, rule set, period and review date of a review. */
export function frameArb(years: readonly number[] = yearsUnderTest()): fc.Arbitrary<Frame> {
  return fc.constantFrom(...years).chain((year) => {
    const ruleSet = ruleSetFor(year);
    return fc.record({ period: periodArb(ruleSet, year), writePeriod: fc.boolean(), early: fc.option(fc.integer({ min: 0, max: 45 }), { nil: undefined }), writeRuleSet: fc.boolean() }).map(
      ({ period, writePeriod, early, writeRuleSet }): Frame => {
        const { start, end } = periodBounds(year, period);
        const reviewDate = early === undefined ? undefined : addDays(end, -early) < start ? start : addDays(end, -early);
        return { year, ruleSet, period, writePeriod: writePeriod || period.kind !== 'year', start, end, reviewDate, effective: reviewDate ?? end, writeRuleSet };
      },
    );
  });
}

// ─── fields ────────────────────────────────────────────────────────────────────────────────

const NAMES = ['Nguyễn Văn An', 'Trần Thị Bích Ngọc', 'Lê Quốc Việt', 'Phạm Hồng Thắm', 'Huỳnh Bích Trang', 'Đặng Thuỳ Dương', 'Võ Ánh Tuyết', 'Chi bộ ấp Bình Thạnh', 'Đảng bộ xã An Bình'];

/** A Vietnamese text, sometimes in NFD or padded with spaces (parsing normalises both). */
export const textArb: fc.Arbitrary<string> = fc
  .record({ name: fc.constantFrom(...NAMES), nfd: fc.boolean(), pad: fc.constantFrom('', ' ', '\t ') })
  .map(({ name, nfd, pad }) => `${pad}${nfd ? name.normalize('NFD') : name}${pad}`);

/** Grades weighted toward the good ones, so HTXSNV (and failing quotas) are common. */
export const gradeArb: fc.Arbitrary<Grade> = fc.oneof(
  { arbitrary: fc.constant<Grade>('xuat-sac'), weight: 4 },
  { arbitrary: fc.constant<Grade>('tot'), weight: 4 },
  { arbitrary: fc.constant<Grade>('trung-binh'), weight: 1 },
  { arbitrary: fc.constant<Grade>('kem'), weight: 1 },
);

/** Levels weighted toward HTXSNV. */
export const levelArb: fc.Arbitrary<Level> = fc.oneof(
  { arbitrary: fc.constant<Level>('HTXSNV'), weight: 4 },
  { arbitrary: fc.constant<Level>('HTTNV'), weight: 3 },
  { arbitrary: fc.constant<Level>('HTNV'), weight: 1 },
  { arbitrary: fc.constant<Level>('KHTNV'), weight: 1 },
);

function criteriaArb(ids: readonly string[]): fc.Arbitrary<Criteria> {
  const others = ids.filter((id) => id !== 'results');
  return fc.record({ results: gradeArb, chosen: fc.subarray(others), grades: fc.array(gradeArb, { minLength: others.length, maxLength: others.length }) }).map(({ results, chosen, grades }) => {
    const out: Record<string, Grade> = { results };
    for (const id of chosen) out[id] = grades[others.indexOf(id)]!;
    return out as Criteria;
  });
}

/** Tasks with onTime ≤ completed, exceeded ≤ completed, completed ≤ assigned. */
export const tasksArb: fc.Arbitrary<Tasks> = fc.integer({ min: 0, max: 20 }).chain((assigned) =>
  fc.integer({ min: 0, max: assigned }).chain((completed) =>
    fc
      .record(
        {
          onTime: fc.integer({ min: 0, max: completed }),
          exceeded: fc.integer({ min: 0, max: completed }),
          mainTargetsMissed: fc.boolean(),
          forceMajeure: fc.boolean(),
        },
        { requiredKeys: [] },
      )
      .map((rest): Tasks => ({ assigned, completed, ...rest })),
  ),
);

const tenths = (max: number) => fc.integer({ min: 0, max: max * 10 }).map((t) => t / 10);

/** A 100-point score: general ≤ 30 and results ≤ 70, or a total ≤ 100; one decimal at most. */
export const scoreArb: fc.Arbitrary<Score> = fc.oneof(
  fc.record({ general: tenths(30), results: tenths(70) }),
  fc.record({ total: tenths(100) }),
);

const shortcomingsArb = fc.integer({ min: 0, max: 5 }).chain((identified) => fc.integer({ min: 0, max: identified }).map((remedied) => ({ identified, remedied })));

function historyArb(year: number): fc.Arbitrary<HistoryEntry[]> {
  return fc.uniqueArray(fc.integer({ min: year - 3, max: year - 1 }), { maxLength: 3 }).chain((years) =>
    fc.array(levelArb, { minLength: years.length, maxLength: years.length }).map((levels) => years.map((y, i) => ({ year: y, level: levels[i]! }))),
  );
}

/** A discipline decided on or before the effective review date, mostly inside the period. */
export function disciplineArb<F extends string>(frame: Pick<Frame, 'start' | 'effective' | 'year'>, forms: readonly F[], orgIds: readonly string[]): fc.Arbitrary<Discipline<F>> {
  const decided = fc.oneof(
    { arbitrary: dateBetween(frame.start, frame.effective), weight: 3 },
    { arbitrary: dateBetween(`${frame.year - 2}-01-01`, frame.effective), weight: 1 },
  );
  return decided.chain((decidedOn) =>
    fc
      .record(
        {
          violationYear: fc.integer({ min: Number(decidedOn.slice(0, 4)) - 2, max: Number(decidedOn.slice(0, 4)) }),
          selfDetectedAndRemedied: fc.boolean(),
          aggravates: fc.boolean(),
          orgIdAtViolation: fc.constantFrom(...orgIds),
        },
        { requiredKeys: [] },
      )
      .chain((rest) => fc.constantFrom(...forms).map((form) => ({ form, decidedOn, ...rest }) as Discipline<F>)),
  );
}

// ─── the tree ──────────────────────────────────────────────────────────────────────────────

interface Skeleton {
  readonly id: string;
  readonly kind: OrganizationKind;
  readonly parentId?: string;
}

const treeArb = fc.record({
  root: fc.boolean(),
  tccsds: fc.array(
    fc.record({ kind: fc.constantFrom<OrganizationKind>('dang-bo-co-so', 'chi-bo-co-so'), chiBo: fc.integer({ min: 0, max: 3 }), boPhan: fc.boolean() }),
    { minLength: 1, maxLength: 3 },
  ),
});

type Tree = typeof treeArb extends fc.Arbitrary<infer T> ? T : never;

function skeletons(tree: Tree): Skeleton[] {
  const out: Skeleton[] = [];
  const under = (parentId: string | undefined) => (parentId === undefined ? {} : { parentId });
  if (tree.root) out.push({ id: 'tinh', kind: 'cap-tren' });
  const rootId = tree.root ? 'tinh' : undefined;
  tree.tccsds.forEach((t, i) => {
    const id = `t${i + 1}`;
    out.push({ id, kind: t.kind, ...under(rootId) });
    if (t.kind === 'chi-bo-co-so') return;
    let parent = id;
    if (t.boPhan && t.chiBo > 0) {
      parent = `${id}-bp`;
      out.push({ id: parent, kind: 'dang-bo-bo-phan', parentId: id });
    }
    for (let c = 1; c <= t.chiBo; c++) out.push({ id: `${id}-c${c}`, kind: 'chi-bo', parentId: parent });
  });
  return out;
}

function organizationArb(s: Skeleton, frame: Frame, orgIds: readonly string[]): fc.Arbitrary<Organization> {
  const collective = frame.ruleSet.criteria.collective.map((c) => c.id);
  // a cap-tren organization is rated only with a basis: most of them get none
  const basis = s.kind === 'cap-tren' ? 20 : 100;
  return fc
    .record({
      name: textArb,
      foundedOn: sometimes(fc.oneof({ arbitrary: dateBetween('1975-01-01', addDays(frame.effective, -400)), weight: 3 }, { arbitrary: dateBetween(addDays(frame.effective, -240), frame.effective), weight: 1 }), 30),
      group: sometimes(fc.constantFrom('g-xa', 'g-co-quan'), 50),
      criteria: sometimes(criteriaArb(collective), (65 * basis) / 100),
      tasks: sometimes(tasksArb, 55),
      score: sometimes(scoreArb, (25 * basis) / 100),
      shortcomings: sometimes(shortcomingsArb, 25),
      disciplines: sometimes(fc.array(disciplineArb(frame, ORGANIZATION_DISCIPLINE_FORMS, orgIds), { minLength: 1, maxLength: 2 }), 12),
      conclusions: sometimes(fc.subarray([...ORGANIZATION_CONCLUSIONS]), 6),
      sameLevelBodies: sometimes(fc.array(fc.record({ name: textArb, level: levelArb }), { maxLength: 2 }), 30),
      proposedLevel: sometimes(levelArb, (50 * basis) / 100),
      history: sometimes(historyArb(frame.year), 30),
    })
    .map((fields) => compact<Organization>({ id: s.id, kind: s.kind, parentId: s.parentId, ...fields }));
}

function memberArb(frame: Frame, chiBoIds: readonly string[], orgIds: readonly string[]): fc.Arbitrary<Omit<Member, 'id'>> {
  const individual = frame.ruleSet.criteria.individual.map((c) => c.id);
  const recent = dateBetween(addDays(frame.effective, -240), frame.effective);
  return fc
    .record({
      name: textArb,
      orgId: fc.constantFrom(...chiBoIds),
      status: fc.constantFrom('chinh-thuc' as const, 'du-bi' as const),
      admittedOn: fc.oneof({ arbitrary: dateBetween('1970-01-01', addDays(frame.effective, -400)), weight: 6 }, { arbitrary: recent, weight: 1 }),
      exemption: sometimes(fc.record({ kind: fc.constantFrom('mien-cong-tac-sinh-hoat' as const, 'dinh-chi-sinh-hoat' as const), from: dateBetween(`${frame.year - 3}-01-01`, frame.effective) }), 8),
      workInPoliticalSystem: sometimes(fc.boolean(), 30),
      civilService: sometimes(fc.record({ level: levelArb }), 30),
      leave: sometimes(fc.record({ sickDays: fc.integer({ min: 0, max: 200 }), maternity: fc.boolean() }, { requiredKeys: [] }), 15),
      posts: sometimes(fc.array(fc.record({ orgId: fc.constantFrom(...orgIds), title: textArb, head: fc.boolean() }, { requiredKeys: ['orgId', 'title'] }), { minLength: 1, maxLength: 2 }), 35),
      criteria: sometimes(criteriaArb(individual), 70),
      tasks: sometimes(tasksArb, 55),
      score: sometimes(scoreArb, 30),
      shortcomings: sometimes(shortcomingsArb, 25),
      disciplines: sometimes(fc.array(disciplineArb(frame, MEMBER_DISCIPLINE_FORMS, orgIds), { minLength: 1, maxLength: 2 }), 20),
      conclusions: sometimes(fc.subarray([...MEMBER_CONCLUSIONS]), 8),
      proposedLevel: sometimes(levelArb, 50),
      history: sometimes(historyArb(frame.year), 30),
    })
    .map((fields) => compact<Omit<Member, 'id'>>(fields));
}

function settingValueArb(name: SettingName, ruleSet: RuleSet): fc.Arbitrary<string | number | boolean> {
  const domain = SETTING_DOMAINS[name];
  switch (domain.kind) {
    case 'enum':
      return fc.constantFrom(...domain.values);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      // above the rule set's maximum a quota check can never pass (it is reported as such)
      return fc.integer({ min: domain.min, max: name === 'quotaPercent' ? Math.min(domain.max, ruleSet.checks.quota.settingMaxPercent ?? ruleSet.checks.quota.maxPercent) : domain.max });
  }
}

function settingsArb(ruleSet: RuleSet): fc.Arbitrary<Record<string, string | number | boolean> | undefined> {
  const names = settingNames(ruleSet);
  const chosen = fc.subarray(names).chain((sel) => fc.tuple(...sel.map((n) => settingValueArb(n, ruleSet))).map((values) => Object.fromEntries(sel.map((n, i) => [n, values[i]!]))));
  return fc.option(chosen, { nil: undefined, freq: 2 });
}

/** Options of `reviewArb`. */
export interface ReviewArbOptions {
  readonly years?: readonly number[];
  readonly maxMembers?: number;
}

/** A valid review file, as plain JSON data. */
export function reviewArb(options: ReviewArbOptions = {}): fc.Arbitrary<ReviewFile> {
  return fc.tuple(frameArb(options.years), treeArb).chain(([frame, tree]) => {
    const orgs = skeletons(tree);
    const orgIds = orgs.map((o) => o.id);
    const chiBoIds = orgs.filter((o) => o.kind === 'chi-bo' || o.kind === 'chi-bo-co-so').map((o) => o.id);
    const members: fc.Arbitrary<Omit<Member, 'id'>[]> = chiBoIds.length === 0 ? fc.constant([]) : fc.array(memberArb(frame, chiBoIds, orgIds), { maxLength: options.maxMembers ?? 12 });
    return fc.record({ organizations: fc.tuple(...orgs.map((s) => organizationArb(s, frame, orgIds))), members, settings: settingsArb(frame.ruleSet) }).map(({ organizations, members: ms, settings }) => {
      const review: Mutable<ReviewFile> = {
        format: 'xeploai/review@1',
        year: frame.year,
        ...(frame.writePeriod ? { period: frame.period } : {}),
        ...(frame.writeRuleSet ? { ruleSet: frame.ruleSet.id } : {}),
        ...(frame.reviewDate !== undefined ? { reviewDate: frame.reviewDate } : {}),
        ...(settings !== undefined ? { settings } : {}),
        organizations,
        members: ms.map((m, i) => ({ id: `dv-${String(i + 1).padStart(2, '0')}`, ...m })),
      };
      return review;
    });
  });
}
