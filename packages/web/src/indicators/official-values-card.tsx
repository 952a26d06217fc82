import { Col, Form, Input, InputNumber, Row, Select, Tag, Typography, type TableColumnsType } from 'antd';
import { deleteOfficialValue, saveOfficialValue, type IndicatorDetail, type OfficialComparison, type OfficialValueInput } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { usePlan } from '../plan/plan-context.js';
import { EditModal, EntriesCard, type EntryEditorProps } from './indicator-card.js';
import { filledFields } from './filled-fields.js';
import { formatChange, formatNumber } from './indicator-format.js';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** 官方发布值 and 对账: each official value beside the platform's own value for its date. */
export function OfficialValuesCard({ detail, canEdit, onSaved, exportHref }: { detail: IndicatorDetail; canEdit: boolean; onSaved: () => void; exportHref: string | null }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const regionName = (code: string) => plan.regions.find((r) => r.code === code)?.name ?? code;

  const columns: TableColumnsType<OfficialComparison> = [
    { key: 'asOf', title: t('indicators.official.asOf'), render: (_, c) => c.official.asOf },
    { key: 'region', title: t('indicators.official.region'), render: (_, c) => regionName(c.official.region) },
    { key: 'value', title: t('indicators.official.value'), align: 'right', render: (_, c) => <strong>{formatNumber(c.official.value, 4)}</strong> },
    { key: 'computed', title: t('indicators.official.computed'), align: 'right', render: (_, c) => formatNumber(c.computed, 4) },
    { key: 'difference', title: t('indicators.official.difference'), align: 'right', render: (_, c) => formatChange(c.reconciliation.difference, 4) },
    {
      key: 'status',
      title: t('indicators.official.status'),
      render: (_, c) => (
        <Tag bordered={false} color={c.reconciliation.status === 'agrees' ? 'green' : c.reconciliation.status === 'differs' ? 'red' : 'default'} data-testid="reconciliation">
          {t(`indicators.reconciliation.${c.reconciliation.status}`)}
        </Tag>
      ),
    },
    {
      key: 'source',
      title: t('indicators.official.source'),
      render: (_, c) => (
        <div>
          <div>{c.official.sourceDocument}</div>
          <Typography.Text type="secondary">
            {[c.official.publisher, t('indicators.official.publishedOnShort', { date: c.official.publishedOn })].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      ),
    },
  ];

  return (
    <EntriesCard<OfficialComparison>
      kind="official"
      detail={detail}
      canEdit={canEdit}
      exportHref={exportHref}
      onSaved={onSaved}
      rowKey={(c) => c.official.id}
      columns={columns}
      rows={detail.officialValues}
      remove={(c) => deleteOfficialValue(detail.summary.code, c.official.id)}
      Editor={OfficialValueModal}
    />
  );
}

function OfficialValueModal({ code, unit, existing, regions, onClose, onSaved }: EntryEditorProps<OfficialComparison>) {
  const { t } = useI18n();
  const [form] = Form.useForm<OfficialValueInput>();
  const o = existing?.official;
  const dateRule = { pattern: isoDate, message: t('indicators.form.dateFormat') };

  return (
    <EditModal
      form={form}
      save={(values) => saveOfficialValue(code, filledFields(values), o?.id)}
      done={t('indicators.official.saved')}
      title={t(o ? 'indicators.official.editTitle' : 'indicators.official.addTitle')}
      onClose={onClose}
      onSaved={onSaved}
      data-testid="official-modal"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={o ? { ...o, decimals: o.decimals ?? undefined, publisher: o.publisher ?? undefined, note: o.note ?? undefined } : { region: regions[0]?.value }}
      >
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="asOf" label={t('indicators.official.asOf')} rules={[{ required: true, message: t('indicators.form.required') }, dateRule]}>
              <Input placeholder="2025-12-31" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="region" label={t('indicators.official.region')}>
              <Select options={regions} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="value" label={`${t('indicators.official.value')}（${unitLabel(unit, t)}）`} rules={[{ required: true, message: t('indicators.form.required') }]}>
              <InputNumber style={{ width: '100%' }} min={0} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="decimals" label={t('indicators.official.decimals')}>
              <InputNumber style={{ width: '100%' }} min={0} max={6} precision={0} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="sourceDocument" label={t('indicators.official.source')} rules={[{ required: true, whitespace: true, message: t('indicators.form.required') }]}>
          <Input placeholder={t('indicators.official.sourcePlaceholder')} maxLength={300} />
        </Form.Item>
        <Row gutter={12}>
          <Col span={12}>
            <Form.Item name="publishedOn" label={t('indicators.official.publishedOn')} rules={[{ required: true, message: t('indicators.form.required') }, dateRule]}>
              <Input placeholder="2026-03-31" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="publisher" label={t('indicators.official.publisher')}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="note" label={t('indicators.form.note')}>
          <Input.TextArea autoSize={{ minRows: 2 }} maxLength={2000} />
        </Form.Item>
      </Form>
    </EditModal>
  );
}
