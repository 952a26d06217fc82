import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import type { ReportableFigure } from '@ipcounty/domain';
import { App, Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client.js';
import { supervisionApi, type WorkItemInput, type WorkItemRow } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';
import { unitLabel } from '../../i18n/unit-label.js';
import { usePlan } from '../../plan/plan-context.js';
import { useFigureName } from '../supervision-labels.js';

interface FormValues {
  taskNumber: number;
  title: string;
  leadUnit?: string;
  cooperatingUnits: string[];
  deadline: Dayjs;
  expectedOutput: string;
  milestones: { title: string; due: Dayjs }[];
  figures: string[];
  servesTargets: string[];
}

/**
 * 工作事项 editor: a dated piece of a plan task with its lead and co-operating units, output,
 * milestones, the targets it serves and the figures its units report.
 */
export function WorkItemForm({ year, item, figures, onClose }: { year: number; item: WorkItemRow | null | 'new'; figures: ReportableFigure[]; onClose: (saved: boolean) => void }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const { message } = App.useApp();
  const figureName = useFigureName();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const open = item !== null;

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (item !== 'new')
      form.setFieldsValue({
        taskNumber: item.taskNumber,
        title: item.title,
        leadUnit: item.leadUnit,
        cooperatingUnits: item.cooperatingUnits,
        deadline: dayjs(item.deadline),
        expectedOutput: item.expectedOutput,
        milestones: item.milestones.map((m) => ({ title: m.title, due: dayjs(m.due) })),
        figures: item.figures,
        servesTargets: item.servesTargets,
      });
    else form.setFieldsValue({ cooperatingUnits: [], milestones: [], figures: [], servesTargets: [], expectedOutput: '', deadline: dayjs(`${year}-12-31`) });
  }, [open, item, form, year]);

  const units = plan.units.filter((u) => u.kind !== 'program-office').map((u) => ({ value: u.code, label: u.name }));
  // 支撑指标 may be any of the plan's targets, grouped as the plan groups them (产出质量, 运用能力…).
  const targetOptions = plan.targetGroups.map((group) => ({
    label: group.title,
    title: group.title,
    options: group.indicators.map((indicator) => ({ value: indicator.code, label: figureName(indicator.code) })),
  }));
  const tasks = plan.taskGroups.flatMap((g) => g.tasks).map((task) => ({ value: task.number, label: `${task.number}. ${task.title}` }));

  const save = async () => {
    const values = await form.validateFields();
    const input: WorkItemInput = {
      year,
      taskNumber: values.taskNumber,
      title: values.title,
      ...(values.leadUnit ? { leadUnit: values.leadUnit } : {}),
      cooperatingUnits: values.cooperatingUnits ?? [],
      deadline: values.deadline.format('YYYY-MM-DD'),
      expectedOutput: values.expectedOutput ?? '',
      milestones: (values.milestones ?? []).map((m) => ({ title: m.title, due: m.due.format('YYYY-MM-DD') })),
      figures: values.figures ?? [],
      servesTargets: values.servesTargets ?? [],
    };
    setSaving(true);
    try {
      const result = item === 'new' || item === null ? await supervisionApi.createItem(input) : await supervisionApi.updateItem(item.id, input);
      if (result.warnings.length) void message.warning(t('supervision.item.savedWithWarnings', { count: result.warnings.length }));
      else void message.success(t('supervision.item.saved'));
      onClose(true);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      width={720}
      title={item === 'new' ? t('supervision.item.new', { year }) : t('supervision.item.edit')}
      onCancel={() => onClose(false)}
      onOk={() => void save()}
      okText={t('supervision.action.save')}
      confirmLoading={saving}
      destroyOnHidden
      data-testid="work-item-form"
    >
      <Form form={form} layout="vertical" requiredMark="optional">
        <Form.Item name="taskNumber" label={t('supervision.item.task')} rules={[{ required: true, message: t('supervision.item.required') }]}>
          <Select options={tasks} showSearch optionFilterProp="label" data-testid="item-task" />
        </Form.Item>
        <Form.Item name="title" label={t('supervision.item.title')} rules={[{ required: true, whitespace: true, message: t('supervision.item.required') }]}>
          <Input maxLength={200} data-testid="item-title" />
        </Form.Item>
        <Space.Compact block>
          <Form.Item name="leadUnit" label={t('supervision.item.lead')} style={{ flex: 1 }}>
            <Select options={units} showSearch optionFilterProp="label" allowClear data-testid="item-lead" />
          </Form.Item>
          <Form.Item name="deadline" label={t('supervision.item.deadline')} rules={[{ required: true, message: t('supervision.item.required') }]} style={{ width: 180, marginLeft: 12 }}>
            <DatePicker data-testid="item-deadline" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="cooperatingUnits" label={t('supervision.item.cooperating')}>
          <Select mode="multiple" options={units} optionFilterProp="label" data-testid="item-cooperating" />
        </Form.Item>
        <Form.Item name="expectedOutput" label={t('supervision.item.output')} tooltip={t('supervision.item.outputHint')}>
          <Input maxLength={500} />
        </Form.Item>
        <Form.Item name="servesTargets" label={t('supervision.item.servesTargets')} tooltip={t('supervision.item.servesTargetsHint')}>
          <Select mode="multiple" options={targetOptions} optionFilterProp="label" data-testid="item-serves-targets" />
        </Form.Item>
        <Form.Item name="figures" label={t('supervision.item.figures')} tooltip={t('supervision.item.figuresHint')}>
          <Select mode="multiple" options={figures.map((f) => ({ value: f.code, label: `${figureName(f.code)}（${unitLabel(f.unit, t)}）` }))} data-testid="item-figures" />
        </Form.Item>
        <Form.List name="milestones">
          {(fields, { add, remove }) => (
            <Form.Item label={t('supervision.item.milestones')}>
              {fields.map((field) => (
                <Space key={field.key} align="baseline" className="milestone-row">
                  <Form.Item name={[field.name, 'title']} rules={[{ required: true, message: t('supervision.item.required') }]}>
                    <Input placeholder={t('supervision.item.milestoneTitle')} style={{ width: 320 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'due']} rules={[{ required: true, message: t('supervision.item.required') }]}>
                    <DatePicker />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(field.name)} aria-label={t('supervision.action.remove')} />
                </Space>
              ))}
              <Button type="dashed" onClick={() => add()} icon={<PlusOutlined />}>
                {t('supervision.item.addMilestone')}
              </Button>
            </Form.Item>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
