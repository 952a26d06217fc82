import type { BilingualText, IndicatorDefinition, SettingOverrides } from '@ipcounty/domain';

/** One setting of an indicator as the office sees it: the value in use beside the default. */
export interface SettingView {
  key: string;
  value: unknown;
  default: unknown;
  /** The office chose the value (it is not the default). */
  overridden: boolean;
  /** Whether the official definitions confirm the rule; false shows 口径未经官方确认. */
  confirmed: boolean;
  options: readonly (string | number | boolean | null)[] | null;
  description: BilingualText;
}

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
