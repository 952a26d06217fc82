import { registerCatalog, type RegisterKind } from '@ipcounty/domain';
import { App, Alert, Button, Card, Input, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { registersApi, type AddressAssignment, type UnresolvedAddressGroup } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useMe } from '../session/session-context.js';
import { registerName } from './field-format.js';
import { notifyRegistersChanged } from './registers-changed.js';
import { useRegionNames } from './region-names.js';

const OUTSIDE = 'outside';

/**
 * 地址归属: the addresses no region of the plan was found for (a town named without its county,
 * a place outside the county), with how many records of each register carry them. The office
 * assigns each to a town or to "outside the county"; the assignment is kept, applied to every
 * record with the address at once, and to every later import.
 */
export function AddressesPage() {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const { plan } = usePlan();
  const regionName = useRegionNames();
  const canWrite = me.can('registers.write');
  const [page, setPage] = useState(1);
  const [q, setQ] = useState('');
  const [choices, setChoices] = useState<Record<string, string>>({});
  const loadUnresolved = useCallback((signal: AbortSignal) => registersApi.unresolved({ page, pageSize: 20, ...(q ? { q } : {}) }, signal), [page, q]);
  const unresolved = useResource(loadUnresolved);
  const loadAssignments = useCallback((signal: AbortSignal) => registersApi.assignments(signal), []);
  const assignments = useResource(loadAssignments);
  const reload = () => {
    if (unresolved.state === 'ready') unresolved.reload();
    if (assignments.state === 'ready') assignments.reload();
    notifyRegistersChanged();
  };

  const regionOptions = [...plan.regions.map((r) => ({ value: r.code, label: r.name })), { value: OUTSIDE, label: t('data.addresses.outside') }];
  const assign = async (address: UnresolvedAddressGroup) => {
    const region = choices[address.addressKey];
    if (!region) return;
    const { records } = await registersApi.assign(address.address, region);
    void message.success(t('data.addresses.assigned', { records }));
    reload();
  };
  const unassign = async (assignment: AddressAssignment) => {
    const { records } = await registersApi.unassign(assignment.address);
    void message.success(t('data.addresses.unassigned', { records }));
    reload();
  };

  return (
    <div className="stack" data-testid="addresses-page">
      <div className="page-title">
        <Typography.Title level={1}>{t('data.addresses.title')}</Typography.Title>
        {unresolved.state === 'ready' && (
          <Typography.Text type="secondary" data-testid="unresolved-total">
            {t('data.addresses.total', { addresses: unresolved.data.total, records: unresolved.data.records })}
          </Typography.Text>
        )}
      </div>
      <Alert type="info" showIcon message={t('data.addresses.intro')} />
      <Card size="small" title={t('data.addresses.unresolved')} extra={<Input.Search allowClear placeholder={t('data.addresses.search')} onSearch={(value) => { setPage(1); setQ(value); }} style={{ width: 240 }} />}>
        <Table<UnresolvedAddressGroup>
          size="small"
          rowKey="addressKey"
          loading={unresolved.state === 'loading'}
          dataSource={unresolved.state === 'ready' ? unresolved.data.addresses : []}
          data-testid="unresolved-table"
          pagination={{ current: page, pageSize: 20, total: unresolved.state === 'ready' ? unresolved.data.total : 0, onChange: setPage, showSizeChanger: false }}
          columns={[
            { key: 'address', title: t('data.addresses.address'), dataIndex: 'address' },
            { key: 'reason', title: t('data.addresses.reason'), render: (_, a) => <Typography.Text type="secondary">{a.reason ? (locale === 'en' ? a.reason.en : a.reason.zh) : ''}</Typography.Text> },
            { key: 'records', title: t('data.addresses.records'), dataIndex: 'records', width: 90 },
            {
              key: 'registers',
              title: t('data.addresses.registers'),
              render: (_, a) => (
                <Space size={4} wrap>
                  {Object.entries(a.registers).map(([kind, n]) => (
                    <Tag key={kind}>
                      {registerName(registerCatalog[kind as RegisterKind], locale)} {n}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            ...(canWrite
              ? [
                  {
                    key: 'assign',
                    title: t('data.addresses.assign'),
                    width: 260,
                    render: (_: unknown, a: UnresolvedAddressGroup) => (
                      <Space.Compact>
                        <Select
                          placeholder={t('data.addresses.choose')}
                          style={{ width: 170 }}
                          value={choices[a.addressKey]}
                          onChange={(value: string) => setChoices((c) => ({ ...c, [a.addressKey]: value }))}
                          options={regionOptions}
                          data-testid="assign-region"
                        />
                        <Button type="primary" disabled={!choices[a.addressKey]} onClick={() => void assign(a)} data-testid="assign-button">
                          {t('data.addresses.assignButton')}
                        </Button>
                      </Space.Compact>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
      <Card size="small" title={t('data.addresses.assignments')}>
        <Table<AddressAssignment>
          size="small"
          rowKey="addressKey"
          loading={assignments.state === 'loading'}
          dataSource={assignments.state === 'ready' ? assignments.data.assignments : []}
          data-testid="assignments-table"
          pagination={{ pageSize: 10, showSizeChanger: false }}
          columns={[
            { key: 'address', title: t('data.addresses.address'), dataIndex: 'address' },
            { key: 'region', title: t('data.region'), render: (_, a) => (a.region === OUTSIDE ? <Tag>{t('data.addresses.outside')}</Tag> : regionName(a.region)) },
            { key: 'by', title: t('data.import.by'), dataIndex: 'assignedBy' },
            { key: 'at', title: t('data.import.at'), render: (_, a) => formatDateTime(a.assignedAt) },
            ...(canWrite
              ? [
                  {
                    key: 'remove',
                    title: '',
                    width: 90,
                    render: (_: unknown, a: AddressAssignment) => (
                      <Popconfirm title={t('data.addresses.confirmRemove')} onConfirm={() => void unassign(a)} okText={t('data.delete')} cancelText={t('data.cancel')}>
                        <Button size="small" danger type="link">
                          {t('data.delete')}
                        </Button>
                      </Popconfirm>
                    ),
                  },
                ]
              : []),
          ]}
        />
      </Card>
    </div>
  );
}
