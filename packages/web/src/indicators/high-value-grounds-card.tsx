import { Card, Table, Tag, Typography } from 'antd';
import type { IndicatorDetail } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { formatNumber } from './indicator-format.js';
import { settingOptionLabels } from './setting-options.js';

/** 高价值发明专利 by category and ground: how many of the patents counted qualified, and why. */
export function HighValueGroundsCard({ detail }: { detail: IndicatorDetail }) {
  const { t } = useI18n();
  const grounds = detail.highValueGrounds;
  if (!grounds) return null;
  const rule = detail.settings.find((s) => s.key === 'overseasFamilyRule');
  const ruleLabel = rule ? settingOptionLabels[String(rule.value)] : undefined;
  return (
    <Card size="small" title={t('indicators.grounds.title')} data-testid="high-value-grounds">
      <Table
        size="small"
        pagination={false}
        rowKey={(g) => `${g.category}|${g.ground}`}
        dataSource={grounds}
        locale={{ emptyText: t('indicators.grounds.none') }}
        columns={[
          { key: 'category', title: t('indicators.grounds.category'), render: (_, g) => t(`indicators.category.${g.category}`) },
          {
            key: 'ground',
            title: t('indicators.grounds.ground'),
            render: (_, g) => (
              <span>
                {t(`indicators.ground.${g.ground}`)}
                {g.category === 'overseas-family' && rule && !rule.confirmed && (
                  <Tag bordered={false} color="gold" style={{ marginLeft: 8 }}>
                    {t('indicators.unconfirmedShort')}
                  </Tag>
                )}
              </span>
            ),
          },
          { key: 'patents', title: t('indicators.grounds.patents'), align: 'right', render: (_, g) => formatNumber(g.patents) },
        ]}
      />
      <Typography.Paragraph type="secondary" className="settings-note">
        {t('indicators.grounds.note', { rule: ruleLabel ? t(ruleLabel) : String(rule?.value ?? '') })}
      </Typography.Paragraph>
    </Card>
  );
}
