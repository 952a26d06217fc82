import { FileZipOutlined, SendOutlined, ExportOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, DatePicker, Input, Space, Spin, Tabs, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { Route, Routes, useNavigate, useSearchParams } from 'react-router-dom';
import { documentsApi } from '../api/documents.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { ArchiveTable } from './archive-table.js';
import { ArchivedDocumentPage } from './archived-document.page.js';
import { EvaluationReportsCard } from './evaluation-reports-card.js';
import { NarrativesCard } from './narratives-card.js';
import './documents.css';

const today = () => dayjs().format('YYYY-MM-DD');

/** 自评报告与验收材料 (the office): the narratives, then the package at a data date on one button. */
function SelfEvaluationTab({ onGenerated }: { onGenerated: (id: string) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const resource = useResource(useCallback((signal: AbortSignal) => documentsApi.narratives(signal), []));
  const [asOf, setAsOf] = useState<Dayjs>(dayjs());
  const [generating, setGenerating] = useState(false);
  const generate = async () => {
    setGenerating(true);
    try {
      const document = await documentsApi.generatePackage(asOf.format('YYYY-MM-DD'));
      void message.success(t('documents.package.done', { version: document.version }));
      onGenerated(document.id);
    } finally {
      setGenerating(false);
    }
  };
  return (
    <Space direction="vertical" size="middle" className="documents-tab">
      <Card size="small" title={t('documents.package.title')} data-testid="package-card">
        <Typography.Paragraph type="secondary">{t('documents.package.intro')}</Typography.Paragraph>
        <Space wrap>
          <span>{t('documents.package.asOf')}</span>
          <DatePicker value={asOf} allowClear={false} disabledDate={(d) => d.format('YYYY-MM-DD') > today()} onChange={(d) => d && setAsOf(d)} data-testid="package-as-of" />
          <Button type="primary" icon={<FileZipOutlined />} loading={generating} onClick={() => void generate()} data-testid="generate-package">
            {generating ? t('documents.package.generating') : t('documents.package.generate')}
          </Button>
          <Button icon={<ExportOutlined />} href={documentsApi.stratmlUrl(asOf.format('YYYY-MM-DD'))}>
            {t('documents.stratml')}
          </Button>
        </Space>
      </Card>
      {resource.state === 'loading' && <Spin />}
      {resource.state === 'failed' && <Alert type="error" showIcon message={resource.error.message} />}
      {resource.state === 'ready' && <NarrativesCard sections={resource.data.sections} onSaved={resource.reload} />}
    </Space>
  );
}

/** 统计分析报告 on demand (the schedule makes them anyway). */
function StatisticsTab({ onGenerated }: { onGenerated: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [period, setPeriod] = useState(dayjs().subtract(1, 'month').format('YYYY-MM'));
  const [generating, setGenerating] = useState(false);
  const generate = async () => {
    setGenerating(true);
    try {
      const result = await documentsApi.generateReports(period.trim());
      void message.success(t('documents.reports.done', { count: result.documents.length, delivered: result.delivered }));
      onGenerated();
    } finally {
      setGenerating(false);
    }
  };
  return (
    <Card size="small" title={t('documents.reports.title')} data-testid="reports-card">
      <Typography.Paragraph type="secondary">{t('documents.reports.intro')}</Typography.Paragraph>
      <Space wrap>
        <span>{t('documents.reports.period')}</span>
        <Input value={period} onChange={(e) => setPeriod(e.target.value)} placeholder={t('documents.reports.periodHint')} className="documents-period" data-testid="report-period" />
        <Button type="primary" icon={<SendOutlined />} loading={generating} onClick={() => void generate()} data-testid="generate-reports">
          {t('documents.reports.generate')}
        </Button>
      </Space>
    </Card>
  );
}

function ArchiveTab() {
  const resource = useResource(useCallback((signal: AbortSignal) => documentsApi.archive(undefined, signal), []));
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  return <ArchiveTable documents={resource.data.documents} />;
}

function DocumentsHome() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const office = me.can('reports.review');
  const tab = params.get('tab') ?? (office ? 'self-evaluation' : 'archive');
  const items = [
    ...(office
      ? [
          { key: 'self-evaluation', label: t('documents.tab.selfEvaluation'), children: <SelfEvaluationTab onGenerated={(id) => navigate(`/documents/archive/${id}`)} /> },
          { key: 'statistics', label: t('documents.tab.statistics'), children: <StatisticsTab onGenerated={() => setParams({ tab: 'archive' })} /> },
          { key: 'evaluation', label: t('documents.tab.evaluation'), children: <EvaluationReportsCard onGenerated={(id) => navigate(`/documents/archive/${id}`)} /> },
        ]
      : []),
    { key: 'archive', label: t('documents.tab.archive'), children: <ArchiveTab /> },
  ];
  return (
    <div className="documents-page">
      <Typography.Title level={4}>{t('documents.title')}</Typography.Title>
      <Tabs activeKey={tab} onChange={(key) => setParams({ tab: key })} items={items} destroyOnHidden />
    </div>
  );
}

/** 文档与报告: the self-evaluation report and acceptance package, statistical reports, and the archive. */
export function DocumentsPage() {
  return (
    <Routes>
      <Route index element={<DocumentsHome />} />
      <Route path="archive/:documentId" element={<ArchivedDocumentPage />} />
    </Routes>
  );
}
