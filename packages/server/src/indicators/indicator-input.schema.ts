import { z } from 'zod';
import { checkSettings, isIsoDate, parseIpc, type EvidenceKind, type IndicatorDefinition, type Plan } from '@ipcounty/domain';

/** A real calendar date written YYYY-MM-DD. */
export const isoDateSchema = z.string().refine(isIsoDate, 'must be a date written YYYY-MM-DD');

/** 官方发布值 as the office enters it. */
export const officialValueInputSchema = z.object({
  /** A plan region; the county when left out. */
  region: z.string().optional(),
  /** The date the value describes (a period end, e.g. 2024-12-31). */
  asOf: isoDateSchema,
  value: z.number().finite(),
  /** Decimal places as published (40.3 → 1); from the value when left out. */
  decimals: z.number().int().min(0).max(6).optional(),
  /** Title and number of the document that publishes it. */
  sourceDocument: z.string().trim().min(1).max(300),
  publishedOn: isoDateSchema,
  publisher: z.string().trim().max(200).optional(),
  note: z.string().trim().max(2000).optional(),
});
export type OfficialValueInput = z.infer<typeof officialValueInputSchema>;

export const evidenceKinds = ['text', 'url', 'document'] as const satisfies readonly EvidenceKind[];

/** 人工填报值 with its evidence: a description, a web address, or a document reference (文号、报告名称). */
export const manualValueInputSchema = z.object({
  region: z.string().optional(),
  asOf: isoDateSchema,
  value: z.number().finite(),
  /** Who reported it: the survey body, the statistics bureau, the unit. */
  source: z.string().trim().min(1).max(300),
  evidence: z.object({ kind: z.enum(evidenceKinds), text: z.string().trim().min(1).max(2000) }),
  note: z.string().trim().max(2000).optional(),
});
export type ManualValueInput = z.infer<typeof manualValueInputSchema>;

export const settingsInputSchema = z.object({ settings: z.record(z.string(), z.unknown()) });

export interface Problem {
  path: string;
  message: string;
}

/** Units whose values lie between 0 and 100. */
const boundedUnits = new Set(['%', '分']);

/** What a value of a statistic may be: never negative, at most 100 for shares and scores. */
export function valueProblems(definition: IndicatorDefinition, value: number): Problem[] {
  if (value < 0) return [{ path: 'value', message: '数值不能为负 / must not be negative' }];
  if (boundedUnits.has(definition.unit) && value > 100) return [{ path: 'value', message: `${definition.unit} 不能超过100 / must not exceed 100` }];
  return [];
}

export function regionProblems(plan: Plan, region: string | undefined): Problem[] {
  if (region === undefined || plan.regions.some((r) => r.code === region)) return [];
  return [{ path: 'region', message: `方案没有地区 ${region} / the plan has no region "${region}"` }];
}

export function officialValueProblems(plan: Plan, definition: IndicatorDefinition, input: OfficialValueInput, today: string): Problem[] {
  const problems = [...regionProblems(plan, input.region), ...valueProblems(definition, input.value)];
  if (input.publishedOn > today) problems.push({ path: 'publishedOn', message: `发布日期不能晚于今天（${today}）/ cannot be after today` });
  if (input.asOf > input.publishedOn) problems.push({ path: 'asOf', message: '统计日期不能晚于发布日期 / the date described cannot be after publication' });
  return problems;
}

export function manualValueProblems(plan: Plan, definition: IndicatorDefinition, input: ManualValueInput, today: string): Problem[] {
  const problems = [...regionProblems(plan, input.region), ...valueProblems(definition, input.value)];
  if (definition.formula.kind !== 'reported')
    problems.push({ path: 'indicator', message: '该指标由平台根据台账计算，不接受人工填报；可登记官方发布值 / computed from the registers: record an official value instead' });
  if (input.asOf > today) problems.push({ path: 'asOf', message: `统计日期不能晚于今天（${today}）/ cannot be after today` });
  if (input.evidence.kind === 'url' && !/^https?:\/\/\S+$/i.test(input.evidence.text))
    problems.push({ path: 'evidence.text', message: '网址须以 http:// 或 https:// 开头 / must be an http(s) address' });
  return problems;
}

/**
 * Settings an office may choose, beyond what checkSettings knows (keys, types, options): dates
 * that are dates, thresholds that are whole and not negative, and an IPC table whose every row
 * names an industry and a pattern parseIpc reads.
 */
export function settingsProblems(definition: IndicatorDefinition, overrides: Record<string, unknown>): Problem[] {
  const problems: Problem[] = checkSettings(definition, overrides).map((message) => ({ path: 'settings', message }));
  if (problems.length > 0) return problems;
  for (const [key, value] of Object.entries(overrides)) {
    const path = `settings.${key}`;
    if ((key === 'periodStart' || key === 'baselineDate') && !(typeof value === 'string' && isIsoDate(value)))
      problems.push({ path, message: 'must be a date written YYYY-MM-DD' });
    if (key === 'maintenanceYears' && !(typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 30))
      problems.push({ path, message: 'must be a whole number of years between 1 and 30' });
    if (key === 'pledgeThresholdFen' && value !== null && !(typeof value === 'number' && Number.isSafeInteger(value) && value >= 0))
      problems.push({ path, message: 'must be a whole, non-negative amount in fen, or null' });
    if (Array.isArray(value) && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      problems.push({ path, message: 'lists a value twice' });
    if (key === 'strategicEmergingTable' && Array.isArray(value)) {
      value.forEach((row: unknown, i) => {
        const r = row as { industry?: unknown; pattern?: unknown; keywords?: unknown };
        const ok =
          typeof row === 'object' &&
          row !== null &&
          typeof r.industry === 'string' &&
          r.industry.trim() !== '' &&
          typeof r.pattern === 'string' &&
          parseIpc(r.pattern) !== null &&
          (r.keywords === undefined || (Array.isArray(r.keywords) && r.keywords.every((k) => typeof k === 'string' && k.trim() !== '')));
        if (!ok) problems.push({ path: `${path}[${i}]`, message: 'needs { industry, pattern (an IPC code such as G06N3/08), keywords? (texts) }' });
      });
    }
  }
  return problems;
}
