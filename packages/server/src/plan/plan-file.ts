import { createRequire } from 'node:module';
import type { PlanProblem } from '@ipcounty/domain';

// yaml is required with the first YAML plan read, not at start: a restart reads no plan file.
const require = createRequire(import.meta.url);

export type ParsedPlanFile = { ok: true; value: unknown } | { ok: false; problems: PlanProblem[] };

/** Read a plan file's text as JSON or YAML (JSON is YAML, but JSON errors read better from JSON.parse). */
export function parsePlanFile(text: string, fileName = 'plan'): ParsedPlanFile {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, problems: [{ path: '(file)', message: `${fileName} is empty` }] };
  const { parse: parseYaml, YAMLParseError } = require('yaml') as typeof import('yaml');
  try {
    const value: unknown = /\.json$/i.test(fileName) || trimmed.startsWith('{') ? JSON.parse(trimmed) : parseYaml(trimmed);
    return { ok: true, value };
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problems: [{ path: '(file)', message: `${fileName} cannot be read${where}: ${reason}` }] };
  }
}
