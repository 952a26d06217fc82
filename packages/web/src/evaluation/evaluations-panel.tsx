import { PlusOutlined } from '@ant-design/icons';
import type { EvaluationKind } from '@ipcounty/domain';
import { Button, DatePicker, Form, Input, InputNumber, List, Modal, Select, Space, Spin, Tag } from 'antd';
import dayjs from 'dayjs';
import { useCallback, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { evaluationApi, type EvaluationSummary, type IndexItem } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useMe } from '../session/session-context.js';
import { IndexSystemEditor } from './index-system-editor.js';
import { EvaluationStatusTag } from './labels.js';

/** 专家评审: the evaluations the user may see, with where each stands; the office creates them. */
export function EvaluationsPanel({ evaluations }: { evaluations: EvaluationSummary[] }) {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {me.can('evaluation.assign') && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="create-evaluation">
          {t('evaluation.eval.create')}
        </Button>
      )}
      <List
        bordered
        dataSource={evaluations}
        locale={{ emptyText: t('evaluation.none') }}
        renderItem={(e) => (
          <List.Item onClick={() => navigate(`/evaluation/evaluations/${e.id}`)} style={{ cursor: 'pointer' }} data-testid="evaluation-row">
            <List.Item.Meta
              title={
                <Space wrap>
                  <a>{e.title}</a>
                  <Tag>{t(`evaluation.eval.kind.${e.kind}`)}</Tag>
                  <EvaluationStatusTag status={e.status} />
                  {e.conclusion && <Tag color={e.conclusion === 'fail' ? 'error' : 'success'}>{t(`evaluation.eval.conclusion.${e.conclusion}`)}</Tag>}
                </Space>
              }
              description={
                <Space wrap split="·">
                  <span>{e.heldOn}</span>
                  <span>{t('evaluation.eval.sheets', { done: e.sheetsIn, total: e.panelSize })}</span>
                  {e.total !== null && <span>{t('evaluation.eval.total', { total: e.total, full: e.fullMarks })}</span>}
                </Space>
              }
            />
          </List.Item>
        )}
      />
      {creating && <CreateEvaluationModal onClose={() => setCreating(false)} onCreated={(id) => navigate(`/evaluation/evaluations/${id}`)} />}
    </Space>
  );
}

function CreateEvaluationModal({ onClose, onCreated }: { onClose: () => void; onCreated: (id: string) => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const templates = useResource(useCallback((signal: AbortSignal) => evaluationApi.indexTemplates(signal), []));
  const [kind, setKind] = useState<EvaluationKind>('mock-acceptance');
  const [title, setTitle] = useState(`${plan.county.name}国家知识产权强县建设试点模拟验收`);
  const [heldOn, setHeldOn] = useState(dayjs().add(7, 'day').format('YYYY-MM-DD'));
  const [scope, setScope] = useState('');
  const [enterprises, setEnterprises] = useState('');
  const [panelSize, setPanelSize] = useState(5);
  const [reserveSize, setReserveSize] = useState(2);
  const [items, setItems] = useState<IndexItem[] | null>(null);
  const [templateName, setTemplateName] = useState('');
  const [busy, setBusy] = useState(false);
  if (templates.state !== 'ready') return <Modal open footer={null} onCancel={onClose}><Spin /></Modal>;
  const current = items ?? templates.data.fromPlan;
  return (
    <Modal
      open
      width={900}
      title={t('evaluation.eval.create')}
      onCancel={onClose}
      okText={t('evaluation.save')}
      cancelText={t('evaluation.cancel')}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'create-evaluation-ok' } as never}
      onOk={async () => {
        setBusy(true);
        try {
          const created = await evaluationApi.createEvaluation({ kind, title, heldOn, scope, scopeUnits: [], scopeEnterprises: enterprises.split('\n').map((s) => s.trim()).filter(Boolean), indexItems: current, panelSize, reserveSize });
          onCreated(created.evaluation.id);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form layout="vertical">
        <Space wrap>
          <Form.Item label={t('evaluation.eval.kind')}>
            <Select style={{ width: 160 }} value={kind} onChange={setKind} options={(['mock-acceptance', 'provincial-acceptance', 'mid-term'] as const).map((k) => ({ value: k, label: t(`evaluation.eval.kind.${k}`) }))} />
          </Form.Item>
          <Form.Item label={t('evaluation.eval.heldOn')}>
            <DatePicker value={dayjs(heldOn)} allowClear={false} onChange={(d) => d && setHeldOn(d.format('YYYY-MM-DD'))} />
          </Form.Item>
          <Form.Item label={t('evaluation.eval.panelSize')}>
            <InputNumber min={1} max={15} value={panelSize} onChange={(v) => setPanelSize(Number(v) || 1)} data-testid="panel-size" />
          </Form.Item>
          <Form.Item label={t('evaluation.eval.reserveSize')}>
            <InputNumber min={0} max={10} value={reserveSize} onChange={(v) => setReserveSize(Number(v) || 0)} />
          </Form.Item>
        </Space>
        <Form.Item label={t('evaluation.eval.name')}>
          <Input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="evaluation-title" />
        </Form.Item>
        <Form.Item label={t('evaluation.eval.scope')}>
          <Input.TextArea rows={2} value={scope} onChange={(e) => setScope(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('evaluation.eval.enterprises')}>
          <Input.TextArea rows={2} value={enterprises} onChange={(e) => setEnterprises(e.target.value)} />
        </Form.Item>
        <Form.Item label={t('evaluation.eval.template')}>
          <Select
            value={items === null ? 'plan' : undefined}
            placeholder={t('evaluation.eval.template')}
            onChange={(v) => setItems(v === 'plan' ? null : (templates.data.templates.find((x) => x.id === v)?.items ?? null))}
            options={[{ value: 'plan', label: t('evaluation.eval.fromPlan') }, ...templates.data.templates.map((x) => ({ value: x.id, label: x.name }))]}
          />
        </Form.Item>
        <IndexSystemEditor items={current} onChange={setItems} />
        <Space.Compact style={{ marginTop: 8 }}>
          <Input placeholder={t('evaluation.eval.templateName')} value={templateName} onChange={(e) => setTemplateName(e.target.value)} />
          <Button disabled={!templateName.trim()} onClick={() => evaluationApi.saveTemplate({ name: templateName.trim(), items: current }).then(() => setTemplateName(''))}>
            {t('evaluation.eval.saveTemplate')}
          </Button>
        </Space.Compact>
      </Form>
    </Modal>
  );
}
