export * from './county-ranking.js';
export * from './per-ten-thousand.js';
export * from './county-attainment.js';
export * from './shared-indicators.js';
