export * from './plan/plan.schema.js';
export * from './plan/validate-plan.js';
export * from './plan/plan-diff.js';
export * from './plan/responsibility.js';
export * from './plan/timeline.js';
export * from './plan/parse/index.js';
export * from './plan/plan-removals.js';
// Messages in both languages the product ships.
export * from './text/localized-text.js';
export * from './text/error-message.js';
export * from './text/rule-sources.js';
export * from './text/audit-words.js';
export * from './text/audit-field-words.js';
export * from './text/audit-details-text.js';
export * from './accounts/index.js';

// Statistics monitoring (统计监测体系): periods, registers, attribution, indicators, forecasts, official values.
export * from './periods/iso-date.js';
export * from './periods/period.js';
export * from './periods/shanghai-calendar.js';
export * from './registers/dates.js';
export * from './registers/money.js';
export * from './registers/patents/patent.js';
export * from './registers/patents/application-number.js';
export * from './registers/patents/legal-event.js';
export * from './registers/patents/patent-term.js';
export * from './registers/patents/patent-status.js';
export * from './registers/awards/award.js';
export * from './registers/awards/award-text.js';
export * from './registers/trademarks/trademark.js';
export * from './registers/geographical-indications/geographical-indication.js';
export * from './registers/copyrights/copyright-registration.js';
export * from './registers/pledges/pledge-registration.js';
export * from './registers/insurance/patent-insurance.js';
export * from './registers/enterprises/credit-code.js';
export * from './registers/enterprises/enterprise.js';
export * from './registers/enterprises/enterprise-document.js';
export * from './registers/service-agencies/service-agency.js';
export * from './registers/talent/talent.js';
export * from './registers/training/training-session.js';
export * from './registers/enforcement/enforcement-case.js';
export * from './registers/economy/economic-data.js';
export * from './registers/population/population.js';
export * from './attribution/region-resolver.js';
export * from './attribution/attribute-patent.js';
export * from './attribution/country-of-address.js';
export * from './attribution/owner-location.js';
export * from './registers/catalog/index.js';
export * from './registers/patents/owner-type.js';
export * from './registers/patents/legal-status-text.js';
export * from './registers/patents/publication-kind.js';
export * from './registers/patents/publication-rows.js';
export * from './registers/patents/snapshot-status.js';
export * from './registers/patents/status-on-date.js';
export * from './registers/patents/patent-plausibility.js';
export * from './registers/patents/patent-export-layouts.js';
export * from './registers/patents/grant-guard.js';
export * from './registers/population/county-population.js';
export * from './indicators/indicator-definition.js';
export * from './indicators/indicator-records.js';
export * from './indicators/patent-facts.js';
export * from './indicators/settings.js';
export * from './plan/region-tree.js';
export * from './indicators/high-value/ipc-pattern.js';
export * from './indicators/high-value/high-value-categories.js';
export * from './indicators/high-value/high-value-grounds.js';
export * from './indicators/patent-intensive/patent-intensive-classification.js';
export * from './indicators/patent-intensive/patent-intensive-share.js';
export * from './indicators/definitions/index.js';
export * from './indicators/definitions/common-settings.js';
export * from './indicators/setting-name.js';
export * from './indicators/evaluate-indicator.js';
export * from './indicators/evaluate-all.js';
export * from './indicators/evaluate-period.js';
export * from './indicators/period-basis.js';
export * from './forecast/linear-trend.js';
export * from './forecast/forecast-target.js';
export * from './forecast/target-status.js';
export * from './official-values/official-value.js';
export * from './official-values/reconcile.js';
export * from './official-values/reported-values.js';

// Responsibility, periodic reporting and supervision (督查考核).
export * from './supervision/index.js';

// Evaluation and acceptance (评估验收): self-check, rectification, expert panels, scores.
export * from './evaluation/index.js';

// Documents from live data: 自评报告, 验收材料, 统计分析报告, StratML.
export * from './documents/index.js';

// Program ledgers (专项工作台账): funds, meetings, publicity, standards, platforms.
export * from './ledgers/index.js';

// The provincial office (省级管理): comparing the counties of one installation.
export * from './province/index.js';
export * from './counties/county-name.js';

// The HTTP API's response shapes, shared by the server and the web.
export type * from './api-contracts/index.js';

// The IP protection satisfaction survey (知识产权保护社会满意度调查): questionnaire, skip logic, score.
export * from './survey/index.js';
