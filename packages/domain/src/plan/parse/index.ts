export * from './plan-draft.js';
export * from './source-document.js';
export * from './parse-plan-document.js';
export * from './place-passage.js';
