import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { fieldOf, formatFenInUnit, ledgerCatalog, type LedgerKind, type RegisterField } from '@ipcounty/domain';
import { App, Button, DatePicker, Input, InputNumber, Popconfirm, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { ledgersApi, type LedgerRecordView } from '../api/ledgers.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { usePlan } from '../plan/plan-context.js';
import { fieldLabel, formatValue, optionLabel } from '../registers/field-format.js';
import { useRegionNames } from '../registers/region-names.js';
import { useMe } from '../session/session-context.js';
import { DecisionFollowUp } from './decision-follow-up.js';
import { LedgerEditor } from './ledger-editor.js';
import { LedgerImport } from './ledger-import.js';
import { MeetingMinutes } from './meeting-minutes.js';

const attainmentColours = { met: 'green', 'not-met': 'red', pending: 'default' } as const;

/** A list column's width by what it holds. */
function widthOf(field: RegisterField, isTitle: boolean): number {
  if (field.key === 'tasks') return 150;
  switch (field.type) {
    case 'date':
    case 'year':
      return 110;
    case 'integer':
      return 100;
    case 'amount':
      return 120;
    case 'enum':
    case 'region':
      return 130;
    case 'text':
      return isTitle ? 280 : 200;
    default:
      return 180;
  }
}

/**
 * One ledger sheet: search and filters (town, category, year or dates, plan task, demo), pages from
 * the server, the export of what the filters select, the import from the sheet's template, and the
 * office's edit form. What a reader asks next shows as a column: whether a decision was carried out
 * (and the work item it became), a meeting's decisions, whether a target was met, what was paid.
 */
export function LedgerSheet({ kind, onChanged, recordId }: { kind: LedgerKind; onChanged?: () => void; /** Show this one record (a link from evidence that cites it). */ recordId?: string }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const { plan } = usePlan();
  const regionName = useRegionNames();
  const definition = ledgerCatalog[kind];
  const [filters, setFilters] = useState<Record<string, string>>({ page: '1', pageSize: '20', ...(recordId ? { id: recordId } : {}) });
  const [editing, setEditing] = useState<LedgerRecordView | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const canWrite = me.can('registers.write');
  const yesNo: [string, string] = [t('data.yes'), t('data.no')];

  const key = JSON.stringify(filters);
  const load = useCallback((signal: AbortSignal) => ledgersApi.list(kind, JSON.parse(key) as Record<string, string>, signal), [kind, key]);
  const page = useResource(load);
  const reload = () => {
    if (page.state === 'ready') page.reload();
    onChanged?.();
  };
  const update = (changes: Record<string, string | null | undefined>) =>
    setFilters((current) => {
      const next: Record<string, string> = { ...current, page: 'page' in changes ? (changes.page ?? '1') : '1' };
      for (const [name, value] of Object.entries(changes)) {
        if (name === 'page') continue;
        if (value === null || value === undefined || value === '') delete next[name];
        else next[name] = value;
      }
      return next;
    });

  const tasks = useMemo(() => plan.taskGroups.flatMap((g) => g.tasks), [plan]);
  const categoryField = definition.categoryField ? fieldOf(definition, definition.categoryField) : undefined;
  const money = (fen: number) => (locale === 'en' ? `${(fen / 100).toLocaleString('en-US', { maximumFractionDigits: 2 })} yuan` : `${formatFenInUnit(fen, '万元')} 万元`);

  const extra: ColumnsType<LedgerRecordView> = [];
  if (kind === 'decisions')
    extra.push({
      key: 'progress',
      title: t('ledgers.decision.progress'),
      width: 240,
      render: (_, record) => record.decision && <DecisionFollowUp record={record} onChanged={reload} />,
    });
  if (kind === 'meetings')
    extra.push({
      key: 'decisions',
      title: t('ledgers.meeting.decisions'),
      width: 170,
      render: (_, record) =>
        record.meeting && (
          <Space size={4} wrap>
            <span>{t('ledgers.meeting.decisionsDone', { done: record.meeting.done, total: record.meeting.decisions })}</span>
            {record.meeting.overdue > 0 && <Tag color="red">{t('ledgers.meeting.overdue', { count: record.meeting.overdue })}</Tag>}
          </Space>
        ),
    },
    { key: 'minutes', title: t('ledgers.meeting.minutes'), width: 200, ellipsis: true, render: (_, record) => <MeetingMinutes record={record} canWrite={canWrite} onChanged={reload} /> });
  if (kind === 'fund-targets')
    extra.push({ key: 'attainment', title: t('ledgers.target.attainment'), width: 100, render: (_, record) => record.attainment && <Tag color={attainmentColours[record.attainment]}>{t(`ledgers.target.${record.attainment}` as MessageKey)}</Tag> });
  if (kind === 'fund-allocations') extra.push({ key: 'paid', title: t('ledgers.allocation.paid'), width: 120, align: 'right', render: (_, record) => money(record.paid ?? 0) });

  const columns: ColumnsType<LedgerRecordView> = [
    ...definition.listFields.map((name) => {
      const field = fieldOf(definition, name);
      return {
        key: name,
        title: fieldLabel(field, locale),
        // Every column has a width so long texts are cut (the whole text is in the edit form and the export).
        width: widthOf(field, name === definition.titleField),
        ellipsis: field.type === 'text' || (field.type === 'list' && name !== 'tasks'),
        render: (_: unknown, record: LedgerRecordView): ReactNode => {
          if (name === 'tasks')
            return record.tasks.map((n) => (
              <Tooltip key={n} title={tasks.find((task) => task.number === n)?.title}>
                <Tag>{t('ledgers.taskTag', { number: n })}</Tag>
              </Tooltip>
            ));
          if (name === 'ownerUnit') return plan.units.find((u) => u.code === record.document.ownerUnit)?.name ?? String(record.document.ownerUnit ?? '');
          return formatValue(field, record.document[name], locale, regionName, yesNo);
        },
      };
    }),
    ...extra,
    { key: 'region', title: t('data.region'), width: 120, render: (_, record) => record.regionName ?? <span className="muted">{t('ledgers.countyWide')}</span> },
    { key: 'demo', title: '', width: 64, render: (_, record) => record.demo && <Tag color="gold" data-testid="demo-tag">{t('data.demoTag')}</Tag> },
    ...(canWrite
      ? [
          {
            key: 'actions',
            title: '',
            width: 88,
            render: (_: unknown, record: LedgerRecordView) => (
              <Space size={0}>
                <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('ledgers.edit')} onClick={() => setEditing(record)} />
                <Popconfirm
                  title={t('ledgers.deleteConfirm')}
                  okText={t('ledgers.delete')}
                  cancelText={t('data.cancel')}
                  onConfirm={async () => {
                    await ledgersApi.remove(kind, record.id);
                    void message.success(t('ledgers.deleted'));
                    reload();
                  }}
                >
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('ledgers.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  const dateField = definition.dateField ? fieldOf(definition, definition.dateField) : undefined;
  return (
    <div className="stack" data-testid={`ledger-${kind}`}>
      <div className="ledger-toolbar">
        <div className="data-filters">
          {filters.id && (
            <Tag closable onClose={() => update({ id: null })} color="blue" data-testid="ledger-one-record">
              {t('ledgers.oneRecord')}
            </Tag>
          )}
          <Input.Search allowClear placeholder={t('ledgers.search')} onSearch={(value) => update({ q: value })} data-testid="ledger-search" />
          <Select allowClear placeholder={t('data.allRegions')} onChange={(value?: string) => update({ region: value })} options={plan.regions.map((r) => ({ value: r.code, label: r.name }))} />
          {categoryField && (
            <Select
              allowClear
              placeholder={t('data.allTypes', { field: fieldLabel(categoryField, locale) })}
              onChange={(value?: string) => update({ category: value })}
              options={(categoryField.options ?? []).map((o) => ({ value: o.value, label: optionLabel(o, o.value, locale) }))}
            />
          )}
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('ledgers.allTasks')}
            onChange={(value?: number) => update({ task: value === undefined ? null : String(value) })}
            options={tasks.map((task) => ({ value: task.number, label: `${task.number}. ${task.title}` }))}
            data-testid="task-filter"
          />
          {definition.yearField ? (
            <InputNumber placeholder={t('ledgers.year')} min={2000} max={2100} onChange={(value) => update({ year: value === null ? null : String(value) })} />
          ) : (
            dateField && (
              <DatePicker.RangePicker
                placeholder={[t('data.dateFrom', { field: fieldLabel(dateField, locale) }), t('data.dateTo')]}
                onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
                allowEmpty={[true, true]}
              />
            )
          )}
          <Select
            defaultValue="all"
            onChange={(value: string) => update({ demo: value === 'all' ? null : value })}
            options={[
              { value: 'all', label: t('data.demoAll') },
              { value: 'false', label: t('data.demoExclude') },
              { value: 'true', label: t('data.demoOnly') },
            ]}
          />
        </div>
        <Space wrap>
          {page.state === 'ready' && <Typography.Text type="secondary" data-testid="ledger-total">{t('data.total', { count: page.data.total })}</Typography.Text>}
          {me.can('exports.run') && (
            <Button icon={<DownloadOutlined />} href={ledgersApi.exportUrl(kind, filters)} data-testid="ledger-export">
              {t('data.export')}
            </Button>
          )}
          {me.can('imports.run') && (
            <Button icon={<UploadOutlined />} onClick={() => setImporting(true)} data-testid="ledger-import">
              {t('ledgers.import')}
            </Button>
          )}
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="ledger-add">
              {t('data.add')}
            </Button>
          )}
        </Space>
      </div>
      <Table<LedgerRecordView>
        rowKey="id"
        size="middle"
        columns={columns}
        loading={page.state === 'loading'}
        dataSource={page.state === 'ready' ? page.data.records : []}
        tableLayout="fixed"
        scroll={{ x: columns.reduce((sum, c) => sum + Number(c.width ?? 120), 0) }}
        data-testid="ledger-table"
        pagination={{
          current: Number(filters.page),
          pageSize: Number(filters.pageSize),
          total: page.state === 'ready' ? page.data.total : 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (current, size) => setFilters((f) => ({ ...f, page: String(current), pageSize: String(size) })),
        }}
      />
      {editing && (
        <LedgerEditor
          kind={kind}
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
      {importing && (
        <LedgerImport
          kind={kind}
          onClose={(committed) => {
            setImporting(false);
            if (committed) reload();
          }}
        />
      )}
    </div>
  );
}
