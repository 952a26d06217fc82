import { Button, Card, Col, DatePicker, Form, Input, Modal, Progress, Row, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { evaluationApi, type EvidenceRef, type PhaseTimeline } from '../api/evaluation.api.js';
import { formatYearMonth } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { phaseName } from '../i18n/phase-name.js';
import { usePlan } from '../plan/plan-context.js';
import { useUnitName } from '../supervision/supervision-labels.js';
import { useMe } from '../session/session-context.js';
import { EvidenceEditor, EvidenceList } from './evidence-editor.js';
import { DeliverableTag } from './labels.js';

type Deliverable = PhaseTimeline['deliverables'][number];

/** 阶段工作清单: the phase timeline with each phase's checklist; the office ticks items off. */
export function PhasesPanel({ timeline, onChanged }: { timeline: PhaseTimeline; onChanged: () => void }) {
  const { t, locale } = useI18n();
  const me = useMe();
  const unitName = useUnitName();
  const [editing, setEditing] = useState<Deliverable | null>(null);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle">
      <Row gutter={[12, 12]}>
        {timeline.phases.map((p) => (
          <Col key={p.code} xs={24} sm={12} lg={6}>
            <Card size="small" className={p.current ? 'evaluation-phase-current' : undefined} data-testid={`phase-${p.code}`}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space wrap>
                  <strong>{phaseName(p, locale, t)}</strong>
                  {p.current && <Tag color="blue">{t('evaluation.phase.current')}</Tag>}
                </Space>
                <span className="evaluation-muted">
                  {formatYearMonth(p.start, locale)} – {formatYearMonth(p.end, locale)}
                </span>
                <Progress percent={p.progress.total ? Math.round((p.progress.done / p.progress.total) * 100) : 0} size="small" status={p.progress.late ? 'exception' : undefined} />
                <Space wrap size={4}>
                  <span>{t('evaluation.phase.progress', { done: p.progress.done, total: p.progress.total })}</span>
                  {p.progress.late > 0 && <Tag color="error">{t('evaluation.phase.late', { count: p.progress.late })}</Tag>}
                </Space>
              </Space>
            </Card>
          </Col>
        ))}
      </Row>
      {timeline.phases.map((p) => (
        <Card key={p.code} size="small" title={phaseName(p, locale, t)}>
          <Table<Deliverable>
            size="small"
            rowKey="id"
            pagination={false}
            scroll={{ x: true }}
            dataSource={timeline.deliverables.filter((d) => d.phaseCode === p.code)}
            columns={[
              { title: '#', dataIndex: 'position', width: 40 },
              { title: t('evaluation.task'), dataIndex: 'title' },
              { title: t('evaluation.deliverable.owner'), render: (_, d) => unitName(d.ownerUnit), width: 130 },
              { title: t('evaluation.deliverable.due'), dataIndex: 'dueOn', width: 110 },
              { title: t('evaluation.status'), render: (_, d) => <DeliverableTag status={d.status} />, width: 90 },
              { title: t('evaluation.evidence'), render: (_, d) => <EvidenceList evidence={d.evidence} /> },
              ...(me.can('evaluation.assign')
                ? [{ title: t('evaluation.actions'), width: 80, render: (_: unknown, d: Deliverable) => <Button size="small" onClick={() => setEditing(d)} data-testid={`deliverable-${d.id}`}>{t('evaluation.deliverable.edit')}</Button> }]
                : []),
            ]}
          />
        </Card>
      ))}
      {editing && <DeliverableModal deliverable={editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), onChanged())} />}
    </Space>
  );
}

function DeliverableModal({ deliverable, onClose, onSaved }: { deliverable: Deliverable; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const [ownerUnit, setOwnerUnit] = useState<string | null>(deliverable.ownerUnit);
  const [dueOn, setDueOn] = useState(deliverable.dueOn);
  const [doneOn, setDoneOn] = useState<string | null>(deliverable.doneOn);
  const [evidence, setEvidence] = useState<EvidenceRef[]>(deliverable.evidence);
  const [note, setNote] = useState(deliverable.note);
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={deliverable.title}
      onCancel={onClose}
      okText={t('evaluation.save')}
      cancelText={t('evaluation.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: doneOn !== null && evidence.length === 0 }}
      onOk={async () => {
        setBusy(true);
        try {
          await evaluationApi.saveDeliverable(deliverable.id, { ownerUnit, dueOn, doneOn, evidence, note });
          onSaved();
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('evaluation.deliverable.owner')}>
          <Select allowClear showSearch optionFilterProp="label" value={ownerUnit ?? undefined} onChange={(v) => setOwnerUnit(v ?? null)} options={plan.units.map((u) => ({ value: u.code, label: u.name }))} />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('evaluation.deliverable.due')}>
            <DatePicker value={dayjs(dueOn)} allowClear={false} onChange={(d) => d && setDueOn(d.format('YYYY-MM-DD'))} />
          </Form.Item>
          <Form.Item label={t('evaluation.deliverable.done')} help={doneOn && evidence.length === 0 ? t('evaluation.deliverable.needEvidence') : undefined}>
            <DatePicker value={doneOn ? dayjs(doneOn) : null} onChange={(d) => setDoneOn(d ? d.format('YYYY-MM-DD') : null)} data-testid="deliverable-done" />
          </Form.Item>
        </Space>
        <Form.Item label={t('evaluation.evidence')}>
          <EvidenceEditor owner={{ kind: 'deliverable', id: deliverable.id }} value={evidence} onChange={setEvidence} />
        </Form.Item>
        <Form.Item label={t('evaluation.deliverable.note')}>
          <Input.TextArea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
