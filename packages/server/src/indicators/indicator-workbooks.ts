import type { Dashboard, IndicatorDetail, OfficialComparison, RecordsBehind } from '@ipcounty/domain';
import type { SheetData, TableRecord } from '../files/table-writer.js';

const statusNames: Record<string, string> = {
  achieved: '已实现',
  'on-track': '预计可完成',
  'at-risk': '有风险',
  'off-track': '预计难以完成',
  'not-met': '未达目标',
  'insufficient-data': '数据不足',
};
/** targetStatus's rules, as the card states them. */
const statusRuleNames: Record<string, string> = {
  'no-value': '尚无数值',
  'value-meets-target': '当前值满足目标',
  'window-closed': '考核期已结束且未满足目标',
  'no-forecast': '未满足目标，无法预测',
  'forecast-meets-target': '预测值满足目标',
  'interval-reaches-target': '预测值未达，80%区间上限可达',
  'interval-below-target': '80%预测区间整体未达目标',
};
const comparisonNames: Record<string, string> = { reach: '达到', 'at-least': '不低于', exceed: '超过', strive: '力争' };
const reconciliationNames: Record<string, string> = { agrees: '一致', differs: '不一致', 'not-computed': '无平台值', 'different-dates': '日期不同' };
const sourceNames: Record<string, string> = { computed: '平台计算', manual: '人工填报', official: '官方发布', none: '无数据' };

const number = '0.00';

/** An .xlsx in memory (these tables are small; a drill-down of many records is still a few MB). */

export function dashboardSheet(dashboard: Dashboard): SheetData {
  return {
    name: `指标监测 ${dashboard.asOf}`,
    columns: [
      { header: '目标类别', key: 'group', width: 22 },
      { header: '指标', key: 'name', width: 34 },
      { header: '当前值', key: 'value', width: 12, numFmt: number },
      { header: '单位', key: 'unit', width: 8 },
      { header: '要求', key: 'comparison', width: 8 },
      { header: '目标值', key: 'target', width: 10 },
      { header: '完成度（%）', key: 'attained', width: 12, numFmt: '0.0' },
      { header: '状态', key: 'status', width: 14 },
      { header: '判定规则', key: 'statusRule', width: 26 },
      { header: '考核窗口', key: 'window', width: 24 },
      { header: '下一年度已计', key: 'nextYear', width: 14, numFmt: number },
      { header: '预测期末值', key: 'forecast', width: 12, numFmt: number },
      { header: '预测区间下限', key: 'low', width: 12, numFmt: number },
      { header: '预测区间上限', key: 'high', width: 12, numFmt: number },
      { header: '预测日期', key: 'horizon', width: 12 },
      { header: '尚需每月', key: 'needed', width: 12, numFmt: number },
      { header: '数值来源', key: 'source', width: 10 },
      { header: '官方发布值', key: 'official', width: 12 },
      { header: '官方值日期', key: 'officialAsOf', width: 12 },
      { header: '官方来源文件', key: 'officialSource', width: 30 },
      { header: '差异（平台−官方）', key: 'difference', width: 14, numFmt: number },
      { header: '对账', key: 'reconciliation', width: 10 },
      { header: '口径版本', key: 'ruleVersion', width: 10 },
    ],
    rows: dashboard.targets.map((t) => ({
      group: t.group.title,
      name: t.name,
      value: t.value,
      unit: t.unit,
      comparison: comparisonNames[t.comparison] ?? t.comparison,
      target: t.forecast.target,
      attained: t.attainedPercent,
      status: statusNames[t.status] ?? t.status,
      statusRule: statusRuleNames[t.forecast.statusRule] ?? t.forecast.statusRule,
      window: t.forecast.currentYear ? `${t.forecast.currentYear.window.from} 至 ${t.forecast.currentYear.window.to}` : null,
      nextYear: t.nextYearSoFar?.value ?? null,
      forecast: t.forecast.forecast?.point ?? null,
      low: t.forecast.forecast?.low ?? null,
      high: t.forecast.forecast?.high ?? null,
      horizon: t.forecast.horizon,
      needed: t.status === 'achieved' || t.forecast.windowClosed ? null : t.forecast.neededPerMonth,
      source: sourceNames[t.valueSource] ?? t.valueSource,
      official: t.official?.official.value ?? null,
      officialAsOf: t.official?.official.asOf ?? null,
      officialSource: t.official?.official.sourceDocument ?? null,
      difference: t.official?.reconciliation.difference ?? null,
      reconciliation: t.official ? (reconciliationNames[t.official.reconciliation.status] ?? null) : null,
      ruleVersion: t.definition.ruleVersion,
    })),
  };
}

