export * from './acceptance-score.js';
export * from './seeded-random.js';
export * from './expert-assignment.js';
export * from './self-check.js';
export * from './rectification-workflow.js';
export * from './index-system.js';
export * from './phase-deliverables.js';
export * from './ladder-subjects.js';
