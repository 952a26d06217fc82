import { formatFenInUnit, ledgerCatalog, type LedgerKind } from '@ipcounty/domain';
import { Card, Empty, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback } from 'react';
import { Link } from 'react-router-dom';
import { ledgersApi, type LedgerRecordView } from '../api/ledgers.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { registerName } from '../registers/field-format.js';
import { useMe } from '../session/session-context.js';
import { PaceWarning, percent, useMoney } from './budget-pace.js';

/** Which ledger page a sheet lives on, for the "all" links. */
const pageOf: Partial<Record<LedgerKind, string>> = { 'fund-allocations': 'funds', meetings: 'meetings', decisions: 'meetings', publicity: 'publicity', standards: 'standards', platforms: 'platforms' };

/**
 * 任务档案 — the ledgers' section: a plan task's funds (budget, allocation, spend against pace), its
 * allocations, meetings and decisions, publicity events (and training sessions for the training and
 * publicity tasks), standards and platforms. Shown on the task dossier; reads GET /api/ledgers/by-task.
 */
export function TaskLedgersSection({ taskNumber }: { taskNumber: number }) {
  // The ledgers are read with 台账 rights (an expert reading the dossier has none): no section then.
  return useMe().can('registers.read') ? <TaskLedgers taskNumber={taskNumber} /> : null;
}

