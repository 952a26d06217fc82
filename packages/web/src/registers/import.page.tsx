import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { importKinds, isImportKind, isLedgerKind, ledgerCatalog, registerCatalog, type ImportKind } from '@ipcounty/domain';
import { Alert, Button, Card, Collapse, Progress, Select, Space, Steps, Table, Tag, Tooltip, Typography, Upload } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { Link } from 'react-router-dom';
import { registersApi, type ImportPreview, type ImportRecord, type ImportReport, type RowProblem } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { RequirePermission } from '../app/require-permission.js';
import { registerName } from './field-format.js';
import { notifyRegistersChanged } from './registers-changed.js';
import { ColumnReadingsTable } from './column-readings-table.js';
import { ImportPreviewCard } from './import-preview-card.js';
import { PatentFormats } from './patent-formats.js';
import { actorName } from '../app/actor-name.js';

const POLL_MS = 500;
const statusColours = { running: 'processing', committed: 'success', refused: 'error', paused: 'warning', failed: 'error', removed: 'default' } as const;

/**
 * 数据导入: choose what the file holds, download its template, choose the file; the page first shows
 * how each column will be read (and asks a patent export's date), then the import's progress as
 * it reads, checks and writes, then the outcome — every problem with its row, column, value and
 * reason, downloadable as Excel; a paused file waits for confirmation — and the history below.
 */
export function ImportPage() {
  return (
    <RequirePermission permission="imports.run">
      <ImportWorkspace />
    </RequirePermission>
  );
}

