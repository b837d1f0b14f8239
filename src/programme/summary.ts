/**
 * The sơ kết lists: subjects KHTNV two years running, and the weakest units of a year.
 *
 * @module
 */
import { levelRank } from '../levels.js';
import { percentHalfUp } from '../report/percent.js';
import { treeOrder, type YearData } from '../report/yearData.js';
import type { ConsecutiveKhtnv, UnitSummary } from './types.js';

const UNIT_KINDS = new Set(['dang-bo-co-so', 'chi-bo-co-so', 'dang-bo-bo-phan', 'chi-bo']);

function hasConsecutiveFinding(findings: readonly { readonly code: string }[]): boolean {
  return findings.some((f) => f.code === 'consecutive-khtnv');
}

/**
 * Organizations and members rated KHTNV in `current.year` and in the year before (from that year's
 * results, or a `consecutive-khtnv` finding when the earlier result is not given).
 *
 * @example
 * ```ts
 * // consecutiveKhtnv(data2025, data2024).members.map((m) => m.id)
 * ```
 */
export function consecutiveKhtnv(current: YearData, previous: YearData | undefined): { organizations: ConsecutiveKhtnv[]; members: ConsecutiveKhtnv[] } {
  const years: [number, number] = [current.year - 1, current.year];
  const prevOrg = new Map(previous?.organizations.map((o) => [o.id, o.result.level]));
  const prevMember = new Map(previous?.members.map((m) => [m.result.id, m.result.level]));
  const organizations: ConsecutiveKhtnv[] = [];
  for (const o of current.organizations) {
    if (o.result.level !== 'KHTNV') continue;
    if (prevOrg.get(o.id) === 'KHTNV' || hasConsecutiveFinding(o.result.findings)) organizations.push({ id: o.id, name: o.name, years, kind: o.kind });
  }
  const members: ConsecutiveKhtnv[] = [];
  for (const m of current.members) {
    if (m.result.level !== 'KHTNV') continue;
    if (prevMember.get(m.result.id) === 'KHTNV' || hasConsecutiveFinding(m.result.findings)) {
      members.push({ id: m.result.id, name: m.review?.name ?? m.result.name ?? m.result.id, years, orgId: m.result.orgId });
    }
  }
  return { organizations, members };
}

/**
 * The weakest units of a year: đảng bộ cơ sở, chi bộ cơ sở, đảng bộ bộ phận and chi bộ trực
 * thuộc, ordered by their own level (KHTNV first; not rated last), then the share of their members
 * (whole subtree when the tree is known) rated HTTNV or better (lowest first), then their members
 * rated KHTNV (most first), then id; the first `limit`.
 *
 * @example
 * ```ts
 * // weakestUnits(data2025, 5)[0]?.id
 * ```
 */
export function weakestUnits(data: YearData, limit: number, decimals: number): UnitSummary[] {
  const direct = new Map<string, { rated: number; good: number; khtnv: number }>();
  const counts = (id: string) => {
    let c = direct.get(id);
    if (!c) direct.set(id, (c = { rated: 0, good: 0, khtnv: 0 }));
    return c;
  };
  for (const m of data.members) {
    if (!m.result.rated || m.result.level === null) continue;
    const c = counts(m.result.orgId);
    c.rated++;
    if (m.result.level === 'HTXSNV' || m.result.level === 'HTTNV') c.good++;
    if (m.result.level === 'KHTNV') c.khtnv++;
  }
  for (const { org } of treeOrder(data).reverse()) {
    const parent = data.parentOf.get(org.id);
    const own = direct.get(org.id);
    if (parent === undefined || !own) continue;
    const p = counts(parent);
    p.rated += own.rated;
    p.good += own.good;
    p.khtnv += own.khtnv;
  }
  const units: UnitSummary[] = data.organizations
    .filter((o) => UNIT_KINDS.has(o.kind))
    .map((o) => {
      const c = direct.get(o.id) ?? { rated: 0, good: 0, khtnv: 0 };
      return {
        id: o.id,
        name: o.name,
        kind: o.kind,
        level: o.result.rated ? o.result.level : null,
        members: { rated: c.rated, httnvOrBetter: c.good, percent: percentHalfUp(c.good, c.rated, decimals), khtnv: c.khtnv },
      };
    })
    .filter((u) => u.level !== null || u.members.rated > 0);
  const rank = (u: UnitSummary): number => (u.level === null ? -1 : levelRank(u.level));
  units.sort((a, b) => {
    const byLevel = rank(b) - rank(a);
    if (byLevel !== 0) return byLevel;
    // Compare good/rated exactly: a.good·b.rated vs b.good·a.rated (no members sorts last).
    const ar = a.members.rated;
    const br = b.members.rated;
    if (ar === 0 || br === 0) {
      if (ar !== br) return ar === 0 ? 1 : -1;
    } else {
      const byShare = a.members.httnvOrBetter * br - b.members.httnvOrBetter * ar;
      if (byShare !== 0) return byShare;
    }
    return b.members.khtnv - a.members.khtnv || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  });
  return units.slice(0, limit);
}
