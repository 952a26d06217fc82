import { App, Button, DatePicker, Form, Modal, Select, Space, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useMemo, useState } from 'react';
import { Link } from 'react-router-dom';
import { ledgersApi, type LedgerRecordView } from '../api/ledgers.api.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { usePlan } from '../plan/plan-context.js';
import { useMe } from '../session/session-context.js';

const statusColours = { open: 'default', 'in-progress': 'blue', done: 'green' } as const;

/**
 * 落实情况 of a decision, and the office's hand-over: 转为工作事项 makes it a work item of the
 * annual plan with an owner and a deadline, which the supervision ladder then watches; 转为整改事项
 * makes it an item of the rectification ledger that its owner unit answers.
 */
export function DecisionFollowUp({ record, onChanged }: { record: LedgerRecordView; onChanged: () => void }) {
  const { t } = useI18n();
  const me = useMe();
  const [open, setOpen] = useState<'work-item' | 'rectification' | null>(null);
  const decision = record.decision!;
  const followedUp = decision.workItemId || decision.rectificationId;
  return (
    <Space size={4} wrap>
      <Tag color={statusColours[decision.status]} data-testid="decision-status">
        {t(`ledgers.decision.${decision.status}` as MessageKey)}
      </Tag>
      {decision.overdue && <Tag color="red">{t('ledgers.decision.overdue')}</Tag>}
      {decision.workItemId && (
        <Link to={`/supervision/plan?year=${decision.workItemId.slice(0, 4)}`} data-testid="decision-work-item">
          {t('ledgers.decision.workItem', { id: decision.workItemId })}
        </Link>
      )}
      {decision.rectificationId && (
        <Link to={`/evaluation/rectification/${decision.rectificationId}`} data-testid="decision-rectification">
          {t('ledgers.decision.rectification')}
        </Link>
      )}
      {!followedUp && me.can('workitems.write') && (
        <Button size="small" onClick={() => setOpen('work-item')} data-testid="to-work-item">
          {t('ledgers.decision.toWorkItem')}
        </Button>
      )}
      {!followedUp && me.can('evaluation.assign') && (
        <Button size="small" onClick={() => setOpen('rectification')} data-testid="to-rectification">
          {t('ledgers.decision.toRectification')}
        </Button>
      )}
      {open && <FollowUpForm kind={open} record={record} onClose={() => setOpen(null)} onDone={onChanged} />}
    </Space>
  );
}

/** What the office settles when it hands a decision on: the plan task, the owner and the deadline. */
function FollowUpForm({ kind, record, onClose, onDone }: { kind: 'work-item' | 'rectification'; record: LedgerRecordView; onClose: () => void; onDone: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const { plan } = usePlan();
  const [form] = Form.useForm<{ taskNumber?: number; unit?: string; deadline?: Dayjs }>();
  const [saving, setSaving] = useState(false);
  const tasks = useMemo(() => plan.taskGroups.flatMap((g) => g.tasks), [plan]);
  const initial = {
    taskNumber: record.tasks[0],
    unit: typeof record.document.ownerUnit === 'string' ? record.document.ownerUnit : undefined,
    deadline: typeof record.document.deadline === 'string' ? dayjs(record.document.deadline) : undefined,
  };
  const submit = async (values: { taskNumber?: number; unit?: string; deadline?: Dayjs }) => {
    setSaving(true);
    const common = { ...(values.taskNumber ? { taskNumber: values.taskNumber } : {}), ...(values.deadline ? { deadline: values.deadline.format('YYYY-MM-DD') } : {}) };
    try {
      if (kind === 'work-item') {
        const saved = await ledgersApi.toWorkItem(record.id, { ...common, ...(values.unit ? { leadUnit: values.unit } : {}) });
        void message.success(t('ledgers.decision.turned', { id: saved.item.id }));
      } else {
        const item = await ledgersApi.toRectification(record.id, { ...common, ...(values.unit ? { ownerUnit: values.unit } : {}) });
        void message.success(t('ledgers.decision.turnedRectification', { number: item.number }));
      }
      onClose();
      onDone();
    } finally {
      setSaving(false);
    }
  };
  const title = kind === 'work-item' ? t('ledgers.decision.toWorkItem') : t('ledgers.decision.toRectification');
  return (
    <Modal open title={title} okText={title} cancelText={t('data.cancel')} confirmLoading={saving} onOk={() => form.submit()} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph>{String(record.document.content ?? '')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{kind === 'work-item' ? t('ledgers.decision.toWorkItemHint') : t('ledgers.decision.toRectificationHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(values) => void submit(values)}>
        <Form.Item name="taskNumber" label={t('ledgers.decision.task')} rules={[{ required: kind === 'work-item' }]}>
          <Select allowClear showSearch optionFilterProp="label" options={tasks.map((task) => ({ value: task.number, label: `${task.number}. ${task.title}` }))} />
        </Form.Item>
        <Form.Item name="unit" label={t('ledgers.decision.owner')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" options={plan.units.map((u) => ({ value: u.code, label: u.name }))} />
        </Form.Item>
        <Form.Item name="deadline" label={t('ledgers.decision.deadline')} rules={[{ required: true }]}>
          <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
