/**
 * The quota check over a result: one `quota` check per pool that has rated subjects, on final levels.
 *
 * @module
 */
import type { Level } from '../levels.js';
import type { Check, CheckSubjects, EvaluationContext, Message, RuleText, Settings, SettingsSpec } from '../rules/types.js';
import type { QuotaDecision } from '../model/index.js';
import type { CheckContext, CheckResults, LevelTally } from './inputs.js';
import { decisionPrefix, QUOTA_DECISION_CITE, QuotaDecisionResolver } from './decisions.js';
import { describePool, describeQuotaReading, subjectNoun } from './describe.js';
import { PoolGroups, PoolResolver, type Pool } from './pools.js';
import { evaluateQuota, type QuotaBaseKind } from './quotaArithmetic.js';
import { checkParamsForYear, type UnitCheckParams } from './types.js';


/**
 * Options of the unit checks.
 *
 * @internal
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * const options: UnitCheckOptions = { settingsSpec: getRuleSet('qd124-2023').settings };
 * ```
 */
export interface UnitCheckOptions {
  /**
   * The rule set's setting specs: a quota setting whose spec says `assumption`, or whose value is
   * not the spec's default, makes the check `assumption: true`. Without it, any value other than
   * the verified reading (`tccsd`, `httnv`, no minimum) counts as an assumption.
   */
  readonly settingsSpec?: SettingsSpec;
  /** A resolver to share between checks over the same context (pools are memoised in it). */
  readonly resolver?: PoolResolver;
}

/**
 * The quota settings in force, read from the effective settings (verified defaults when absent).
 *
 * @internal
 * @example
 * ```ts
 * quotaSettings({ quotaBase: 'httnv-and-above' }).percent; // 20
 * ```
 */
export function quotaSettings(settings: Readonly<Partial<Settings>>): {
  readonly scope: Settings['quotaScope'];
  readonly base: QuotaBaseKind;
  readonly percent: number;
  readonly minimumOne: boolean;
} {
  return {
    scope: settings.quotaScope ?? 'tccsd',
    base: settings.quotaBase ?? 'httnv',
    percent: settings.quotaPercent ?? 20,
    minimumOne: settings.quotaMinimumOne ?? false,
  };
}

const VERIFIED_READING = { quotaScope: 'tccsd', quotaBase: 'httnv', quotaMinimumOne: false } as const;
type QuotaSettingName = keyof typeof VERIFIED_READING;

/** Whether the value in force for a quota setting rests on an assumption. */
function settingIsAssumption(name: QuotaSettingName, value: string | boolean, spec: SettingsSpec | undefined): boolean {
  const s = spec?.[name];
  if (s) return s.assumption || s.default !== value;
  return VERIFIED_READING[name] !== value;
}

interface Candidate {
  readonly id: string;
  readonly orgId: string;
  readonly score: number | undefined;
}

interface Bucket {
  readonly pool: Pool;
  readonly counts: [number, number, number, number];
  readonly htxsnv: Candidate[];
  /** The organizations that put subjects in this pool (for a quota decision on a group). */
  readonly orgs: string[];
}

const LEVEL_SLOT: Readonly<Record<Level, 0 | 1 | 2 | 3>> = { HTXSNV: 0, HTTNV: 1, HTNV: 2, KHTNV: 3 };
const LEVELS: readonly Level[] = ['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'];

/**
 * The order in which HTXSNV subjects are suggested for a move: scored subjects first by score
 * ascending (the weakest HTXSNV first), then unscored ones; ties by id, then organization id, in
 * UTF-16 code-unit order (not locale order, so every machine agrees). The basis cannot order them:
 * a final level never exceeds its basis, so every HTXSNV subject has basis HTXSNV.
 *
 * @internal
 * @example
 * ```ts
 * [{ id: 'b', orgId: 'x', score: 95 }, { id: 'a', orgId: 'x', score: undefined }, { id: 'c', orgId: 'x', score: 91 }]
 *   .sort(compareSuggestion).map((c) => c.id); // ['c', 'b', 'a']
 * ```
 */
