import type { FigureWarning, TargetWarning, UnservedTargetWarning, WorkItemWarning } from '@ipcounty/domain';
import { Alert, Collapse, List, Tag } from 'antd';
import type { WorkItemRow } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';
import { unitLabel } from '../../i18n/unit-label.js';
import type { MessageKey } from '../../i18n/zh-CN.js';
import { usePlan } from '../../plan/plan-context.js';

type PlanTargetWarning = TargetWarning | UnservedTargetWarning;

const targetKeys: Partial<Record<PlanTargetWarning['code'], MessageKey>> = {
  'no-annual-targets': 'supervision.warning.no-annual-targets',
  'missing-year': 'supervision.warning.missing-year',
  'differs-from-plan': 'supervision.warning.differs-from-plan',
  'final-year-short': 'supervision.warning.final-year-short',
  'year-short': 'supervision.warning.year-short',
  'sum-short': 'supervision.warning.sum-short',
  'remaining-needed': 'supervision.warning.remaining-needed',
  'target-decreases': 'supervision.warning.target-decreases',
  'regions-short': 'supervision.warning.regions-short',
  'regions-not-additive': 'supervision.warning.regions-not-additive',
  'target-not-served': 'supervision.warning.target-not-served',
  'target-only-reported': 'supervision.warning.target-only-reported',
};

const itemKeys: Partial<Record<WorkItemWarning['code'] | FigureWarning['code'], MessageKey>> = {
  'no-lead-unit': 'supervision.warning.no-lead-unit',
  'deadline-outside-year': 'supervision.warning.deadline-outside-year',
  'deadline-outside-period': 'supervision.warning.deadline-outside-period',
  'milestone-after-deadline': 'supervision.warning.milestone-after-deadline',
  'lead-also-cooperating': 'supervision.warning.lead-also-cooperating',
  'unknown-figure': 'supervision.warning.unknown-figure',
};

/** 一致性检查: the plan's consistency warnings in words, with the numbers that raised them. */
export function PlanWarnings({ items, itemWarnings, targetWarnings }: { items: WorkItemRow[]; itemWarnings: (WorkItemWarning | FigureWarning)[]; targetWarnings: PlanTargetWarning[] }) {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const indicators = new Map(plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, i]));

  const targetText = (w: PlanTargetWarning) => {
    const key = targetKeys[w.code];
    const indicator = indicators.get(w.indicatorCode);
    if (!key || !indicator) return w.message;
    return t(key, { indicator: (locale === 'en' && indicator.nameEn) || indicator.name, unit: unitLabel(indicator.unit, t), year: w.year ?? '', ...w.numbers });
  };
  const itemText = (w: WorkItemWarning | FigureWarning) => {
    const key = itemKeys[w.code];
    const item = items.find((i) => i.id === w.itemId);
    if (!key || !item) return w.message;
    return t(key, { title: item.title, deadline: item.deadline, year: item.year });
  };

  const warnings = [...itemWarnings.map((w) => ({ severity: 'warning' as const, text: itemText(w), key: `${w.itemId}:${w.code}:${w.message}` })), ...targetWarnings.map((w) => ({ severity: w.severity, text: targetText(w), key: `${w.indicatorCode}:${w.code}:${w.year ?? ''}` }))];
  if (warnings.length === 0) return <Alert type="success" showIcon message={t('supervision.warning.none')} data-testid="plan-warnings" />;
  const count = warnings.filter((w) => w.severity === 'warning').length;
  return (
    <Collapse
      size="small"
      data-testid="plan-warnings"
      items={[
        {
          key: 'warnings',
          label: (
            <span>
              {t('supervision.warning.title')} <Tag color={count ? 'warning' : 'default'}>{t('supervision.warning.count', { warnings: count, notes: warnings.length - count })}</Tag>
            </span>
          ),
          children: (
            <List
              size="small"
              dataSource={warnings}
              renderItem={(w) => (
                <List.Item key={w.key} data-testid="plan-warning">
                  <Tag color={w.severity === 'warning' ? 'warning' : 'blue'}>{t(w.severity === 'warning' ? 'supervision.warning.warning' : 'supervision.warning.info')}</Tag>
                  {w.text}
                </List.Item>
              )}
            />
          ),
        },
      ]}
    />
  );
}
