/**
 * From the column table to the concrete columns of one workbook: the families `criteria.*`,
 * `history.*` and `settings.*` become one column per criterion, year or setting; and the values of
 * a column read from or written into an entry.
 *
 * @module
 */
import type { RuleSet } from '../rules/types.js';
import { sheetColumns, type ColumnSpec, type SheetId } from './columns.js';

/**
 * A concrete column: its spec, its path (`criteria.politics`, `history.2023`) and its header.
 *
 * @example
 * ```ts
 * const c: Column = { spec: REVIEW_COLUMNS[0]!, path: 'year', header: 'Năm kiểm điểm' };
 * ```
 */
export interface Column {
  readonly spec: ColumnSpec;
  readonly path: string;
  readonly header: string;
}

/**
 * What decides the columns of a workbook: the rule set's mode and catalogue, the years of
 * history, the settings, and what the data already holds.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * const ctx: LayoutContext = { ruleSet: getRuleSet('qd124-2023'), year: 2024, entries: {} };
 * ```
 */
export interface LayoutContext {
  readonly ruleSet: RuleSet;
  readonly year: number;
  /** Entries of each list (organizations, members), to show every column that holds a value. */
  readonly entries: Readonly<Partial<Record<SheetId, readonly object[]>>>;
}

/**
 * Whether a rule set rates on the 100-point score (QĐ 366) rather than on graded criteria.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * isScored(getRuleSet('qd366-2025')); // true
 * isScored(getRuleSet('qd124-2023')); // false
 * ```
 */
export function isScored(ruleSet: RuleSet): boolean {
  return ruleSet.documents.some((d) => d.id.startsWith('366-'));
}

/**
 * The value at a dotted path of an entry (`tasks.onTime`); `criteria.X` and `history.YYYY`
 * look into the map and the list.
 *
 * @example
 * ```ts
 * valueAt({ history: [{ year: 2023, level: 'HTNV' }] }, 'history.2023'); // 'HTNV'
 * valueAt({ tasks: { assigned: 3 } }, 'tasks.assigned'); // 3
 * ```
 */
export function valueAt(entry: object, path: string): unknown {
  const parts = path.split('.');
  if (parts[0] === 'history' && parts.length === 2) {
    const history = (entry as { history?: readonly { year: number; level: string }[] }).history;
    return history?.find((h) => String(h.year) === parts[1])?.level;
  }
  let value: unknown = entry;
  for (const part of parts) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, part)) return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/**
 * Sets the value at a dotted path, creating the objects on the way; `history.YYYY` appends
 * `{ year, level }` to the list.
 *
 * @example
 * ```ts
 * const e: Record<string, unknown> = {};
 * setValueAt(e, 'tasks.assigned', 3);
 * setValueAt(e, 'history.2023', 'HTNV');
 * e; // { tasks: { assigned: 3 }, history: [{ year: 2023, level: 'HTNV' }] }
 * ```
 */
export function setValueAt(entry: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split('.');
  if (parts[0] === 'history' && parts.length === 2) {
    const list = (entry['history'] ??= []) as unknown[];
    list.push({ year: Number(parts[1]), level: value });
    return;
  }
  let target = entry;
  for (const part of parts.slice(0, -1)) {
    const next = target[part];
    if (next === null || typeof next !== 'object') {
      const created: Record<string, unknown> = {};
      Object.defineProperty(target, part, { value: created, enumerable: true, writable: true, configurable: true });
      target = created;
    } else target = next as Record<string, unknown>;
  }
  Object.defineProperty(target, parts[parts.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
}

function keysOf(entries: readonly object[] | undefined, field: string): string[] {
  const out: string[] = [];
  for (const e of entries ?? []) {
    const value = (e as Record<string, unknown>)[field];
    if (Array.isArray(value)) {
      for (const h of value as { year?: unknown }[]) if (typeof h?.year === 'number' && !out.includes(String(h.year))) out.push(String(h.year));
    } else if (value !== null && typeof value === 'object') {
      for (const k of Object.keys(value)) if (!out.includes(k)) out.push(k);
    }
  }
  return out;
}

function family(spec: ColumnSpec, ctx: LayoutContext): Column[] {
  const entries = ctx.entries[spec.sheet];
  if (spec.path === 'criteria.*') {
    const catalogue = spec.sheet === 'members' ? ctx.ruleSet.criteria.individual : ctx.ruleSet.criteria.collective;
    const ids = isScored(ctx.ruleSet) ? [] : catalogue.map((c) => c.id);
    for (const id of keysOf(entries, 'criteria')) if (!ids.includes(id)) ids.push(id);
    return ids.map((id) => ({ spec, path: `criteria.${id}`, header: `${spec.header}: ${catalogue.find((c) => c.id === id)?.title.vi ?? id}` }));
  }
  if (spec.path === 'history.*') {
    const years = new Set([String(ctx.year - 2), String(ctx.year - 1), ...keysOf(entries, 'history')]);
    return [...years].sort().map((y) => ({ spec, path: `history.${y}`, header: `${spec.header} ${y}` }));
  }
  // settings.*: every setting of the rule set, then any other the review names.
  const names = Object.keys(ctx.ruleSet.settings);
  for (const name of keysOf(entries, 'settings')) if (!names.includes(name)) names.push(name);
  return names.map((name) => ({ spec, path: `settings.${name}`, header: `${spec.header} ${name}` }));
}

/**
 * The concrete columns of a sheet for a workbook: families expanded, and the columns meant for the
 * other kind of rule set left out unless the data holds a value there.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * const cols = layoutColumns('members', { ruleSet: getRuleSet('qd366-2025'), year: 2025, entries: {} });
 * cols.some((c) => c.path === 'score.general'); // true
 * ```
 */
export function layoutColumns(sheet: SheetId, ctx: LayoutContext): Column[] {
  const mode = isScored(ctx.ruleSet) ? 'score' : 'criteria';
  const out: Column[] = [];
  for (const spec of sheetColumns(sheet)) {
    if (spec.path.endsWith('.*')) out.push(...family(spec, ctx));
    else if (spec.only === undefined || spec.only === mode || (ctx.entries[sheet] ?? []).some((e) => valueAt(e, spec.path) !== undefined)) out.push({ spec, path: spec.path, header: spec.header });
  }
  return out;
}