export function compareSuggestion(a: { readonly id: string; readonly orgId: string; readonly score: number | undefined }, b: { readonly id: string; readonly orgId: string; readonly score: number | undefined }): number {
  if (a.score !== b.score) {
    if (a.score === undefined) return 1;
    if (b.score === undefined) return -1;
    return a.score - b.score;
  }
  if (a.id !== b.id) return a.id < b.id ? -1 : 1;
  if (a.orgId !== b.orgId) return a.orgId < b.orgId ? -1 : 1;
  return 0;
}

/**
 * Groups subjects into pools in one pass (`PoolGroups`: the pool key is built once per
 * organization, not once per subject), counting levels and naming the HTXSNV subjects.
 */
class Pools {
  readonly #groups: PoolGroups<Bucket>;

  constructor(resolve: (orgId: string) => Pool) {
    this.#groups = new PoolGroups(resolve, (pool) => ({ pool, counts: [0, 0, 0, 0], htxsnv: [], orgs: [] }));
  }

  /** Counts one subject whose pool is decided by `orgId`; `id`, `subjectOrgId`, `score` name it if it is HTXSNV. */
  add(orgId: string, level: Level, id: string, subjectOrgId: string, score: number | undefined): void {
    const bucket = this.#groups.of(orgId);
    bucket.counts[LEVEL_SLOT[level]]++;
    if (level === 'HTXSNV') bucket.htxsnv.push({ id, orgId: subjectOrgId, score });
  }

  /** Counts a tally's subjects in the pool its organization decides. */
  addTally(tally: LevelTally): void {
    const bucket = this.#groups.of(tally.orgId);
    for (const level of LEVELS) bucket.counts[LEVEL_SLOT[level]] += tally.counts[level];
    for (const c of tally.htxsnv) bucket.htxsnv.push(c);
  }

  buckets(): IterableIterator<Bucket> {
    return this.#groups.values();
  }
}

const SUBJECT_ORDER: Readonly<Record<CheckSubjects, number>> = { members: 0, organizations: 1, leaders: 2 };

/**
 * Orders checks deterministically: by subjects (members, organizations, leaders), then scope id,
 * scope kind and code (`quota` first), in UTF-16 code-unit order.
 *
 * @internal
 * @example
 * ```ts
 * import { type Check } from 'xeploai';
 * declare const checks: Check[];
 * checks.sort(compareChecks);
 * ```
 */
export function compareChecks(a: Check, b: Check): number {
  const s = SUBJECT_ORDER[a.subjects] - SUBJECT_ORDER[b.subjects];
  if (s !== 0) return s;
  // Deputies' pools (QĐ 366) after the heads'.
  const d = (a['posts'] === 'deputies' ? 1 : 0) - (b['posts'] === 'deputies' ? 1 : 0);
  if (d !== 0) return d;
  if (a.scope.id !== b.scope.id) return a.scope.id < b.scope.id ? -1 : 1;
  if (a.scope.kind !== b.scope.kind) return a.scope.kind < b.scope.kind ? -1 : 1;
  if (a.code !== b.code) {
    if (a.code === 'quota') return -1;
    if (b.code === 'quota') return 1;
    return a.code < b.code ? -1 : 1;
  }
  return 0;
}

/** The reading of a pool computed at a decided percent (never above the rule set's maximum). */
function decidedReading(reading: QuotaReading, decision: QuotaDecision): QuotaReading {
  return { ...reading, percent: Math.min(decision.percent, reading.maxPercent), requestedPercent: decision.percent };
}

interface QuotaReading {
  readonly base: QuotaBaseKind;
  readonly percent: number;
  readonly requestedPercent: number;
  readonly maxPercent: number;
  readonly minimumOne: boolean;
  readonly baseAssumption: boolean;
  readonly scopeAssumption: boolean;
}

