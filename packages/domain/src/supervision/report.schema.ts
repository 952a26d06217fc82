import { z } from 'zod';

/** What a unit writes in one progress report (进展报告). */
export const reportContentSchema = z.object({
  /** 进展情况 */
  progress: z.string().default(''),
  /** 完成进度, 0–100, where the unit estimates one. */
  percentComplete: z.number().min(0).max(100).optional(),
  /** indicator code → the value the unit reports for it this round. */
  indicatorValues: z.record(z.string(), z.number()).default({}),
  /** 存在问题 */
  problems: z.string().default(''),
  /** 下步打算 */
  nextSteps: z.string().default(''),
  /** 佐证材料: references to stored files. */
  evidence: z.array(z.object({ name: z.string().min(1), fileId: z.string().min(1) })).default([]),
});

export type ReportContent = z.infer<typeof reportContentSchema>;

export const reportStates = ['draft', 'submitted', 'returned', 'approved'] as const;
/** 草稿 / 已报送 / 已退回 / 已审核通过 */
export type ReportState = (typeof reportStates)[number];

/**
 * Who acts on a report. A user of the report's own unit fills and submits it; the office
 * (知识产权强县建设工作专班) reviews it. An office user whose unit is the report's unit may also
 * act as that unit.
 */
export interface ReportActor {
  userId: string;
  unitCode: string;
  role: 'unit' | 'office';
}

/** One saved state of a report's content; every edit keeps the previous ones. */
export interface ReportVersion {
  number: number;
  content: ReportContent;
  savedAt: string;
  savedBy: string;
}

export type ReportAction =
  | { type: 'edit'; content: ReportContent }
  | { type: 'submit' }
  | { type: 'withdraw' }
  | { type: 'approve'; comment?: string }
  | { type: 'return'; reason: string }
  | { type: 'reopen'; reason: string };

export type ReportActionType = ReportAction['type'];

/** 留痕: every action taken on a report, in order. */
export interface ReportEvent {
  action: ReportActionType;
  at: string;
  by: string;
  from: ReportState;
  to: ReportState;
  /** The content version the action concerned (the submitted, approved or saved one). */
  version?: number;
  /** The office's reason for returning or reopening, or its approval comment. */
  note?: string;
}

/** A submission that still stands (a withdrawn one is removed). */
export interface ReportSubmission {
  at: string;
  by: string;
  version: number;
}

/** One unit's report for one work item in one round. */
export interface Report {
  id: string;
  roundId: string;
  workItemId: string;
  unitCode: string;
  state: ReportState;
  versions: ReportVersion[];
  submissions: ReportSubmission[];
  events: ReportEvent[];
}
