import type { Locale } from './locale-context.js';
import type { MessageValues } from './translate.js';
import type { MessageKey } from './zh-CN.js';
import { phasesZhCN } from './phases.zh-CN.js';

type Translate = (key: MessageKey, values?: MessageValues) => string;

/**
 * A phase as the reader's language names it. In Chinese the plan's own name ("验收总结阶段"); in
 * English the usual phase its code marks (the plan reader gives start, implementation, evaluation
 * and acceptance phases those codes), else the plan's name, which is the county's data.
 */
export function phaseName(phase: { code: string; name: string }, locale: Locale, t: Translate): string {
  const key = `phaseKind.${phase.code}`;
  return locale === 'en' && key in phasesZhCN ? t(key as MessageKey) : phase.name;
}
