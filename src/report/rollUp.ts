/**
 * `rollUp`: the year-end summary tables (biểu tổng hợp kết quả xếp loại) of one or more results.
 *
 * @module
 */
import type { OrganizationKind } from '../model/index.js';
import { ORGANIZATION_KINDS } from '../model/index.js';
import { MAX_DECIMALS, ROUNDINGS, type Rounding } from './percent.js';
import { TallyCounter, toTally } from './tally.js';
import type { RollUp, RollUpBy, RollUpInput, RollUpOptions, RollUpRow, Tally, TallySubjects, YearRollUp } from './types.js';
import { ROLL_UP_BY } from './types.js';
import { gatherYears, isTccsdKind, rootsOf, tccsdOf, treeOrder, type OrgEntry, type YearData } from './yearData.js';

/** Organization groups of a row by parent, in the order tables print them. */
const GROUP_ORDER: readonly TallySubjects[] = ['tccsd', 'dang-bo-bo-phan', 'chi-bo', 'cap-tren'];

const KIND_NAMES: Readonly<Record<OrganizationKind | 'tccsd', string>> = {
  tccsd: 'Tổ chức cơ sở đảng',
  'dang-bo-co-so': 'Đảng bộ cơ sở',
  'chi-bo-co-so': 'Chi bộ cơ sở',
  'dang-bo-bo-phan': 'Đảng bộ bộ phận',
  'chi-bo': 'Chi bộ trực thuộc',
  'cap-tren': 'Cấp trên cơ sở',
};

/** The id of the total row. @example `TOTAL_ROW_ID // 'tong-cong'` */
export const TOTAL_ROW_ID = 'tong-cong';

interface Settings {
  readonly by: RollUpBy;
  readonly rounding: Rounding;
  readonly decimals: number;
}

function settingsOf(options: RollUpOptions): Settings {
  const by = options.by ?? 'parent';
  const rounding = options.rounding ?? 'half-up';
  const decimals = options.decimals ?? 2;
  if (!(ROLL_UP_BY as readonly string[]).includes(by)) throw new RangeError(`by: expected one of ${ROLL_UP_BY.join(', ')}, got ${String(by)}`);
  if (!(ROUNDINGS as readonly string[]).includes(rounding)) throw new RangeError(`rounding: expected one of ${ROUNDINGS.join(', ')}, got ${String(rounding)}`);
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`decimals: expected a whole number from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`);
  }
  return { by, rounding, decimals };
}

function groupOf(kind: OrganizationKind): TallySubjects {
  return isTccsdKind(kind) ? 'tccsd' : kind;
}

/** Whether cap-tren organizations get a tally: only when one of them is rated (else they are outside the rating). */
function capTrenCounted(data: YearData): boolean {
  return data.organizations.some((o) => o.kind === 'cap-tren' && o.result.rated);
}

/** Per organization: counters of its own members and of itself, then summed up the tree. */
function subtreeCounters(data: YearData): Map<string, Map<TallySubjects, TallyCounter>> {
  const counters = new Map<string, Map<TallySubjects, TallyCounter>>();
  const counter = (orgId: string, subjects: TallySubjects): TallyCounter => {
    let byGroup = counters.get(orgId);
    if (!byGroup) counters.set(orgId, (byGroup = new Map()));
    let c = byGroup.get(subjects);
    if (!c) byGroup.set(subjects, (c = new TallyCounter()));
    return c;
  };
  const withCapTren = capTrenCounted(data);
  for (const o of data.organizations) {
    counter(o.id, 'members');
    if (o.kind !== 'cap-tren' || withCapTren) counter(o.id, groupOf(o.kind)).add(o.result);
  }
  for (const m of data.members) if (data.orgById.has(m.result.orgId)) counter(m.result.orgId, 'members').add(m.result);
  // Children before parents: the reverse of tree order.
  for (const { org } of treeOrder(data).reverse()) {
    const parent = data.parentOf.get(org.id);
    if (parent === undefined) continue;
    for (const [subjects, c] of counters.get(org.id) ?? []) counter(parent, subjects).merge(c);
  }
  return counters;
}

function talliesOf(byGroup: ReadonlyMap<TallySubjects, TallyCounter> | undefined, settings: Settings): Tally[] {
  const out: Tally[] = [toTally('members', byGroup?.get('members') ?? new TallyCounter(), settings.rounding, settings.decimals)];
  for (const subjects of GROUP_ORDER) {
    const c = byGroup?.get(subjects);
    if (c && c.total > 0) out.push(toTally(subjects, c, settings.rounding, settings.decimals));
  }
  return out;
}

function orgRow(org: OrgEntry, depth: number, tallies: Tally[]): RollUpRow {
  return {
    id: org.id,
    name: org.name,
    row: 'organization',
    kind: org.kind,
    ...(org.parentId !== undefined ? { parentId: org.parentId } : {}),
    depth,
    level: org.result.rated ? org.result.level : null,
    tallies,
  };
}

