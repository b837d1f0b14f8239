/**
 * Province (and unit) extensions of a rule set: new setting defaults, a stricter quota, the
 * province's own score sheets, cited province findings and, where needed, other cited parameters
 * for the shared pipelines — as a new frozen rule set, the base untouched.
 *
 * @module
 */
import { XeploaiError, describeValue, type InputIssue } from '../errors.js';
import type { DataSchemas, Member, Organization, RecordData } from '../model/index.js';
import { isScoreSheet, type ScoreSheet } from '../score/sheet.js';
import type { ScoreSubject } from '../score/types.js';
import type { UnitCheckParams } from './types.js';
import { leaderEvaluator } from './common/leader.js';
import { memberEvaluator, type BasisFn } from './common/member.js';
import { organizationEvaluator } from './common/organization.js';
import type { LeaderParams, MemberParams, OrganizationParams } from './common/params.js';
import { ruleSetParams, type ParamsByYear, type RuleSetParams } from './common/byYear.js';
import { checkCitedData, checkCite, checkDocument, checkDocuments, checkRuleText, CODE, nonEmpty } from './citedInput.js';
import { applyExtras, checkExtraFindings, type ExtraFinding } from './extraFindings.js';
import { BUILT_IN_RULE_SET_IDS } from './lookup.js';
import { resolveSettings, SETTING_DOMAINS } from './settings.js';
import type { Citation, RuleDocument, RuleSet, RuleText, SettingName, Settings, SettingSpec, SettingsSpec } from './types.js';

export type { ExtraFinding, ExtraFindingHit, ExtraFindingInput, WithData } from './extraFindings.js';

/**
 * A new default for one setting: the value alone (the base's citation and assumption flag stay),
 * or the value with the province's citation.
 *
 * @example
 * ```ts
 * import type { SettingOverride } from 'xeploai/rules';
 * const quota: SettingOverride<'quotaPercent'> = { default: 15, assumption: false, cite: { doc: '05-HD/TU', article: 'Mục II, điểm 2' } };
 * const headCap: SettingOverride<'headCap'> = 'cap';
 * ```
 */
export type SettingOverride<N extends SettingName> = Settings[N] | { readonly default: Settings[N]; readonly cite?: Citation; readonly assumption?: boolean };

/**
 * New parameters for one pipeline: the whole cited object, or a function of the base's (the
 * base must expose its `params`, as the built-in rule sets do).
 *
 * @example
 * ```ts
 * import type { MemberParams, ParamsOverride } from 'xeploai/rules';
 * const sick: ParamsOverride<MemberParams> = (p) => ({ ...p, sickLeave: { ...p.sickLeave, minDays: 60 } });
 * ```
 */
export type ParamsOverride<P> = P | ((base: P) => P);

/**
 * Cited parameters replacing the base's for the shared pipelines: `memberEvaluator`,
 * `organizationEvaluator` and `leaderEvaluator` are rebuilt from them (for every review year, even
 * where the base varies its parameters by year). A rule set that scores (QĐ 366) needs its basis
 * functions only to replace the score basis of its data (`MemberParams.score`).
 *
 * @example
 * ```ts
 * import type { ParamsOverrides } from 'xeploai/rules';
 * const params: ParamsOverrides = { member: (p) => ({ ...p, sickLeave: { ...p.sickLeave, minDays: 60 } }) };
 * ```
 */
export interface ParamsOverrides {
  /** New member parameters, or a function of the base's. */
  readonly member?: ParamsOverride<MemberParams>;
  /** New organization parameters, or a function of the base's. */
  readonly organization?: ParamsOverride<OrganizationParams>;
  /** New leader parameters, or a function of the base's. */
  readonly leader?: ParamsOverride<LeaderParams>;
  /** Where a member's level starts (e.g. `qd366MemberBasis` for a scoring base); default: graded criteria. */
  readonly memberBasis?: BasisFn<Member>;
  /** Where an organization's level starts (e.g. `qd366OrganizationBasis`); default: graded criteria. */
  readonly organizationBasis?: BasisFn<Organization>;
}