export function trendSheet(detail: IndicatorDetail): SheetData {
  return {
    name: `${detail.summary.code}-趋势`.slice(0, 31),
    columns: [
      { header: '期间', key: 'label', width: 12 },
      { header: '起', key: 'from', width: 12 },
      { header: '止', key: 'to', width: 12 },
      { header: '数值', key: 'value', width: 12, numFmt: number },
      { header: '分子（计数或金额）', key: 'numerator', width: 16 },
      { header: '分母', key: 'denominator', width: 10 },
      { header: '上年同期', key: 'previous', width: 12, numFmt: number },
      { header: '同比增减', key: 'change', width: 12, numFmt: number },
      { header: '同比（%）', key: 'changePercent', width: 12, numFmt: '0.0' },
      { header: '未满期', key: 'partial', width: 8 },
    ],
    rows: detail.trend.map((p) => ({
      label: p.label,
      from: p.from,
      to: p.to,
      value: p.value,
      numerator: p.numerator,
      denominator: p.denominator,
      previous: p.yearOnYear.previous,
      change: p.yearOnYear.change,
      changePercent: p.yearOnYear.changePercent,
      partial: p.partial ? '是' : '',
    })),
  };
}

const splitTitles = { region: '按镇街', industry: '按重点产业', enterprise: '按企业' } as const;

export function splitSheet(detail: IndicatorDetail): SheetData {
  const split = detail.split;
  return {
    name: `${detail.summary.code}-${split ? splitTitles[split.by] : '拆分'}`.slice(0, 31),
    columns: [
      { header: '名称', key: 'name', width: 30 },
      { header: '代码', key: 'key', width: 22 },
      { header: `数值（${split?.asOf ?? ''}）`, key: 'value', width: 14, numFmt: number },
      { header: '分子（计数或金额）', key: 'numerator', width: 16 },
      { header: '分母', key: 'denominator', width: 10 },
      { header: `上年同日（${split?.previousAsOf ?? ''}）`, key: 'previous', width: 16, numFmt: number },
      { header: '同比增减', key: 'change', width: 12, numFmt: number },
      { header: '同比（%）', key: 'changePercent', width: 12, numFmt: '0.0' },
    ],
    rows: (split?.rows ?? []).map((r) => ({
      name: r.countyLevelOnly ? `${r.name}（未细分到镇街）` : r.name || '（未标注）',
      key: r.key,
      value: r.value,
      numerator: r.numerator,
      denominator: r.denominator,
      previous: r.previous.value ?? r.previous.numerator,
      change: r.yearOnYear.change,
      changePercent: r.yearOnYear.changePercent,
    })),
  };
}

