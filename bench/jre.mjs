// The member rules of a rule set (qd124-2023 by default) encoded for json-rules-engine, the usual
// choice for rules-as-JSON in Node, to compare speed on the same rules with the same answers.
//
// The encoding is generated from the rule set's cited parameters (thresholds, months, grading
// rows, task conditions), so it follows the data rather than a hand copy. It is the idiomatic
// json-rules-engine shape: JSON rules with priorities; facts are the member plus derived facts
// computed by fact functions (the engine's way to summarise a map or an array); rule chaining
// through runtime facts set by success handlers (`level`, `excluded`, the basis source). Each
// event type is a finding code. `evaluateWithEngine` returns `{ rated, level, codes }` to compare
// with the library's member result.
import * as jsonRulesEngineModule from 'json-rules-engine';

// CommonJS package: named exports under Node's ESM loader, under `default` with some bundlers.
const jsonRulesEngine = jsonRulesEngineModule.Engine !== undefined ? jsonRulesEngineModule : jsonRulesEngineModule.default;
const { Engine } = jsonRulesEngine;

const LEVELS = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];
const RANK = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };
const GRADE_RANK = { 'xuat-sac': 0, tot: 1, 'trung-binh': 2, kem: 3 };
const below = (level) => LEVELS[Math.min(3, RANK[level] + 1)];

/** `all` of the conditions, with the engine state every non-exclusion rule needs. */
function rated(...conditions) {
  return { all: [{ fact: 'excluded', operator: 'equal', value: false }, { fact: 'level', operator: 'notEqual', value: null }, ...conditions] };
}

