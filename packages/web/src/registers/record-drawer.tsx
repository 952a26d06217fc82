import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import {
  enterpriseRegister,
  fieldOf,
  registerCatalog,
  type CertificateEntry,
  type EnterpriseDocument,
  type LegalEvent,
  type RecognitionEntry,
  type RegisterDefinition,
  type RegisterKind,
  type TitleEntry,
} from '@ipcounty/domain';
import { App, Button, Descriptions, Drawer, Empty, Popconfirm, Space, Spin, Table, Tag, Timeline, Tooltip, Typography } from 'antd';
import { useCallback, type ReactNode } from 'react';
import { registersApi, type RecordView } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { fieldLabel, formatValue } from './field-format.js';
import { formatRecordKey, useRegionNames } from './region-names.js';
import { actorName } from '../app/actor-name.js';

interface Props {
  kind: RegisterKind;
  recordKey: string;
  canWrite: boolean;
  onClose: () => void;
  onEdit: (record: RecordView) => void;
  onDeleted: () => void;
}

/** One record in full: every field, where it was placed and why, its history; a patent's legal events. */
export function RecordDrawer({ kind, recordKey, canWrite, onClose, onEdit, onDeleted }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const regionName = useRegionNames();
  const load = useCallback((signal: AbortSignal) => registersApi.record(kind, recordKey, signal), [kind, recordKey]);
  const resource = useResource(load);
  const definition = registerCatalog[kind];
  const yesNo: [string, string] = [t('data.yes'), t('data.no')];

  const remove = async () => {
    await registersApi.remove(kind, recordKey);
    void message.success(t('data.deleted'));
    onDeleted();
  };

  const record = resource.state === 'ready' ? resource.data.record : null;
  const shownFields = record ? definition.fields.filter((f) => record.document[f.key] !== undefined && (kind !== 'enterprises' || ['creditCode', 'name', 'address', 'region', 'industryCode', 'keyIndustry'].includes(f.key))) : [];

  return (
    <Drawer
      open
      width={640}
      onClose={onClose}
      title={record ? formatRecordKey(kind, record.key) : recordKey}
      data-testid="record-drawer"
      extra={
        record &&
        canWrite && (
          <Space>
            <Button icon={<EditOutlined />} onClick={() => onEdit(record)} data-testid="edit-record">
              {t('data.edit')}
            </Button>
            <Popconfirm title={t('data.confirmDelete')} onConfirm={() => void remove()} okText={t('data.delete')} cancelText={t('data.cancel')}>
              <Button danger icon={<DeleteOutlined />}>
                {t('data.delete')}
              </Button>
            </Popconfirm>
          </Space>
        )
      }
    >
      {resource.state === 'loading' && <Spin />}
      {resource.state === 'failed' && <Empty description={resource.error.message} />}
      {record && (
        <>
          <Space wrap style={{ marginBottom: 12 }}>
            {record.demo && <Tag color="gold">{t('data.demoTag')}</Tag>}
            {record.patent && <Tag color={record.patent.status === 'in-force' ? 'green' : 'default'}>{t(`data.patentStatus.${record.patent.status}` as MessageKey)}</Tag>}
            <Tag color={record.attribution === 'unresolved' ? 'orange' : record.attribution === 'excluded' ? 'default' : 'blue'}>
              {record.regionName ?? t(`data.attribution.${record.attribution}` as MessageKey)}
            </Tag>
          </Space>
          <Descriptions column={1} size="small" bordered labelStyle={{ width: 180 }} data-testid="record-fields">
            {shownFields.map((field) => (
              <Descriptions.Item key={field.key} label={fieldLabel(field, locale)}>
                {field.key === 'applicationNumber' ? formatRecordKey(kind, String(record.document[field.key])) : formatValue(field, record.document[field.key], locale, regionName, yesNo)}
              </Descriptions.Item>
            ))}
          </Descriptions>

          {kind === 'enterprises' && <EnterpriseLists record={record} />}

          <Typography.Title level={5} className="drawer-section">
            {t('data.placement')}
          </Typography.Title>
          <Descriptions column={1} size="small" labelStyle={{ width: 180 }}>
            <Descriptions.Item label={t('data.region')}>{record.regionName ?? t(`data.attribution.${record.attribution}` as MessageKey)}</Descriptions.Item>
            {record.address && <Descriptions.Item label={t('data.placedBy')}>{record.address}</Descriptions.Item>}
            {record.placement && <Descriptions.Item label={t('data.placementNote')}>{locale === 'en' ? record.placement.en : record.placement.zh}</Descriptions.Item>}
            {record.patent?.effectiveFrom && (
              <Descriptions.Item label={t('data.inForce')}>
                {t('data.inForcePeriod', { from: record.patent.effectiveFrom, until: record.patent.effectiveUntil ?? '—' })}
                {record.patent.lapsePresumed && (
                  <Tooltip title={t('data.lapsePresumed', { until: record.patent.effectiveUntil ?? '' })}>
                    <Tag color="orange" style={{ marginLeft: 8 }} data-testid="lapse-presumed">
                      {t('data.presumedTag')}
                    </Tag>
                  </Tooltip>
                )}
              </Descriptions.Item>
            )}
            <Descriptions.Item label={t('data.updated')}>{t('data.updatedBy', { at: formatDateTime(record.updatedAt), by: actorName(record.updatedBy, t) })}</Descriptions.Item>
          </Descriptions>

          {resource.state === 'ready' && resource.data.events && <LegalEvents events={resource.data.events} />}
        </>
      )}
    </Drawer>
  );
}