/**
 * What `extendRuleSet` takes. Only `id` and `title` are required.
 *
 * @example
 * ```ts
 * import type { RuleSetExtension } from 'xeploai/rules';
 * const ext: RuleSetExtension = {
 *   id: 'tinh-an-giang-2024', title: 'QĐ 124 — hướng dẫn của Tỉnh ủy (ví dụ)',
 *   documents: [{ id: '05-HD/TU', title: 'Hướng dẫn kiểm điểm, xếp loại năm 2024 (ví dụ)', issuedOn: '2024-11-01', issuer: 'Ban Tổ chức Tỉnh ủy' }],
 *   settings: { quotaPercent: { default: 15, cite: { doc: '05-HD/TU', article: 'Mục II, điểm 2' } } },
 * };
 * ```
 */
export interface RuleSetExtension<MemberData = RecordData, OrganizationData = RecordData> {
  /** A new id (kebab-case), not one of the built-in rule sets. */
  readonly id: string;
  /** A title, e.g. `QĐ 366 với hướng dẫn của Tỉnh ủy`. */
  readonly title: string;
  /** The province's documents, listed after the base's. Province findings cite one of them. */
  readonly documents?: readonly RuleDocument[];
  /** Default: the base's review years. */
  readonly appliesTo?: RuleSet['appliesTo'];
  /** New defaults of named settings, each a value or `{ default, cite, assumption? }`; a setting the base lacks needs the province's citation. */
  readonly settings?: { readonly [N in SettingName]?: SettingOverride<N> };
  /** The quota texts (e.g. the province's own citation for a stricter quota), over the base's. */
  readonly checks?: { readonly quota?: Partial<UnitCheckParams['quota']>; readonly civilServiceShare?: RuleText };
  /** Cited parameters replacing the base's for the shared pipelines. */
  readonly params?: ParamsOverrides;
  /** The province's score sheets by subject group (made by `defineScoreSheet`), for apps that mark subjects. */
  readonly scoreSheets?: Readonly<Partial<Record<ScoreSubject, ScoreSheet>>>;
  /**
   * Schemas of the app's own `data` on members and organizations (zod or any Standard Schema):
   * `parseReview` checks each record's `data` with them (issues at `members[3].data.KEY`), and
   * `when` receives `data` with their output type. Without one, `data` is any JSON object.
   */
  readonly data?: DataSchemas<MemberData, OrganizationData>;
  /** The province findings: cited rules with a `when` test, run after the base rules (their `data` typed by `data`). */
  readonly extraFindings?: readonly ExtraFinding<NoInfer<MemberData>, NoInfer<OrganizationData>>[];
}

/**
 * A rule set made by `extendRuleSet`: a `RuleSet`, with the id of its base, the province's score
 * sheets and the province findings.
 *
 * @example
 * ```ts
 * import type { ExtendedRuleSet } from 'xeploai/rules';
 * declare const rs: ExtendedRuleSet;
 * rs.base; // 'qd124-2023'
 * ```
 */
export interface ExtendedRuleSet extends RuleSet {
  /** The id of the rule set it extends. */
  readonly base: string;
  /** The parameters in force: the base's, with the extension's overrides (absent when the base exposes none). */
  readonly params?: RuleSetParams | ParamsByYear<RuleSetParams>;
  /** The province's score sheets by subject group (and those of the base it extends). */
  readonly scoreSheets: Readonly<Partial<Record<ScoreSubject, ScoreSheet>>>;
  /** The province findings, in the order they run. */
  readonly extraFindings: readonly ExtraFinding[];
}

function isOverrideObject(value: unknown): value is { readonly default: unknown; readonly cite?: Citation; readonly assumption?: boolean } {
  return typeof value === 'object' && value !== null && 'default' in value;
}