function ImportWorkspace() {
  const { t, locale } = useI18n();
  const [params, setParams] = useSearchParams();
  const asked = params.get('kind');
  const kind: ImportKind = asked && isImportKind(asked) ? asked : 'patents';
  const [importId, setImportId] = useState<string | null>(params.get('import'));
  const [status, setStatus] = useState<ImportReport | null>(null);
  const [uploading, setUploading] = useState(false);
  // The file chosen, with what the importer will make of it, until the user starts or cancels.
  const [pending, setPending] = useState<{ file: File; preview: ImportPreview } | null>(null);
  const [previewing, setPreviewing] = useState(false);
  // The file last sent, so that a paused import can be confirmed without choosing it again.
  const [sent, setSent] = useState<{ file: File; exportDate?: string } | null>(null);
  const [historyPage, setHistoryPage] = useState(1);
  const loadHistory = useCallback((signal: AbortSignal) => registersApi.history(historyPage, 10, signal), [historyPage]);
  const history = useResource(loadHistory);

  const choose = (next: { kind?: ImportKind; import?: string | null }) => {
    const search = new URLSearchParams(params);
    if (next.kind) search.set('kind', next.kind);
    if (next.import === null) search.delete('import');
    else if (next.import) search.set('import', next.import);
    setParams(search, { replace: true });
  };

  // Poll the import until it has ended.
  useEffect(() => {
    if (!importId) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const controller = new AbortController();
    const poll = async () => {
      try {
        const next = await registersApi.importStatus(importId, controller.signal);
        if (stopped) return;
        setStatus(next);
        if (next.import.status === 'running') timer = setTimeout(() => void poll(), POLL_MS);
        else {
          if (history.state === 'ready') history.reload();
          if (next.import.status === 'committed') notifyRegistersChanged();
        }
      } catch {
        if (!stopped) timer = setTimeout(() => void poll(), POLL_MS * 4);
      }
    };
    void poll();
    return () => {
      stopped = true;
      controller.abort();
      if (timer) clearTimeout(timer);
    };
    // Polling restarts only for another import.
  }, [importId]);

  const previewFile = async (file: File) => {
    setPreviewing(true);
    setPending(null);
    try {
      setPending({ file, preview: await registersApi.preview(kind, file) });
    } finally {
      setPreviewing(false);
    }
  };

  const upload = async (file: File, options: { exportDate?: string; confirmed?: boolean } = {}) => {
    setUploading(true);
    setStatus(null);
    try {
      const { importId: id } = await registersApi.upload(kind, file, options);
      setPending(null);
      setSent({ file, ...(options.exportDate ? { exportDate: options.exportDate } : {}) });
      setImportId(id);
      choose({ import: id });
      if (history.state === 'ready') history.reload();
    } finally {
      setUploading(false);
    }
  };

  return (
    <div className="stack" data-testid="import-page">
      <div className="page-title">
        <Typography.Title level={1}>{t('data.import.title')}</Typography.Title>
      </div>
      <Card>
        <Space direction="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap>
            <Typography.Text strong>{t('data.import.kind')}</Typography.Text>
            <Select<ImportKind>
              value={kind}
              onChange={(value) => choose({ kind: value })}
              style={{ minWidth: 220 }}
              showSearch
              optionFilterProp="label"
              options={importKinds.map((k) => ({ value: k, label: registerName(registerCatalog[k], locale) }))}
              data-testid="import-kind"
            />
            <Button icon={<DownloadOutlined />} href={registersApi.templateUrl(kind)} data-testid="template-download">
              {t('data.import.template')}
            </Button>
          </Space>
          <div data-testid="import-upload">
          <Upload.Dragger
            accept=".csv,.tsv,.txt,.xlsx"
            multiple={false}
            showUploadList={false}
            disabled={uploading || previewing || status?.import.status === 'running'}
            beforeUpload={(file) => {
              void previewFile(file as File);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('data.import.drop', { register: registerName(registerCatalog[kind], locale) })}</p>
            <p className="ant-upload-hint">{t('data.import.hint')}</p>
          </Upload.Dragger>
          </div>
          {kind === 'patents' && (
            <Collapse size="small" items={[{ key: 'formats', label: t('data.import.formats.title'), children: <PatentFormats /> }]} data-testid="patent-formats-panel" />
          )}
        </Space>
      </Card>

      {previewing && <Card loading title={t('data.import.preview.reading')} />}
      {pending && (
        <ImportPreviewCard
          file={pending.file}
          preview={pending.preview}
          busy={uploading}
          onStart={(options) => void upload(pending.file, options)}
          onCancel={() => setPending(null)}
        />
      )}

      {importId && (
        <ImportOutcomeCard
          status={status}
          uploading={uploading}
          onConfirm={sent && status?.import.fileName === sent.file.name ? () => void upload(sent.file, { ...(sent.exportDate ? { exportDate: sent.exportDate } : {}), confirmed: true }) : undefined}
        />
      )}

      <Card title={t('data.import.history')} size="small">
        <HistoryTable
          imports={history.state === 'ready' ? history.data.imports : []}
          total={history.state === 'ready' ? history.data.total : 0}
          page={historyPage}
          loading={history.state === 'loading'}
          onPage={setHistoryPage}
          onOpen={(id) => {
            setStatus(null);
            setImportId(id);
            choose({ import: id });
          }}
        />
      </Card>
    </div>
  );
}

function percentOf(status: ImportReport): { percent: number | null; step: number } {
  const { import: record, progress } = status;
  // Paused: read and checked, waiting at the write step for a person's confirmation.
  if (record.status === 'paused') return { percent: 100, step: 2 };
  if (record.status !== 'running') return { percent: 100, step: 3 };
  if (!progress) return { percent: null, step: 1 };
  if (progress.phase === 'reading') return { percent: progress.rowsExpected ? Math.min(99, Math.round((progress.rowsRead / progress.rowsExpected) * 100)) : null, step: 1 };
  return { percent: progress.toWrite ? Math.min(99, Math.round((progress.written / progress.toWrite) * 100)) : 99, step: 2 };
}

function ImportOutcomeCard({ status, uploading, onConfirm }: { status: ImportReport | null; uploading: boolean; onConfirm: (() => void) | undefined }) {
  const { t, locale } = useI18n();
  if (!status) return <Card loading={uploading} data-testid="import-outcome" />;
  const { import: record, problems, problemsTotal, progress, columns } = status;
  const { percent, step } = percentOf(status);
  const running = record.status === 'running';
  const failed = record.status === 'refused' || record.status === 'failed' || record.status === 'paused';
  const patentFacts = [
    record.exportDate && record.granted !== null ? t('data.import.exportDateValue', { date: record.exportDate }) : null,
    record.granted !== null ? t('data.import.grantedValue', { granted: record.granted }) : null,
  ].filter((part): part is string => part !== null);
  return (
    <Card title={t('data.import.current', { file: record.fileName })} data-testid="import-outcome" data-status={record.status}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Steps
          className="import-steps"
          size="small"
          current={step}
          status={record.status === 'paused' ? 'wait' : failed ? 'error' : running ? 'process' : 'finish'}
          items={[{ title: t('data.import.stepUpload') }, { title: t('data.import.stepCheck') }, { title: t('data.import.stepWrite') }, { title: t('data.import.stepDone') }]}
        />
        <Progress
          percent={percent ?? 0}
          status={record.status === 'paused' ? 'normal' : failed ? 'exception' : running ? 'active' : 'success'}
          format={() => (percent === null ? `${(progress?.rowsRead ?? 0).toLocaleString()}` : `${percent}%`)}
          data-testid="import-progress"
        />
        {running && progress && (
          <Typography.Text type="secondary" data-testid="import-progress-text">
            {progress.phase === 'reading'
              ? t('data.import.reading', { rows: progress.rowsRead.toLocaleString(), expected: progress.rowsExpected?.toLocaleString() ?? '?' })
              : t('data.import.writing', { written: progress.written.toLocaleString(), total: progress.toWrite.toLocaleString() })}
          </Typography.Text>
        )}
        {record.status === 'committed' && (
          <Alert
            type="success"
            showIcon
            data-testid="import-committed"
            message={t('data.import.committed', { records: record.records, inserted: record.inserted, updated: record.updated, unchanged: record.unchanged })}
            description={
              <Space direction="vertical" size={2}>
                {patentFacts.length > 0 && <span data-testid="import-export-date">{patentFacts.join('；')}</span>}
                {(record.presumedLapses ?? 0) > 0 && (
                  <span data-testid="import-presumed">
                    <Tag color="orange">{t('data.presumedTag')}</Tag>
                    {t('data.import.presumedValue', { count: record.presumedLapses ?? 0 })} <Link to="/data/import?kind=legal-events">{t('data.import.toLegalEvents')}</Link>
                  </span>
                )}
                {record.warningCount > 0 && <span>{t('data.import.warnings', { count: record.warningCount })}</span>}
              </Space>
            }
          />
        )}
        {record.status === 'paused' && (
          <Alert
            type="warning"
            showIcon
            data-testid="import-paused"
            message={t('data.import.paused')}
            description={
              // The button under the reason, not beside it: a narrow screen keeps the reason readable.
              <Space direction="vertical" size="small">
                {record.message && <span>{locale === 'en' ? record.message.en : record.message.zh}</span>}
                {onConfirm && (
                  <Button size="small" onClick={onConfirm} loading={uploading} data-testid="import-confirm">
                    {t('data.import.confirm')}
                  </Button>
                )}
              </Space>
            }
          />
        )}
        {failed && record.status !== 'paused' && (
          <Alert
            type="error"
            showIcon
            data-testid="import-refused"
            message={record.status === 'refused' ? t('data.import.refused', { count: record.errorCount }) : t('data.import.failed')}
            description={record.message ? (locale === 'en' ? record.message.en : record.message.zh) : undefined}
          />
        )}
        {columns.length > 0 && (
          <Collapse
            size="small"
            items={[{ key: 'columns', label: t('data.import.columnsRead', { count: columns.length }), children: <ColumnReadingsTable columns={columns} testId="import-columns" /> }]}
          />
        )}
        {problemsTotal > 0 && (
          <>
            <Space>
              <Typography.Text strong>{t('data.import.problems', { count: problemsTotal })}</Typography.Text>
              <Button size="small" icon={<DownloadOutlined />} href={registersApi.problemsUrl(record.importId)} data-testid="problems-download">
                {t('data.import.problemsDownload')}
              </Button>
            </Space>
            <ProblemsTable problems={problems} />
          </>
        )}
      </Space>
    </Card>
  );
}

function ProblemsTable({ problems }: { problems: RowProblem[] }) {
  const { t, locale } = useI18n();
  return (
    <Table<RowProblem>
      size="small"
      rowKey={(p) => `${p.row}-${p.column ?? ''}-${p.reason.en}`}
      dataSource={problems}
      pagination={{ pageSize: 10, showSizeChanger: false }}
      data-testid="problems-table"
      columns={[
        { key: 'row', title: t('data.import.row'), width: 70, render: (_, p) => (p.row === 0 ? '—' : p.row) },
        { key: 'column', title: t('data.import.column'), dataIndex: 'column', width: 140 },
        { key: 'value', title: t('data.import.value'), dataIndex: 'value', width: 160, ellipsis: true },
        { key: 'reason', title: t('data.import.reason'), render: (_, p) => <span className="problem-reason">{locale === 'en' ? p.reason.en : p.reason.zh}</span> },
        {
          key: 'severity',
          title: t('data.import.severity'),
          width: 80,
          render: (_, p) => <Tag color={p.severity === 'error' ? 'red' : 'orange'}>{t(p.severity === 'error' ? 'data.import.error' : 'data.import.warning')}</Tag>,
        },
      ]}
    />
  );
}

function HistoryTable(props: { imports: ImportRecord[]; total: number; page: number; loading: boolean; onPage: (page: number) => void; onOpen: (id: string) => void }) {
  const { t, locale } = useI18n();
  return (
    <Table<ImportRecord>
      size="small"
      rowKey="importId"
      loading={props.loading}
      dataSource={props.imports}
      data-testid="import-history"
      scroll={{ x: 'max-content' }}
      pagination={{ current: props.page, pageSize: 10, total: props.total, onChange: props.onPage, showSizeChanger: false }}
      columns={[
        { key: 'at', title: t('data.import.at'), render: (_, r) => <span className="nowrap">{formatDateTime(r.startedAt)}</span> },
        { key: 'kind', title: t('data.import.kind'), render: (_, r) => registerName(isLedgerKind(r.kind) ? ledgerCatalog[r.kind] : registerCatalog[r.kind], locale) },
        {
          key: 'file',
          title: t('data.import.file'),
          render: (_, r) => (
            <Typography.Link onClick={() => props.onOpen(r.importId)}>
              {r.fileName}
              {r.demo && <Tag color="gold" style={{ marginLeft: 6 }}>{t('data.demoTag')}</Tag>}
            </Typography.Link>
          ),
        },
        {
          key: 'sha',
          title: 'SHA-256',
          render: (_, r) => (
            <Tooltip title={r.sha256}>
              <Typography.Text className="sha" copyable={r.sha256 ? { text: r.sha256 } : false}>
                {r.sha256.slice(0, 12)}
              </Typography.Text>
            </Tooltip>
          ),
        },
        { key: 'by', title: t('data.import.by'), dataIndex: 'actorName', render: (name: string) => actorName(name, t) },
        { key: 'status', title: t('data.status'), render: (_, r) => <Tag color={statusColours[r.status]}>{t(`data.import.status.${r.status}` as MessageKey)}</Tag> },
        {
          key: 'counts',
          title: t('data.import.counts'),
          render: (_, r) =>
            r.status === 'committed' || r.status === 'removed'
              ? t('data.import.countsValue', { rows: r.rowsRead, inserted: r.inserted, updated: r.updated, unchanged: r.unchanged })
              : r.status === 'refused'
                ? t('data.import.errorsValue', { errors: r.errorCount })
                : '',
        },
      ]}
    />
  );
}
