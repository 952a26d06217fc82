import { Table, type TableColumnsType } from 'antd';
import type { ReactNode } from 'react';
import type { FigureRow } from '../api/supervision.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { PaceTag } from './pace-tag.js';
import { useFigureName, useIndicatorUnit } from './supervision-labels.js';

/**
 * The plan's targets as a workspace lists them: the target's name first and its pace (统计预测 or
 * 报送趋势) last, with the columns of the reader's perspective between.
 */
export function FiguresTable({ figures, columns, paceWidth, empty }: { figures: readonly FigureRow[]; columns: TableColumnsType<FigureRow>; paceWidth: number; empty?: ReactNode }) {
  const { t } = useI18n();
  const figureName = useFigureName();
  const indicatorUnit = useIndicatorUnit();
  return (
    <Table<FigureRow>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={figures}
      {...(empty === undefined ? {} : { locale: { emptyText: empty } })}
      columns={[
        { title: t('supervision.col.indicator'), render: (_, f) => figureName(f.code) },
        ...columns,
        {
          title: t('supervision.col.pace'),
          width: paceWidth,
          render: (_, f) =>
            f.pace && f.pace.state !== 'no-data' ? <PaceTag pace={f.pace} unit={indicatorUnit(f.code)} /> : <span className="muted">{t('supervision.pace.no-data')}</span>,
        },
      ]}
    />
  );
}