function rowsByParent(data: YearData, settings: Settings): RollUpRow[] {
  const counters = subtreeCounters(data);
  const roots = rootsOf(data);
  const rows: RollUpRow[] = [];
  // Members whose chi bộ is not in the results still count in the total.
  const orphans = data.members.filter((m) => !data.orgById.has(m.result.orgId));
  const shift = roots.length > 1 || orphans.length > 0 ? 1 : 0;
  if (shift === 1) {
    const total = new Map<TallySubjects, TallyCounter>();
    for (const root of roots) {
      for (const [subjects, c] of counters.get(root.id) ?? []) {
        let t = total.get(subjects);
        if (!t) total.set(subjects, (t = new TallyCounter()));
        t.merge(c);
      }
    }
    let members = total.get('members');
    if (!members) total.set('members', (members = new TallyCounter()));
    for (const m of orphans) members.add(m.result);
    rows.push({ id: TOTAL_ROW_ID, name: 'Tổng cộng', row: 'total', depth: 0, tallies: talliesOf(total, settings) });
  }
  for (const { org, depth } of treeOrder(data)) rows.push(orgRow(org, depth + shift, talliesOf(counters.get(org.id), settings)));
  return rows;
}

function rowsByKind(data: YearData, settings: Settings): RollUpRow[] {
  const orgs = new Map<TallySubjects, TallyCounter>();
  const members = new Map<TallySubjects, TallyCounter>();
  const get = (map: Map<TallySubjects, TallyCounter>, key: TallySubjects): TallyCounter => {
    let c = map.get(key);
    if (!c) map.set(key, (c = new TallyCounter()));
    return c;
  };
  const withCapTren = capTrenCounted(data);
  for (const o of data.organizations) {
    if (o.kind === 'cap-tren' && !withCapTren) continue;
    get(orgs, o.kind).add(o.result);
    if (isTccsdKind(o.kind)) get(orgs, 'tccsd').add(o.result);
  }
  for (const m of data.members) {
    // A member counts with the kind of his or her TCCSĐ; outside any TCCSĐ, with the kind of the chi bộ.
    const tccsd = tccsdOf(data, m.result.orgId);
    const kind = tccsd?.kind ?? data.orgById.get(m.result.orgId)?.kind;
    if (kind === undefined) continue;
    get(members, kind).add(m.result);
    if (isTccsdKind(kind)) get(members, 'tccsd').add(m.result);
  }
  const rows: RollUpRow[] = [];
  for (const key of ['tccsd', ...ORGANIZATION_KINDS] as const) {
    const o = orgs.get(key);
    const m = members.get(key);
    if (!o && !m) continue;
    const tallies = [toTally('members', m ?? new TallyCounter(), settings.rounding, settings.decimals)];
    if (o) tallies.push(toTally(key, o, settings.rounding, settings.decimals));
    rows.push({ id: key, name: KIND_NAMES[key], row: 'kind', depth: isTccsdKind(key) ? 1 : 0, tallies });
  }
  return rows;
}

/**
 * Rolls up one or more results into the summary tables of the official report forms: per
 * organization and every level of the tree above it (`by: 'parent'`, the default) or per
 * organization kind (`by: 'kind'`). Each row counts members and organizations — total, rated,
 * not rated with reasons, each level with its percentage over those rated, HTTNV-or-better, and the
 * HTXSNV share over each base. Results of the same year are merged (one commune's file each);
 * different years give one table each, oldest first. Without a review, organizations have no
 * names and no tree: each is its own root.
 *
 * A row by parent counts the organization's whole subtree, itself included: the TCCSĐ row of a
 * đảng bộ xã counts it; its members' row counts every member of its chi bộ. Organizations of kind
 * `cap-tren` are counted only when one of them is rated. By kind, a member counts with the kind of
 * his or her TCCSĐ (else of the chi bộ), and the `tccsd` row adds up both TCCSĐ kinds.
 *
 * @throws XeploaiError when two results of the same year hold the same member, or rate one organization differently.
 * @example
 * ```ts
 * import { evaluateReview } from 'xeploai';
 * import { rollUp } from 'xeploai/report';
 * const review = {
 *   format: 'xeploai/review@1', year: 2024, reviewDate: '2024-12-15',
 *   organizations: [{ id: 'cb', name: 'Chi bộ thôn 1', kind: 'chi-bo-co-so', proposedLevel: 'HTTNV' }],
 *   members: [
 *     { id: 'dv-1', name: 'Lê Văn Bình', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2010-05-19', proposedLevel: 'HTXSNV' },
 *     { id: 'dv-2', name: 'Vũ Thị Lan', orgId: 'cb', status: 'chinh-thuc', admittedOn: '2012-05-19', proposedLevel: 'HTTNV' },
 *   ],
 * } as const;
 * const table = rollUp({ result: evaluateReview(review), review });
 * const members = table.years[0]!.rows[0]!.tallies[0]!;
 * members.levels.HTXSNV; // { count: 1, percent: 50 }
 * members.htxsnvShare[0].percent; // 100 — over exactly-HTTNV
 * ```
 */
export function rollUp(input: RollUpInput | readonly RollUpInput[], options: RollUpOptions = {}): RollUp {
  const settings = settingsOf(options);
  const inputs: readonly RollUpInput[] = Array.isArray(input) ? input : [input as RollUpInput];
  const years: YearRollUp[] = gatherYears(inputs).map((data) => ({
    year: data.year,
    tree: data.tree,
    rows: settings.by === 'parent' ? rowsByParent(data, settings) : rowsByKind(data, settings),
  }));
  return { by: settings.by, rounding: settings.rounding, decimals: settings.decimals, years };
}