function TaskLedgers({ taskNumber }: { taskNumber: number }) {
  const { t, locale } = useI18n();
  const money = useMoney();
  const load = useCallback((signal: AbortSignal) => ledgersApi.byTask(taskNumber, signal), [taskNumber]);
  const data = useResource(load);
  if (data.state !== 'ready') return <Card size="small" loading={data.state === 'loading'} title={t('ledgers.task.title')} />;
  const view = data.data;
  const amount = (r: LedgerRecordView) => (typeof r.document.amount === 'number' ? (locale === 'en' ? `${Math.round(r.document.amount / 100).toLocaleString('en-US')} yuan` : `${formatFenInUnit(r.document.amount, '万元')} 万元`) : '');
  const demo = (r: { demo: boolean }) => r.demo && <Tag color="gold">{t('data.demoTag')}</Tag>;
  const sections: { kind: LedgerKind; testId: string; rows: LedgerRecordView[]; columns: ColumnsType<LedgerRecordView> }[] = [
    {
      kind: 'fund-allocations',
      testId: 'task-allocations',
      rows: view.allocations,
      columns: [
        { key: 'date', title: t('ledgers.task.date'), width: 110, render: (_, r) => r.date },
        { key: 'title', title: t('ledgers.task.recipient'), render: (_, r) => <>{r.title} {demo(r)}</> },
        { key: 'amount', title: t('ledgers.funds.allocated'), align: 'right', render: (_, r) => amount(r) },
        { key: 'paid', title: t('ledgers.allocation.paid'), align: 'right', render: (_, r) => money(r.paid ?? 0) },
        { key: 'approval', title: t('ledgers.task.approval'), render: (_, r) => r.cells.approvalDocument },
      ],
    },
    {
      kind: 'meetings',
      testId: 'task-meetings',
      rows: view.meetings,
      columns: [
        { key: 'date', title: t('ledgers.task.date'), width: 110, render: (_, r) => r.date },
        { key: 'title', title: t('ledgers.task.meeting'), render: (_, r) => <>{r.title} {demo(r)}</> },
        { key: 'kind', title: t('ledgers.task.kind'), render: (_, r) => r.cells.meetingKind },
        { key: 'decisions', title: t('ledgers.meeting.decisions'), render: (_, r) => r.meeting && t('ledgers.meeting.decisionsDone', { done: r.meeting.done, total: r.meeting.decisions }) },
      ],
    },
    {
      kind: 'decisions',
      testId: 'task-decisions',
      rows: view.decisions,
      columns: [
        { key: 'date', title: t('ledgers.task.date'), width: 110, render: (_, r) => r.date },
        { key: 'title', title: t('ledgers.task.decision'), render: (_, r) => <>{r.title} {demo(r)}</> },
        { key: 'status', title: t('ledgers.decision.progress'), render: (_, r) => r.decision && <Space size={4}><Tag>{t(`ledgers.decision.${r.decision.status}` as MessageKey)}</Tag>{r.decision.overdue && <Tag color="red">{t('ledgers.decision.overdue')}</Tag>}</Space> },
      ],
    },
    {
      kind: 'publicity',
      testId: 'task-publicity',
      rows: view.publicity,
      columns: [
        { key: 'date', title: t('ledgers.task.date'), width: 110, render: (_, r) => r.date },
        { key: 'title', title: t('ledgers.task.event'), render: (_, r) => <>{r.title} {demo(r)}</> },
        { key: 'kind', title: t('ledgers.task.kind'), render: (_, r) => r.cells.publicityKind },
        { key: 'reach', title: t('ledgers.task.reach'), align: 'right', render: (_, r) => r.cells.reach },
      ],
    },
    { kind: 'standards', testId: 'task-standards', rows: view.standards, columns: [{ key: 'no', title: t('ledgers.task.standard'), render: (_, r) => `${r.key} ${r.title}` }, { key: 'level', title: t('ledgers.task.kind'), render: (_, r) => r.cells.level }, { key: 'org', title: t('ledgers.task.organisation'), render: (_, r) => <>{r.cells.organisation} {demo(r)}</> }] },
    { kind: 'platforms', testId: 'task-platforms', rows: view.platforms, columns: [{ key: 'name', title: t('ledgers.task.platform'), render: (_, r) => <>{r.title} {demo(r)}</> }, { key: 'kind', title: t('ledgers.task.kind'), render: (_, r) => `${r.cells.platformKind} · ${r.cells.level}` }, { key: 'status', title: t('ledgers.task.status'), render: (_, r) => r.cells.status }] },
  ];
  const shown = sections.filter((s) => s.rows.length > 0);
  return (
    <Card size="small" title={t('ledgers.task.title')} className="task-ledgers" data-testid="task-ledgers">
      <div className="stack">
        {view.funds && (
          <div data-testid="task-funds">
            <Typography.Text strong>{t('ledgers.task.funds')}</Typography.Text>{' '}
            <Typography.Text>{t('ledgers.task.fundsLine', { budget: money(view.funds.budget), allocated: money(view.funds.allocated), spent: money(view.funds.spent), rate: percent(view.funds.executionRate) })}</Typography.Text>
            <PaceWarning row={view.funds} />
          </div>
        )}
        {shown.map((section) => (
          <div key={section.kind} data-testid={section.testId}>
            <Space className="task-ledgers-heading">
              <Typography.Text strong>{registerName(ledgerCatalog[section.kind], locale)}</Typography.Text>
              <Typography.Text type="secondary">{t('data.total', { count: section.rows.length })}</Typography.Text>
              {pageOf[section.kind] && <Link to={`/ledgers/${pageOf[section.kind]}`}>{t('ledgers.task.open')}</Link>}
            </Space>
            <Table<LedgerRecordView> size="small" rowKey="id" columns={section.columns} dataSource={section.rows} pagination={{ pageSize: 5, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} />
          </div>
        ))}
        {view.training.length > 0 && (
          <div data-testid="task-training">
            <Space>
              <Typography.Text strong>{t('ledgers.task.training')}</Typography.Text>
              <Typography.Text type="secondary">{t('data.total', { count: view.training.length })}</Typography.Text>
              <Link to="/data/training">{t('ledgers.task.open')}</Link>
            </Space>
            <Table size="small" rowKey="key" dataSource={view.training} pagination={{ pageSize: 5, hideOnSinglePage: true }} scroll={{ x: 'max-content' }} columns={[{ key: 'date', title: t('ledgers.task.date'), width: 110, render: (_, r) => r.date }, { key: 'title', title: t('ledgers.task.session'), render: (_, r) => <>{r.title} {demo(r)}</> }, { key: 'participants', title: t('ledgers.task.participants'), align: 'right', render: (_, r) => r.participants }]} />
          </div>
        )}
        {!view.funds && shown.length === 0 && view.training.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('ledgers.task.empty')} />}
      </div>
    </Card>
  );
}