function buildCheck(subjects: CheckSubjects, bucket: Bucket, rule: RuleText, settingReading: QuotaReading, ctx: CheckContext, decisions: QuotaDecisionResolver): Check {
  const decision = decisions.forPool(bucket.pool, bucket.orgs);
  const reading = decision === undefined ? settingReading : decidedReading(settingReading, decision);
  const [x, t, htnv, khtnv] = bucket.counts;
  const outcome = evaluateQuota({ htxsnv: x, httnv: t, percent: reading.percent, base: reading.base, minimumOne: reading.minimumOne });
  const aboveMax = reading.requestedPercent > reading.maxPercent;
  // only the candidates of a failing pool are sorted
  const chosen = outcome.demote > 0 ? [...bucket.htxsnv].sort(compareSuggestion).slice(0, outcome.demote) : [];
  const readingText = describeQuotaReading(reading.percent, reading.base, reading.minimumOne);
  const scopeText = describePool(bucket.pool, ctx.organizationById);
  const noun = subjectNoun(subjects);
  const counted: Message =
    reading.base === 'httnv'
      ? { vi: `${x} ${noun.vi} HTXSNV, ${t} HTTNV`, en: `${x} ${noun.en} HTXSNV, ${t} HTTNV` }
      : { vi: `${x} ${noun.vi} HTXSNV, ${t} HTTNV (cơ sở tính ${outcome.baseCount})`, en: `${x} ${noun.en} HTXSNV, ${t} HTTNV (base ${outcome.baseCount})` };
  const verdict: Message = outcome.ok
    ? { vi: `không vượt quá (tối đa ${outcome.cap})`, en: `within the cap (at most ${outcome.cap})` }
    : {
        vi: `vượt quá mức tối đa ${outcome.cap}: cần chuyển ít nhất ${outcome.demote} từ HTXSNV xuống HTTNV (còn ${outcome.allowed} HTXSNV${reading.base === 'httnv' ? '; mỗi lần chuyển cũng tăng số HTTNV' : ''})`,
        en: `exceeds the cap of ${outcome.cap}: at least ${outcome.demote} must move from HTXSNV to HTTNV (leaving ${outcome.allowed} HTXSNV${reading.base === 'httnv' ? '; each move also raises the HTTNV count' : ''})`,
      };
  let prefix: Message = aboveMax
    ? {
        vi: `quotaPercent ${reading.requestedPercent} vượt mức tối đa ${reading.maxPercent}% mà ${rule.cite.doc} cho phép; tính theo ${reading.maxPercent}%. `,
        en: `quotaPercent ${reading.requestedPercent} is above the ${reading.maxPercent}% that ${rule.cite.doc} allows; computed at ${reading.maxPercent}%. `,
      }
    : { vi: '', en: '' };
  if (decision !== undefined) {
    const decided = decisionPrefix(decision, ctx.organizationById);
    prefix = { vi: `${decided.vi}${prefix.vi}`, en: `${decided.en}${prefix.en}` };
  }
  const message: Message = {
    vi: `${prefix.vi}Tỷ lệ HTXSNV — ${readingText.vi}, trong ${scopeText.vi}: ${counted.vi}; ${verdict.vi}.`,
    en: `${prefix.en}HTXSNV quota — ${readingText.en}, in ${scopeText.en}: ${counted.en}; ${verdict.en}.`,
  };
  const assumption = rule.assumption || reading.baseAssumption || (subjects === 'members' && reading.scopeAssumption) || bucket.pool.fallback !== undefined;
  const check: Record<string, unknown> = {
    code: 'quota',
    subjects,
    scope: { kind: bucket.pool.kind, id: bucket.pool.id },
    ok: outcome.ok && !aboveMax,
    counts: { HTXSNV: x, HTTNV: t, HTNV: htnv, KHTNV: khtnv },
    allowed: outcome.allowed,
    demote: outcome.demote,
    suggest: chosen.map((c) => c.id),
    cite: rule.cite,
    assumption,
    message,
    severity: 'error',
    base: reading.base,
    baseCount: outcome.baseCount,
    percent: reading.percent,
    minimumOne: reading.minimumOne,
    cap: outcome.cap,
    reading: readingText,
  };
  if (subjects === 'leaders') check['suggestLeaders'] = chosen.map((c) => ({ memberId: c.id, orgId: c.orgId }));
  if (bucket.pool.fallback !== undefined) check['fallback'] = bucket.pool.fallback;
  if (aboveMax) {
    check['requestedPercent'] = reading.requestedPercent;
    check['maxPercent'] = reading.maxPercent;
  }
  if (decision !== undefined) {
    check['cite'] = { ...QUOTA_DECISION_CITE, note: `decision ${decision.ref}${rule.cite.note !== undefined ? `; ${rule.cite.note}` : ''}` };
    check['decision'] = { orgId: decision.orgId, ref: decision.ref, percent: decision.percent };
  }
  return check as unknown as Check;
}

