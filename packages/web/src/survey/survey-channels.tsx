import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import type { SurveyChannel } from '@ipcounty/domain';
import { App, Button, Card, Form, Input, InputNumber, Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { surveyApi, type SurveyDetail } from '../api/survey.api.js';
import { useI18n } from '../i18n/locale-context.js';

const kinds = ['enterprise', 'association', 'town', 'other'] as const;

interface ChannelForm {
  kind: (typeof kinds)[number];
  name: string;
  codes: number;
}

/** 调查渠道: invitation codes per enterprise, association or town, and the printed sheet of their QR codes. */
export function SurveyChannels({ survey, editable, onChanged }: { survey: SurveyDetail; editable: boolean; onChanged: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChannelForm>();
  const [adding, setAdding] = useState(false);
  const add = async (values: ChannelForm) => {
    setAdding(true);
    try {
      await surveyApi.addChannel(survey.id, values);
      void message.success(t('survey.channels.added', { name: values.name, codes: values.codes }));
      form.resetFields();
      onChanged();
    } finally {
      setAdding(false);
    }
  };
  return (
    <div className="survey-channels">
      <Typography.Paragraph type="secondary">{t('survey.channels.hint')}</Typography.Paragraph>
      {editable && (
        <Card size="small">
          <Form<ChannelForm> form={form} layout="inline" initialValues={{ kind: 'enterprise', codes: 20 }} onFinish={(v) => void add(v)} className="survey-channel-form">
            <Form.Item name="kind" label={t('survey.channels.kind')}>
              <Select style={{ width: 120 }} options={kinds.map((k) => ({ value: k, label: t(`survey.channels.kind.${k}`) }))} />
            </Form.Item>
            <Form.Item name="name" label={t('survey.channels.name')} rules={[{ required: true, max: 100 }]}>
              <Input data-testid="channel-name" />
            </Form.Item>
            <Form.Item name="codes" label={t('survey.channels.codes')} rules={[{ required: true }]}>
              <InputNumber min={1} max={500} data-testid="channel-codes" />
            </Form.Item>
            <Button type="primary" htmlType="submit" icon={<PlusOutlined />} loading={adding} data-testid="channel-add">
              {t('survey.channels.add')}
            </Button>
          </Form>
        </Card>
      )}
      <Table<SurveyChannel>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={survey.channels}
        locale={{ emptyText: t('survey.channels.none') }}
        data-testid="channel-list"
        columns={[
          { title: t('survey.channels.kind'), dataIndex: 'kind', width: 100, render: (k: ChannelForm['kind']) => t(`survey.channels.kind.${k}`) },
          { title: t('survey.channels.name'), dataIndex: 'name' },
          { title: t('survey.channels.codes'), dataIndex: 'codes', width: 100, align: 'right' },
          { title: t('survey.channels.used'), dataIndex: 'used', width: 100, align: 'right' },
          {
            key: 'print',
            width: 140,
            render: (_: unknown, c) => (
              <Link to={`/survey/${survey.id}/invitations?channel=${c.id}`}>
                <PrinterOutlined /> {t('survey.channels.print')}
              </Link>
            ),
          },
        ]}
      />
      {survey.channels.length > 0 && (
        <Link to={`/survey/${survey.id}/invitations`} className="survey-print-all">
          <PrinterOutlined /> {t('survey.channels.printAll')}
        </Link>
      )}
    </div>
  );
}
