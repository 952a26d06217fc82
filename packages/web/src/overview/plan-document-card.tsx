import { countyNameIn } from '@ipcounty/domain';
import { DownloadOutlined, HistoryOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Space, Typography } from 'antd';
import { planDownloads } from '../api/plan.api.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { actorName } from '../app/actor-name.js';

/** The plan as an official document: 文号, issuer, date, period, and the current revision. */
export function PlanDocumentCard({ onShowRevisions }: { onShowRevisions: () => void }) {
  const { t, locale } = useI18n();
  const { plan, meta } = usePlan();
  return (
    <Card size="small" className="plan-document">
      <Typography.Title level={1} className="plan-document-title">
        {plan.title}
      </Typography.Title>
      {plan.noticeTitle && <div className="muted plan-document-notice">{plan.noticeTitle}</div>}
      <Descriptions
        size="small"
        // English labels are long; two columns keep "金政发〔2024〕23号" on one line.
        column={locale === 'en' ? { xs: 1, sm: 2, md: 2, lg: 2, xl: 2, xxl: 3 } : { xs: 1, sm: 2, md: 2, lg: 3, xl: 3, xxl: 3 }}
        className="plan-document-fields"
        items={[
          {
            key: 'documentNumber',
            label: t('overview.documentNumber'),
            children: (
              <span data-testid="document-number" className="nowrap">
                {plan.documentNumber}
              </span>
            ),
          },
          { key: 'issuer', label: t('overview.issuer'), children: plan.issuer },
          { key: 'issueDate', label: t('overview.issueDate'), children: plan.issueDate },
          {
            key: 'period',
            label: t('overview.period'),
            children: t('overview.periodValue', { start: plan.period.startYear, end: plan.period.endYear }),
          },
          { key: 'county', label: t('overview.county'), children: countyNameIn(plan.county, locale) },
        ]}
      />
      <div className="plan-document-footer">
        <span className="muted">
          {t('overview.revision', { revision: meta.revision, by: actorName(meta.updatedBy, t), at: formatDateTime(meta.updatedAt) })}
        </span>
        <Space size="small">
          <Button size="small" icon={<HistoryOutlined />} onClick={onShowRevisions} data-testid="show-revisions">
            {t('overview.revisions')}
          </Button>
          <Button size="small" icon={<DownloadOutlined />} href={planDownloads.planJson} download>
            {t('overview.export')}
          </Button>
        </Space>
      </div>
    </Card>
  );
}
