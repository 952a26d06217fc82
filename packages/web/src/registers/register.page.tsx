import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { fieldOf, isRegisterKind, registerCatalog, type RegisterDefinition, type RegisterKind } from '@ipcounty/domain';
import { Alert, Button, DatePicker, Input, Result, Select, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { registersApi, type RecordView } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { usePlan } from '../plan/plan-context.js';
import { useMe } from '../session/session-context.js';
import { fieldLabel, formatValue, optionLabel, registerName } from './field-format.js';
import { RecordDrawer } from './record-drawer.js';
import { RecordEditor } from './record-editor.js';
import { formatRecordKey, useRegionNames } from './region-names.js';
import { useKeyIndustries } from './key-industries.js';

const statusColours = { 'in-force': 'green', pending: 'blue', ended: 'default', never: 'default' } as const;

/** The query parameters the page keeps in its address, so a link (from the dashboard) opens the same view. */
const FILTERS = ['q', 'region', 'type', 'from', 'to', 'demo', 'ids', 'effectiveAt', 'effective', 'asOf', 'attribution'] as const;

/**
 * One register: search, filters and server-side pages, every filter in the address (the
 * dashboard links here with ?region=licheng&asOf=2026-06-30&effective=invention&ids=…), a drawer
 * with the whole record, the office's edit form, and the export of what the filters select.
 */
export function RegisterPage() {
  const { kind } = useParams();
  if (!kind || !isRegisterKind(kind)) return <Result status="404" title="404" />;
  return <RegisterList key={kind} kind={kind} />;
}

function RegisterList({ kind }: { kind: RegisterKind }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const { plan } = usePlan();
  const navigate = useNavigate();
  const regionName = useRegionNames();
  const keyIndustries = useKeyIndustries();
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<RecordView | 'new' | null>(null);
  const [saves, setSaves] = useState(0);
  const definition: RegisterDefinition = registerCatalog[kind];
  const canWrite = me.can('registers.write');
  const yesNo: [string, string] = [t('data.yes'), t('data.no')];

  const apiParams = useMemo(() => {
    const values: Record<string, string> = { page: params.get('page') ?? '1', pageSize: params.get('pageSize') ?? '20' };
    for (const name of FILTERS) {
      const value = params.get(name);
      if (value) values[name] = value;
    }
    return values;
  }, [params]);
  const queryKey = JSON.stringify(apiParams);
  const load = useCallback((signal: AbortSignal) => registersApi.list(kind, JSON.parse(queryKey) as Record<string, string>, signal), [kind, queryKey]);
  const page = useResource(load);
  const reload = () => page.state === 'ready' && page.reload();

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [name, value] of Object.entries(changes)) {
      if (value === null || value === '') next.delete(name);
      else next.set(name, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  const openRecord = (key: string | null) => update({ record: key, page: params.get('page') });

  const categoryField = definition.categoryField ? fieldOf(definition, definition.categoryField) : undefined;
  const effectiveAt = params.get('effectiveAt') ?? (params.get('effective') ? params.get('asOf') : null);
  const type = params.get('type') ?? params.get('effective');

  const columns: ColumnsType<RecordView> = [
    ...definition.listFields.map((key, index) => {
      const field = fieldOf(definition, key);
      return {
        key,
        title: fieldLabel(field, locale),
        ellipsis: field.type === 'list' || field.type === 'text',
        render: (_: unknown, record: RecordView) => {
          const text = key === definition.keyFields[0] && definition.keyFields.length === 1 ? formatRecordKey(kind, String(record.document[key] ?? record.key)) : formatValue(field, record.document[key], locale, regionName, yesNo);
          return index === 0 ? (
            <Typography.Link className={key === definition.keyFields[0] ? 'key-cell' : undefined} onClick={() => openRecord(record.key)} data-testid="record-link">
              {text || record.key}
            </Typography.Link>
          ) : (
            text
          );
        },
      };
    }),
    ...(kind === 'patents'
      ? [
          {
            key: 'status',
            title: t('data.status'),
            render: (_: unknown, record: RecordView) =>
              record.patent && <Tag color={statusColours[record.patent.status]}>{t(`data.patentStatus.${record.patent.status}` as MessageKey)}</Tag>,
          },
        ]
      : []),
    {
      key: 'region',
      title: t('data.region'),
      render: (_: unknown, record: RecordView) =>
        record.regionName ? (
          record.regionName
        ) : (
          <Tooltip title={record.placement ? (locale === 'en' ? record.placement.en : record.placement.zh) : undefined}>
            <Tag color={record.attribution === 'unresolved' ? 'orange' : 'default'}>{t(`data.attribution.${record.attribution}` as MessageKey)}</Tag>
          </Tooltip>
        ),
    },
    {
      key: 'demo',
      title: '',
      width: 64,
      render: (_: unknown, record: RecordView) => record.demo && <Tag color="gold" data-testid="demo-tag">{t('data.demoTag')}</Tag>,
    },
  ];

  const ids = params.get('ids');
  const selectedRecord = params.get('record');

  return (
    <div className="stack" data-testid={`register-${kind}`}>
      <div className="page-title">
        <Typography.Title level={1}>{registerName(definition, locale)}</Typography.Title>
        <Space wrap>
          {page.state === 'ready' && (
            <Typography.Text type="secondary" data-testid="record-total">
              {t('data.total', { count: page.data.total })}
            </Typography.Text>
          )}
          {me.can('exports.run') && (
            <Button icon={<DownloadOutlined />} href={registersApi.exportUrl(kind, apiParams)} data-testid="export">
              {t('data.export')}
            </Button>
          )}
          {me.can('imports.run') && (
            <Button icon={<UploadOutlined />} onClick={() => navigate(`/data/import?kind=${kind}`)}>
              {t('data.importFile')}
            </Button>
          )}
          {canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-record">
              {t('data.add')}
            </Button>
          )}
        </Space>
      </div>

      <div className="data-filters">
        <Input.Search
          allowClear
          placeholder={t('data.search')}
          defaultValue={params.get('q') ?? ''}
          onSearch={(value) => update({ q: value })}
          data-testid="register-search"
        />
        <Select
          allowClear
          placeholder={t('data.allRegions')}
          value={params.get('region') ?? undefined}
          onChange={(value?: string) => update({ region: value ?? null })}
          options={plan.regions.map((r) => ({ value: r.code, label: r.name }))}
          data-testid="region-filter"
        />
        {categoryField && (
          <Select
            allowClear
            placeholder={t('data.allTypes', { field: fieldLabel(categoryField, locale) })}
            value={type ?? undefined}
            onChange={(value?: string) => update({ type: value ?? null, effective: null })}
            options={
              categoryField.type === 'key-industry'
                ? keyIndustries.map((name) => ({ value: name, label: name }))
                : (categoryField.options ?? []).map((o) => ({ value: o.value, label: optionLabel(o, o.value, locale) }))
            }
            data-testid="type-filter"
          />
        )}
        {kind === 'patents' && (
          <DatePicker
            placeholder={t('data.effectiveAt')}
            value={effectiveAt ? dayjs(effectiveAt) : null}
            onChange={(value) => update({ effectiveAt: value ? value.format('YYYY-MM-DD') : null, asOf: null, ...(params.get('effective') ? { type: params.get('effective'), effective: null } : {}) })}
            data-testid="effective-filter"
          />
        )}
        {definition.dateField && (
          <DatePicker.RangePicker
            placeholder={[t('data.dateFrom', { field: fieldLabel(fieldOf(definition, definition.dateField), locale) }), t('data.dateTo')]}
            value={params.get('from') || params.get('to') ? [params.get('from') ? dayjs(params.get('from')) : null, params.get('to') ? dayjs(params.get('to')) : null] : null}
            onChange={(range) => update({ from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null })}
            allowEmpty={[true, true]}
          />
        )}
        <Select
          value={params.get('demo') ?? 'all'}
          onChange={(value: string) => update({ demo: value === 'all' ? null : value })}
          options={[
            { value: 'all', label: t('data.demoAll') },
            { value: 'false', label: t('data.demoExclude') },
            { value: 'true', label: t('data.demoOnly') },
          ]}
        />
      </div>
      {page.state === 'ready' && page.data.countyTotals && page.data.countyTotals.length > 0 && (
        <Alert
          type="info"
          showIcon
          data-testid="county-population"
          message={t('data.countyPopulation', {
            figures: page.data.countyTotals
              .slice(0, 4)
              .map((f) => t('data.countyPopulationYear', { year: f.year, persons: f.persons.toLocaleString(locale === 'en' ? 'en-US' : 'zh-CN') }))
              .join(locale === 'en' ? '; ' : '；'),
          })}
        />
      )}
      {(ids || params.get('attribution')) && (
        <Alert
          type="info"
          showIcon
          data-testid="ids-filter"
          message={ids ? t('data.idsFilter', { count: ids.split(',').filter(Boolean).length }) : t(`data.attribution.${params.get('attribution')}` as MessageKey)}
          action={
            <Button size="small" type="link" onClick={() => update({ ids: null, attribution: null })}>
              {t('data.clearFilter')}
            </Button>
          }
        />
      )}

      <Table<RecordView>
        rowKey="key"
        size="middle"
        columns={columns}
        loading={page.state === 'loading'}
        dataSource={page.state === 'ready' ? page.data.records : []}
        data-testid="register-table"
        scroll={{ x: 'max-content' }}
        pagination={{
          current: Number(apiParams.page),
          pageSize: Number(apiParams.pageSize),
          total: page.state === 'ready' ? page.data.total : 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          onChange: (current, size) => update({ page: String(current), pageSize: String(size) }),
        }}
      />

      {selectedRecord && (
        <RecordDrawer
          key={`${selectedRecord}-${saves}`}
          kind={kind}
          recordKey={selectedRecord}
          canWrite={canWrite}
          onClose={() => openRecord(null)}
          onEdit={(record) => setEditing(record)}
          onDeleted={() => {
            openRecord(null);
            reload();
          }}
        />
      )}
      {editing && (
        <RecordEditor
          kind={kind}
          record={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={(key) => {
            setEditing(null);
            setSaves((n) => n + 1);
            reload();
            openRecord(key);
          }}
        />
      )}
    </div>
  );
}
