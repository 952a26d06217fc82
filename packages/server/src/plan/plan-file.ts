import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { PlanProblem } from '@ipcounty/domain';

export type ParsedPlanFile = { ok: true; value: unknown } | { ok: false; problems: PlanProblem[] };

/** Read a plan file's text as JSON or YAML (JSON is YAML, but JSON errors read better from JSON.parse). */
export function parsePlanFile(text: string, fileName = 'plan'): ParsedPlanFile {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, problems: [{ path: '(file)', message: `${fileName} is empty` }] };
  try {
    const value: unknown = /\.json$/i.test(fileName) || trimmed.startsWith('{') ? JSON.parse(trimmed) : parseYaml(trimmed);
    return { ok: true, value };
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : '';
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { ok: false, problems: [{ path: '(file)', message: `${fileName} cannot be read${where}: ${reason}` }] };
  }
}
