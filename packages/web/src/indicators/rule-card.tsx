import { EditOutlined } from '@ant-design/icons';
import { Descriptions, Form, Input, InputNumber, Select, Switch, Table, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { saveSettings, type IndicatorDetail, type SettingView } from '../api/indicators.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { unitLabel } from '../i18n/unit-label.js';
import { CardNote, EditModal, IndicatorCard } from './indicator-card.js';
import { settingOptionLabels } from './setting-options.js';

type Translate = ReturnType<typeof useI18n>['t'];

/** A setting value's name in the interface, or the value itself. */
const optionText = (t: Translate, value: unknown) => {
  const key = typeof value === 'string' ? settingOptionLabels[value] : undefined;
  return key ? t(key) : String(value);
};

/** How a setting's value reads: option names, lists joined, objects as JSON, null as 未设置. */
export function settingText(t: Translate, value: unknown): string {
  if (value === null || value === undefined) return t('indicators.settings.none');
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : optionText(t, v))).join(t('list.separator'));
  if (typeof value === 'object') return JSON.stringify(value);
  return optionText(t, value);
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isStructured = (s: SettingView) => !s.options && (Array.isArray(s.default) || (typeof s.default === 'object' && s.default !== null));

/** 统计口径: what the number counts, where the rule comes from, and the settings it is counted with. */
export function RuleCard({ detail, canEdit, onSaved, exportHref }: { detail: IndicatorDetail; canEdit: boolean; onSaved: () => void; exportHref: string | null }) {
  const { t, locale } = useI18n();
  const [editing, setEditing] = useState(false);
  const rule = detail.rule;
  const columns: TableColumnsType<SettingView> = [
    {
      key: 'description',
      title: t('indicators.settings.setting'),
      render: (_, s) => (
        <div>
          <div>{locale === 'en' ? s.description.en : s.description.zh}</div>
        </div>
      ),
    },
    { key: 'value', title: t('indicators.settings.value'), width: '22%', render: (_, s) => <span data-testid="setting-value">{settingText(t, s.value)}</span> },
    { key: 'default', title: t('indicators.settings.default'), width: '18%', render: (_, s) => <span className="muted">{settingText(t, s.default)}</span> },
    {
      key: 'status',
      title: t('indicators.settings.status'),
      width: 170,
      render: (_, s) => (
        <div className="setting-tags">
          {s.confirmed ? (
            <Tag bordered={false}>{t('indicators.settings.confirmed')}</Tag>
          ) : (
            <Tag bordered={false} color="gold" data-testid="unconfirmed-tag">
              {t('indicators.unconfirmed')}
            </Tag>
          )}
          {s.overridden && (
            <Tag bordered={false} color="blue">
              {t('indicators.settings.overridden')}
            </Tag>
          )}
        </div>
      ),
    },
  ];

  const hasSettings = detail.settings.length > 0;
  return (
    <IndicatorCard
      title={t('indicators.rule.title')}
      testId="rule-card"
      exportHref={hasSettings ? exportHref : null}
      action={canEdit && hasSettings ? { label: t('indicators.settings.edit'), icon: <EditOutlined />, onClick: () => setEditing(true), testId: 'edit-settings' } : null}
    >
      <Descriptions size="small" column={{ xs: 1, lg: 2 }} bordered>
        <Descriptions.Item label={t('indicators.rule.text')} span={2}>
          <span data-testid="rule-text">{locale === 'en' ? rule.text.en : rule.text.zh}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.rule.source')} span={2}>
          {locale === 'en' ? rule.sourceText.en : rule.sourceText.zh}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.rule.basis')}>
          {t(`indicators.basis.${rule.basis}`)}
          {rule.statisticalYear && ` · ${t(`indicators.statisticalYear.${rule.statisticalYear}`)}`}
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.rule.formula')}>{t(`indicators.formula.${rule.formula}`)}</Descriptions.Item>
        <Descriptions.Item label={t('indicators.rule.records')}>{t(`indicators.recordKind.${rule.records}`)}</Descriptions.Item>
        <Descriptions.Item label={t('indicators.rule.unit')}>{unitLabel(rule.unit, t)}</Descriptions.Item>
        <Descriptions.Item label={t('indicators.ruleVersion')}>
          <span data-testid="rule-version">{rule.ruleVersion}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('indicators.rule.dimensions')}>{rule.dimensions.map((d) => t(`indicators.dimension.${d}`)).join(t('list.separator'))}</Descriptions.Item>
      </Descriptions>
      {hasSettings ? (
        <>
          <CardNote>{t('indicators.settings.note')}</CardNote>
          {/* Narrower than this (a phone), the rule's sentence would stand a word to a line and the status be cut: the table scrolls instead. */}
          <Table<SettingView> size="small" rowKey="key" columns={columns} dataSource={detail.settings} pagination={false} scroll={{ x: 680 }} data-testid="settings-table" />
        </>
      ) : (
        <CardNote>{t('indicators.settings.noneForRule')}</CardNote>
      )}
      {editing && <SettingsModal detail={detail} onClose={() => setEditing(false)} onSaved={onSaved} />}
    </IndicatorCard>
  );
}