function mergeSettings(base: RuleSet, overrides: RuleSetExtension['settings'], checks: UnitCheckParams, documentIds: ReadonlySet<string>, out: InputIssue[]): SettingsSpec {
  const merged: Record<string, SettingSpec> = { ...(base.settings as Record<string, SettingSpec>) };
  const values: Record<string, unknown> = {};
  for (const [name, given] of Object.entries(overrides ?? {})) {
    const path = `settings.${name}`;
    if (!Object.prototype.hasOwnProperty.call(SETTING_DOMAINS, name)) {
      out.push({ path, code: 'unknown-setting', message: `expected one of the named settings ${Object.keys(SETTING_DOMAINS).join(', ')}, got ${JSON.stringify(name)}` });
      continue;
    }
    const override: { readonly default: unknown; readonly cite?: Citation; readonly assumption?: boolean } = isOverrideObject(given) ? given : { default: given };
    const before = merged[name];
    if (override.cite !== undefined) {
      checkCite(override.cite, `${path}.cite`, out);
      checkDocument(override.cite, documentIds, `${path}.cite.doc`, out);
    }
    if (before === undefined && override.cite === undefined) {
      out.push({ path: `${path}.cite`, code: 'missing-citation', message: `expected a citation: ${base.id} has no setting ${name}, so its default needs the province's text` });
      continue;
    }
    merged[name] = Object.freeze({
      default: override.default as Settings[SettingName],
      assumption: override.assumption ?? before?.assumption ?? false,
      cite: override.cite ?? before!.cite,
    });
    values[name] = override.default;
  }
  // The setting domains decide which values are allowed: the same check a review's settings get
  // (under the extended rule set's own checks: a lowered quota maximum bounds its default too).
  const checked = resolveSettings({ ...base, settings: merged as SettingsSpec, checks }, values, 'settings');
  if (!checked.success) out.push(...checked.issues.map((i) => (i.code === 'invalid-setting' ? { ...i, path: `${i.path}.default`, message: i.message.replace(/^expected/, 'expected a default that is') } : i)));
  return Object.freeze(merged) as SettingsSpec;
}

type ParamsInForce = { member?: MemberParams; organization?: OrganizationParams; leader?: LeaderParams };

/** The overridden parameters, each checked for complete citations (a function override needs the base's). */
function resolveParams(baseId: string, baseParams: RuleSetParams | undefined, overrides: ParamsOverrides, out: InputIssue[]): ParamsInForce {
  const params: Record<string, unknown> = {};
  for (const key of ['member', 'organization', 'leader'] as const) {
    const given = overrides[key];
    if (given === undefined) continue;
    if (typeof given === 'function' && baseParams === undefined) {
      out.push({ path: `params.${key}`, code: 'no-base-params', message: `expected the whole ${key} parameters: ${baseId} does not expose its params to derive them from` });
      continue;
    }
    const value: unknown = typeof given === 'function' ? (given as (p: unknown) => unknown)(baseParams![key]) : given;
    checkCitedData(value, `params.${key}`, out);
    params[key] = value;
  }
  return params as ParamsInForce;
}

/**
 * The extended rule set's check params: the extension's quota texts and civil-service text over
 * the base's (each year's variant too). The quota maximum can be lowered, never raised above the
 * base's; a province's cited `quotaPercent` default becomes the citation of the quota checks it
 * drives (where the extension gives no quota text of its own).
 */
function extendChecks(base: RuleSet, extension: RuleSetExtension, documentIds: ReadonlySet<string>, out: InputIssue[]): UnitCheckParams {
  const given = extension.checks;
  for (const key of ['members', 'organizations', 'leaders'] as const) {
    if (given?.quota?.[key] === undefined) continue;
    checkRuleText(given.quota[key], `checks.quota.${key}`, out);
    checkDocument(given.quota[key].cite, documentIds, `checks.quota.${key}.cite.doc`, out);
  }
  if (given?.civilServiceShare !== undefined) checkRuleText(given.civilServiceShare, 'checks.civilServiceShare', out);
  const requested = given?.quota?.maxPercent;
  const valid = requested === undefined || (typeof requested === 'number' && Number.isInteger(requested) && requested >= 1 && requested <= base.checks.quota.maxPercent);
  const max = valid ? requested : undefined;
  if (!valid) {
    out.push({ path: 'checks.quota.maxPercent', code: 'above-maximum', message: `expected an integer from 1 to ${base.checks.quota.maxPercent} (an extension can lower the quota ${base.id} allows, never raise it), got ${describeValue(requested)}` });
  }
  const setting: unknown = extension.settings?.quotaPercent;
  const cite = isOverrideObject(setting) ? setting.cite : undefined;
  const percent = isOverrideObject(setting) ? String(setting.default) : '';
  const recite = (rule: RuleText): RuleText =>
    cite === undefined ? rule : { ...rule, cite: { doc: cite.doc, article: cite.article, note: `quotaPercent ${percent}${cite.note === undefined ? '' : `; ${cite.note}`}; within ${rule.cite.doc} · ${rule.cite.article}` } };
  const overlay = (c: UnitCheckParams): UnitCheckParams => {
    const quota = { ...c.quota };
    for (const key of ['members', 'organizations', 'leaders'] as const) quota[key] = given?.quota?.[key] ?? recite(c.quota[key]);
    if (max !== undefined) quota.maxPercent = max;
    const { byYear: _byYear, ...rest } = c;
    return { ...rest, quota, ...(given?.civilServiceShare ? { civilServiceShare: given.civilServiceShare } : {}) };
  };
  const byYear = base.checks.byYear;
  return { ...overlay(base.checks), ...(byYear === undefined ? {} : { byYear: byYear.map((v) => ({ fromYear: v.fromYear, params: overlay(v.params) })) }) };
}

