/**
 * The civil-service share check: per member pool, the CBCCVC HTXSNV share against the party
 * HTXSNV share (NĐ 90/2020 Điều 2 as amended by NĐ 48/2023).
 *
 * @module
 */
import type { Check, Message, RuleText } from '../rules/types.js';
import { paramsForYear, type ParamsByYear } from '../rules/common/byYear.js';
import { QuotaDecisionResolver } from './decisions.js';
import { describePool } from './describe.js';
import { PoolGroups, PoolResolver, type Pool } from './pools.js';
import type { CheckContext, CheckResults } from './inputs.js';
import { compareChecks, quotaSettings, type UnitCheckOptions } from './quotaChecks.js';
import { quotaHolds } from './quotaArithmetic.js';
import { checkParamsForYear, type UnitCheckParams } from './types.js';

/**
 * The text behind the civil-service share check, used when a rule set gives none. The ratio rule
 * is VERIFIED; which party ratio it means is not stated, so the check is an assumption: the
 * members' actual HTXSNV share in the same pool (the stricter reading, since the actual share
 * never exceeds what the quota allows).
 *
 * @example
 * ```ts
 * import { CIVIL_SERVICE_SHARE_TEXT } from 'xeploai/rules';
 * CIVIL_SERVICE_SHARE_TEXT.cite.doc; // '90/2020/NĐ-CP'
 * ```
 */
export const CIVIL_SERVICE_SHARE_TEXT: RuleText = {
  cite: {
    doc: '90/2020/NĐ-CP',
    article: 'Điều 2',
    note: 'as amended by 48/2023/NĐ-CP (khoản not seen); the party ratio compared is the members’ actual HTXSNV share in the same pool (ASSUMPTION)',
  },
  assumption: true,
  message: {
    vi: 'Tỷ lệ cán bộ, công chức, viên chức xếp loại "Hoàn thành xuất sắc nhiệm vụ" trong tổng số cán bộ, công chức, viên chức tại cùng cơ quan, tổ chức, đơn vị và đối với từng nhóm đối tượng có nhiệm vụ tương đồng không quá tỷ lệ đảng viên được xếp loại "Hoàn thành xuất sắc nhiệm vụ" theo quy định của Đảng',
    en: 'The share of cadres, civil servants and public employees rated HTXSNV in the same body and group of similar tasks may not exceed the share of party members rated HTXSNV under the Party’s rules',
  },
};

/**
 * The `civil-service-share` text for review years from 2026: NĐ 335/2025 Điều 20 khoản 5 điểm a
 * for công chức (in force 01/01/2026); viên chức and cán bộ stay under NĐ 90/2020 as amended by
 * NĐ 48/2023 until replaced (ASSUMPTION, shared/regulations/civil-service.md).
 *
 * @example
 * ```ts
 * import { CIVIL_SERVICE_SHARE_TEXT_2026 } from 'xeploai/rules';
 * CIVIL_SERVICE_SHARE_TEXT_2026.cite.article; // 'Điều 20, khoản 5, điểm a'
 * ```
 */
export const CIVIL_SERVICE_SHARE_TEXT_2026: RuleText = {
  cite: {
    doc: '335/2025/NĐ-CP',
    article: 'Điều 20, khoản 5, điểm a',
    note: 'công chức (in force 01/01/2026); its own rule is 20% of those rated HTTNV (see quotaRuleOk); viên chức, cán bộ: 90/2020/NĐ-CP Điều 2 as amended by 48/2023/NĐ-CP until replaced (ASSUMPTION)',
  },
  assumption: true,
  message: {
    vi: 'Tỷ lệ công chức xếp loại "Hoàn thành xuất sắc nhiệm vụ" không vượt quá 20% tổng số công chức được xếp loại "Hoàn thành tốt nhiệm vụ" trong phạm vi cùng một cơ quan, tổ chức, đơn vị và trong từng nhóm công chức có nhiệm vụ tương đồng',
    en: 'Civil servants rated HTXSNV may not exceed 20% of those rated HTTNV in the same body and group of similar tasks',
  },
};

