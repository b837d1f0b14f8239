/**
 * `rollUp`: the year-end summary tables (biểu tổng hợp kết quả xếp loại) of one or more results.
 *
 * @module
 */
import type { OrganizationKind, OrganizationType } from '../model/index.js';
import { ORGANIZATION_KINDS, ORGANIZATION_TYPES } from '../model/index.js';
import { MAX_DECIMALS, ROUNDINGS, type Rounding } from './percent.js';
import { NOT_REVIEWED, RowPercents, TallyCounter, toTally } from './tally.js';
import type { NotReviewedMember, RollUp, RollUpBy, RollUpInput, RollUpOptions, RollUpRow, Tally, TallySubjects, YearRollUp } from './types.js';
import { ROLL_UP_BY } from './types.js';
import { gatherYears, isTccsdKind, rootsOf, tccsdByOrg, treeOrder, type OrgEntry, type YearData } from './yearData.js';

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

/** Names of the rows by type (loại hình), and of the row of TCCSĐ without a type. @example `TYPE_ROW_NAMES['cong-an'] // 'Công an'` */
export const TYPE_ROW_NAMES: Readonly<Record<OrganizationType | typeof UNTYPED_ROW_ID, string>> = {
  xa: 'Đảng bộ xã',
  phuong: 'Đảng bộ phường',
  'dac-khu': 'Đảng bộ đặc khu',
  'co-quan-dang': 'Cơ quan đảng',
  'co-quan-nha-nuoc': 'Cơ quan nhà nước',
  'mttq-doan-the': 'Mặt trận Tổ quốc, đoàn thể',
  'don-vi-su-nghiep': 'Đơn vị sự nghiệp',
  'doanh-nghiep-nha-nuoc': 'Doanh nghiệp nhà nước',
  'doanh-nghiep-ngoai-nha-nuoc': 'Doanh nghiệp ngoài nhà nước',
  'quan-doi': 'Quân đội',
  'cong-an': 'Công an',
  khac: 'Loại hình khác',
  'chua-phan-loai': 'Chưa ghi loại hình',
};

/** The id of the total row. @example `TOTAL_ROW_ID // 'tong-cong'` */
export const TOTAL_ROW_ID = 'tong-cong';

/** The id of the row by type of the TCCSĐ whose review gives no `type`. @example `UNTYPED_ROW_ID // 'chua-phan-loai'` */
export const UNTYPED_ROW_ID = 'chua-phan-loai';

interface Settings {
  readonly by: RollUpBy;
  readonly rounding: Rounding;
  readonly decimals: number;
  readonly tableDecimals: Readonly<Partial<Record<TallySubjects, number>>>;
  readonly depth: number | undefined;
}

function checkDecimals(name: string, decimals: unknown): number {
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > MAX_DECIMALS) {
    throw new RangeError(`${name}: expected a whole number from 0 to ${MAX_DECIMALS}, got ${String(decimals)}`);
  }
  return decimals;
}

const TABLES: readonly TallySubjects[] = ['members', 'tccsd', ...ORGANIZATION_KINDS];

function settingsOf(options: RollUpOptions): Settings {
  const by = options.by ?? 'parent';
  const rounding = options.rounding ?? 'half-up';
  if (!(ROLL_UP_BY as readonly string[]).includes(by)) throw new RangeError(`by: expected one of ${ROLL_UP_BY.join(', ')}, got ${String(by)}`);
  if (!(ROUNDINGS as readonly string[]).includes(rounding)) throw new RangeError(`rounding: expected one of ${ROUNDINGS.join(', ')}, got ${String(rounding)}`);
  const decimals = checkDecimals('decimals', options.decimals ?? 2);
  const tableDecimals = options.tableDecimals ?? {};
  for (const [table, d] of Object.entries(tableDecimals)) {
    if (!(TABLES as readonly string[]).includes(table)) throw new RangeError(`tableDecimals: expected tables among ${TABLES.join(', ')}, got ${JSON.stringify(table)}`);
    checkDecimals(`tableDecimals.${table}`, d);
  }
  const depth = options.depth;
  if (depth !== undefined && (!Number.isSafeInteger(depth) || depth < 0)) throw new RangeError(`depth: expected a whole number ≥ 0, got ${String(depth)}`);
  return { by, rounding, decimals, tableDecimals, depth };
}

/** The precision of a table: its own, else (for a TCCSĐ kind) that of TCCSĐ, else the default. */
function decimalsOf(settings: Settings, subjects: TallySubjects): number {
  return settings.tableDecimals[subjects] ?? (isTccsdKind(subjects) ? settings.tableDecimals.tccsd : undefined) ?? settings.decimals;
}