export function officialSheet(name: string, comparisons: readonly OfficialComparison[], regionName: (code: string) => string): SheetData {
  return {
    name: `${name}-官方值`.slice(0, 31),
    columns: [
      { header: '指标口径', key: 'indicator', width: 34 },
      { header: '地区', key: 'region', width: 16 },
      { header: '统计日期', key: 'asOf', width: 12 },
      { header: '官方发布值', key: 'official', width: 12 },
      { header: '单位', key: 'unit', width: 10 },
      { header: '来源文件', key: 'source', width: 34 },
      { header: '发布日期', key: 'publishedOn', width: 12 },
      { header: '发布机构', key: 'publisher', width: 20 },
      { header: '平台值', key: 'computed', width: 12, numFmt: number },
      { header: '差异（平台−官方）', key: 'difference', width: 14, numFmt: number },
      { header: '差异（%）', key: 'differencePercent', width: 10, numFmt: '0.0' },
      { header: '对账', key: 'status', width: 10 },
      { header: '口径版本', key: 'ruleVersion', width: 10 },
    ],
    rows: comparisons.map(({ official, computed, reconciliation }) => ({
      indicator: official.indicatorKey,
      region: regionName(official.region),
      asOf: official.asOf,
      official: official.value,
      unit: official.unit,
      source: official.sourceDocument,
      publishedOn: official.publishedOn,
      publisher: official.publisher,
      computed,
      difference: reconciliation.difference,
      differencePercent: reconciliation.differencePercent,
      status: reconciliationNames[reconciliation.status] ?? reconciliation.status,
      ruleVersion: reconciliation.ruleVersion,
    })),
  };
}

export function recordsSheet(records: RecordsBehind, rows: readonly TableRecord[]): SheetData {
  return {
    name: `${records.indicator}-明细`.slice(0, 31),
    columns: [{ header: '记录编号', key: 'id', width: 18, numFmt: '@' }, ...records.columns.map((c) => ({ header: c.zh, key: c.key, width: 18 }))],
    rows,
  };
}

const evidenceNames: Record<string, string> = { text: '说明', url: '网址', document: '文件' };

export function manualSheet(detail: IndicatorDetail, regionName: (code: string) => string): SheetData {
  return {
    name: `${detail.summary.code}-人工填报`.slice(0, 31),
    columns: [
      { header: '统计日期', key: 'asOf', width: 12 },
      { header: '地区', key: 'region', width: 16 },
      { header: '填报值', key: 'value', width: 12 },
      { header: '单位', key: 'unit', width: 8 },
      { header: '来源', key: 'source', width: 34 },
      { header: '佐证类型', key: 'evidenceKind', width: 10 },
      { header: '佐证', key: 'evidence', width: 40 },
      { header: '备注', key: 'note', width: 30 },
      { header: '填报人', key: 'by', width: 16 },
      { header: '填报时间', key: 'at', width: 22 },
    ],
    rows: detail.manualValues.map((m) => ({
      asOf: m.asOf,
      region: regionName(m.region),
      value: m.value,
      unit: m.unit,
      source: m.source,
      evidenceKind: evidenceNames[m.evidence.kind] ?? m.evidence.kind,
      evidence: m.evidence.text,
      note: m.note,
      by: m.updatedBy,
      at: m.updatedAt,
    })),
  };
}

const cell = (value: unknown) => (value === null || value === undefined ? null : typeof value === 'object' ? JSON.stringify(value) : String(value));

export function settingsSheet(detail: IndicatorDetail): SheetData {
  return {
    name: `${detail.summary.code}-口径设置`.slice(0, 31),
    columns: [
      { header: '设置', key: 'key', width: 24 },
      { header: '说明', key: 'description', width: 60 },
      { header: '采用值', key: 'value', width: 24 },
      { header: '默认值', key: 'default', width: 24 },
      { header: '本县设置', key: 'overridden', width: 10 },
      { header: '口径是否经官方确认', key: 'confirmed', width: 16 },
      { header: '口径版本', key: 'ruleVersion', width: 10 },
    ],
    rows: detail.settings.map((setting) => ({
      key: setting.key,
      description: setting.description.zh,
      value: cell(setting.value),
      default: cell(setting.default),
      overridden: setting.overridden ? '是' : '',
      confirmed: setting.confirmed ? '已确认' : '口径未经官方确认',
      ruleVersion: detail.rule.ruleVersion,
    })),
  };
}
