import type { Indicator, TargetGroup } from '@ipcounty/domain';
import { Card, Grid, Table, Tag, Tooltip, type TableColumnsType } from 'antd';
import { useMemo } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { usePlan } from '../plan/plan-context.js';

interface TargetRow {
  indicator: Indicator;
  group: TargetGroup;
  /** Rows the group cell spans: its size on the group's first row, 0 on the others. */
  groupSpan: number;
}

function rowsOf(groups: TargetGroup[]): TargetRow[] {
  return groups.flatMap((group) =>
    group.indicators.map((indicator, index) => ({
      indicator,
      group,
      groupSpan: index === 0 ? group.indicators.length : 0,
    })),
  );
}

/** "40 件", "80%": percentages and scores read without a space in Chinese. */
function targetValue(indicator: Indicator, t: ReturnType<typeof useI18n>['t']): string {
  return indicator.unit === '%' ? `${indicator.target}%` : `${indicator.target} ${unitLabel(indicator.unit, t)}`;
}

/** 发展目标: the plan's quantitative targets under its goal headings, as written. */
export function TargetsCard() {
  const { t, locale } = useI18n();
  const { plan } = usePlan();
  const rows = useMemo(() => rowsOf(plan.targetGroups), [plan.targetGroups]);
  // On a phone the plan's own sentence (which repeats the name and the figure) gives way, the
  // requirement joins the figure ("不低于 80%") so both show beside the name, and the columns keep
  // widths they can be read at, the table scrolling in its card rather than squeezing the
  // indicator's name to a character a line.
  const phone = Grid.useBreakpoint().md === false;
  const nameWidth = phone ? 170 : 200;
  const planTextWidth = 240;

  const columns: TableColumnsType<TargetRow> = [
    {
      key: 'group',
      title: t('targets.group'),
      width: phone ? 84 : 150,
      onCell: (row) => ({ rowSpan: row.groupSpan }),
      render: (_, row) => (
        <Tooltip title={row.group.text} placement="right" overlayClassName="wide-tooltip">
          <span className="target-group">{row.group.title}</span>
        </Tooltip>
      ),
    },
    {
      key: 'name',
      title: t('targets.name'),
      render: (_, { indicator }) => (
        <div>
          <div data-testid="target-name">{indicator.name}</div>
          {locale === 'en' && indicator.nameEn && <div className="muted target-name-en">{indicator.nameEn}</div>}
        </div>
      ),
    },
    {
      key: 'comparison',
      title: t('targets.comparison'),
      responsive: ['md'],
      width: locale === 'en' ? 110 : 80,
      render: (_, { indicator }) => t(`comparison.${indicator.comparison}`),
    },
    {
      key: 'target',
      title: t('targets.target'),
      width: 110,
      align: 'right',
      render: (_, { indicator }) => (
        <>
          {phone && <div className="muted">{t(`comparison.${indicator.comparison}`)}</div>}
          <span className="target-value" data-testid="target-value">
            {targetValue(indicator, t)}
          </span>
        </>
      ),
    },
    {
      key: 'kind',
      title: t('targets.kind'),
      width: locale === 'en' ? 150 : 80,
      render: (_, { indicator }) => <Tag bordered={false}>{t(`indicatorKind.${indicator.kind}`)}</Tag>,
    },
    {
      key: 'planText',
      title: t('targets.planText'),
      responsive: ['md'],
      ellipsis: { showTitle: true },
      render: (_, { indicator }) => <span className="muted">{indicator.planText}</span>,
    },
  ];

  return (
    <Card size="small" title={t('targets.title')} styles={{ body: { padding: 0 } }}>
      <Table<TargetRow>
        data-testid="targets-table"
        size="small"
        bordered
        pagination={false}
        rowKey={(row) => row.indicator.code}
        columns={columns}
        dataSource={rows}
        tableLayout="fixed"
        scroll={{ x: columns.reduce((sum, column) => sum + (typeof column.width === 'number' && !(phone && column.responsive) ? column.width : 0), nameWidth + (phone ? 0 : planTextWidth)) }}
      />
    </Card>
  );
}