function SettingsModal({ detail, onClose, onSaved }: { detail: IndicatorDetail; onClose: () => void; onSaved: () => void }) {
  const { t, locale } = useI18n();
  const [form] = Form.useForm<Record<string, unknown>>();
  const initial = Object.fromEntries(detail.settings.map((s) => [s.key, isStructured(s) ? JSON.stringify(s.value, null, 2) : s.value]));

  /** Only the settings that differ from their defaults are sent: the rest follow the defaults. */
  const save = (values: Record<string, unknown>) => {
    const overrides: Record<string, unknown> = {};
    for (const s of detail.settings) {
      let value = values[s.key];
      if (isStructured(s)) value = JSON.parse(String(value));
      if (value === undefined) value = null;
      if (!same(value, s.default)) overrides[s.key] = value;
    }
    return saveSettings(detail.summary.code, overrides);
  };

  return (
    <EditModal
      form={form}
      save={save}
      done={t('indicators.settings.saved')}
      title={t('indicators.settings.editTitle', { name: detail.summary.name })}
      onClose={onClose}
      onSaved={onSaved}
      width={720}
    >
      <Typography.Paragraph type="secondary">{t('indicators.settings.editNote')}</Typography.Paragraph>
      <Form form={form} layout="vertical" initialValues={initial}>
        {detail.settings.map((s) => (
          <Form.Item
            key={s.key}
            name={s.key}
            label={
              <span>
                {locale === 'en' ? s.description.en : s.description.zh}{' '}
                {!s.confirmed && (
                  <Tag bordered={false} color="gold">
                    {t('indicators.unconfirmed')}
                  </Tag>
                )}
              </span>
            }
            extra={t('indicators.settings.defaultIs', { value: settingText(t, s.default) })}
            valuePropName={typeof s.default === 'boolean' ? 'checked' : 'value'}
            rules={
              isStructured(s)
                ? [
                    {
                      validator: async (_, text: string) => {
                        JSON.parse(text);
                      },
                      message: t('indicators.settings.badJson'),
                    },
                  ]
                : []
            }
          >
            {settingInput(s, t)}
          </Form.Item>
        ))}
      </Form>
    </EditModal>
  );
}

function settingInput(s: SettingView, t: Translate) {
  if (s.options) {
    const options = s.options.map((o) => ({ value: o as string, label: optionText(t, o) }));
    return <Select mode={Array.isArray(s.default) ? 'multiple' : undefined} options={options} />;
  }
  if (typeof s.default === 'boolean') return <Switch />;
  if (typeof s.default === 'number' || s.default === null) return <InputNumber style={{ width: 240 }} min={0} />;
  if (isStructured(s)) return <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} spellCheck={false} className="settings-json" />;
  return <Input style={{ width: 240 }} placeholder="YYYY-MM-DD" />;
}
