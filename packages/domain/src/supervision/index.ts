// Responsibility, periodic reporting and supervision (督查考核, plan 六(三)): annual work plans,
// reporting rounds and reports, the three-colour supervision ladder, and the year's assessment.
export { meetsTarget } from './target-comparison.js';
export * from './work-plan.schema.js';
export * from './copy-year.js';
export * from './annual-target-check.js';
export * from './work-item-check.js';
export * from './reporting-round.js';
export * from './report.schema.js';
export * from './report-diff.js';
export * from './report-workflow.js';
export * from './reporting-rate.js';
export * from './deadline-light.js';
export * from './indicator-pace.js';
export * from './ladder-thresholds.js';
export * from './escalation.js';
export * from './reminders.js';
export * from './assessment-scheme.js';
export * from './unit-score.js';
export * from './unit-ranking.js';
export * from './reported-figures.js';
export * from './reported-pace.js';
export * from './target-pace.js';
export * from './unit-facts.js';
export * from './status-grid.js';
export * from './default-scheme.js';
export * from './target-responsibility.js';
export * from './ladder-subjects.js';
