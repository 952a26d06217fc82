import { z } from 'zod';
import { milestoneSchema } from '@ipcounty/domain';

/** Ids appear in URLs and in report ids (`round/item/unit`), so they keep to a URL-safe alphabet. */
export const itemIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'letters, digits, dot, hyphen and underscore');

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

/** A work item as the office enters it (the id comes from the URL or is generated). */
export const workItemInputSchema = z.object({
  year: z.number().int().min(1980).max(2100),
  taskNumber: z.number().int().positive(),
  title: z.string().trim().min(1).max(200),
  leadUnit: z.string().optional(),
  cooperatingUnits: z.array(z.string()).default([]),
  deadline: isoDate,
  /** 工作内容; a plan task's text runs to several hundred characters. */
  content: z.string().max(5000).optional(),
  expectedOutput: z.string().max(500).default(''),
  milestones: z.array(milestoneSchema).default([]),
  figures: z.array(z.string()).default([]),
  /** 支撑指标: the plan's targets the item serves (checked against the plan when saved). */
  servesTargets: z.array(z.string()).default([]),
});

export type WorkItemInput = z.infer<typeof workItemInputSchema>;
