import type { indicatorStatusZhCN } from './indicator-status.zh-CN.js';

/** The indicators' statuses and their rules in English, translated from indicator-status.zh-CN.ts. */
export const indicatorStatusEn: Record<keyof typeof indicatorStatusZhCN, string> = {
  'indicators.status.not-met': 'Not met',
  'indicators.statusRule.no-value': 'No value yet, nothing to judge',
  'indicators.statusRule.value-meets-target': 'The value {value} meets “{comparison} {target}”, so the target is achieved',
  'indicators.statusRule.window-closed': 'The period judged ended on {horizon}; {value} does not meet “{comparison} {target}”',
  'indicators.statusRule.no-forecast': '{value} does not meet “{comparison} {target}”, and there is too little history to forecast',
  'indicators.statusRule.forecast-meets-target': 'Forecast {point} by {horizon} meets “{comparison} {target}”',
  'indicators.statusRule.interval-reaches-target': 'The forecast {point} misses, but the 80% interval reaches {high} against {target}',
  'indicators.statusRule.interval-below-target': 'The whole 80% interval {low}–{high} misses the target {target}',
  'indicators.statusRuleLabel': 'Rule applied',
  'indicators.statusRulesAll':
    'Achieved: the value meets the target (“exceed” needs strictly more). On track: the forecast meets it. At risk: the forecast misses but the top of its 80% interval reaches it. Off track: the whole interval misses. Not met: the period judged has ended, or nothing can be forecast, and the value misses. Insufficient data: no value yet.',
  'indicators.yearWindow': 'Judged on year {label}: {from} to {to}',
  'indicators.nextYearSoFar': 'Year {year} (from {from}): {value} so far',
  'indicators.needed.months': '{gap} short: {amount} a month ({count} months left)',
  'indicators.needed.days': '{gap} short, {days} days left in the period',
  'indicators.needed.closed': 'The period has ended {gap} short',
  'indicators.evidence': 'Evidence: {source} ({asOf})',
};
