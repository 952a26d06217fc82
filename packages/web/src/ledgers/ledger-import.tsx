import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ledgerCatalog, type LedgerKind, type RowProblem } from '@ipcounty/domain';
import { Alert, Button, Modal, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { ledgersApi, type LedgerImportOutcome } from '../api/ledgers.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { registerName } from '../registers/field-format.js';

/**
 * Import of one ledger sheet from its Excel template (or CSV): the whole file goes in, or nothing
 * does and every problem is listed by row and column, as with the registers.
 */
export function LedgerImport({ kind, onClose }: { kind: LedgerKind; onClose: (committed: boolean) => void }) {
  const { t, locale } = useI18n();
  const [outcome, setOutcome] = useState<LedgerImportOutcome | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const definition = ledgerCatalog[kind];

  const upload = async (file: File) => {
    setBusy(true);
    setFailure(null);
    try {
      setOutcome(await ledgersApi.upload(kind, file));
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.details === undefined) setFailure(error.message);
      else if (error instanceof ApiError) setFailure(error.message);
    } finally {
      setBusy(false);
    }
  };
  const reason = (p: RowProblem) => (locale === 'en' ? p.reason.en : p.reason.zh);

  return (
    <Modal open width={860} title={t('ledgers.importTitle', { sheet: registerName(definition, locale) })} footer={<Button onClick={() => onClose(outcome?.status === 'committed')} data-testid="ledger-import-close">{t('ledgers.close')}</Button>} onCancel={() => onClose(outcome?.status === 'committed')} destroyOnHidden>
      <div className="stack">
        <Typography.Paragraph type="secondary">{t('ledgers.importHint')}</Typography.Paragraph>
        <Space wrap>
          <Button icon={<DownloadOutlined />} href={ledgersApi.templateUrl(kind)} data-testid="ledger-template">
            {t('ledgers.template')}
          </Button>
        </Space>
        <div data-testid="ledger-upload">
          <Upload.Dragger
            accept=".xlsx,.csv,.tsv,.txt"
            showUploadList={false}
            disabled={busy}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p>{busy ? t('ledgers.importing') : t('ledgers.dropFile')}</p>
          </Upload.Dragger>
        </div>
        {failure && <Alert type="error" showIcon message={failure} />}
        {outcome && (
          <Alert
            type={outcome.status === 'committed' ? 'success' : 'error'}
            showIcon
            data-testid="ledger-import-outcome"
            message={
              outcome.status === 'committed'
                ? t('ledgers.imported', { rows: outcome.rowsRead, inserted: outcome.inserted, updated: outcome.updated, unchanged: outcome.unchanged })
                : t('ledgers.refused', { errors: outcome.errorCount })
            }
            description={outcome.message ? (locale === 'en' ? outcome.message.en : outcome.message.zh) : undefined}
          />
        )}
        {outcome && outcome.problems.length > 0 && (
          <Table<RowProblem>
            size="small"
            rowKey={(p, i) => `${p.row}-${p.column ?? ''}-${i}`}
            dataSource={outcome.problems}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            data-testid="ledger-problems"
            columns={[
              { key: 'row', title: t('ledgers.problem.row'), width: 70, render: (_, p) => (p.row > 0 ? p.row : '—') },
              { key: 'column', title: t('ledgers.problem.column'), width: 140, render: (_, p) => p.column ?? '' },
              { key: 'value', title: t('ledgers.problem.value'), width: 140, ellipsis: true, render: (_, p) => p.value ?? '' },
              { key: 'reason', title: t('ledgers.problem.reason'), render: (_, p) => reason(p) },
              { key: 'severity', title: '', width: 72, render: (_, p) => <Tag color={p.severity === 'error' ? 'red' : 'orange'}>{t(p.severity === 'error' ? 'ledgers.problem.error' : 'ledgers.problem.warning')}</Tag> },
            ]}
          />
        )}
      </div>
    </Modal>
  );
}
