/** The usual phases of a pilot plan by their stable codes (the plan's own name is shown in Chinese). */
export const phasesZhCN = {
  'phaseKind.start': '启动阶段',
  'phaseKind.implementation': '实施阶段',
  'phaseKind.evaluation': '评估阶段',
  'phaseKind.acceptance': '验收阶段',
} as const;
