import type { supervisionZhCN } from './supervision.zh-CN.js';

/** Interface text of the supervision loop in English; the keys are those of supervision.zh-CN.ts. */
export const supervisionEn: Record<keyof typeof supervisionZhCN, string> = {
  'supervision.deduction.openNotice': 'Supervision notice still open',
  'supervision.deduction.overdueReport': 'Report overdue, not submitted',
  'supervision.deduction.returnedReport': 'Report returned, not resubmitted',
  'supervision.formula.deduction': '{each} points off × {count}',

  'supervision.ladder.approvalLevels': 'Levels that need approval before they go out',
  'supervision.ladder.approvalHint': 'The levels ticked are drafted, reviewed and signed before they go out; the others go out when due',
  'supervision.ladder.level.reminder': 'Reminder',
  'supervision.ladder.level.urge': 'Urging notice',
  'supervision.ladder.level.supervise': 'Supervision notice',
};
