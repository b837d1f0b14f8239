// Reading results in the property tests: every rated subject with its level, and a canonical form
// of a result that does not depend on the order of the input lists.
import type { Finding, Level, ReviewFile, ReviewResult } from '../../src/index.js';

/** One entry of any of the three lists of a result, under a key that names its subject. */
export interface Subject {
  readonly key: string;
  readonly rated: boolean;
  readonly level: Level | null;
  readonly basis?: Level;
  readonly findings: readonly Finding[];
}

/**
 * Every subject of a result: `member:ID`, `organization:ID`, `leader:MEMBER@ORG#n` (n counts a
 * person's head posts at the same organization, so the key is unique).
 */
export function subjects(result: ReviewResult): Subject[] {
  const out: Subject[] = [];
  for (const m of result.members) out.push({ ...m, key: `member:${m.id}` });
  for (const o of result.organizations) out.push({ ...o, key: `organization:${o.id}` });
  const seen = new Map<string, number>();
  for (const l of result.leaders) {
    const base = `leader:${l.memberId}@${l.orgId}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.push({ ...l, key: `${base}#${n}` });
  }
  return out;
}

/** Subjects by key. */
export function subjectsByKey(result: ReviewResult): Map<string, Subject> {
  return new Map(subjects(result).map((s) => [s.key, s]));
}

const INDEXED = /\b(members|organizations)\[(\d+)\]/g;

/** A path with list indices replaced by the ids at those indices: `members[3].tasks` → `members[dv-07].tasks`. */
export function pathById(path: string, review: ReviewFile): string {
  return path.replace(INDEXED, (whole, list: string, index: string) => {
    const entry = (list === 'members' ? review.members : review.organizations)[Number(index)];
    return entry === undefined ? whole : `${list}[${JSON.stringify(entry.id)}]`;
  });
}

function byJson<T>(items: readonly T[]): T[] {
  return items.map((item) => [JSON.stringify(item), item] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, item]) => item);
}

function findingsById(findings: readonly Finding[], review: ReviewFile): Finding[] {
  return byJson(findings.map((f) => (f.path === undefined ? f : { ...f, path: pathById(f.path, review) })));
}

/**
 * A result with every list in a fixed order (by id, or by content), finding paths written with
 * ids instead of indices and findings in a fixed order: two results of the same review with its
 * lists shuffled have equal canonical forms.
 */
export function canonical(result: ReviewResult, review: ReviewFile): unknown {
  const byId = <T extends { readonly id: string }>(list: readonly T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    ...result,
    members: byId(result.members).map((m) => ({ ...m, findings: findingsById(m.findings, review) })),
    organizations: byId(result.organizations).map((o) => ({ ...o, findings: findingsById(o.findings, review) })),
    leaders: byJson(result.leaders.map((l) => ({ ...l, findings: findingsById(l.findings, review) }))),
    // An open-decision check carries its subject's findings: their paths name the input by id too.
    checks: byJson(result.checks.map((c) => (Array.isArray(c['findings']) ? { ...c, findings: findingsById(c['findings'] as Finding[], review) } : c))),
  };
}
