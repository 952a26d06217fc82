export * from './plan/plan.schema.js';
export * from './plan/validate-plan.js';
export * from './plan/plan-diff.js';