/**
 * Derives a province's rule set from a base: a new frozen `RuleSet` (the base is not touched)
 * with new setting defaults (checked against the setting domains; `quotaPercent` at most the
 * base's `checks.quota.maxPercent`), the quota texts, cited parameters for the shared pipelines,
 * the province's score sheets and cited province findings. Every problem of the extension is
 * reported at once in an `XeploaiError` (paths such as `extraFindings[0].rule.cite.article`).
 *
 * @example
 * ```ts
 * import { evaluateReview, getRuleSet } from 'xeploai';
 * import { extendRuleSet } from 'xeploai/rules';
 * const tinh = extendRuleSet(getRuleSet('qd124-2023'), {
 *   id: 'tinh-vi-du-2024', title: 'QĐ 124 với hướng dẫn của Tỉnh ủy (ví dụ)',
 *   documents: [{ id: '05-HD/TU', title: 'Hướng dẫn (ví dụ)', issuedOn: '2024-11-01', issuer: 'Ban Tổ chức Tỉnh ủy' }],
 *   settings: { quotaPercent: { default: 15, cite: { doc: '05-HD/TU', article: 'Mục II, điểm 2' } } },
 *   extraFindings: [{
 *     subjects: 'members', code: 'tinh-nghi-om', severity: 'warning',
 *     rule: { cite: { doc: '05-HD/TU', article: 'Mục II, điểm 4' }, assumption: false,
 *       message: { vi: 'Nghỉ ốm từ 30 ngày: chi bộ xem xét', en: 'Sick leave of 30 days or more: for the cell to consider' } },
 *     when: (member) => (member.leave?.sickDays ?? 0) >= 30,
 *   }],
 * });
 * tinh.settings.quotaPercent?.default; // 15
 * getRuleSet('qd124-2023').settings.quotaPercent?.default; // 20
 * Object.isFrozen(tinh); // true
 * const result = evaluateReview({ format: 'xeploai/review@1', year: 2024,
 *   organizations: [{ id: 'cb', name: 'Chi bộ 1', kind: 'chi-bo-co-so' }],
 *   members: [{ id: 'dv-1', name: 'A', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-01-01', criteria: { results: 'tot' }, leave: { sickDays: 40 } }] },
 *   { ruleSet: tinh });
 * result.ruleSet.id; // 'tinh-vi-du-2024'
 * result.members[0]?.findings.map((f) => f.code); // […, 'tinh-nghi-om']
 * ```
 */