function tally(subjects: TallySubjects, counter: TallyCounter, settings: Settings, row: RowPercents): Tally {
  return toTally(subjects, counter, settings.rounding, decimalsOf(settings, subjects), row);
}

function groupOf(kind: OrganizationKind): TallySubjects {
  return isTccsdKind(kind) ? 'tccsd' : kind;
}

/**
 * Whether an organization is counted: a superior (`cap-tren`) only when rated — without a basis it
 * is outside the rating, not a "không xếp loại" unit.
 */
function counted(o: OrgEntry): boolean {
  return o.kind !== 'cap-tren' || o.result.rated;
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
  for (const o of data.organizations) {
    counter(o.id, 'members');
    if (counted(o)) counter(o.id, groupOf(o.kind)).add(o.result);
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
  const row = new RowPercents(settings.rounding);
  const out: Tally[] = [tally('members', byGroup?.get('members') ?? new TallyCounter(), settings, row)];
  for (const subjects of GROUP_ORDER) {
    const c = byGroup?.get(subjects);
    if (c && c.total > 0) out.push(tally(subjects, c, settings, row));
  }
  return out;
}

function orgRow(org: OrgEntry, depth: number, tallies: Tally[]): RollUpRow {
  return {
    id: org.id,
    name: org.name,
    row: 'organization',
    kind: org.kind,
    ...(org.type !== undefined ? { type: org.type } : {}),
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
  for (const { org, depth } of treeOrder(data)) {
    if (settings.depth === undefined || depth + shift <= settings.depth) rows.push(orgRow(org, depth + shift, talliesOf(counters.get(org.id), settings)));
  }
  return rows;
}

function counterIn<K>(map: Map<K, TallyCounter>, key: K): TallyCounter {
  let c = map.get(key);
  if (!c) map.set(key, (c = new TallyCounter()));
  return c;
}

function rowsByKind(data: YearData, settings: Settings): RollUpRow[] {
  const orgs = new Map<TallySubjects, TallyCounter>();
  const members = new Map<TallySubjects, TallyCounter>();
  for (const o of data.organizations) {
    if (!counted(o)) continue;
    counterIn(orgs, o.kind).add(o.result);
    if (isTccsdKind(o.kind)) counterIn(orgs, 'tccsd').add(o.result);
  }
  const tccsdOf = tccsdByOrg(data);
  for (const m of data.members) {
    // A member counts with the kind of his or her TCCSĐ; outside any TCCSĐ, with the kind of the chi bộ.
    const kind = tccsdOf.get(m.result.orgId)?.kind ?? data.orgById.get(m.result.orgId)?.kind;
    if (kind === undefined) continue;
    counterIn(members, kind).add(m.result);
    if (isTccsdKind(kind)) counterIn(members, 'tccsd').add(m.result);
  }
  const rows: RollUpRow[] = [];
  for (const key of ['tccsd', ...ORGANIZATION_KINDS] as const) {
    const o = orgs.get(key);
    const m = members.get(key);
    if (!o && !m) continue;
    const row = new RowPercents(settings.rounding);
    const tallies = [tally('members', m ?? new TallyCounter(), settings, row)];
    if (o) tallies.push(tally(key, o, settings, row));
    const depth = isTccsdKind(key) ? 1 : 0;
    if (settings.depth === undefined || depth <= settings.depth) rows.push({ id: key, name: KIND_NAMES[key], row: 'kind', depth, tallies });
  }
  return rows;
}

/**
 * Rows by loại hình: a TCCSĐ counts under its own `type`; an organization under a TCCSĐ and a
 * member count under the type of their TCCSĐ (outside any TCCSĐ: the nearest type above, else
 * their own); TCCSĐ without a type in the row `chua-phan-loai`. The total row first.
 */
function rowsByType(data: YearData, settings: Settings): RollUpRow[] {
  type Key = OrganizationType | typeof UNTYPED_ROW_ID;
  const byType = new Map<Key, Map<TallySubjects, TallyCounter>>();
  const total = new Map<TallySubjects, TallyCounter>();
  const tccsdOf = tccsdByOrg(data);
  const typeOf = new Map<string, Key>();
  for (const { org } of treeOrder(data)) {
    const parent = data.parentOf.get(org.id);
    const above = parent !== undefined ? typeOf.get(parent) : undefined;
    const tccsd = tccsdOf.get(org.id);
    const own = tccsd !== undefined && tccsd !== org ? typeOf.get(tccsd.id) : org.type;
    typeOf.set(org.id, own ?? (above !== undefined && above !== UNTYPED_ROW_ID ? above : UNTYPED_ROW_ID));
  }
  const add = (key: Key, subjects: TallySubjects, subject: Parameters<TallyCounter['add']>[0]): void => {
    let groups = byType.get(key);
    if (!groups) byType.set(key, (groups = new Map()));
    counterIn(groups, subjects).add(subject);
    counterIn(total, subjects).add(subject);
  };
  for (const o of data.organizations) if (counted(o) && o.kind !== 'cap-tren') add(typeOf.get(o.id)!, groupOf(o.kind), o.result);
  for (const m of data.members) {
    const key = typeOf.get(m.result.orgId);
    if (key !== undefined) add(key, 'members', m.result);
    else counterIn(total, 'members').add(m.result);
  }
  const rows: RollUpRow[] = [{ id: TOTAL_ROW_ID, name: 'Tổng cộng', row: 'total', depth: 0, tallies: talliesOf(total, settings) }];
  if (settings.depth === 0) return rows;
  for (const key of [...ORGANIZATION_TYPES, UNTYPED_ROW_ID] as const) {
    const groups = byType.get(key);
    if (groups) rows.push({ id: key, name: TYPE_ROW_NAMES[key], row: 'type', depth: 1, tallies: talliesOf(groups, settings) });
  }
  return rows;
}

/** The unit a year is about (see `YearRollUp.unit`). */
function unitOf(data: YearData): { id: string; name: string } | undefined {
  const roots = rootsOf(data);
  if (!data.tree || roots.length !== 1) return undefined;
  let unit = roots[0]!;
  for (let below = data.childrenOf.get(unit.id); unit.kind === 'cap-tren' && !unit.result.rated && below?.length === 1; below = data.childrenOf.get(unit.id)) unit = below[0]!;
  return { id: unit.id, name: unit.name };
}

/** The members who should have been reviewed but were not, with the reason (the review's, else read from the finding's message, else that message). */
function notReviewedOf(data: YearData): NotReviewedMember[] {
  const out: NotReviewedMember[] = [];
  for (const m of data.members) {
    if (m.result.rated) continue;
    const finding = m.result.findings.find((f) => f.code === NOT_REVIEWED);
    if (finding === undefined) continue;
    // The finding's message is the rule's text, then the reason in parentheses (makeFinding's detail).
    const given = m.review?.notReviewed?.reason ?? /^[^()]*\((.+)\)$/s.exec(finding.message.vi)?.[1];
    out.push({
      id: m.result.id,
      name: m.review?.name ?? m.result.name ?? m.result.id,
      orgId: m.result.orgId,
      orgName: data.orgById.get(m.result.orgId)?.name ?? m.result.orgId,
      reason: given !== undefined ? { vi: given, en: given } : finding.message,
    });
  }
  return out;
}

/**
 * Rolls up one or more results into the summary tables of the official report forms: per
 * organization and every level of the tree above it (`by: 'parent'`, the default), per
 * organization kind (`by: 'kind'`) or per loại hình of TCCSĐ (`by: 'type'`). Each row counts
 * members and organizations — total; rated, exempt, not reviewed and without a basis as shares of
 * the total; not rated with reasons; each level with its percentage over those rated;
 * HTTNV-or-better; and the HTXSNV share over each base. Results of the same year are merged (one
 * commune's file each); different years give one table each, oldest first. Names, the tree and
 * types come from the review, else from the result (result@1 copies them); a result without them
 * lists its organizations flat, by id.
 *
 * A row by parent counts the organization's whole subtree, itself included: the TCCSĐ row of a
 * đảng bộ xã counts it; its members' row counts every member of its chi bộ. A superior
 * (`cap-tren`) is counted only when rated. By kind, a member counts with the kind of his or her
 * TCCSĐ (else of the chi bộ), and the `tccsd` row adds up both TCCSĐ kinds; by type, with the
 * type of the TCCSĐ. `depth` leaves out the rows nested deeper (they still count above).
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
  const rowsOf = { parent: rowsByParent, kind: rowsByKind, type: rowsByType }[settings.by];
  const years: YearRollUp[] = gatherYears(inputs).map((data) => {
    const unit = unitOf(data);
    return { year: data.year, tree: data.tree, rows: rowsOf(data, settings), ...(unit ? { unit } : {}), notReviewed: notReviewedOf(data) };
  });
  return { by: settings.by, rounding: settings.rounding, decimals: settings.decimals, years };
}
