/**
 * The named settings: their value domains, and resolving a review's settings against a rule set.
 * The names and values are those of shared/regulations/README.md "Named settings"; each rule set
 * cites the text behind its defaults (`SettingSpec.cite`).
 *
 * @module
 */
import { describeValue, type InputIssue } from '../errors.js';
import type { EffectiveSettings, RuleSet, SettingName, Settings } from './types.js';

/**
 * The values a setting accepts.
 *
 * @example
 * ```ts
 * const d: SettingDomain = { kind: 'integer', min: 1, max: 20 };
 * ```
 */
export type SettingDomain = Domain;

type Domain = { readonly kind: 'enum'; readonly values: readonly string[] } | { readonly kind: 'boolean' } | { readonly kind: 'integer'; readonly min: number; readonly max: number };

/**
 * The value each named setting accepts (shared/regulations/README.md "Named settings").
 *
 * @example
 * ```ts
 * import { SETTING_DOMAINS } from 'xeploai/rules';
 * SETTING_DOMAINS.headCap; // { kind: 'enum', values: ['cap', 'warn', 'off'] }
 * ```
 */
export const SETTING_DOMAINS: { readonly [N in SettingName]: Domain } = {
  quotaScope: { kind: 'enum', values: ['tccsd', 'chi-bo', 'group'] },
  quotaBase: { kind: 'enum', values: ['httnv', 'httnv-and-above'] },
  quotaPercent: { kind: 'integer', min: 1, max: 100 },
  quotaMinimumOne: { kind: 'boolean' },
  headCap: { kind: 'enum', values: ['cap', 'warn', 'off'] },
  collectiveHtnvRequiresNoDiscipline: { kind: 'boolean' },
  subordinateDisciplineKhtnv: { kind: 'boolean' },
  sickLeaveCap: { kind: 'boolean' },
  over90FailingConditions: { kind: 'enum', values: ['highest-lower', 'residual-khtnv'] },
  civilServiceCap: { kind: 'enum', values: ['cap', 'warn', 'off'] },
  orgLinkageThresholds: { kind: 'boolean' },
  disciplineCountsIn: { kind: 'enum', values: ['decision-year', 'violation-year'] },
  requireTaskData: { kind: 'boolean' },
};

/**
 * Settings that existed once and were retired, with why: naming one is an input error that says so.
 *
 * @example
 * ```ts
 * import { RETIRED_SETTINGS } from 'xeploai/rules';
 * RETIRED_SETTINGS['inherit124Rules']?.startsWith('retired'); // true
 * ```
 */
export const RETIRED_SETTINGS: Readonly<Record<string, string>> = Object.freeze({
  inherit124Rules:
    'retired: the text of QĐ 366 Điều 5 khoản 2 and Điều 11 khoản 4 is now known, so nothing of QĐ 124 is carried into qd366-2025 (its exclusions, KHTNV cases and discipline timing cite QĐ 366 and HD 43); remove this setting',
});

/**
 * The values a setting accepts under a rule set: `SETTING_DOMAINS`, narrowed by the rule set's
 * own limits — `quotaPercent` at most `checks.quota.maxPercent` (20 under QĐ 132 and QĐ 124, which
 * know no exception). Every door uses it: a review's `settings`, `--set`, and `extendRuleSet`.
 *
 * @example
 * ```ts
 * import { getRuleSet } from 'xeploai';
 * import { settingDomain } from 'xeploai/rules';
 * settingDomain(getRuleSet('qd124-2023'), 'quotaPercent'); // { kind: 'integer', min: 1, max: 20 }
 * ```
 */
export function settingDomain(ruleSet: Pick<RuleSet, 'checks'>, name: SettingName): Domain {
  const domain = SETTING_DOMAINS[name];
  if (name !== 'quotaPercent' || domain.kind !== 'integer') return domain;
  const quota = ruleSet.checks.quota;
  return { ...domain, max: Math.min(domain.max, quota.settingMaxPercent ?? quota.maxPercent) };
}

