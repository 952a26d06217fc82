import { Grid, List, Table, type TableColumnType } from 'antd';
import type { ReactNode } from 'react';
import type { FigureRow } from '../api/supervision.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { PaceTag } from './pace-tag.js';
import { useFigureName, useIndicatorUnit } from './supervision-labels.js';

/** A column of the reader's perspective: titled in words, as wide as it says. */
export type FigureColumn = TableColumnType<FigureRow> & { title: string; width: number };

/** The narrowest the target's name may get before the table scrolls sideways instead. */
const nameMinWidth = 240;

/**
 * The plan's targets as a workspace lists them: the target's name first and its pace (统计预测 or
 * 报送趋势) last, with the columns of the reader's perspective between. On a phone each target is a
 * block of its own, its name on a line of its own: in a column beside the others a long English
 * name would stand one word to a line.
 */
export function FiguresTable({ figures, columns, paceWidth, empty }: { figures: readonly FigureRow[]; columns: FigureColumn[]; paceWidth: number; empty?: ReactNode }) {
  const { t } = useI18n();
  const figureName = useFigureName();
  const indicatorUnit = useIndicatorUnit();
  const phone = Grid.useBreakpoint().md === false;
  const pace = (f: FigureRow) =>
    f.pace && f.pace.state !== 'no-data' ? <PaceTag pace={f.pace} unit={indicatorUnit(f.code)} /> : <span className="muted">{t('supervision.pace.no-data')}</span>;
  const emptyText = empty === undefined ? {} : { locale: { emptyText: empty } };

  if (phone)
    return (
      <List<FigureRow>
        size="small"
        rowKey="code"
        dataSource={[...figures]}
        {...emptyText}
        renderItem={(f, index) => (
          <List.Item className="report-item" data-testid="figure-item">
            <div className="report-item-title" data-testid="figure-name">
              {figureName(f.code)}
            </div>
            <div className="report-item-meta">
              {columns.map((column) => (
                <span key={column.title} className="figure-item-field">
                  <span className="muted">{column.title}</span>
                  {column.render?.(undefined, f, index) as ReactNode}
                </span>
              ))}
              {pace(f)}
            </div>
          </List.Item>
        )}
      />
    );

  // Where the screen is too narrow for every column, the name keeps room for a few words a line and the table scrolls in its card.
  const fixedWidth = columns.reduce((sum, column) => sum + column.width, paceWidth);
  return (
    <Table<FigureRow>
      size="small"
      rowKey="code"
      pagination={false}
      dataSource={figures}
      scroll={{ x: fixedWidth + nameMinWidth }}
      {...emptyText}
      columns={[
        { title: t('supervision.col.indicator'), width: nameMinWidth, render: (_, f) => <span data-testid="figure-name">{figureName(f.code)}</span> },
        ...columns,
        { title: t('supervision.col.pace'), width: paceWidth, render: (_, f) => pace(f) },
      ]}
    />
  );
}
