import { PlusOutlined } from '@ant-design/icons';
import { shanghaiDate } from '@ipcounty/domain';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Grid, Input, InputNumber, List, Modal, Space, Spin, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { surveyApi, type SurveySummary } from '../api/survey.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { scoreText, SurveyStatusTag } from './survey-status-tag.js';

interface NewSurveyForm {
  title: string;
  year: number;
  dates: [Dayjs, Dayjs];
}

/** 满意度调查 of the county, newest year first, with counts against the target and the score. */
export function SurveysListPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const surveys = useResource(useCallback((signal: AbortSignal) => surveyApi.list(signal), []));
  const [creating, setCreating] = useState(false);
  const [saving, setSaving] = useState(false);
  const [form] = Form.useForm<NewSurveyForm>();
  const year = Number(shanghaiDate(new Date()).slice(0, 4));
  // On a phone the surveys are cards, not a table scrolled sideways.
  const wide = Grid.useBreakpoint().md ?? true;
  const titleOf = (s: SurveySummary) => (
    <>
      <Link to={`/survey/${s.id}`}>{s.title}</Link>
      {s.demo && (
        <Tag bordered={false} className="survey-demo-tag">
          {t('data.demoTag')}
        </Tag>
      )}
    </>
  );

  const create = async () => {
    const values = await form.validateFields();
    setSaving(true);
    try {
      const { id } = await surveyApi.create({
        title: values.title,
        intro: '',
        year: values.year,
        opensOn: values.dates[0].format('YYYY-MM-DD'),
        closesOn: values.dates[1].format('YYYY-MM-DD'),
      });
      navigate(`/survey/${id}/questionnaire`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="survey-area">
      <Space className="survey-title-row" wrap>
        <Typography.Title level={1}>{t('nav.survey')}</Typography.Title>
        {me.can('registers.write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="survey-new">
            {t('survey.new')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary" className="survey-lead">
        {t('survey.intro')}
      </Typography.Paragraph>
      {surveys.state === 'loading' && <Spin />}
      {surveys.state === 'failed' && <Alert type="error" showIcon message={surveys.error.message} />}
      {surveys.state === 'ready' && !wide && (
        <List
          dataSource={surveys.data}
          locale={{ emptyText: t('survey.empty') }}
          data-testid="survey-list"
          renderItem={(s) => (
            <Card size="small" className="survey-list-card" title={titleOf(s)} extra={<SurveyStatusTag status={s.status} />}>
              <Descriptions
                size="small"
                column={1}
                items={[
                  { key: 'dates', label: t('survey.dates'), children: `${s.opensOn} – ${s.closesOn}` },
                  { key: 'responses', label: t('survey.responses'), children: t('survey.responsesOfTarget', { responses: s.responses, target: s.targetSample }) },
                  { key: 'held', label: t('survey.held'), children: s.held },
                  { key: 'score', label: t('survey.score'), children: <strong>{scoreText(s.score)}</strong> },
                ]}
              />
            </Card>
          )}
        />
      )}
      {surveys.state === 'ready' && wide && (
        <Table<SurveySummary>
          rowKey="id"
          dataSource={surveys.data}
          pagination={false}
          scroll={{ x: 760 }}
          locale={{ emptyText: t('survey.empty') }}
          data-testid="survey-list"
          columns={[
            { title: t('survey.year'), dataIndex: 'year', width: 80 },
            { title: t('survey.title'), dataIndex: 'title', render: (_: string, s) => titleOf(s) },
            { title: t('survey.status'), dataIndex: 'status', width: 90, render: (_: unknown, s) => <SurveyStatusTag status={s.status} /> },
            { title: t('survey.dates'), key: 'dates', width: 200, render: (_: unknown, s) => `${s.opensOn} – ${s.closesOn}` },
            { title: t('survey.responses'), key: 'responses', width: 150, render: (_: unknown, s) => t('survey.responsesOfTarget', { responses: s.responses, target: s.targetSample }) },
            { title: t('survey.held'), dataIndex: 'held', width: 80 },
            { title: t('survey.score'), dataIndex: 'score', width: 90, align: 'right', render: (score: number | null) => <strong>{scoreText(score)}</strong> },
          ]}
        />
      )}
      <Modal
        open={creating}
        title={t('survey.newTitle')}
        okText={t('survey.create')}
        cancelText={t('survey.cancel')}
        confirmLoading={saving}
        onOk={() => void create()}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <Form<NewSurveyForm>
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ title: `${year}年度知识产权保护社会满意度调查`, year, dates: [dayjs(`${year}-11-01`), dayjs(`${year}-12-20`)] }}
        >
          <Form.Item name="title" label={t('survey.title')} rules={[{ required: true, max: 200 }]}>
            <Input data-testid="survey-new-title" />
          </Form.Item>
          <Form.Item name="year" label={t('survey.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
          <Form.Item name="dates" label={t('survey.dates')} rules={[{ required: true }]}>
            <DatePicker.RangePicker />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
