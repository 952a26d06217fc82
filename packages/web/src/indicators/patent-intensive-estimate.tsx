import { Card, Descriptions, Table, Tag, Typography } from 'antd';
import { patentIntensiveCategoryNames, type PatentIntensiveEstimate, type PatentIntensiveIndustry } from '@ipcounty/domain';
import type { IndicatorDetail } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { formatNumber, withUnit } from './indicator-format.js';

const wan = (fen: number | null) => (fen === null ? null : fen / 1_000_000);

/** 平台测算: the share computed from the economic register, with the industries that made it up. */
export function PatentIntensiveEstimateCard({ detail }: { detail: IndicatorDetail }) {
  const { t, locale } = useI18n();
  const estimate: PatentIntensiveEstimate | null = detail.summary.estimate;
  if (!estimate) return null;
  return (
    <Card size="small" title={t('indicators.estimate.title', { year: estimate.year })} data-testid="patent-intensive-estimate">
      <Descriptions size="small" column={1}>
        <Descriptions.Item label={t('indicators.estimate.title', { year: estimate.year })}>
          {estimate.share === null ? (
            <Tag bordered={false} color="gold">
              {t(`indicators.estimate.missing.${estimate.missing ?? 'no-gdp'}`)}
            </Tag>
          ) : (
            <strong data-testid="estimate-share">
              {t('indicators.estimate.summary', {
                count: estimate.industries.length,
                valueAdded: formatNumber(wan(estimate.valueAddedFen)),
                gdp: formatNumber(wan(estimate.gdpFen)),
                share: withUnit(estimate.share, '%'),
              })}
            </strong>
          )}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.estimate.official')}>{withUnit(detail.summary.value, '%')}</Descriptions.Item>
      </Descriptions>
      <Table<PatentIntensiveIndustry>
        size="small"
        pagination={false}
        rowKey="industryCode"
        dataSource={estimate.industries}
        columns={[
          { key: 'code', title: t('indicators.estimate.industryCode'), dataIndex: 'industryCode' },
          { key: 'name', title: t('indicators.estimate.industryName'), render: (_, i) => i.industryName ?? '—' },
          { key: 'category', title: t('indicators.estimate.category'), render: (_, i) => patentIntensiveCategoryNames[i.category][locale === 'en' ? 'en' : 'zh'] },
          { key: 'value', title: t('indicators.estimate.valueAdded'), align: 'right', render: (_, i) => formatNumber(wan(i.valueAddedFen)) },
          { key: 'by', title: t('indicators.estimate.classifiedBy'), render: (_, i) => t(`indicators.estimate.by.${i.classifiedBy}`) },
        ]}
      />
      <Typography.Paragraph type="secondary" className="settings-note">
        {t('indicators.estimate.note', { other: estimate.otherIndustries })}
      </Typography.Paragraph>
    </Card>
  );
}
