import { DownloadOutlined } from '@ant-design/icons';
import type { ProvinceCounty, ProvinceRanking, ProvinceTrend } from '@ipcounty/domain';
import { Alert, Button, Card, Col, Grid, Progress, Row, Spin, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ApiError } from '../api/client.js';
import { fetchProvinceComparison, provinceComparisonXlsx, type ProvinceComparison } from '../api/province.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { AsOfPicker } from '../indicators/as-of-picker.js';
import { echarts, ReactEChartsCore } from '../indicators/charts.js';
import { formatNumber, statusTagColors } from '../indicators/indicator-format.js';
import { usePlan } from '../plan/plan-context.js';
import { viewCounty } from './viewed-county.js';
import './province.css';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** A target as the page's language names it: the plan's English name in English, else its own. */
const targetName = (target: { name: string; nameEn: string | null } | undefined, locale: string) => (target ? (locale === 'en' && target.nameEn) || target.name : undefined);


/**
 * 全省对比: every county of the installation at one date, as each county's own engine computes it —
 * attainment of its own targets, rankings on the shared indicators per 10,000 of its own residents,
 * trends, the counties at risk and the latest acceptance result; a county opens on its own
 * dashboard, read-only.
 */
export function ProvincePage() {
  const { t, locale } = useI18n();
  const { health } = usePlan();
  const [params, setParams] = useSearchParams();
  const asOf = params.get('asOf') ?? undefined;
  const load = useCallback((signal: AbortSignal) => fetchProvinceComparison(asOf, signal), [asOf]);
  const resource = useResource(load);

  if (resource.state === 'loading') return <Spin className="page-status" size="large" />;
  if (resource.state === 'failed')
    return <Alert type="error" showIcon message={resource.error instanceof ApiError && resource.error.status === 403 ? t('province.refused') : resource.error.message} />;
  const comparison = resource.data;
  const countyName = (c: { name: string; nameEn: string }) => (locale === 'en' ? c.nameEn : c.name);
  const nameOf = (countyId: string) => {
    const county = comparison.counties.find((c) => c.countyId === countyId);
    return county ? countyName(county) : countyId;
  };

  return (
    <div className="stack province" data-testid="province-page">
      <div className="page-title">
        <Typography.Title level={1}>{t('nav.province')}</Typography.Title>
        <div className="province-tools">
          <AsOfPicker value={comparison.asOf} today={health.today} onChange={(next) => setParams(next && next !== health.today ? { asOf: next } : {})} />
          <Button icon={<DownloadOutlined />} href={provinceComparisonXlsx(comparison.asOf)} data-testid="province-export">
            {t('province.export')}
          </Button>
        </div>
      </div>
      <Typography.Paragraph className="muted">{t('province.intro')}</Typography.Paragraph>
      <AttainmentCard comparison={comparison} t={t} nameOf={nameOf} />
      <Card size="small" title={t('province.atRisk')} data-testid="province-at-risk">
        {comparison.atRisk.length === 0 ? (
          <span className="muted">{t('province.noneAtRisk')}</span>
        ) : (
          <ul className="province-at-risk">
            {comparison.atRisk.map((r) => {
              const county = comparison.counties.find((c) => c.countyId === r.countyId)!;
              return (
                <li key={r.countyId}>
                  <Tag color={statusTagColors[r.status]} bordered={false}>{t(`indicators.status.${r.status}` as MessageKey)}</Tag>
                  <strong>{countyName(county)}</strong>
                  <span className="muted">{r.targets.map((code) => targetName(county.targets.find((x) => x.code === code), locale) ?? code).join(locale === 'en' ? '; ' : '；')}</span>
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Typography.Title level={2} className="province-section">{t('province.rankings')}</Typography.Title>
      <Row gutter={[12, 12]}>
        {comparison.rankings.map((ranking) => (
          <Col key={ranking.key} xs={24} lg={12}>
            <RankingCard ranking={ranking} nameOf={nameOf} t={t} locale={locale} />
          </Col>
        ))}
      </Row>
      <Typography.Title level={2} className="province-section">{t('province.trends')}</Typography.Title>
      <Row gutter={[12, 12]}>
        {comparison.trends.map((trend) => (
          <Col key={trend.key} xs={24} lg={12}>
            <TrendCard trend={trend} nameOf={nameOf} locale={locale} />
          </Col>
        ))}
      </Row>
    </div>
  );
}

function AttainmentCard({ comparison, t, nameOf }: { comparison: ProvinceComparison; t: Translate; nameOf: (id: string) => string }) {
  // The county and the way to its dashboard share the first column: held at the left edge where the
  // screen leaves room for figures beside it, they stay in reach while the figures scroll, and no
  // column held at the right edge covers the figures (the latest acceptance's date) at their end.
  const wide = Grid.useBreakpoint().md === true;
  const columns: TableColumnsType<ProvinceCounty> = [
    {
      title: t('province.county'),
      key: 'name',
      fixed: wide ? 'left' : undefined,
      width: 140,
      render: (_, c) => (
        <div className="province-county">
          <span>{nameOf(c.countyId)}</span>
          <Button size="small" type="link" onClick={() => viewCounty(c.countyId, false, '/indicators')} data-testid={`open-county-${c.countyId}`}>
            {t('province.open')}
          </Button>
        </div>
      ),
    },
    { title: t('province.population'), key: 'population', align: 'right', width: 110, render: (_, c) => formatNumber(c.populationInTenThousands) },
    { title: t('province.targets'), key: 'targets', align: 'right', width: 72, render: (_, c) => c.attainment.targets },
    {
      title: t('province.attained'),
      key: 'attained',
      width: 150,
      render: (_, c) => (c.attainment.attainedPercent === null ? '—' : <Progress percent={Math.round(c.attainment.attainedPercent * 10) / 10} size="small" format={(p) => `${p}%`} />),
    },
    {
      title: t('province.status'),
      key: 'status',
      width: 120,
      render: (_, c) => <Tag color={statusTagColors[c.attainment.status]} bordered={false}>{t(`indicators.status.${c.attainment.status}` as MessageKey)}</Tag>,
    },
    {
      title: t('province.counts'),
      key: 'counts',
      width: 170,
      render: (_, c) => `${c.attainment.counts.achieved} / ${c.attainment.counts['on-track']} / ${c.attainment.counts['at-risk']} / ${c.attainment.counts['off-track'] + c.attainment.counts['not-met']}`,
    },
    {
      title: t('province.latestAcceptance'),
      key: 'acceptance',
      width: 220,
      render: (_, c) =>
        c.latestAcceptance ? (
          <span>
            {t(`evaluation.eval.kind.${c.latestAcceptance.kind}` as MessageKey)}{' '}
            <span className="nowrap" data-testid="acceptance-held-on">
              {c.latestAcceptance.heldOn}
            </span>
            {c.latestAcceptance.conclusion && <div>{t(`evaluation.eval.conclusion.${c.latestAcceptance.conclusion}` as MessageKey)}</div>}
            {c.latestAcceptance.total !== null && <div className="muted">{t('province.score', { total: formatNumber(c.latestAcceptance.total, 1), full: c.latestAcceptance.fullMarks })}</div>}
          </span>
        ) : (
          <span className="muted">{t('province.noAcceptance')}</span>
        ),
    },
  ];
  return (
    <Card size="small" title={t('province.attainment')}>
      <Table<ProvinceCounty> size="small" rowKey="countyId" columns={columns} dataSource={comparison.counties} pagination={false} scroll={{ x: 'max-content' }} data-testid="province-counties" />
    </Card>
  );
}

function RankingCard({ ranking, nameOf, t, locale }: { ranking: ProvinceRanking; nameOf: (id: string) => string; t: Translate; locale: string }) {
  const unit = unitLabel(ranking.unit, t);
  const rows = ranking.rows.map((r) => ({ ...r, name: nameOf(r.countyId) }));
  return (
    <Card size="small" title={locale === 'en' ? ranking.name.en : ranking.name.zh} data-testid="province-ranking">
      <div className="muted province-note">
        {t('province.rankedUnit', { unit })}
        {ranking.perTenThousand && ` · ${t('province.perTenThousandNote')}`}
      </div>
      <Table
        size="small"
        rowKey="countyId"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={rows}
        columns={[
          { title: t('province.rank'), dataIndex: 'rank', key: 'rank', width: 60, render: (rank: number | null) => rank ?? '—' },
          { title: t('province.county'), dataIndex: 'name', key: 'name' },
          { title: t('province.rankedValue'), dataIndex: 'value', key: 'value', align: 'right', render: (v: number | null) => formatNumber(v) },
          ...(ranking.perTenThousand ? [{ title: t('province.countyValue'), dataIndex: 'countyValue', key: 'countyValue', align: 'right' as const, render: (v: number | null) => formatNumber(v) }] : []),
        ]}
      />
    </Card>
  );
}

function TrendCard({ trend, nameOf, locale }: { trend: ProvinceTrend; nameOf: (id: string) => string; locale: string }) {
  const option = useMemo(() => {
    const dates = [...new Set(trend.series.flatMap((s) => s.points.map(([date]) => date)))].sort();
    return {
      animation: false,
      grid: { left: 48, right: 16, top: 36, bottom: 28 },
      legend: { top: 0, type: 'scroll' },
      tooltip: { trigger: 'axis', confine: true },
      xAxis: { type: 'category', data: dates.map((d) => d.slice(0, 7)), boundaryGap: false },
      yAxis: { type: 'value', scale: true },
      series: trend.series.map((s) => {
        const byDate = new Map(s.points);
        return { type: 'line', name: nameOf(s.countyId), showSymbol: false, data: dates.map((d) => byDate.get(d) ?? null) };
      }),
    };
  }, [trend, nameOf]);
  return (
    <Card size="small" title={`${locale === 'en' ? trend.name.en : trend.name.zh}`} data-testid="province-trend">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 220 }} notMerge />
    </Card>
  );
}
