import { App, Button, Card, DatePicker, Form, Input, InputNumber, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { surveyApi, type SurveyDetail } from '../api/survey.api.js';
import { useI18n } from '../i18n/locale-context.js';

interface SettingsForm {
  title: string;
  intro: string;
  year: number;
  dates: [Dayjs, Dayjs];
  minimumSeconds: number;
  perAddressPerHour: number;
  requireInvitation: boolean;
}

/** The survey's title, introduction, dates and guards against automated answers. */
export function SurveySettingsForm({ survey, editable, onSaved }: { survey: SurveyDetail; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const save = async (v: SettingsForm) => {
    setSaving(true);
    try {
      await surveyApi.saveDetails(survey.id, {
        title: v.title,
        intro: v.intro ?? '',
        year: v.year,
        opensOn: v.dates[0].format('YYYY-MM-DD'),
        closesOn: v.dates[1].format('YYYY-MM-DD'),
        settings: { minimumSeconds: v.minimumSeconds, perAddressPerHour: v.perAddressPerHour, requireInvitation: v.requireInvitation },
      });
      void message.success(t('survey.settings.saved'));
      onSaved();
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form<SettingsForm>
      layout="vertical"
      disabled={!editable}
      className="survey-settings"
      onFinish={(v) => void save(v)}
      initialValues={{ title: survey.title, intro: survey.intro, year: survey.year, dates: [dayjs(survey.opensOn), dayjs(survey.closesOn)], ...survey.settings }}
    >
      <Form.Item name="title" label={t('survey.title')} rules={[{ required: true, max: 200 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="intro" label={t('survey.introText')} rules={[{ max: 2000 }]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="year" label={t('survey.year')} rules={[{ required: true }]}>
        <InputNumber min={2000} max={2100} />
      </Form.Item>
      <Form.Item name="dates" label={t('survey.dates')} rules={[{ required: true }]}>
        <DatePicker.RangePicker />
      </Form.Item>
      <Card size="small" title={t('survey.settings.guards')}>
        <Form.Item name="minimumSeconds" label={t('survey.settings.minimumSeconds')} rules={[{ required: true }]}>
          <InputNumber min={0} max={3600} />
        </Form.Item>
        <Form.Item name="perAddressPerHour" label={t('survey.settings.perAddressPerHour')} rules={[{ required: true }]}>
          <InputNumber min={1} max={10000} />
        </Form.Item>
        <Form.Item name="requireInvitation" label={t('survey.settings.requireInvitation')} valuePropName="checked">
          <Switch />
        </Form.Item>
      </Card>
      {editable && (
        <Button type="primary" htmlType="submit" loading={saving} className="survey-add">
          {t('survey.settings.save')}
        </Button>
      )}
    </Form>
  );
}
