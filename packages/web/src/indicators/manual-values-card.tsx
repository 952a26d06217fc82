import type { EvidenceKind } from '@ipcounty/domain';
import { Col, Form, Input, InputNumber, Row, Select, Typography, type TableColumnsType } from 'antd';
import { deleteManualValue, saveManualValue, type IndicatorDetail, type ManualValueInput, type StoredManualValue } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { usePlan } from '../plan/plan-context.js';
import { EditModal, EntriesCard, type EntryEditorProps } from './indicator-card.js';
import { filledFields } from './filled-fields.js';
import { formatNumber } from './indicator-format.js';

const evidenceKinds = ['text', 'url', 'document'] as const satisfies readonly EvidenceKind[];

/** 人工填报: values of an indicator the platform cannot compute, each with its source and evidence. */
export function ManualValuesCard({ detail, canEdit, onSaved, exportHref }: { detail: IndicatorDetail; canEdit: boolean; onSaved: () => void; exportHref: string | null }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const regionName = (code: string) => plan.regions.find((r) => r.code === code)?.name ?? code;

  const columns: TableColumnsType<StoredManualValue> = [
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
  ];

  return (
    <EntriesCard<StoredManualValue>
      kind="manual"
      detail={detail}
      canEdit={canEdit}
      exportHref={exportHref}
      onSaved={onSaved}
      rowKey="id"
      columns={columns}
      rows={detail.manualValues}
      remove={(m) => deleteManualValue(detail.summary.code, m.id)}
      Editor={ManualValueModal}
    />
  );
}

function ManualValueModal({ code, unit, existing, regions, onClose, onSaved }: EntryEditorProps<StoredManualValue>) {
  const { t } = useI18n();
  const [form] = Form.useForm<ManualValueInput>();
  const kind = Form.useWatch(['evidence', 'kind'], form);

  return (
    <EditModal
      form={form}
      save={(values) => saveManualValue(code, filledFields(values), existing?.id)}
      done={t('indicators.manual.saved')}
      title={t(existing ? 'indicators.manual.editTitle' : 'indicators.manual.addTitle')}
      onClose={onClose}
      onSaved={onSaved}
    >
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
            <Form.Item name="value" label={`${t('indicators.manual.value')}（${unitLabel(unit, t)}）`} rules={[{ required: true, message: t('indicators.form.required') }]}>
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
    </EditModal>
  );
}
