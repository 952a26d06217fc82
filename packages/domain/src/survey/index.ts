export * from './questionnaire.js';
export * from './skip-logic.js';
export * from './respondent-score.js';
export * from './satisfaction-score.js';
export * from './response-validity.js';
export * from './survey-status.js';
export * from './national-template.js';
