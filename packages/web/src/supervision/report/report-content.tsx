import { PaperClipOutlined } from '@ant-design/icons';
import type { ReportContent } from '@ipcounty/domain';
import { Descriptions, Empty } from 'antd';
import { supervisionApi, type ReportView } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';
import { unitLabel } from '../../i18n/unit-label.js';
import { useFigureName } from '../supervision-labels.js';

/** A version of a report as sent in, read-only. */
export function ReportContentView({ content, figures }: { content: ReportContent | undefined; figures: ReportView['figures'] }) {
  const { t } = useI18n();
  const figureName = useFigureName();
  if (!content) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('supervision.reportView.nothingSent')} />;
  const unitOf = (code: string) => unitLabel(figures.find((f) => f.code === code)?.unit ?? '', t);
  return (
    <Descriptions size="small" column={1} bordered data-testid="report-content">
      <Descriptions.Item label={t('supervision.reportForm.progress')}>
        <span className="pre-wrap">{content.progress}</span>
      </Descriptions.Item>
      <Descriptions.Item label={t('supervision.reportForm.percent')}>{content.percentComplete === undefined ? '—' : `${content.percentComplete}%`}</Descriptions.Item>
      {Object.entries(content.indicatorValues).map(([code, value]) => (
        <Descriptions.Item key={code} label={figureName(code)}>
          <span data-testid={`reported-${code}`}>
            {value} {unitOf(code)}
          </span>
        </Descriptions.Item>
      ))}
      <Descriptions.Item label={t('supervision.reportForm.problems')}>{content.problems || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('supervision.reportForm.nextSteps')}>{content.nextSteps || '—'}</Descriptions.Item>
      <Descriptions.Item label={t('supervision.reportForm.evidence')}>
        {content.evidence.length === 0
          ? '—'
          : content.evidence.map((file) => (
              <div key={file.fileId}>
                <a href={supervisionApi.attachmentUrl(file.fileId)} target="_blank" rel="noreferrer" data-testid="evidence-link">
                  <PaperClipOutlined /> {file.name}
                </a>
              </div>
            ))}
      </Descriptions.Item>
    </Descriptions>
  );
}