/** The rules, as JSON, from a rule set's member parameters and the effective settings. */
export function memberRules(params, settings) {
  const rules = [];
  const add = (priority, name, conditions, type, extra = {}) => rules.push({ name, priority, conditions, event: { type, params: extra } });

  // Exclusions (Điều 5 k2): the first that applies, then nothing else runs.
  add(100, 'exempt', { all: [{ fact: 'member', path: '$.exemption.kind', operator: 'equal', value: 'mien-cong-tac-sinh-hoat' }, { fact: 'member', path: '$.exemption.from', operator: 'dateOnOrBefore', value: { fact: 'reviewDate' } }] }, 'exempt', { exclude: true });
  if (params.suspended) add(100, 'suspended', { all: [{ fact: 'member', path: '$.exemption.kind', operator: 'equal', value: 'dinh-chi-sinh-hoat' }, { fact: 'member', path: '$.exemption.from', operator: 'dateOnOrBefore', value: { fact: 'reviewDate' } }] }, 'suspended', { exclude: true });
  add(99, 'new-member', { all: [{ fact: 'excluded', operator: 'equal', value: false }, { fact: 'admittedPlusMonths', params: { months: params.newMember.months }, operator: 'dateAfter', value: { fact: 'reviewDate' } }] }, 'new-member', { exclude: true });

  // Basis: criteria under the grading table, else the proposal, else nothing.
  const notExcluded = { fact: 'excluded', operator: 'equal', value: false };
  const criteria = (path, operator, value) => ({ fact: 'criteriaSummary', path, operator, value });
  const meetsRow = (row) => ({ all: [criteria('$.worstResults', 'lessThanInclusive', GRADE_RANK[row.results]), criteria('$.worstOthers', 'lessThanInclusive', GRADE_RANK[row.others])] });
  const failsRow = (row) => ({ any: [criteria('$.worstResults', 'greaterThan', GRADE_RANK[row.results]), criteria('$.worstOthers', 'greaterThan', GRADE_RANK[row.others])] });
  const graded = [notExcluded, criteria('$.given', 'equal', true), criteria('$.kem', 'equal', false)];
  add(90, 'criterion-kem', { all: [notExcluded, criteria('$.given', 'equal', true), criteria('$.kem', 'equal', true)] }, 'criterion-kem', { basis: 'KHTNV', source: 'criteria' });
  params.grading.rows.forEach((row, i) => {
    const better = params.grading.rows.slice(0, i).map(failsRow);
    add(90, `row-${row.level}`, { all: [...graded, meetsRow(row), ...better] }, row.rule.assumption ? 'criteria-row-assumed' : 'basis', { basis: row.level, source: 'criteria' });
  });
  add(90, 'criteria-below-htnv', { all: [...graded, ...params.grading.rows.map(failsRow)] }, 'criteria-below-htnv', { basis: 'KHTNV', source: 'criteria' });
  add(90, 'proposal', { all: [notExcluded, criteria('$.given', 'equal', false), { fact: 'member', path: '$.proposedLevel', operator: 'in', value: LEVELS }] }, 'basis', { proposal: true, source: 'proposal' });
  add(90, 'no-basis', { all: [notExcluded, criteria('$.given', 'equal', false), { fact: 'member', path: '$.proposedLevel', operator: 'notIn', value: LEVELS }] }, 'no-basis', { noBasis: true });

  // Task conditions (applied right after the basis: only while the level still needs them).
  const conditions = params.taskConditions;
  const notScored = { fact: 'basisSource', operator: 'notEqual', value: 'score' };
  for (const c of conditions) {
    const fails = [];
    if (c.completedPercent !== undefined) fails.push({ fact: 'tasks', path: '$.completedPercent', operator: 'lessThan', value: c.completedPercent });
    if (c.onTimePercent !== undefined) fails.push({ fact: 'tasks', path: '$.onTimePercent', operator: 'lessThan', value: c.onTimePercent });
    if (c.exceededPercent !== undefined) fails.push({ fact: 'tasks', path: '$.exceededPercent', operator: 'lessThan', value: c.exceededPercent });
    if (c.maxLatePercent !== undefined) fails.push({ fact: 'tasks', path: '$.latePercent', operator: 'greaterThan', value: c.maxLatePercent });
    add(80, `task-condition-${c.level}`, rated(notScored, { fact: 'tasks', path: '$.given', operator: 'equal', value: true }, { fact: 'tasks', path: '$.assigned', operator: 'greaterThan', value: 0 }, { fact: 'level', operator: 'levelAtLeast', value: c.level }, { any: fails }), 'task-condition', { cap: below(c.level) });
  }
  if (conditions.length > 0) {
    const lowest = conditions[conditions.length - 1].level;
    if (settings.requireTaskData === true) add(80, 'tasks-not-given', rated(notScored, { fact: 'tasks', path: '$.given', operator: 'equal', value: false }, { fact: 'level', operator: 'levelAtLeast', value: lowest }), 'tasks-not-given', { cap: below(lowest) });
    else add(80, 'tasks-not-given', rated(notScored, { fact: 'tasks', path: '$.given', operator: 'equal', value: false }, { fact: 'level', operator: 'levelAtLeast', value: lowest }), 'tasks-not-given');
  }

  // Ceilings, in the pipeline's order: each is a rule of its own priority.
  add(79, 'conclusion', rated({ fact: 'conclusions', operator: 'greaterThan', value: 0 }, { fact: 'level', operator: 'levelAbove', value: 'KHTNV' }), 'conclusion', { cap: 'KHTNV' });
  const d = params.discipline;
  if (d.otherUnit) add(78, 'counts-for-other-unit', rated({ fact: 'disciplines', path: '$.otherUnit', operator: 'equal', value: true }), 'counts-for-other-unit');
  if (d.reRate) add(78, 're-rate-violation-year', rated({ fact: 'disciplines', path: '$.earlierViolation', operator: 'equal', value: true }), 're-rate-violation-year');
  if (d.selfDetectedException) add(78, 'discipline-self-detected', rated({ fact: 'disciplines', path: '$.selfDetected', operator: 'equal', value: true }), 'discipline-self-detected');
  else add(78, 'discipline-self-detected-counted', rated({ fact: 'disciplines', path: '$.selfDetected', operator: 'equal', value: true }), 'discipline-self-detected-counted');
  add(77, 'discipline-in-year', rated({ fact: 'disciplines', path: d.selfDetectedException ? '$.counting' : '$.countingAny', operator: 'equal', value: true }, { fact: 'level', operator: 'levelAbove', value: 'KHTNV' }), 'discipline-in-year', { cap: 'KHTNV' });
  const belowHalf = rated({ fact: 'tasks', path: '$.belowHalf', operator: 'equal', value: true });
  if (params.targetsBelowHalf.effect === 'cap') add(76, 'targets-below-half', { all: [...belowHalf.all, { fact: 'level', operator: 'levelAbove', value: 'KHTNV' }] }, 'targets-below-half', { cap: 'KHTNV' });
  else add(76, 'targets-below-half', belowHalf, 'targets-below-half');
  if (settings.sickLeaveCap === true) add(75, 'sick-leave', rated({ fact: 'member', path: '$.leave.sickDays', operator: 'greaterThanInclusive', value: params.sickLeave.minDays }, { fact: 'level', operator: 'levelAbove', value: params.sickLeave.cap }), 'sick-leave', { cap: params.sickLeave.cap });
  add(75, 'maternity-leave', rated({ fact: 'member', path: '$.leave.maternity', operator: 'equal', value: true }), 'maternity-leave');
  add(74, 'proposed-level', rated({ fact: 'basisSource', operator: 'notEqual', value: 'proposal' }, { fact: 'member', path: '$.proposedLevel', operator: 'in', value: LEVELS }, { fact: 'level', operator: 'levelAbove', value: { fact: 'member', path: '$.proposedLevel' } }), 'proposed-level', { capFromProposal: true });
  if ((settings.civilServiceCap ?? 'off') === 'warn') {
    add(73, 'civil-service-mismatch', rated({ fact: 'member', path: '$.civilService.level', operator: 'in', value: LEVELS }, { fact: 'level', operator: 'levelAbove', value: { fact: 'member', path: '$.civilService.level' } }), 'civil-service-mismatch');
  }
  add(72, 'consecutive-khtnv', rated({ fact: 'level', operator: 'equal', value: 'KHTNV' }, { fact: 'previousYearKhtnv', operator: 'equal', value: true }), 'consecutive-khtnv');
  return rules;
}

