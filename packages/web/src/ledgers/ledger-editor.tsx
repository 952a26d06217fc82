import { ledgerCatalog, type LedgerKind, type RegisterField } from '@ipcounty/domain';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { ledgersApi, type LedgerRecordView } from '../api/ledgers.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { amountUnit, fieldLabel, optionLabel } from '../registers/field-format.js';

type FormValues = Record<string, string | number | number[] | Dayjs | null | undefined>;

/**
 * The office's edit form of a ledger row: one input per column of the sheet's template, checked on
 * the server exactly like an imported row, and audited. Plan tasks are chosen from the plan.
 */
export function LedgerEditor({ kind, record, onClose, onSaved }: { kind: LedgerKind; record: LedgerRecordView | null; onClose: () => void; onSaved: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { plan } = usePlan();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const definition = ledgerCatalog[kind];
  const tasks = useMemo(() => plan.taskGroups.flatMap((g) => g.tasks), [plan]);

  useEffect(() => {
    const initial: FormValues = {};
    for (const field of definition.fields) {
      const cell = record?.cells[field.key] ?? '';
      if (field.key === 'tasks') initial.tasks = record?.tasks ?? [];
      else if (field.key === 'ownerUnit') initial.ownerUnit = typeof record?.document.ownerUnit === 'string' ? record.document.ownerUnit : undefined;
      else initial[field.key] = field.type === 'date' ? (cell ? dayjs(cell) : null) : cell;
    }
    form.setFieldsValue(initial);
  }, [record, definition, form]);

  const input = (field: RegisterField) => {
    if (field.key === 'tasks')
      return <Select mode="multiple" allowClear optionFilterProp="label" options={tasks.map((task) => ({ value: task.number, label: `${task.number}. ${task.title}` }))} />;
    if (field.key === 'ownerUnit') return <Select allowClear showSearch optionFilterProp="label" options={plan.units.map((u) => ({ value: u.code, label: u.name }))} />;
    switch (field.type) {
      case 'date':
        return <DatePicker format="YYYY-MM-DD" style={{ width: '100%' }} />;
      case 'enum':
        return <Select allowClear options={(field.options ?? []).map((o) => ({ value: o.zh, label: optionLabel(o, o.value, locale) }))} />;
      case 'region':
        return <Select allowClear options={plan.regions.map((r) => ({ value: r.name, label: r.name }))} />;
      case 'integer':
      case 'year':
        return <InputNumber min={0} style={{ width: '100%' }} stringMode />;
      case 'amount':
        return <Input suffix={amountUnit(field, locale)} />;
      case 'list':
        return <Input placeholder={t('data.listHint')} />;
      default:
        return <Input />;
    }
  };

  const save = async (values: FormValues) => {
    const cells: Record<string, string> = {};
    for (const field of definition.fields) {
      const value = values[field.key];
      cells[field.key] = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('；') : dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : String(value);
    }
    setSaving(true);
    try {
      await ledgersApi.save(kind, record?.id ?? null, cells);
      void message.success(t('data.saved'));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details)) {
        const problems = error.details as { field?: string; reason: { zh: string; en: string } }[];
        form.setFields(problems.filter((p) => p.field).map((p) => ({ name: p.field!, errors: [locale === 'en' ? p.reason.en : p.reason.zh] })));
      } else if (error instanceof ApiError) void message.error(error.message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      width={720}
      title={record ? t('data.editTitle') : t('data.addTitle')}
      okText={t('data.save')}
      cancelText={t('data.cancel')}
      confirmLoading={saving}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
      data-testid="ledger-editor"
    >
      <Form form={form} layout="horizontal" labelCol={{ span: 8 }} wrapperCol={{ span: 16 }} onFinish={(values) => void save(values)}>
        {definition.fields.map((field) => (
          <Form.Item key={field.key} name={field.key} label={fieldLabel(field, locale)} required={field.required ?? false} tooltip={locale === 'zh-CN' ? field.note : undefined}>
            {input(field)}
          </Form.Item>
        ))}
      </Form>
    </Modal>
  );
}
