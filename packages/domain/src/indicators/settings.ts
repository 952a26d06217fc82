import type { IndicatorDefinition, SettingRef } from './indicator-definition.js';

/** The value each setting took in one evaluation, and whether it rests on a confirmed rule. */
export interface SettingUse {
  key: string;
  value: unknown;
  /** The office set it explicitly; a default otherwise. */
  overridden: boolean;
  /** The default's rule is confirmed, or the office chose the value. */
  confirmed: boolean;
}

export type SettingOverrides = Readonly<Record<string, unknown>>;

/** Problems with overrides: unknown keys, values outside the allowed options, wrong types. */
export function checkSettings(definition: IndicatorDefinition, overrides: SettingOverrides = {}): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(overrides)) {
    const spec = definition.settings[key];
    if (!spec) {
      problems.push(`${definition.key}: unknown setting "${key}"`);
      continue;
    }
    const expected = kindOf(spec.default);
    const actual = kindOf(value);
    if (expected !== actual && !(spec.default === null || value === null)) {
      problems.push(`${definition.key}.${key}: expected ${expected}, got ${actual}`);
      continue;
    }
    if (spec.options) {
      const members = Array.isArray(value) ? value : [value];
      for (const member of members) {
        if (!spec.options.includes(member as string)) {
          problems.push(`${definition.key}.${key}: "${String(member)}" is not one of ${spec.options.join(', ')}`);
        }
      }
    }
  }
  return problems;
}

function kindOf(value: unknown): string {
  return Array.isArray(value) ? 'list' : value === null ? 'null' : typeof value;
}

export interface ResolvedSettings {
  get<T>(key: string): T;
  ref<T>(value: T | SettingRef): T;
  uses: SettingUse[];
}

/** Defaults overlaid with the office's choices. Throws on problems checkSettings reports. */
export function resolveSettings(definition: IndicatorDefinition, overrides: SettingOverrides = {}): ResolvedSettings {
  const problems = checkSettings(definition, overrides);
  if (problems.length > 0) throw new RangeError(problems.join('; '));
  const uses: SettingUse[] = Object.entries(definition.settings).map(([key, spec]) => {
    const overridden = Object.prototype.hasOwnProperty.call(overrides, key);
    return { key, value: overridden ? overrides[key] : spec.default, overridden, confirmed: overridden || spec.confirmed };
  });
  const values = new Map(uses.map((u) => [u.key, u.value]));
  const get = <T>(key: string): T => {
    if (!values.has(key)) throw new RangeError(`${definition.key}: the definition has no setting "${key}"`);
    return values.get(key) as T;
  };
  return {
    get,
    ref: <T>(value: T | SettingRef): T =>
      typeof value === 'object' && value !== null && 'setting' in value ? get<T>((value as SettingRef).setting) : (value as T),
    uses,
  };
}