/**
 * The state text of the `civil-service-share` check by review year (shared/regulations/
 * civil-service.md, "Which state text a review year uses"): none before 2023 (the ratio sentence
 * came with NĐ 48/2023), NĐ 90 as amended by NĐ 48 for 2023–2025, NĐ 335/2025 from 2026. A check
 * never cites a text not yet in force.
 *
 * @example
 * ```ts
 * import { CIVIL_SERVICE_SHARE_BY_YEAR, paramsForYear } from 'xeploai/rules';
 * paramsForYear(CIVIL_SERVICE_SHARE_BY_YEAR, 2021); // undefined
 * paramsForYear(CIVIL_SERVICE_SHARE_BY_YEAR, 2024)?.cite.doc; // '90/2020/NĐ-CP'
 * paramsForYear(CIVIL_SERVICE_SHARE_BY_YEAR, 2026)?.cite.doc; // '335/2025/NĐ-CP'
 * ```
 */
export const CIVIL_SERVICE_SHARE_BY_YEAR: ParamsByYear<RuleText | undefined> = [
  { fromYear: 0, params: undefined },
  { fromYear: 2023, params: CIVIL_SERVICE_SHARE_TEXT },
  { fromYear: 2026, params: CIVIL_SERVICE_SHARE_TEXT_2026 },
];

interface ShareBucket {
  readonly pool: Pool;
  /** Members in the pool with a CBCCVC rating, and how many of those are HTXSNV. */
  civilRated: number;
  civilHtxsnv: number;
  civilHttnv: number;
  /** Members rated as party members in the pool, and how many are HTXSNV. */
  partyRated: number;
  partyHtxsnv: number;
  /** The chi bộ whose members are in the pool (for a quota decision on a group). */
  readonly orgs: string[];
}

/** A share written as a fraction: display only, the verdict is decided by cross-multiplication. */
function fraction(part: number, whole: number): string {
  return `${part}/${whole}`;
}

/**
 * The `civil-service-share` checks (none before review year 2023: `CIVIL_SERVICE_SHARE_BY_YEAR`;
 * a rule set's `civilServiceShare` replaces the text of the years that have one): for each member pool (the `quotaScope` pools) with at least one
 * member carrying `civilService` and one rated member, `ok` is false when the CBCCVC HTXSNV share
 * exceeds the members' HTXSNV share: `cX · N > X · cN` (cross-multiplied, never divided).
 * `severity: 'warning'` and `assumption: true`: which party ratio the decree means is not stated.
 * Counts: CBCCVC over every member of the pool with `civilService` (rated as a party member or not);
 * the party share over rated members. `quotaRuleOk` adds the other reading: the CBCCVC counts under
 * the party's own quota rule (`100·cX ≤ p·cT`, p the pool's decided percent under `quotaDecisions`).
 *
 * @internal
 * @example
 * ```ts
 * import { getRuleSet, type EvaluationContext } from 'xeploai';
 * declare const ctx: EvaluationContext;
 * declare const results: CheckResults;
 * civilServiceShareChecks(ctx, results, getRuleSet('qd124-2023').checks).filter((c) => !c.ok);
 * ```
 */
