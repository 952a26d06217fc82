import { Tooltip } from 'antd';
import type { TargetSummary } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { formatNumber, withUnit } from './indicator-format.js';

/** The rule of the domain's targetStatus that gave the status, with its numbers (the card states it). */
export function StatusRuleText({ target }: { target: TargetSummary }) {
  const { t } = useI18n();
  const f = target.forecast;
  const values = {
    value: withUnit(f.current, unitLabel(target.unit, t)),
    target: withUnit(f.target, unitLabel(target.unit, t)),
    comparison: t(`comparison.${target.comparison}`),
    horizon: f.horizon,
    point: formatNumber(f.forecast?.point),
    low: formatNumber(f.forecast?.low),
    high: formatNumber(f.forecast?.high),
  };
  return (
    <Tooltip title={t('indicators.statusRulesAll')}>
      <span data-testid="target-status-rule">{t(`indicators.statusRule.${f.statusRule}`, values)}</span>
    </Tooltip>
  );
}

/**
 * What is still missing: per month while whole months remain, else the days left, else that the
 * period ended short; for a share or a score, which do not add up month by month, the gap itself.
 * Nothing once met.
 */
export function NeededText({ target }: { target: TargetSummary }) {
  const { t } = useI18n();
  const f = target.forecast;
  if (target.status === 'achieved' || f.current === null || f.gap <= 0) return null;
  const gap = withUnit(f.gap, unitLabel(target.unit, t));
  if (target.kind === 'share' || target.kind === 'survey-score') return <>{t('indicators.gap', { amount: gap })}</>;
  if (f.windowClosed) return <>{t('indicators.needed.closed', { gap })}</>;
  if (f.monthsRemaining >= 1) return <>{t('indicators.needed.months', { gap, amount: withUnit(f.neededPerMonth, unitLabel(target.unit, t)), count: f.monthsRemaining })}</>;
  return <>{t('indicators.needed.days', { gap, days: f.daysRemaining })}</>;
}

/** An annual flow's judged year, and from 16 December what already counts toward the next one. */
export function YearWindowLines({ target }: { target: TargetSummary }) {
  const { t } = useI18n();
  const year = target.forecast.currentYear;
  const next = target.nextYearSoFar;
  if (!year) return null;
  return (
    <>
      <div className="target-tile-line muted" data-testid="target-year-window">
        {t('indicators.yearWindow', { label: year.year, from: year.window.from, to: year.window.to })}
      </div>
      {next && (
        <div className="target-tile-line" data-testid="target-next-year">
          {t('indicators.nextYearSoFar', { year: next.year, from: next.from, value: withUnit(next.value, unitLabel(target.unit, t)) })}
        </div>
      )}
    </>
  );
}