/**
 * The quota checks of a result, on final levels: one `quota` check per pool that has rated
 * subjects, for members (pooled by `quotaScope`), organizations (by their `group`, else their
 * parent) and heads (by the `group` of the organization headed, else its parent), in the order of
 * `compareChecks`. A `quotaPercent` above `params.quota.maxPercent` fails every pool and the
 * numbers are computed at `maxPercent`. A pool at or under a decision of the review's
 * `quotaDecisions` is computed at the decided percent and its check cites the decision
 * (`decision: { orgId, ref, percent }`).
 *
 * @internal
 * @example
 * ```ts
 * import { getRuleSet, type EvaluationContext } from 'xeploai';
 * declare const ctx: EvaluationContext;
 * declare const results: CheckResults;
 * const ruleSet = getRuleSet('qd124-2023');
 * quotaChecks(ctx, results, ruleSet.checks, { settingsSpec: ruleSet.settings })
 *   .filter((c) => !c.ok)
 *   .map((c) => `${c.scope.id}: move ${c.demote} (${c.suggest?.join(', ')})`);
 * ```
 */
export function quotaChecks(ctx: CheckContext, results: CheckResults, allParams: UnitCheckParams, options: UnitCheckOptions = {}): Check[] {
  const params = checkParamsForYear(allParams, ctx.year);
  const settings = quotaSettings(ctx.settings);
  const resolver = options.resolver ?? new PoolResolver(ctx.organizationById);
  const reading: QuotaReading = {
    base: settings.base,
    percent: Math.min(settings.percent, params.quota.maxPercent),
    requestedPercent: settings.percent,
    maxPercent: params.quota.maxPercent,
    minimumOne: settings.minimumOne,
    baseAssumption: settingIsAssumption('quotaBase', settings.base, options.settingsSpec) || settingIsAssumption('quotaMinimumOne', settings.minimumOne, options.settingsSpec),
    scopeAssumption: settingIsAssumption('quotaScope', settings.scope, options.settingsSpec),
  };

  const members = new Pools((orgId) => resolver.memberPool(orgId, settings.scope));
  for (const r of results.members) {
    if (r.rated && r.level !== null) members.add(r.orgId, r.level, r.id, r.orgId, r.score);
  }
  for (const t of results.tallies?.members ?? []) members.addTally(t);
  const organizations = new Pools((orgId) => resolver.organizationPool(orgId));
  for (const r of results.organizations) {
    if (r.rated && r.level !== null) organizations.add(r.id, r.level, r.id, r.id, r.score);
  }
  for (const t of results.tallies?.organizations ?? []) organizations.addTally(t);
  // «theo chức danh tương đương»: heads and deputies (QĐ 366) pool apart.
  const leaders = new Pools((orgId) => resolver.organizationPool(orgId));
  const deputies = new Pools((orgId) => resolver.organizationPool(orgId));
  for (const r of results.leaders) {
    if (r.rated && r.level !== null) (r.head === false ? deputies : leaders).add(r.orgId, r.level, r.memberId, r.orgId, r.score);
  }
  for (const t of results.tallies?.heads ?? []) leaders.addTally(t);
  for (const t of results.tallies?.deputies ?? []) deputies.addTally(t);

  const decisions = new QuotaDecisionResolver(ctx.header.quotaDecisions, ctx.organizationById);
  const checks: Check[] = [];
  for (const bucket of members.buckets()) checks.push(buildCheck('members', bucket, params.quota.members, reading, ctx, decisions));
  for (const bucket of organizations.buckets()) checks.push(buildCheck('organizations', bucket, params.quota.organizations, reading, ctx, decisions));
  for (const bucket of leaders.buckets()) checks.push(buildCheck('leaders', bucket, params.quota.leaders, reading, ctx, decisions));
  for (const bucket of deputies.buckets()) checks.push({ ...buildCheck('leaders', bucket, params.quota.leaders, reading, ctx, decisions), posts: 'deputies' });
  return checks.sort(compareChecks);
}