export function civilServiceShareChecks(ctx: CheckContext, results: CheckResults, params: UnitCheckParams, options: UnitCheckOptions = {}): Check[] {
  const inForce = paramsForYear(CIVIL_SERVICE_SHARE_BY_YEAR, ctx.year);
  if (inForce === undefined) return [];
  const rule = checkParamsForYear(params, ctx.year).civilServiceShare ?? inForce;
  const settings = quotaSettings(ctx.settings);
  const resolver = options.resolver ?? new PoolResolver(ctx.organizationById);
  const buckets = new PoolGroups<ShareBucket>(
    (orgId) => resolver.memberPool(orgId, settings.scope),
    (pool) => ({ pool, civilRated: 0, civilHtxsnv: 0, civilHttnv: 0, partyRated: 0, partyHtxsnv: 0, orgs: [] }),
  );
  for (const r of results.members) {
    if (!r.rated || r.level === null) continue;
    const b = buckets.of(r.orgId);
    b.partyRated++;
    if (r.level === 'HTXSNV') b.partyHtxsnv++;
  }
  for (const t of results.tallies?.members ?? []) {
    const rated = t.counts.HTXSNV + t.counts.HTTNV + t.counts.HTNV + t.counts.KHTNV;
    const civil = t.civilService;
    const civilRated = civil === undefined ? 0 : civil.HTXSNV + civil.HTTNV + civil.other;
    if (rated + civilRated === 0) continue;
    const b = buckets.of(t.orgId);
    b.partyRated += rated;
    b.partyHtxsnv += t.counts.HTXSNV;
    b.civilRated += civilRated;
    b.civilHtxsnv += civil?.HTXSNV ?? 0;
    b.civilHttnv += civil?.HTTNV ?? 0;
  }
  for (const c of results.civilService ?? []) {
    const b = buckets.of(c.orgId);
    b.civilRated++;
    if (c.level === 'HTXSNV') b.civilHtxsnv++;
    else if (c.level === 'HTTNV') b.civilHttnv++;
  }
  const percent = Math.min(settings.percent, params.quota.maxPercent);
  const decisions = new QuotaDecisionResolver(ctx.header.quotaDecisions, ctx.organizationById);
  const checks: Check[] = [];
  for (const b of buckets.values()) {
    if (b.civilRated === 0 || b.partyRated === 0) continue;
    const ok = b.civilHtxsnv * b.partyRated <= b.partyHtxsnv * b.civilRated;
    const scopeText = describePool(b.pool, ctx.organizationById);
    const civilShare = fraction(b.civilHtxsnv, b.civilRated);
    const partyShare = fraction(b.partyHtxsnv, b.partyRated);
    const message: Message = ok
      ? {
          vi: `Tỷ lệ HTXSNV của CBCCVC (${civilShare}) không quá tỷ lệ đảng viên HTXSNV (${partyShare}) trong ${scopeText.vi}.`,
          en: `The CBCCVC HTXSNV share (${civilShare}) does not exceed the members' HTXSNV share (${partyShare}) in ${scopeText.en}.`,
        }
      : {
          vi: `Tỷ lệ HTXSNV của CBCCVC (${civilShare}) vượt tỷ lệ đảng viên HTXSNV (${partyShare}) trong ${scopeText.vi}; đề nghị xem lại xếp loại CBCCVC hoặc xếp loại đảng viên.`,
          en: `The CBCCVC HTXSNV share (${civilShare}) exceeds the members' HTXSNV share (${partyShare}) in ${scopeText.en}; review the CBCCVC or the party ratings.`,
        };
    const check: Record<string, unknown> = {
      code: 'civil-service-share',
      subjects: 'members',
      scope: { kind: b.pool.kind, id: b.pool.id },
      ok,
      cite: rule.cite,
      assumption: true,
      message,
      severity: 'warning',
      civilService: { rated: b.civilRated, HTXSNV: b.civilHtxsnv, HTTNV: b.civilHttnv },
      party: { rated: b.partyRated, HTXSNV: b.partyHtxsnv },
      quotaRuleOk: quotaHolds(b.civilHtxsnv, Math.min(decisions.forPool(b.pool, b.orgs)?.percent ?? percent, params.quota.maxPercent), b.civilHttnv, settings.minimumOne),
    };
    if (b.pool.fallback !== undefined) check['fallback'] = b.pool.fallback;
    checks.push(check as unknown as Check);
  }
  return checks.sort(compareChecks);
}
