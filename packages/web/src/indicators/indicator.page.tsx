import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Descriptions, Row, Select, Spin, Statistic, Tag, Typography } from 'antd';
import { useCallback, useState, type ReactNode } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { fetchIndicator, indicatorDownloads, type DetailQuery, type Granularity, type IndicatorDetail, type RecordsSelection, type SplitDimension } from '../api/indicators.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { townsSummed } from '@ipcounty/domain';
import { usePlan } from '../plan/plan-context.js';
import { useMe } from '../session/session-context.js';
import { AsOfPicker } from './as-of-picker.js';
import { formatChange, formatNumber, statusTagColors, withUnit } from './indicator-format.js';
import { HighValueGroundsCard } from './high-value-grounds-card.js';
import { ManualValuesCard } from './manual-values-card.js';
import { PatentIntensiveEstimateCard } from './patent-intensive-estimate.js';
import { OfficialValuesCard } from './official-values-card.js';
import { RecordsDrawer, type RecordsRequest } from './records-drawer.js';
import { RuleCard } from './rule-card.js';
import { SplitCard } from './split-card.js';
import { NeededText, StatusRuleText } from './status-rule.js';
import { methodOf } from './target-tile.js';
import { TrendCard } from './trend-card.js';
import './indicators.css';
import { PresumedLapsesNotice } from '../registers/presumed-lapses-notice.js';

/** The engine's notes on a value it could not compute, in the interface's words. */
const noteKeys: Record<string, MessageKey> = {
  'reported indicator: no official value on or before this date': 'indicators.note.noOfficial',
  'no records in the denominator': 'indicators.note.noDenominator',
  'no population figure for the region and year': 'indicators.note.noPopulation',
};

const dimensionOf: Record<string, SplitDimension> = { region: 'region', 'key-industry': 'industry', enterprise: 'enterprise' };

/** One indicator: its value and forecast, trend, split, 统计口径 with settings, and official values. */
export function IndicatorPage() {
  const { code = '' } = useParams();
  const { t, locale } = useI18n();
  const { plan, health } = usePlan();
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const [records, setRecords] = useState<RecordsRequest | null>(null);

  const asOf = params.get('asOf') ?? undefined;
  const granularity = (params.get('granularity') as Granularity | null) ?? 'month';
  const by = (params.get('by') as SplitDimension | null) ?? 'region';
  const region = params.get('region') ?? undefined;
  const offset = Number(params.get('offset') ?? 0);
  const limit = Number(params.get('limit') ?? (by === 'region' ? 1000 : 10));
  const query: DetailQuery = { granularity, by, offset, limit, ...(asOf ? { asOf } : {}), ...(region ? { region } : {}) };
  const queryKey = JSON.stringify(query);

  const load = useCallback((signal: AbortSignal) => fetchIndicator(code, JSON.parse(queryKey) as DetailQuery, signal), [code, queryKey]);
  const resource = useResource(load);

  const update = (changes: Record<string, string | number | undefined>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) next.delete(key);
      else next.set(key, String(value));
    }
    setParams(next, { replace: true });
  };

  if (resource.state === 'loading') return <Spin className="page-status" size="large" />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} action={<Link to="/indicators">{t('indicators.back')}</Link>} />;
  const detail = resource.data;
  const summary = detail.summary;
  const today = health.today;
  const canEdit = me.can('registers.write');
  const exports = me.can('exports.run');
  const supported = detail.rule.dimensions.map((d) => dimensionOf[d]).filter((d): d is SplitDimension => d !== undefined);
  const effectiveBy = supported.includes(by) ? by : (supported[0] ?? 'region');
  const open = (selection: RecordsSelection, label: string) => setRecords({ code, asOf: detail.asOf, selection, label });

  return (
    <div className="stack indicators" data-testid="indicator-page">
      <div className="page-title">
        <div>
          <Link to={`/indicators${asOf ? `?asOf=${asOf}` : ''}`} className="muted">
            <ArrowLeftOutlined /> {t('indicators.back')}
          </Link>
          <Typography.Title level={1} data-testid="indicator-name">
            {summary.name}
          </Typography.Title>
          <div className="muted">
            {summary.group.title}
            {locale === 'en' && summary.nameEn && ` · ${summary.nameEn}`}
          </div>
        </div>
        <div className="indicators-tools">
          <span className="as-of-picker">
            <span className="muted">{t('indicators.region')}</span>
            <Select
              size="middle"
              value={detail.region.code}
              style={{ minWidth: 160 }}
              onChange={(value) => update({ region: value === plan.regions[0]?.code ? undefined : value })}
              options={plan.regions.map((r) => ({ value: r.code, label: r.name }))}
              data-testid="region-select"
            />
          </span>
          <AsOfPicker value={detail.asOf} today={today} onChange={(next) => update({ asOf: next === today ? undefined : next })} />
        </div>
      </div>

      <PresumedLapsesNotice asOf={detail.asOf} indicator={summary.definition.key} />

      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <ValueCard detail={detail} onOpen={open} />
        </Col>
        <Col xs={24} xl={10}>
          <ForecastCard detail={detail} />
        </Col>
      </Row>

      <PatentIntensiveEstimateCard detail={detail} />

      <TrendCard
        detail={detail}
        granularity={granularity}
        onGranularity={(g) => update({ granularity: g === 'month' ? undefined : g })}
        exportHref={exports ? indicatorDownloads.table(code, 'trend', query) : null}
      />

      {supported.length > 0 && (
        <SplitCard
          detail={detail}
          by={effectiveBy}
          onBy={(next) => update({ by: next === 'region' ? undefined : next, offset: undefined, limit: undefined })}
          page={{ offset, limit }}
          onPage={(page) => update({ offset: page.offset || undefined, limit: page.limit })}
          onOpen={open}
          exportHref={exports ? indicatorDownloads.table(code, 'split', { ...query, offset: 0, limit: 100_000 }) : null}
        />
      )}

      <HighValueGroundsCard detail={detail} />
      <RuleCard detail={detail} canEdit={canEdit} onSaved={() => resource.reload()} exportHref={exports ? indicatorDownloads.table(code, 'settings', query) : null} />
      {detail.rule.formula === 'reported' && (
        <ManualValuesCard detail={detail} canEdit={canEdit} onSaved={() => resource.reload()} exportHref={exports ? indicatorDownloads.table(code, 'manual', query) : null} />
      )}
      <OfficialValuesCard detail={detail} canEdit={canEdit} onSaved={() => resource.reload()} exportHref={exports ? indicatorDownloads.table(code, 'official', query) : null} />
      <RecordsDrawer request={records} onClose={() => setRecords(null)} />
    </div>
  );
}

