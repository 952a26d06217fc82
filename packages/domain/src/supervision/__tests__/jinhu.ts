import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Plan } from '../../plan/plan.schema.js';
import { validatePlan } from '../../plan/validate-plan.js';

/** Jinhu's plan as loaded by the server, for examples that need the real indicators and units. */
export function jinhuPlan(): Plan {
  const result = validatePlan(parse(readFileSync(new URL('../../../../../plans/jinhu-2024-2026.yaml', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error('plans/jinhu-2024-2026.yaml does not validate');
  return result.plan;
}
