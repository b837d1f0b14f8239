// Tables in the guides that are generated from the code (between <!-- NAME:start --> and
// <!-- NAME:end -->): guides.test.ts fails when one differs; UPDATE_DOCS=1 rewrites it.
import { listRuleSets, type SettingName } from '../../src/index.js';
import { SETTING_DOMAINS } from '../../src/rules/index.js';

const BASIS: Readonly<Record<string, string>> = {
  'qd132-2018': 'tiêu chí · criteria',
  'qd124-2023': 'tiêu chí · criteria',
  'qd366-2025': 'điểm 30 + 70 · score 30 + 70',
};

function code(value: unknown): string {
  return `\`${typeof value === 'string' ? `'${value}'` : String(value)}\``;
}

/** The built-in rule sets: id, review years, periods, documents, basis, rules page. */
export function ruleSetsTable(): string {
  const rows = listRuleSets().map((r) => {
    const years = `${r.appliesTo.fromYear}–${r.appliesTo.toYear ?? ''}`;
    const basis = BASIS[r.id] ?? '(add the rule set to BASIS in test/docs/tables.ts)';
    return `| \`${r.id}\` | ${years} | ${r.periods.map((p) => `\`${p}\``).join(', ')} | ${r.documents.map((d) => d.id).join(', ')} | ${basis} | [rules-${r.id}.md](../rules-${r.id}.md) |`;
  });
  return ['| id | năm đánh giá · review years | kỳ · periods | văn bản · documents | căn cứ · basis | quy tắc · rules |', '|---|---|---|---|---|---|', ...rows].join('\n');
}

function domainText(name: SettingName): string {
  const d = SETTING_DOMAINS[name];
  if (d.kind === 'enum') return d.values.map((v) => code(v)).join(' \\| ');
  if (d.kind === 'boolean') return '`true` \\| `false`';
  return `${d.min}–${d.max}`;
}

/** Every named setting: its values and each built-in rule set's default († = assumption). */
export function settingsTable(): string {
  const sets = listRuleSets();
  const head = `| thiết lập · setting | giá trị · values | ${sets.map((r) => `\`${r.id}\``).join(' | ')} |`;
  const rule = `|---|---|${sets.map(() => '---|').join('')}`;
  const rows = (Object.keys(SETTING_DOMAINS) as SettingName[]).map((name) => {
    const cells = sets.map((r) => {
      const spec = r.settings[name];
      return spec === undefined ? '—' : `${code(spec.default)}${spec.assumption ? ' †' : ''}`;
    });
    return `| \`${name}\` | ${domainText(name)} | ${cells.join(' | ')} |`;
  });
  return [head, rule, ...rows].join('\n');
}

export const TABLES: Readonly<Record<string, { readonly file: string; readonly build: () => string }>> = {
  'rule-sets-table': { file: 'docs/guides/rule-sets.md', build: ruleSetsTable },
  'settings-table': { file: 'docs/guides/settings.md', build: settingsTable },
};