export function extendRuleSet<MemberData = RecordData, OrganizationData = RecordData>(base: RuleSet, extension: RuleSetExtension<MemberData, OrganizationData>): ExtendedRuleSet {
  const out: InputIssue[] = [];
  if (typeof extension.id !== 'string' || !CODE.test(extension.id)) out.push({ path: 'id', code: 'invalid-id', message: `expected a kebab-case id such as "tinh-an-giang-2024", got ${describeValue(extension.id)}` });
  else if (extension.id === base.id || (BUILT_IN_RULE_SET_IDS as readonly string[]).includes(extension.id)) out.push({ path: 'id', code: 'duplicate-id', message: `expected a new id, not that of a built-in rule set or the base, got ${JSON.stringify(extension.id)}` });
  if (!nonEmpty(extension.title)) out.push({ path: 'title', code: 'invalid-type', message: `expected a non-empty title, got ${describeValue(extension.title)}` });
  const documents = [...base.documents, ...(extension.documents ?? [])];
  checkDocuments(extension.documents ?? [], out);
  const documentIds = new Set(documents.map((d) => d.id));
  const checks = extendChecks(base, extension as unknown as RuleSetExtension, documentIds, out);
  const settings = mergeSettings(base, extension.settings, checks, documentIds, out);
  const overrides = extension.params ?? {};
  const baseParams = ruleSetParams(base);
  const params = resolveParams(base.id, baseParams, overrides, out);
  for (const [subject, sheet] of Object.entries(extension.scoreSheets ?? {})) {
    if (!isScoreSheet(sheet)) out.push({ path: `scoreSheets.${subject}`, code: 'invalid-sheet', message: 'expected a score sheet made by defineScoreSheet' });
  }
  // `when` is typed with the data schemas' output; parseReview holds `data` to them before any rule runs.
  const extras = (extension.extraFindings ?? []) as readonly ExtraFinding[];
  checkExtraFindings(extras, documentIds, out);
  for (const [subjects, schema] of Object.entries(extension.data ?? {})) {
    if (typeof (schema as { '~standard'?: { validate?: unknown } } | undefined)?.['~standard']?.validate !== 'function') {
      out.push({ path: `data.${subjects}`, code: 'invalid-schema', message: `expected a schema with a Standard Schema "~standard" (zod, valibot…), got ${describeValue(schema)}` });
    }
  }
  const data = { ...base.data, ...extension.data } as DataSchemas<unknown, unknown>;
  if (out.length > 0) throw new XeploaiError(out);

  // With new params, the shared pipelines are rebuilt from them; else the base's functions are kept.
  // A member and his posts are rated with both the member and the leader data (QĐ 366 rates post
  // holders as leaders): a change to either rebuilds both.
  const memberParams = params.member ?? baseParams?.member;
  const leaderParams = params.leader ?? baseParams?.leader;
  const individual = params.member !== undefined || params.leader !== undefined || overrides.memberBasis !== undefined;
  const basis = overrides.memberBasis !== undefined ? { basis: overrides.memberBasis } : {};
  const memberBase = individual && memberParams !== undefined ? memberEvaluator(memberParams, overrides.memberBasis, leaderParams) : base.evaluateMember;
  const organizationBase = params.organization || overrides.organizationBasis ? organizationEvaluator(params.organization ?? baseParams!.organization, ...(overrides.organizationBasis ? [overrides.organizationBasis] : [])) : base.evaluateOrganization;
  const leaderBase = individual && leaderParams !== undefined ? leaderEvaluator(leaderParams, memberParams === undefined ? undefined : { member: memberParams, ...basis }) : base.evaluateLeader;
  const rulesFor = (subjects: ExtraFinding['subjects']) => extras.filter((r) => r.subjects === subjects);
  const [memberRules, organizationRules, leaderRules] = [rulesFor('members'), rulesFor('organizations'), rulesFor('leaders')];

  const ruleSet: ExtendedRuleSet = {
    ...base,
    id: extension.id,
    title: extension.title,
    documents,
    appliesTo: extension.appliesTo ?? base.appliesTo,
    periods: [...base.periods],
    settings,
    checks,
    ...(leaderParams !== undefined ? { leaderPosts: leaderParams.posts } : {}),
    ...(Object.keys(data).length > 0 ? { data: Object.freeze(data) } : {}),
    evaluateMember: (member, index, ctx) =>
      applyExtras(memberBase(member, index, ctx), memberRules, `members[${index}]`, member.id, (rule, result) => (rule.subjects === 'members' ? rule.when(member, { result, path: `members[${index}]`, ctx }) : false)),
    evaluateOrganization: (org, index, ctx) =>
      applyExtras(organizationBase(org, index, ctx), organizationRules, `organizations[${index}]`, org.id, (rule, result) => (rule.subjects === 'organizations' ? rule.when(org, { result, path: `organizations[${index}]`, ctx }) : false)),
    evaluateLeader: (member, postIndex, ctx, rated) => {
      const path = `members[${rated.index}].posts[${postIndex}]`;
      const post = member.posts![postIndex]!;
      return applyExtras(leaderBase(member, postIndex, ctx, rated), leaderRules, path, member.id, (rule, result) => (rule.subjects === 'leaders' ? rule.when(member, { result, path, ctx, post }) : false));
    },
    // Tools that compare rule sets read `params`: give them the parameters in force.
    ...(Object.keys(params).length > 0 && baseParams !== undefined ? { params: Object.freeze({ ...baseParams, ...params }) } : {}),
    base: base.id,
    // An extension of an extension keeps the sheets it does not replace.
    scoreSheets: { ...(base as Partial<ExtendedRuleSet>).scoreSheets, ...extension.scoreSheets },
    extraFindings: [...extras],
  };
  // Freeze only what was made here: the base's objects are shared, not changed (not even frozen).
  for (const part of [ruleSet.documents, ruleSet.periods, ruleSet.scoreSheets, ruleSet.extraFindings, checks.quota, checks]) Object.freeze(part);
  return Object.freeze(ruleSet);
}