function LegalEvents({ events }: { events: LegalEvent[] }) {
  const { t } = useI18n();
  return (
    <>
      <Typography.Title level={5} className="drawer-section">
        {t('data.legalEvents')}
      </Typography.Title>
      {events.length === 0 ? (
        <Typography.Text type="secondary">{t('data.noLegalEvents')}</Typography.Text>
      ) : (
        <Timeline
          data-testid="legal-events"
          items={events.map((event) => ({
            key: `${event.date}-${event.category}-${event.rawName ?? ''}`,
            children: (
              <span>
                <strong>{event.date}</strong> {t(`legalEvent.${event.category}` as MessageKey)}
                {event.rawName && <Typography.Text type="secondary"> · {event.rawName}</Typography.Text>}
                {event.code && <Tag style={{ marginLeft: 6 }}>{event.code}</Tag>}
              </span>
            ),
          }))}
        />
      )}
    </>
  );
}

/** A column of a document list: the register field that heads it, the entry's property it shows, and whether the field formats it (an option's name). */
type ListColumn<T> = readonly [field: string, entry: keyof T & string, formatted?: 'formatted'];

/** A list of a record's document (an enterprise's certificates…) under its heading, each column headed as the register's field. */
function DocumentTable<T extends object>(props: { register: RegisterDefinition; heading: ReactNode; rows: readonly T[]; rowKey: (row: T) => string; columns: readonly ListColumn<T>[] }) {
  const { register, heading, rows, rowKey, columns } = props;
  const { t, locale } = useI18n();
  const regionName = useRegionNames();
  const yesNo: [string, string] = [t('data.yes'), t('data.no')];
  return (
    <>
      <Typography.Title level={5} className="drawer-section">
        {heading}
      </Typography.Title>
      <Table<T>
        size="small"
        pagination={false}
        rowKey={rowKey}
        // At least this wide: on a phone the columns scroll inside the drawer instead of running off its edge; wider, they share the drawer as before.
        scroll={{ x: 480 }}
        dataSource={[...rows]}
        columns={columns.map(([key, entry, formatted]) => {
          const field = fieldOf(register, key);
          return {
            key,
            title: fieldLabel(field, locale),
            render: (_: unknown, row: T) => (formatted ? formatValue(field, row[entry], locale, regionName, yesNo) : (row[entry] as ReactNode)),
          };
        })}
      />
    </>
  );
}

/** An enterprise's 贯标 certificates, 优势/示范 titles and 知识产权密集型 recognitions. */
function EnterpriseLists({ record }: { record: RecordView }) {
  const { t, locale } = useI18n();
  // The register's document, its lists read as possibly absent.
  const doc = record.document as Partial<EnterpriseDocument>;
  const ipIntensive = doc.ipIntensive ?? [];
  return (
    <>
      <DocumentTable<CertificateEntry>
        register={enterpriseRegister}
        heading={t('data.certificates')}
        rows={doc.certifications ?? []}
        rowKey={(c) => c.certificateNumber}
        columns={[['certificateNumber', 'certificateNumber'], ['standard', 'standard'], ['certificateIssuedOn', 'issuedOn'], ['certificateExpiresOn', 'expiresOn'], ['certificateStatus', 'status', 'formatted']]}
      />
      <DocumentTable<TitleEntry>
        register={enterpriseRegister}
        heading={t('data.titles')}
        rows={doc.titles ?? []}
        rowKey={(r) => `${r.title}-${r.level}-${r.year}`}
        columns={[['title', 'title', 'formatted'], ['titleLevel', 'level', 'formatted'], ['titleYear', 'year'], ['titleDocument', 'document']]}
      />
      {ipIntensive.length > 0 && (
        <DocumentTable<RecognitionEntry>
          register={enterpriseRegister}
          heading={fieldLabel(fieldOf(enterpriseRegister, 'ipIntensiveOn'), locale)}
          rows={ipIntensive}
          rowKey={(r) => r.recognisedOn}
          columns={[['ipIntensiveOn', 'recognisedOn'], ['ipIntensiveLevel', 'level', 'formatted'], ['ipIntensiveDocument', 'document']]}
        />
      )}
    </>
  );
}
