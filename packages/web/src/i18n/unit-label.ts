import type { MessageValues } from './translate.js';
import type { MessageKey } from './zh-CN.js';
import { unitsZhCN } from './units.zh-CN.js';

type Translate = (key: MessageKey, values?: MessageValues) => string;

const keyOfUnit = new Map(Object.entries(unitsZhCN).map(([key, unit]) => [unit as string, key as MessageKey]));

/**
 * A plan's unit of measure in the reader's language. Plans write units in Chinese ("件/万人"); a unit
 * the catalogue does not know is shown as written, since it is the county's own data.
 */
export function unitLabel(unit: string, t: Translate): string {
  const key = keyOfUnit.get(unit);
  return key === undefined ? unit : t(key);
}
