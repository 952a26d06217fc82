import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Modal, Select, Space, Switch, Table, Tag, Upload } from 'antd';
import { useCallback, useState } from 'react';
import { evaluationApi, type Expert, type ExpertInput } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { useUnitName } from '../supervision/supervision-labels.js';

/** 专家库: the pool with each expert's conflicts of interest; added by hand or imported from Excel. */
export function ExpertsPanel() {
  const { t } = useI18n();
  const unitName = useUnitName();
  const resource = useResource(useCallback((signal: AbortSignal) => evaluationApi.experts(signal), []));
  const [editing, setEditing] = useState<Expert | 'new' | null>(null);
  const [importNote, setImportNote] = useState<string | null>(null);
  const experts = resource.state === 'ready' ? resource.data.experts : [];
  const reload = () => {
    if (resource.state === 'ready') resource.reload();
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {t('evaluation.expert.add')}
        </Button>
        <Upload
          showUploadList={false}
          accept=".xlsx"
          customRequest={async ({ file, onSuccess }) => {
            const result = await evaluationApi.importExperts(file as File);
            setImportNote(
              [t('evaluation.expert.imported', { added: result.added, updated: result.updated }), result.problems.length ? t('evaluation.expert.importProblems', { count: result.problems.length, rows: result.problems.map((p) => t('evaluation.labelled', { label: String(p.row), value: p.message })).join('; ') }) : '']
                .filter(Boolean)
                .join('；'),
            );
            onSuccess?.(result);
            reload();
          }}
        >
          <Button icon={<UploadOutlined />}>{t('evaluation.expert.import')}</Button>
        </Upload>
        <Button icon={<DownloadOutlined />} href={evaluationApi.expertTemplateUrl}>
          {t('evaluation.expert.template')}
        </Button>
      </Space>
      {importNote && <Alert type="info" showIcon closable message={importNote} onClose={() => setImportNote(null)} />}
      <Table<Expert>
        size="small"
        rowKey="id"
        loading={resource.state === 'loading'}
        dataSource={experts}
        scroll={{ x: 760 }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(e) => ({ onClick: () => setEditing(e), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('evaluation.expert.name'), dataIndex: 'name', width: 90 },
          { title: t('evaluation.expert.field'), dataIndex: 'field', width: 120 },
          { title: t('evaluation.expert.organisation'), dataIndex: 'organisation' },
          { title: t('evaluation.expert.title'), dataIndex: 'title', width: 100 },
          { title: t('evaluation.expert.avoidUnits'), render: (_, e) => e.avoidUnits.map((u) => <Tag key={u}>{unitName(u)}</Tag>) },
          { title: t('evaluation.status'), width: 80, render: (_, e) => (e.active ? <Tag color="success">{t('evaluation.expert.active')}</Tag> : <Tag>{t('evaluation.expert.inactive')}</Tag>) },
        ]}
      />
      {editing && <ExpertModal expert={editing === 'new' ? null : editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), reload())} />}
    </Space>
  );
}

function ExpertModal({ expert, onClose, onSaved }: { expert: Expert | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const [input, setInput] = useState<ExpertInput>(
    expert ? { ...expert } : { name: '', field: '', organisation: '', title: '', phone: null, email: null, avoidUnits: [], avoidEnterprises: [], active: true },
  );
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<ExpertInput>) => setInput((i) => ({ ...i, ...patch }));
  return (
    <Modal
      open
      title={expert ? expert.name : t('evaluation.expert.add')}
      onCancel={onClose}
      okText={t('evaluation.save')}
      cancelText={t('evaluation.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: !input.name.trim() }}
      onOk={async () => {
        setBusy(true);
        try {
          await (expert ? evaluationApi.saveExpert(expert.id, input) : evaluationApi.addExpert(input));
          onSaved();
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('evaluation.expert.name')} required>
          <Input value={input.name} onChange={(e) => set({ name: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('evaluation.expert.field')}>
          <Input value={input.field} onChange={(e) => set({ field: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('evaluation.expert.organisation')}>
          <Input value={input.organisation} onChange={(e) => set({ organisation: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('evaluation.expert.title')}>
          <Input value={input.title} onChange={(e) => set({ title: e.target.value })} />
        </Form.Item>
        <Space wrap>
          <Form.Item label={t('evaluation.expert.phone')}>
            <Input value={input.phone ?? ''} onChange={(e) => set({ phone: e.target.value || null })} />
          </Form.Item>
          <Form.Item label={t('evaluation.expert.email')}>
            <Input value={input.email ?? ''} onChange={(e) => set({ email: e.target.value || null })} />
          </Form.Item>
        </Space>
        <Form.Item label={t('evaluation.expert.avoidUnits')}>
          <Select mode="multiple" optionFilterProp="label" value={input.avoidUnits} onChange={(avoidUnits) => set({ avoidUnits })} options={plan.units.map((u) => ({ value: u.code, label: u.name }))} />
        </Form.Item>
        <Form.Item label={t('evaluation.expert.avoidEnterprises')}>
          <Input.TextArea rows={2} value={input.avoidEnterprises.join('\n')} onChange={(e) => set({ avoidEnterprises: e.target.value.split('\n').map((s) => s.trim()).filter(Boolean) })} />
        </Form.Item>
        <Form.Item label={t('evaluation.expert.active')}>
          <Switch checked={input.active} onChange={(active) => set({ active })} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
