/** 目标状态: the statuses, the rule that gave each, and what is still needed (indicators area). */
export const indicatorStatusZhCN = {
  'indicators.status.not-met': '未达目标',
  'indicators.statusRule.no-value': '尚无数值，无法判断',
  'indicators.statusRule.value-meets-target': '当前值 {value} 满足“{comparison} {target}”，即为已实现',
  'indicators.statusRule.window-closed': '考核期已于 {horizon} 结束，{value} 未满足“{comparison} {target}”',
  'indicators.statusRule.no-forecast': '{value} 未满足“{comparison} {target}”，趋势数据不足，无法预测',
  'indicators.statusRule.forecast-meets-target': '预测 {horizon} 达到 {point}，满足“{comparison} {target}”',
  'indicators.statusRule.interval-reaches-target': '预测值 {point} 未达目标，但 80% 区间上限 {high} 可达 {target}',
  'indicators.statusRule.interval-below-target': '80% 预测区间 {low}–{high} 整体未达目标 {target}',
  'indicators.statusRuleLabel': '判定规则',
  'indicators.statusRulesAll':
    '已实现：当前值满足目标（“超过”须严格大于）；预计可完成：预测值满足目标；有风险：预测值未达但 80% 区间上限可达；预计难以完成：整个区间未达；未达目标：考核期已结束或无法预测且当前值未达；数据不足：尚无数值。',
  'indicators.yearWindow': '按 {label} 年度考核：{from} 至 {to}',
  'indicators.nextYearSoFar': '{year} 年度（{from} 起）已计 {value}',
  'indicators.needed.months': '尚差 {gap}，每月需 {amount}（剩余 {count} 个月）',
  'indicators.needed.days': '尚差 {gap}，考核期剩余 {days} 天',
  'indicators.needed.closed': '考核期已结束，差 {gap} 未完成',
  'indicators.evidence': '依据：{source}（{asOf}）',
} as const;
