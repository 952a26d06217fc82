import type { LocalizedText } from '../text/localized-text.js';
import { indicatorDefinitions } from './definitions/index.js';

/** The first clause of a setting's description: 人口口径 / Population. */
const firstClause = (text: string) => text.split(/[：:。，,（(]/)[0]!.trim();

/**
 * A setting's short name in both languages, from any indicator that has it, for the records
 * drawer and the audit log; undefined for a key no indicator declares.
 */
export function indicatorSettingName(key: string): LocalizedText | undefined {
  const spec = indicatorDefinitions.find((definition) => Object.hasOwn(definition.settings, key))?.settings[key];
  return spec ? { zh: firstClause(spec.description.zh), en: firstClause(spec.description.en) } : undefined;
}
