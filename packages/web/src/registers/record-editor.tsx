import { registerCatalog, type RegisterField, type RegisterKind } from '@ipcounty/domain';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { ApiError } from '../api/client.js';
import { registersApi, type RecordView } from '../api/registers.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { amountUnit, fieldLabel, optionLabel } from './field-format.js';
import { useKeyIndustries } from './key-industries.js';

interface Props {
  kind: RegisterKind;
  /** The record edited; null to add one. */
  record: RecordView | null;
  onClose: () => void;
  onSaved: (key: string) => void;
}

type FormValues = Record<string, string | number | Dayjs | null | undefined>;

/**
 * The office's edit form: one input per column of the import template, checked on the server
 * exactly like an imported row (the same messages), and recorded in the audit log. Key fields
 * (申请号, 注册号…) cannot change; a new key is a new record.
 */
export function RecordEditor({ kind, record, onClose, onSaved }: Props) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const { plan } = usePlan();
  const keyIndustries = useKeyIndustries();
  const [form] = Form.useForm<FormValues>();
  const [saving, setSaving] = useState(false);
  const definition = registerCatalog[kind];

  useEffect(() => {
    const initial: FormValues = {};
    const cells = record?.cells[0] ?? {};
    for (const field of definition.fields) {
      const cell = cells[field.key] ?? '';
      initial[field.key] = field.type === 'date' ? (cell ? dayjs(cell) : null) : cell;
    }
    form.setFieldsValue(initial);
  }, [record, definition, form]);

  const input = (field: RegisterField) => {
    const locked = record !== null && definition.keyFields.includes(field.key);
    switch (field.type) {
      case 'date':
        return <DatePicker disabled={locked} format="YYYY-MM-DD" style={{ width: '100%' }} />;
      case 'enum':
        return <Select allowClear disabled={locked} options={(field.options ?? []).map((o) => ({ value: o.zh, label: optionLabel(o, o.value, locale) }))} />;
      case 'boolean':
        return <Select allowClear options={[{ value: '是', label: t('data.yes') }, { value: '否', label: t('data.no') }]} />;
      case 'region':
        return <Select allowClear disabled={locked} options={plan.regions.map((r) => ({ value: r.name, label: r.name }))} />;
      case 'key-industry':
        return <Select allowClear options={keyIndustries.map((name) => ({ value: name, label: name }))} />;
      case 'integer':
      case 'year':
        return <InputNumber disabled={locked} min={0} style={{ width: '100%' }} stringMode />;
      case 'amount':
        return <Input disabled={locked} suffix={amountUnit(field, locale)} />;
      case 'list':
      case 'enum-list':
        return <Input disabled={locked} placeholder={t('data.listHint')} />;
      default:
        return <Input disabled={locked} />;
    }
  };

  const save = async (values: FormValues) => {
    const out: Record<string, string> = {};
    for (const field of definition.fields) {
      const value = values[field.key];
      out[field.key] = value === null || value === undefined ? '' : dayjs.isDayjs(value) ? value.format('YYYY-MM-DD') : String(value);
    }
    setSaving(true);
    try {
      const result = await registersApi.save(kind, record?.key ?? null, out);
      void message.success(t('data.saved'));
      onSaved(result.key);
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details)) {
        const problems = error.details as { field?: string; zh: string; en: string }[];
        form.setFields(problems.filter((p) => p.field).map((p) => ({ name: p.field!, errors: [locale === 'en' ? p.en : p.zh] })));
        const general = problems.filter((p) => !p.field);
        if (general.length > 0) void message.error(general.map((p) => (locale === 'en' ? p.en : p.zh)).join('；'));
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
      data-testid="record-editor"
      destroyOnHidden
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