function describeDomain(domain: Domain): string {
  switch (domain.kind) {
    case 'enum':
      return `one of ${domain.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'boolean':
      return 'true or false';
    case 'integer':
      return `an integer from ${domain.min} to ${domain.max}`;
  }
}

function acceptsValue(domain: Domain, value: unknown): boolean {
  switch (domain.kind) {
    case 'enum':
      return typeof value === 'string' && domain.values.includes(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= domain.min && value <= domain.max;
  }
}

/**
 * The setting names a rule set accepts, in catalogue order.
 *
 * @example
 * ```ts
 * import { getRuleSet, settingNames } from 'xeploai';
 * settingNames(getRuleSet('qd124-2023')).includes('headCap'); // true
 * ```
 */
export function settingNames(ruleSet: RuleSet): SettingName[] {
  return (Object.keys(SETTING_DOMAINS) as SettingName[]).filter((n) => ruleSet.settings[n] !== undefined);
}

/**
 * The rule set's defaults for every setting it accepts.
 *
 * @example
 * ```ts
 * import { defaultSettings, getRuleSet } from 'xeploai';
 * defaultSettings(getRuleSet('qd124-2023')).headCap; // 'warn'
 * ```
 */
export function defaultSettings(ruleSet: RuleSet): EffectiveSettings {
  const out: Partial<Record<SettingName, Settings[SettingName]>> = {};
  for (const name of settingNames(ruleSet)) out[name] = ruleSet.settings[name]!.default;
  return out as EffectiveSettings;
}

/**
 * Checks `input` settings against the rule set and returns the effective settings (defaults
 * filled in) or the issues, each at path `settings.NAME` (or `pathPrefix.NAME`).
 *
 * @example
 * ```ts
 * import { getRuleSet, resolveSettings } from 'xeploai';
 * const r = resolveSettings(getRuleSet('qd124-2023'), { headCap: 'cap' });
 * r.success && r.data.headCap; // 'cap'
 * ```
 */
export function resolveSettings(
  ruleSet: RuleSet,
  input: Readonly<Record<string, unknown>> | undefined,
  pathPrefix = 'settings',
): { success: true; data: EffectiveSettings } | { success: false; issues: InputIssue[] } {
  const out: Record<string, unknown> = { ...defaultSettings(ruleSet) };
  const issues: InputIssue[] = [];
  if (input) {
    for (const name of Object.keys(input).sort()) {
      const path = `${pathPrefix}.${name}`;
      const value = input[name];
      const retired = Object.prototype.hasOwnProperty.call(RETIRED_SETTINGS, name) ? RETIRED_SETTINGS[name] : undefined;
      if (retired !== undefined) {
        issues.push({ path, code: 'retired-setting', message: retired });
        continue;
      }
      if (!Object.prototype.hasOwnProperty.call(SETTING_DOMAINS, name)) {
        issues.push({ path, code: 'unknown-setting', message: `unknown setting; expected one of ${settingNames(ruleSet).join(', ')}` });
        continue;
      }
      const settingName = name as SettingName;
      if (ruleSet.settings[settingName] === undefined) {
        issues.push({ path, code: 'unknown-setting', message: `not a setting of rule set ${ruleSet.id}; expected one of ${settingNames(ruleSet).join(', ')}` });
        continue;
      }
      const domain = settingDomain(ruleSet, settingName);
      if (!acceptsValue(domain, value)) {
        const limit = domain !== SETTING_DOMAINS[settingName] && acceptsValue(SETTING_DOMAINS[settingName], value) ? ruleSet.checks.quota.settingMaxPercent !== undefined ? ` (the highest ${ruleSet.id} allows for a whole review; up to ${ruleSet.checks.quota.maxPercent} only by quotaDecisions)` : ` (the highest ${ruleSet.id} allows: checks.quota.maxPercent)` : '';
        issues.push({ path, code: 'invalid-setting', message: `expected ${describeDomain(domain)}${limit}, got ${describeValue(value)}` });
        continue;
      }
      out[name] = value;
    }
  }
  return issues.length > 0 ? { success: false, issues } : { success: true, data: out as EffectiveSettings };
}

/**
 * Parses a `name=value` pair from a command line into a setting value (`true`/`false`, integers, strings).
 *
 * @internal
 * @example
 * ```ts
 * parseSettingAssignment('quotaPercent=25'); // ['quotaPercent', 25]
 * ```
 */
export function parseSettingAssignment(text: string): [string, string | number | boolean] {
  const eq = text.indexOf('=');
  if (eq <= 0) return [text, ''];
  const name = text.slice(0, eq).trim();
  const raw = text.slice(eq + 1).trim();
  if (raw === 'true') return [name, true];
  if (raw === 'false') return [name, false];
  if (/^-?\d+$/.test(raw)) return [name, Number(raw)];
  return [name, raw];
}
