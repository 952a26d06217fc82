import type { z } from 'zod';
import { planSchema, type Plan } from './plan.schema.js';

/** One reason a plan file was refused, with the path to the offending field. */
export interface PlanProblem {
  /** e.g. "targetGroups[0].indicators[2].target" */
  path: string;
  message: string;
}

export type PlanValidation = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : index === 0 ? String(part) : `.${String(part)}`,
    )
    .join('');
}

function schemaProblems(error: z.ZodError): PlanProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || '(root)', message: issue.message }));
}

function duplicates<T>(items: T[], key: (item: T) => string): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) repeated.add(k);
    seen.add(k);
  }
  return [...repeated];
}

/** Checks that go beyond the shape: references resolve, codes are unique, dates are ordered. */
function referenceProblems(plan: Plan): PlanProblem[] {
  const problems: PlanProblem[] = [];
  const regionCodes = new Set(plan.regions.map((r) => r.code));
  const unitCodes = new Set(plan.units.map((u) => u.code));
  const groupCodes = new Set(plan.unitGroups.map((g) => g.code));

  for (const code of duplicates(plan.regions, (r) => r.code))
    problems.push({ path: 'regions', message: `region code "${code}" is used twice` });
  for (const code of duplicates([...plan.units, ...plan.unitGroups], (u) => u.code))
    problems.push({ path: 'units', message: `unit or unit-group code "${code}" is used twice` });
  const indicators = plan.targetGroups.flatMap((g) => g.indicators);
  for (const code of duplicates(indicators, (i) => i.code))
    problems.push({ path: 'targetGroups', message: `indicator code "${code}" is used twice` });
  const tasks = plan.taskGroups.flatMap((g) => g.tasks);
  for (const number of duplicates(tasks, (t) => String(t.number)))
    problems.push({ path: 'taskGroups', message: `task number ${number} is used twice` });

  plan.regions.forEach((region, i) => {
    if (region.parent && !regionCodes.has(region.parent))
      problems.push({ path: `regions[${i}].parent`, message: `unknown region "${region.parent}"` });
  });
  plan.units.forEach((unit, i) => {
    if (unit.region && !regionCodes.has(unit.region))
      problems.push({ path: `units[${i}].region`, message: `unknown region "${unit.region}"` });
  });
  plan.unitGroups.forEach((group, i) => {
    group.members.forEach((member, j) => {
      if (!unitCodes.has(member))
        problems.push({ path: `unitGroups[${i}].members[${j}]`, message: `unknown unit "${member}"` });
    });
  });
  plan.taskGroups.forEach((group, g) => {
    group.tasks.forEach((task, t) => {
      task.responsibility.parties.forEach((party, p) => {
        if (!unitCodes.has(party.ref) && !groupCodes.has(party.ref))
          problems.push({
            path: `taskGroups[${g}].tasks[${t}].responsibility.parties[${p}].ref`,
            message: `unknown unit or unit group "${party.ref}"`,
          });
      });
    });
  });
  plan.phases.forEach((phase, i) => {
    if (phase.end < phase.start)
      problems.push({ path: `phases[${i}].end`, message: `ends (${phase.end}) before it starts (${phase.start})` });
  });
  if (plan.period.endYear < plan.period.startYear)
    problems.push({ path: 'period.endYear', message: 'the period ends before it starts' });
  return problems;
}

/** Validate a parsed plan file (YAML or JSON). Never throws. */
export function validatePlan(input: unknown): PlanValidation {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: schemaProblems(parsed.error) };
  const problems = referenceProblems(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, plan: parsed.data };
}
