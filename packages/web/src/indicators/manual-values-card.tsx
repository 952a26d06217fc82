import { DeleteOutlined, DownloadOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Form, Input, InputNumber, Modal, Popconfirm, Row, Select, Space, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { deleteManualValue, saveManualValue, type IndicatorDetail, type ManualValue, type ManualValueInput } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { formatNumber } from './indicator-format.js';

const evidenceKinds = ['text', 'url', 'document'] as const;

/** 人工填报: values of an indicator the platform cannot compute, each with its source and evidence. */
export function ManualValuesCard({ detail, canEdit, onSaved, exportHref }: { detail: IndicatorDetail; canEdit: boolean; onSaved: () => void; exportHref: string | null }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<ManualValue | 'new' | null>(null);
  const regionName = (code: string) => plan.regions.find((r) => r.code === code)?.name ?? code;

  const remove = async (id: string) => {
    try {
      await deleteManualValue(detail.summary.code, id);
      message.success(t('indicators.manual.deleted'));
      onSaved();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    }
  };

  const columns: TableColumnsType<ManualValue> = [
    { key: 'asOf', title: t('indicators.official.asOf'), dataIndex: 'asOf' },
    { key: 'region', title: t('indicators.official.region'), render: (_, m) => regionName(m.region) },
    { key: 'value', title: t('indicators.manual.value'), align: 'right', render: (_, m) => <strong>{formatNumber(m.value, 4)}</strong> },
    { key: 'source', title: t('indicators.manual.source'), dataIndex: 'source' },
    {
      key: 'evidence',
      title: t('indicators.manual.evidence'),
      render: (_, m) =>
        m.evidence.kind === 'url' ? (
          <a href={m.evidence.text} target="_blank" rel="noreferrer noopener">
            {m.evidence.text}
          </a>
        ) : (
          <span>
            <Typography.Text type="secondary">{t(`indicators.manual.kind.${m.evidence.kind}`)}：</Typography.Text>
            {m.evidence.text}
          </span>
        ),
    },
    { key: 'by', title: t('indicators.manual.enteredBy'), render: (_, m) => <span className="muted">{`${m.updatedBy} · ${m.updatedAt.slice(0, 10)}`}</span> },
    ...(canEdit
      ? [
          {
            key: 'actions',
            title: '',
            width: 90,
            render: (_: unknown, m: ManualValue) => (
              <Space size={0}>
                <Button type="text" size="small" icon={<EditOutlined />} aria-label={t('indicators.edit')} onClick={() => setEditing(m)} />
                <Popconfirm title={t('indicators.manual.confirmDelete')} onConfirm={() => remove(m.id)}>
                  <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('indicators.delete')} />
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];

  return (
    <Card
      size="small"
      title={t('indicators.manual.title')}
      data-testid="manual-card"
      extra={
        <Space>
          {exportHref && (
            <Button size="small" icon={<DownloadOutlined />} href={exportHref}>
              {t('indicators.export')}
            </Button>
          )}
          {canEdit && (
            <Button size="small" type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="add-manual">
              {t('indicators.manual.add')}
            </Button>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" className="settings-note">
        {t('indicators.manual.note')}
      </Typography.Paragraph>
      <Table<ManualValue> size="small" rowKey="id" columns={columns} dataSource={detail.manualValues} pagination={false} locale={{ emptyText: t('indicators.manual.empty') }} />
      {editing && (
        <ManualValueModal
          code={detail.summary.code}
          unit={detail.rule.unit}
          existing={editing === 'new' ? null : editing}
          regions={plan.regions.map((r) => ({ value: r.code, label: r.name }))}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      )}
    </Card>
  );
}

interface ModalProps {
  code: string;
  unit: string;
  existing: ManualValue | null;
  regions: { value: string; label: string }[];
  onClose: () => void;
  onSaved: () => void;
}

function ManualValueModal({ code, unit, existing, regions, onClose, onSaved }: ModalProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ManualValueInput>();
  const [saving, setSaving] = useState(false);
  const kind = Form.useWatch(['evidence', 'kind'], form);

  const submit = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      await saveManualValue(
        code,
        {
          asOf: values.asOf,
          value: values.value,
          source: values.source,
          evidence: values.evidence,
          ...(values.region ? { region: values.region } : {}),
          ...(values.note ? { note: values.note } : {}),
        },
        existing?.id,
      );
      message.success(t('indicators.manual.saved'));
      onSaved();
      onClose();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open title={t(existing ? 'indicators.manual.editTitle' : 'indicators.manual.addTitle')} onCancel={onClose} onOk={submit} confirmLoading={saving} okText={t('indicators.save')}>
      <Form
        form={form}
        layout="vertical"
        initialValues={existing ? { ...existing, note: existing.note ?? undefined } : { region: regions[0]?.value, evidence: { kind: 'document' } }}
      >
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="asOf" label={t('indicators.official.asOf')} rules={[{ required: true, message: t('indicators.form.required') }, { pattern: /^\d{4}-\d{2}-\d{2}$/, message: t('indicators.form.dateFormat') }]}>
              <Input placeholder="2025-12-31" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="region" label={t('indicators.official.region')}>
              <Select options={regions} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="value" label={`${t('indicators.manual.value')}（${unit}）`} rules={[{ required: true, message: t('indicators.form.required') }]}>
              <InputNumber style={{ width: '100%' }} min={0} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="source" label={t('indicators.manual.source')} rules={[{ required: true, whitespace: true, message: t('indicators.form.required') }]}>
          <Input placeholder={t('indicators.manual.sourcePlaceholder')} maxLength={300} />
        </Form.Item>
        <Form.Item name={['evidence', 'kind']} label={t('indicators.manual.evidenceKind')}>
          <Select options={evidenceKinds.map((k) => ({ value: k, label: t(`indicators.manual.kind.${k}`) }))} />
        </Form.Item>
        <Form.Item
          name={['evidence', 'text']}
          label={t('indicators.manual.evidence')}
          rules={[
            { required: true, whitespace: true, message: t('indicators.form.required') },
            ...(kind === 'url' ? [{ pattern: /^https?:\/\/\S+$/i, message: t('indicators.manual.urlFormat') }] : []),
          ]}
        >
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} placeholder={t(`indicators.manual.placeholder.${kind ?? 'document'}`)} />
        </Form.Item>
        <Form.Item name="note" label={t('indicators.form.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
