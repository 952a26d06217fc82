export * from './plan/plan.schema.js';
export * from './plan/validate-plan.js';
export * from './plan/plan-diff.js';
export * from './plan/responsibility.js';
export * from './plan/timeline.js';
export * from './accounts/index.js';
