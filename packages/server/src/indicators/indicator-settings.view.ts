import type { IndicatorDefinition, SettingOverrides, SettingView } from '@ipcounty/domain';

export function settingsView(definition: IndicatorDefinition, overrides: SettingOverrides = {}): SettingView[] {
  return Object.entries(definition.settings).map(([key, spec]) => {
    const overridden = Object.prototype.hasOwnProperty.call(overrides, key);
    return {
      key,
      value: overridden ? overrides[key] : spec.default,
      default: spec.default,
      overridden,
      confirmed: spec.confirmed,
      options: spec.options ?? null,
      description: spec.description,
    };
  });
}

export const unconfirmedCount = (definition: IndicatorDefinition) => Object.values(definition.settings).filter((s) => !s.confirmed).length;
