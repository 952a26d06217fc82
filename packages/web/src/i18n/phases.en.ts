import type { phasesZhCN } from './phases.zh-CN.js';

export const phasesEn: Record<keyof typeof phasesZhCN, string> = {
  'phaseKind.start': 'Start-up phase',
  'phaseKind.implementation': 'Implementation phase',
  'phaseKind.evaluation': 'Evaluation phase',
  'phaseKind.acceptance': 'Acceptance phase',
};
