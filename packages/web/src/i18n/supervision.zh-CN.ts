/** Interface text of the supervision loop (督办单 drafts and answers, deductions, approval rules); zh-CN is the source. */
export const supervisionZhCN = {
  'supervision.deduction.openNotice': '督办单未销号',
  'supervision.deduction.overdueReport': '报告逾期未报',
  'supervision.deduction.returnedReport': '报告退回未重报',
  'supervision.formula.deduction': '每次扣 {each} 分 × {count}',

  'supervision.ladder.approvalLevels': '须审批后发出的层级',
  'supervision.ladder.approvalHint': '勾选的层级由系统起草，经审核、签发后才发出；未勾选的层级到时直接发出',
  'supervision.ladder.level.reminder': '提醒',
  'supervision.ladder.level.urge': '催办',
  'supervision.ladder.level.supervise': '督办单',
} as const;
