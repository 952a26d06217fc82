import { formatFenInUnit, type ExecutionRow } from '@ipcounty/domain';
import { Alert } from 'antd';
import { useCallback } from 'react';
import { useI18n } from '../i18n/locale-context.js';

// The budget's figures as the overview cards and the task ledgers show them, apart from the
// execution page's chart and table, so those pages load neither ECharts nor the table.

export const percent = (rate: number | null) => (rate === null ? '—' : `${(rate * 100).toFixed(1)}%`);

/** 万元 in Chinese (as budgets are written), yuan in English. */
export function useMoney(): (fen: number) => string {
  const { locale } = useI18n();
  return useCallback((fen: number) => (locale === 'en' ? `${Math.round(fen / 100).toLocaleString('en-US')} yuan` : `${Number(formatFenInUnit(fen, '万元')).toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 万元`), [locale]);
}

/** The pace warning: spend behind 序时进度 by more than the tolerance. */
export function PaceWarning({ row }: { row: ExecutionRow }) {
  const { t } = useI18n();
  const money = useMoney();
  if (!row.lagging) return null;
  return <Alert type="warning" showIcon data-testid="pace-warning" message={t('ledgers.funds.lagging', { execution: percent(row.executionRate), expected: percent(row.expectedRate), behind: money(row.behindBy) })} />;
}
