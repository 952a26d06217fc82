import type { DeadlineStatus, EscalationLevel, FormTimeliness, Light, ReportState } from '@ipcounty/domain';
import { Tag, Tooltip } from 'antd';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { usePlan } from '../plan/plan-context.js';

export const lightColor: Record<Light, string> = { green: 'success', yellow: 'warning', red: 'error' };
/** 提醒 / 催办 / 督办, mildest to sternest. */
export const levelColor: Record<EscalationLevel, string> = { reminder: 'gold', urge: 'orange', supervise: 'red' };

/** A unit's name from the plan (the code when the plan does not have it). */
export function useUnitName(): (code: string | null | undefined) => string {
  const { plan } = usePlan();
  const names = new Map(plan.units.map((u) => [u.code, u.name]));
  return (code) => (code ? (names.get(code) ?? code) : '—');
}

/** An indicator's or figure's name in the interface language. */
export function useFigureName(): (code: string) => string {
  const { plan } = usePlan();
  const { locale } = useI18n();
  const indicators = new Map(plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, i]));
  return (code) => {
    const indicator = indicators.get(code);
    if (indicator) return (locale === 'en' && indicator.nameEn) || indicator.name;
    return code === 'training-sessions' ? (locale === 'en' ? 'IP training sessions held' : '举办知识产权培训场次') : code;
  };
}

/** An indicator's unit of measure in the reader's language (人次, 件, %), for figures and pace; '' for a code the plan lacks. */
export function useIndicatorUnit(): (code: string) => string {
  const { plan } = usePlan();
  const { t } = useI18n();
  const units = new Map(plan.targetGroups.flatMap((g) => g.indicators).map((i) => [i.code, unitLabel(i.unit, t)]));
  return (code) => units.get(code) ?? '';
}

/** 绿/黄/红: a work item's state today, with the days left or overdue. */
export function StatusLight({ status }: { status: DeadlineStatus }) {
  const { t } = useI18n();
  const text =
    status.state === 'completed'
      ? t('supervision.state.completed')
      : status.state === 'overdue'
        ? // Which deadline is overdue: a missed milestone says so, not only in a tooltip.
          status.milestone
          ? t('supervision.state.milestoneOverdue', { milestone: status.milestone, days: status.daysOverdue })
          : t('supervision.state.overdue', { days: status.daysOverdue })
        : status.state === 'due-soon'
          ? status.milestone
            ? status.daysLeft === 0
              ? t('supervision.state.milestoneDueToday', { milestone: status.milestone })
              : t('supervision.state.milestoneDueSoon', { milestone: status.milestone, days: status.daysLeft })
            : status.daysLeft === 0
              ? t('supervision.state.dueToday')
              : t('supervision.state.dueSoon', { days: status.daysLeft })
          : t('supervision.state.onTrack', { days: status.daysLeft });
  const tag = (
    <Tag color={lightColor[status.light]} data-testid="status-light" data-light={status.light}>
      {text}
    </Tag>
  );
  return status.milestone ? <Tooltip title={t('supervision.state.milestone', { milestone: status.milestone, date: status.deadline })}>{tag}</Tooltip> : tag;
}

const stateColor: Record<ReportState, string> = { draft: 'default', submitted: 'processing', returned: 'warning', approved: 'success' };

export function ReportStateTag({ state }: { state: ReportState }) {
  const { t } = useI18n();
  return (
    <Tag color={stateColor[state]} data-testid="report-state" data-state={state}>
      {t(`supervision.report.${state}`)}
    </Tag>
  );
}

/** 按时 / 迟报N天 / 待报 / 逾期未报N天 */
export function TimelinessTag({ timeliness }: { timeliness: FormTimeliness }) {
  const { t } = useI18n();
  switch (timeliness.status) {
    case 'on-time':
      return <Tag color="success">{t('supervision.timeliness.onTime')}</Tag>;
    case 'late':
      return <Tag color="warning">{t('supervision.timeliness.late', { days: timeliness.daysLate })}</Tag>;
    case 'pending':
      return <Tag>{t('supervision.timeliness.pending')}</Tag>;
    case 'missing':
      return <Tag color="error">{t('supervision.timeliness.missing', { days: timeliness.daysOverdue })}</Tag>;
  }
}

/**
 * A round's name in the interface language: the periodic rounds' ids say what they are ('2026-Q3',
 * '2026-03'); an ad-hoc round keeps the name the office gave it.
 */
export function useRoundLabel(): (round: { id: string; label: string }) => string {
  const { locale } = useI18n();
  return ({ id, label }) => {
    if (locale !== 'en') return label;
    const quarter = /^(\d{4})-Q([1-4])$/.exec(id);
    if (quarter) return `Q${quarter[2]} ${quarter[1]}`;
    const month = /^(\d{4})-(\d{2})$/.exec(id);
    if (month) return new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1)).toLocaleDateString('en', { month: 'long', year: 'numeric', timeZone: 'UTC' });
    return label;
  };
}

export const percent = (share: number | null) => (share === null ? '—' : `${Math.round(share * 1000) / 10}%`);
