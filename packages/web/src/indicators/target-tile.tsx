import { Progress, Tag, Tooltip } from 'antd';
import { Link } from 'react-router-dom';
import type { TargetSummary } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { formatChange, formatNumber, statusColors, statusTagColors, withUnit } from './indicator-format.js';
import { Sparkline } from './sparkline.js';
import { NeededText, StatusRuleText, YearWindowLines } from './status-rule.js';

/** One target at a glance: value against target, status, trend, forecast, official value. */
export function TargetTile({ target, asOf }: { target: TargetSummary; asOf: string }) {
  const { t, locale } = useI18n();
  const forecast = target.forecast.forecast;
  const official = target.official;
  const color = statusColors[target.status];
  const percent = target.attainedPercent;
  return (
    <div className="target-tile" data-testid="target-tile" data-code={target.code} style={{ borderTopColor: color }}>
      <div className="target-tile-head">
        <Link to={`/indicators/${target.code}?asOf=${asOf}`} className="target-tile-name" data-testid="target-link">
          {target.name}
        </Link>
        <Tag color={statusTagColors[target.status]} bordered={false} data-testid="target-status">
          {t(`indicators.status.${target.status}`)}
        </Tag>
      </div>
      {locale === 'en' && target.nameEn && <div className="muted target-tile-en">{target.nameEn}</div>}
      <div className="target-tile-value">
        <span className="target-tile-number" data-testid="target-value">
          {formatNumber(target.value)}
        </span>
        <span className="target-tile-unit">{target.value === null ? '' : unitLabel(target.unit, t)}</span>
        <span className="muted target-tile-target">
          {t('indicators.targetLine', { comparison: t(`comparison.${target.comparison}`), target: withUnit(target.forecast.target, unitLabel(target.unit, t)) })}
        </span>
      </div>
      <YearWindowLines target={target} />
      <div className="target-tile-line muted target-tile-rule">
        <StatusRuleText target={target} />
      </div>
      <Progress percent={Math.min(100, Math.max(0, percent ?? 0))} showInfo={false} strokeColor={color} size="small" />
      <div className="target-tile-attained muted">
        {percent === null ? t('indicators.noValue') : t('indicators.attained', { percent: formatNumber(percent, 1) })}
        {target.valueSource === 'manual' && <Tag bordered={false}>{t('indicators.source.manual')}</Tag>}
        {target.valueSource === 'official' && <Tag bordered={false}>{t('indicators.source.official')}</Tag>}
        {target.valueSource === 'survey' && (
          <Tooltip title={t('survey.tileSourceHint')}>
            <Tag bordered={false} color="blue" data-testid="target-source-survey">
              {t('survey.tileSource')}
            </Tag>
          </Tooltip>
        )}
        {target.definition.unconfirmedSettings > 0 && (
          <Tooltip title={t('indicators.unconfirmedHint')}>
            <Tag bordered={false} color="gold">
              {t('indicators.unconfirmedShort')}
            </Tag>
          </Tooltip>
        )}
      </div>
      <Sparkline points={target.sparkline} color={color} />
      <div className="target-tile-line">
        {forecast ? (
          <Tooltip title={t(`indicators.method.${methodOf(target.kind)}`)}>
            <span>
              {t('indicators.forecastLine', {
                horizon: target.forecast.horizon,
                point: formatNumber(forecast.point),
                low: formatNumber(forecast.low),
                high: formatNumber(forecast.high),
              })}
            </span>
          </Tooltip>
        ) : (
          <span className="muted">{t('indicators.noForecast')}</span>
        )}
      </div>
      <div className="target-tile-line muted">
        <NeededText target={target} />
      </div>
      <EstimateLine target={target} />
      <div className="target-tile-line" data-testid="target-official">
        {official ? (
          <span>
            {t('indicators.officialLine', { value: formatNumber(official.official.value, 4), asOf: official.official.asOf })}{' '}
            <Tag bordered={false} color={official.reconciliation.status === 'agrees' ? 'green' : official.reconciliation.status === 'differs' ? 'red' : 'default'}>
              {official.reconciliation.difference === null
                ? t(`indicators.reconciliation.${official.reconciliation.status}`)
                : `${t(`indicators.reconciliation.${official.reconciliation.status}`)} ${formatChange(official.reconciliation.difference, 4)}`}
            </Tag>
          </span>
        ) : (
          <span className="muted">{t('indicators.noOfficial')}</span>
        )}
      </div>
    </div>
  );
}

/** The forecast's method by kind, as forecastTarget fits it. */
export function methodOf(kind: TargetSummary['kind']): 'level' | 'cumulative' | 'flow' {
  return kind === 'annual-flow' ? 'flow' : kind === 'cumulative' || kind === 'new-since-baseline' ? 'cumulative' : 'level';
}

/**
 * The tile's line: the platform's estimate beside the official or entered value. Kept with the tile,
 * apart from the detail page's estimate card, so the dashboard does not load that card's table.
 */
function EstimateLine({ target }: { target: TargetSummary }) {
  const { t } = useI18n();
  const estimate = target.estimate;
  if (!estimate) return null;
  return (
    <div className="target-tile-line" data-testid="target-estimate">
      {estimate.share === null
        ? t('indicators.estimate.lineMissing', { reason: t(`indicators.estimate.missing.${estimate.missing ?? 'no-gdp'}`) })
        : t('indicators.estimate.line', { year: estimate.year, share: withUnit(estimate.share, '%') })}
    </div>
  );
}
