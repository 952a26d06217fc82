import type { RectificationSource } from '@ipcounty/domain';
import { DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { evaluationApi, type RectificationInput } from '../api/evaluation.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';

const sources: RectificationSource[] = ['office', 'meeting', 'self-check', 'expert-finding', 'notice'];

/** 登记整改事项, prefilled when it comes from a self-check problem or an expert's finding. */
export function RectificationModal({ initial, onClose, onSaved }: { initial: Partial<RectificationInput>; onClose: () => void; onSaved: (id: string) => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const [input, setInput] = useState<RectificationInput>({
    source: 'office',
    sourceId: null,
    sourceLabel: '',
    taskNumber: null,
    problem: '',
    ownerUnit: '',
    requiredMeasures: '',
    deadline: dayjs().add(30, 'day').format('YYYY-MM-DD'),
    ...initial,
  });
  const [busy, setBusy] = useState(false);
  const set = (patch: Partial<RectificationInput>) => setInput((i) => ({ ...i, ...patch }));
  const fixedSource = initial.sourceId !== undefined && initial.sourceId !== null;
  return (
    <Modal
      open
      title={t('evaluation.rect.add')}
      onCancel={onClose}
      okText={t('evaluation.save')}
      cancelText={t('evaluation.cancel')}
      confirmLoading={busy}
      okButtonProps={{ disabled: !input.problem.trim() || !input.ownerUnit, 'data-testid': 'rect-save' } as never}
      onOk={async () => {
        setBusy(true);
        try {
          onSaved((await evaluationApi.recordRectification(input)).id);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Form layout="vertical">
        <Form.Item label={t('evaluation.rect.source')}>
          <Select disabled={fixedSource} value={input.source} onChange={(source) => set({ source })} options={sources.filter((s) => fixedSource || s === 'office' || s === 'meeting').map((s) => ({ value: s, label: t(`evaluation.rect.source.${s}`) }))} />
        </Form.Item>
        {input.source === 'meeting' && (
          <Form.Item label={t('evaluation.rect.sourceLabel')} required>
            <Input value={input.sourceLabel} onChange={(e) => set({ sourceLabel: e.target.value })} />
          </Form.Item>
        )}
        <Form.Item label={t('evaluation.rect.problem')} required>
          <Input.TextArea rows={2} value={input.problem} onChange={(e) => set({ problem: e.target.value })} data-testid="rect-problem" />
        </Form.Item>
        <Form.Item label={t('evaluation.rect.owner')} required>
          <Select showSearch optionFilterProp="label" value={input.ownerUnit || undefined} onChange={(ownerUnit) => set({ ownerUnit })} options={plan.units.map((u) => ({ value: u.code, label: u.name }))} data-testid="rect-owner" />
        </Form.Item>
        <Form.Item label={t('evaluation.task')}>
          <InputNumber min={1} value={input.taskNumber ?? undefined} onChange={(v) => set({ taskNumber: typeof v === 'number' ? v : null })} />
        </Form.Item>
        <Form.Item label={t('evaluation.rect.measures')}>
          <Input.TextArea rows={2} value={input.requiredMeasures} onChange={(e) => set({ requiredMeasures: e.target.value })} />
        </Form.Item>
        <Form.Item label={t('evaluation.deadline')}>
          <DatePicker value={dayjs(input.deadline)} allowClear={false} onChange={(d) => d && set({ deadline: d.format('YYYY-MM-DD') })} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