/** The value at the date for the region, and what it is made of; its count opens the records. */
function ValueCard({ detail, onOpen }: { detail: IndicatorDetail; onOpen: (selection: RecordsSelection, label: string) => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { summary, current } = detail;
  const reported = detail.rule.formula === 'reported';
  const isCounty = !plan.regions.find((r) => r.code === detail.region.code)?.parent;
  const selection: RecordsSelection = { region: detail.region.code };
  const evidence = reported ? reportedEvidence(detail, t) : null;
  const noteKey = current.note && !reported ? noteKeys[current.note] : undefined;
  const populationSource = (source: string) => {
    const towns = townsSummed(source);
    return towns === undefined ? source : t('indicators.value.townsSum', { count: towns });
  };
  return (
    <Card size="small" title={t('indicators.value.title', { region: detail.region.name, asOf: detail.asOf })} data-testid="value-card">
      <div className="value-row">
        <Statistic value={current.value === null ? '—' : formatNumber(current.value)} suffix={current.value === null ? undefined : unitLabel(summary.unit, t)} data-testid="indicator-value" />
        <div className="value-meta">
          <Tag color={statusTagColors[summary.status]} bordered={false}>
            {t(`indicators.status.${summary.status}`)}
          </Tag>
          <span className="muted">
            {t('indicators.targetLine', { comparison: t(`comparison.${summary.comparison}`), target: withUnit(summary.forecast.target, unitLabel(summary.unit, t)) })}
          </span>
          {isCounty && summary.attainedPercent !== null && <span className="muted">{t('indicators.attained', { percent: formatNumber(summary.attainedPercent, 1) })}</span>}
        </div>
      </div>
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t(reported ? 'indicators.value.entries' : 'indicators.value.numerator')}>
          {reported ? (
            formatNumber(current.numerator, 4)
          ) : (
            <a data-testid="value-count" onClick={() => onOpen(selection, `${detail.region.name} · ${formatNumber(current.numerator)}`)}>
              {formatNumber(current.numerator)}
            </a>
          )}
          {current.denominator !== null && (
            <span>
              {'\u00a0/\u00a0'}
              <a onClick={() => onOpen({ ...selection, part: 'denominator' }, `${detail.region.name} · ${t('indicators.value.denominator')} ${formatNumber(current.denominator)}`)}>
                {formatNumber(current.denominator)}
              </a>
            </span>
          )}
        </Descriptions.Item>
        {current.population && (
          <Descriptions.Item label={t('indicators.value.population')}>
            {t('indicators.value.populationText', { persons: formatNumber(current.population.persons), year: current.population.year, source: populationSource(current.population.source) })}
            {current.population.fallback && <Tag bordered={false} color="gold">{t('indicators.value.populationFallback')}</Tag>}
          </Descriptions.Item>
        )}
        {current.window && <Descriptions.Item label={t('indicators.value.window')}>{`${current.window.from} – ${current.window.to}`}</Descriptions.Item>}
        {current.unattributed > 0 && <Descriptions.Item label={t('indicators.value.unattributed')}>{formatNumber(current.unattributed)}</Descriptions.Item>}
        {noteKey && <Descriptions.Item label={t('indicators.value.note')}>{t(noteKey)}</Descriptions.Item>}
        {evidence && <Descriptions.Item label={t('indicators.manual.evidence')}>{evidence}</Descriptions.Item>}
        <Descriptions.Item label={t('indicators.value.planText')}>{summary.planText}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

/** A reported value's latest entry on or before the date: who reported it, from what, with which evidence. */
function reportedEvidence(detail: IndicatorDetail, t: ReturnType<typeof useI18n>['t']): ReactNode {
  const latest = <T extends { asOf: string; region: string }>(values: readonly T[]) =>
    values.filter((v) => v.region === detail.region.code && v.asOf <= detail.asOf).sort((a, b) => (a.asOf < b.asOf ? 1 : -1))[0];
  const manual = latest(detail.manualValues);
  const official = latest(detail.officialValues.map((o) => o.official));
  // The score of the county's own closed satisfaction survey: its method is on the survey's page.
  if (detail.summary.valueSource === 'survey')
    return (
      <span data-testid="value-evidence">
        {t('survey.tileSourceHint')} <Link to="/survey">{t('nav.survey')}</Link>
      </span>
    );
  if (manual && (!official || manual.asOf >= official.asOf)) {
    return (
      <span data-testid="value-evidence">
        {t('indicators.evidence', { source: manual.source, asOf: manual.asOf })}
        {manual.evidence.kind === 'url' ? (
          <a href={manual.evidence.text} target="_blank" rel="noreferrer noopener">
            {' '}
            {manual.evidence.text}
          </a>
        ) : (
          ` · ${manual.evidence.text}`
        )}
      </span>
    );
  }
  return official ? <span data-testid="value-evidence">{t('indicators.evidence', { source: official.sourceDocument, asOf: official.asOf })}</span> : null;
}

/** Where the county's target is heading by the plan's end. */
function ForecastCard({ detail }: { detail: IndicatorDetail }) {
  const { t } = useI18n();
  const { summary } = detail;
  const f = summary.forecast;
  return (
    <Card size="small" title={t('indicators.forecast.title', { horizon: f.horizon })} data-testid="forecast-card">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('indicators.forecast.point')}>
          {f.forecast ? (
            <span>
              <strong>{withUnit(f.forecast.point, unitLabel(summary.unit, t))}</strong>
              <span className="muted"> {t('indicators.forecast.interval', { low: formatNumber(f.forecast.low), high: formatNumber(f.forecast.high) })}</span>
            </span>
          ) : (
            t('indicators.noForecast')
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.forecast.current')}>{withUnit(f.current, unitLabel(summary.unit, t))}</Descriptions.Item>
        <Descriptions.Item label={t('indicators.statusRuleLabel')}>
          <StatusRuleText target={summary} />
        </Descriptions.Item>
        {summary.status !== 'achieved' && f.gap > 0 && f.current !== null && (
          <Descriptions.Item label={t('indicators.forecast.needed')}>
            <NeededText target={summary} />
          </Descriptions.Item>
        )}
        {f.currentYear && (
          <Descriptions.Item label={t('indicators.yearWindowLabel')}>
            {t('indicators.yearWindow', { label: f.currentYear.year, from: f.currentYear.window.from, to: f.currentYear.window.to })}
          </Descriptions.Item>
        )}
        {summary.nextYearSoFar && (
          <Descriptions.Item label={t('indicators.nextYearLabel')}>
            {t('indicators.nextYearSoFar', { year: summary.nextYearSoFar.year, from: summary.nextYearSoFar.from, value: withUnit(summary.nextYearSoFar.value, unitLabel(summary.unit, t)) })}
          </Descriptions.Item>
        )}
        {f.planEndYear && (
          <Descriptions.Item label={t('indicators.forecast.planEndYear', { year: f.planEndYear.year })}>
            {f.planEndYear.forecast ? withUnit(f.planEndYear.forecast.point, unitLabel(summary.unit, t)) : '—'}
          </Descriptions.Item>
        )}
        {summary.official && (
          <Descriptions.Item label={t('indicators.forecast.official')}>
            {t('indicators.officialLine', { value: formatNumber(summary.official.official.value, 4), asOf: summary.official.official.asOf })}{' '}
            {summary.official.reconciliation.difference !== null && `(${formatChange(summary.official.reconciliation.difference, 4)})`}
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Paragraph type="secondary" className="settings-note">
        {f.aspirational ? t('indicators.forecast.aspirational') : null} {t('indicators.chart.bandNote', { method: t(`indicators.method.${methodOf(summary.kind)}`) })}
      </Typography.Paragraph>
    </Card>
  );
}