/**
 * A json-rules-engine engine for the member rules of `ruleSet` under `ctx` (period, review date,
 * settings). `lib` is the library (for its date helper and grading ids).
 */
export function buildEngine(lib, ruleSet, ctx, params) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('dateOnOrBefore', (a, b) => typeof a === 'string' && a <= b);
  engine.addOperator('dateAfter', (a, b) => typeof a === 'string' && a > b);
  engine.addOperator('levelAbove', (a, b) => a in RANK && b in RANK && RANK[a] < RANK[b]);
  engine.addOperator('levelAtLeast', (a, b) => a in RANK && RANK[a] <= RANK[b]);
  engine.addFact('reviewDate', ctx.reviewDate);
  // Derived facts: what a rule cannot say in JSON about a map or an array, computed per run.
  engine.addFact('admittedPlusMonths', async (p, almanac) => lib.addCalendarMonths((await almanac.factValue('member')).admittedOn, p.months));
  engine.addFact('criteriaSummary', async (_p, almanac) => {
    const c = (await almanac.factValue('member')).criteria;
    if (c === undefined) return { given: false };
    let worstResults = 0;
    let worstOthers = 0;
    let kem = false;
    for (const id of Object.keys(c)) {
      const r = GRADE_RANK[c[id]];
      if (r === 3) kem = true;
      if (params.grading.resultsIds.includes(id)) worstResults = Math.max(worstResults, r);
      else worstOthers = Math.max(worstOthers, r);
    }
    return { given: true, kem, worstResults, worstOthers };
  });
  engine.addFact('tasks', async (_p, almanac) => {
    const t = (await almanac.factValue('member')).tasks;
    if (t === undefined) return { given: false };
    const a = t.assigned;
    const pct = (x) => (a === 0 ? 100 : (100 * x) / a);
    return {
      given: true, assigned: a, completedPercent: pct(t.completed), onTimePercent: pct(t.onTime ?? 0), exceededPercent: pct(t.exceeded ?? 0),
      latePercent: a === 0 ? 0 : (100 * (a - (t.onTime ?? 0))) / a, belowHalf: 2 * t.completed < a && t.forceMajeure !== true,
    };
  });
  engine.addFact('disciplines', async (_p, almanac) => {
    const m = await almanac.factValue('member');
    const out = { counting: false, countingAny: false, selfDetected: false, otherUnit: false, earlierViolation: false };
    for (const d of m.disciplines ?? []) {
      const timing = lib.disciplineTiming(d, ctx);
      if (timing === 'outside') continue;
      const vYear = lib.violationYearOf(d);
      if (d.orgIdAtViolation !== undefined && d.orgIdAtViolation !== m.orgId) out.otherUnit = true;
      if (vYear < ctx.year) out.earlierViolation = true;
      if (timing !== 'counts') continue;
      out.countingAny = true;
      if (d.selfDetectedAndRemedied === true) out.selfDetected = true;
      else out.counting = true;
    }
    return out;
  });
  engine.addFact('conclusions', async (_p, almanac) => (await almanac.factValue('member')).conclusions?.length ?? 0);
  engine.addFact('previousYearKhtnv', async (_p, almanac) => ((await almanac.factValue('member')).history ?? []).some((h) => h.year === ctx.year - 1 && h.level === 'KHTNV'));
  for (const rule of memberRules(params, ctx.settings)) engine.addRule(rule);
  // Chaining: exclusions and the basis set runtime facts; each ceiling lowers `level`.
  engine.on('success', async (event, almanac) => {
    almanac.codes.push(event.type);
    const p = event.params;
    if (p.exclude) {
      almanac.addRuntimeFact('excluded', true);
      almanac.addRuntimeFact('level', null);
    } else if (p.basis !== undefined) {
      almanac.addRuntimeFact('level', p.basis);
      almanac.addRuntimeFact('basisSource', p.source);
    } else if (p.proposal) {
      almanac.addRuntimeFact('level', (await almanac.factValue('member')).proposedLevel);
      almanac.addRuntimeFact('basisSource', 'proposal');
    } else if (p.noBasis) {
      almanac.addRuntimeFact('level', null);
      almanac.addRuntimeFact('noBasis', true);
    } else if (p.cap !== undefined) almanac.addRuntimeFact('level', p.cap);
    else if (p.capFromProposal) almanac.addRuntimeFact('level', (await almanac.factValue('member')).proposedLevel);
  });
  return engine;
}

/** Runs the engine on one member: `{ rated, level, codes }` (codes sorted, without duplicates). */
export async function evaluateWithEngine(engine, member) {
  const { Almanac } = jsonRulesEngine;
  const almanac = new Almanac({ allowUndefinedFacts: true });
  almanac.codes = [];
  // `level` starts as a marker that is not null, so the basis rules see "not yet decided".
  await engine.run({ member, excluded: false, level: 'pending', basisSource: 'none', noBasis: false }, { almanac });
  const level = await almanac.factValue('level');
  const excluded = await almanac.factValue('excluded');
  const noBasis = await almanac.factValue('noBasis');
  const isRated = !excluded && !noBasis && level in RANK;
  return { rated: isRated, level: isRated ? level : null, codes: [...new Set(almanac.codes.filter((c) => c !== 'basis'))].sort() };
}

/** The same triple from the library's member result, for the agreement check. */
export function libraryAnswer(result) {
  return { rated: result.rated, level: result.level, codes: [...new Set(result.findings.map((f) => f.code))].sort() };
}
