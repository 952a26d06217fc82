// What the HTTP API answers with: declared once here, built by the server, read by the web.
export type * from './accounts.contract.js';
export type * from './audit.contract.js';
export type * from './documents.contract.js';
export type * from './evaluation.contract.js';
export type * from './indicators.contract.js';
export type * from './ledgers.contract.js';
export type * from './plan.contract.js';
export type * from './registers.contract.js';
export type * from './supervision.contract.js';
export type * from './province.contract.js';
export type * from './survey.contract.js';
