import { SettingOutlined } from '@ant-design/icons';
import type { LadderThresholds } from '@ipcounty/domain';
import { App, Button, Card, Checkbox, Form, InputNumber, Modal, Popconfirm, Space, Tag } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { supervisionApi, type LadderRules } from '../api/supervision.api.js';
import { useI18n, type I18n } from '../i18n/locale-context.js';

/** The numeric rules; `approvalLevels` is a set of rungs, edited with check boxes. */
type Field = Exclude<keyof LadderThresholds, 'approvalLevels'>;
const levels = ['reminder', 'urge', 'supervise'] as const;

const fields: { name: Field; label: 'supervision.ladder.yellowWithinDays' | 'supervision.ladder.urgeAfterDaysOverdue' | 'supervision.ladder.superviseAfterDaysOverdue' | 'supervision.ladder.superviseAfterOverdueRounds'; min: number; max: number; rounds?: boolean }[] = [
  { name: 'yellowWithinDays', label: 'supervision.ladder.yellowWithinDays', min: 0, max: 366 },
  { name: 'urgeAfterDaysOverdue', label: 'supervision.ladder.urgeAfterDaysOverdue', min: 1, max: 366 },
  { name: 'superviseAfterDaysOverdue', label: 'supervision.ladder.superviseAfterDaysOverdue', min: 1, max: 366 },
  { name: 'superviseAfterOverdueRounds', label: 'supervision.ladder.superviseAfterOverdueRounds', min: 1, max: 12, rounds: true },
];

/** 提前7天提醒, or 到期当天提醒 when there is no advance notice: the same words wherever the rule is shown. */
export function advanceNotice(t: I18n['t'], days: number): string {
  return days === 0 ? t('supervision.ladder.dueDayOnly') : t('supervision.ladder.advance', { days });
}

/** The rules in one line: 提前7天提醒 · 逾期第1天起催办 · 逾期第30天或连续2个轮次逾期督办. */
export function ladderSummary(t: I18n['t'], rules: LadderThresholds): string {
  return [
    advanceNotice(t, rules.yellowWithinDays),
    t('supervision.ladder.urgeFrom', { days: rules.urgeAfterDaysOverdue }),
    t('supervision.ladder.superviseFrom', { days: rules.superviseAfterDaysOverdue, rounds: rules.superviseAfterOverdueRounds }),
  ].join(' · ');
}

/** The part of a server message "中文 / English" in the interface language. */
const inLanguage = (message: string, locale: I18n['locale']) => {
  const [zh, en] = message.split(' / ');
  return (locale === 'en' ? en : zh) ?? message;
};

/**
 * 督办规则 of the year: the rules in force with where they come from and the defaults, and for the
 * office a form to change them (or go back to the last year's, or the defaults).
 */
export function LadderRulesCard({ year, ladder, editable, onSaved }: { year: number; ladder: LadderRules; editable: boolean; onSaved: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<LadderThresholds>();
  const own = ladder.setFor === year;
  const origin = ladder.setFor === null ? t('supervision.ladder.usingDefaults') : own ? t('supervision.ladder.setFor', { year }) : t('supervision.ladder.inherited', { year: ladder.setFor });

  const edit = () => {
    form.resetFields();
    form.setFieldsValue(ladder.thresholds);
    setOpen(true);
  };
  const save = async (thresholds: LadderThresholds | null) => {
    setSaving(true);
    try {
      await supervisionApi.saveSettings(year, { ladderThresholds: thresholds });
      void message.success(t('supervision.ladder.saved'));
      setOpen(false);
      onSaved();
    } catch (error) {
      // The server names each field it refused; show its words beside the field.
      if (error instanceof ApiError && Array.isArray(error.details))
        form.setFields(
          (error.details as { path: string; message: string }[])
            .filter((d) => fields.some((f) => f.name === d.path))
            .map((d) => ({ name: d.path as Field, errors: [inLanguage(d.message, locale)] })),
        );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card
      size="small"
      title={t('supervision.ladder.title')}
      data-testid="ladder-rules"
      extra={
        editable && (
          <Button size="small" icon={<SettingOutlined />} onClick={edit} data-testid="edit-ladder-rules">
            {t('supervision.ladder.edit')}
          </Button>
        )
      }
    >
      <Space wrap size={[8, 4]}>
        <span data-testid="ladder-summary">{ladderSummary(t, ladder.thresholds)}</span>
        <Tag color={ladder.setFor === null ? 'default' : 'blue'}>{origin}</Tag>
        {(ladder.thresholds.approvalLevels ?? []).length > 0 && (
          <span className="muted" data-testid="approval-levels">
            {t('supervision.ladder.approvalLevels')}{locale === 'en' ? ': ' : '：'}{ladder.thresholds.approvalLevels.map((level) => t(`supervision.ladder.level.${level}`)).join(locale === 'en' ? ', ' : '、')}
          </span>
        )}
      </Space>
      <Modal
        open={open}
        title={t('supervision.ladder.editTitle', { year })}
        onCancel={() => setOpen(false)}
        onOk={() => void form.validateFields().then((values) => save(values))}
        okText={t('supervision.action.save')}
        confirmLoading={saving}
        destroyOnHidden
        footer={(_, { OkBtn, CancelBtn }) => (
          <Space>
            {own && (
              <Popconfirm title={t('supervision.ladder.resetConfirm')} onConfirm={() => void save(null)}>
                <Button data-testid="reset-ladder-rules">{t('supervision.ladder.reset')}</Button>
              </Popconfirm>
            )}
            <CancelBtn />
            <OkBtn />
          </Space>
        )}
      >
        <Form form={form} layout="vertical" data-testid="ladder-rules-form">
          {fields.map((field) => (
            <Form.Item
              key={field.name}
              name={field.name}
              label={t(field.label)}
              extra={t('supervision.ladder.default', { value: ladder.defaults[field.name] })}
              dependencies={field.name === 'urgeAfterDaysOverdue' ? ['superviseAfterDaysOverdue'] : []}
              rules={[
                { required: true, type: 'integer', min: field.min, max: field.max, message: t('supervision.ladder.wholeNumber', { min: field.min, max: field.max }) },
                ...(field.name === 'urgeAfterDaysOverdue'
                  ? [
                      ({ getFieldValue }: { getFieldValue: (name: Field) => unknown }) => ({
                        validator: (_: unknown, value: number) =>
                          typeof value === 'number' && value > Number(getFieldValue('superviseAfterDaysOverdue')) ? Promise.reject(new Error(t('supervision.ladder.urgeAfterSupervise'))) : Promise.resolve(),
                      }),
                    ]
                  : []),
              ]}
            >
              <InputNumber min={field.min} max={field.max} precision={0} addonAfter={t(field.rounds ? 'supervision.ladder.rounds' : 'supervision.ladder.days')} style={{ width: 150 }} data-testid={`ladder-${field.name}`} />
            </Form.Item>
          ))}
          <Form.Item name="approvalLevels" label={t('supervision.ladder.approvalLevels')} extra={t('supervision.ladder.approvalHint')}>
            <Checkbox.Group options={levels.map((level) => ({ value: level, label: t(`supervision.ladder.level.${level}`) }))} data-testid="ladder-approvalLevels" />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
