import { ArrowLeftOutlined, DownloadOutlined, LinkOutlined } from '@ant-design/icons';
import { Alert, App, Button, Popconfirm, Space, Spin, Tabs, Typography } from 'antd';
import { useCallback } from 'react';
import { Navigate, useLocation, useNavigate, useParams } from 'react-router-dom';
import { surveyApi, type SurveyDetail } from '../api/survey.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { HeldAnswers } from './held-answers.js';
import { OpenTextAnswers } from './open-text-answers.js';
import { QuestionnaireBuilder } from './questionnaire-builder.js';
import { SurveyChannels } from './survey-channels.js';
import { SurveyResultsView } from './survey-results.js';
import { SurveySettingsForm } from './survey-settings.js';
import { shownTime, SurveyStatusTag } from './survey-status-tag.js';

const tabKeys = ['results', 'questionnaire', 'channels', 'held', 'open-text', 'settings'] as const;
type TabKey = (typeof tabKeys)[number];
const tabLabels = {
  results: 'survey.tab.results',
  questionnaire: 'survey.tab.questionnaire',
  channels: 'survey.tab.channels',
  held: 'survey.tab.held',
  'open-text': 'survey.tab.openText',
  settings: 'survey.tab.settings',
} as const;

/** One survey: its state and actions above, then results, questionnaire, channels, held answers, open text and settings. */
export function SurveyDetailPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe();
  const navigate = useNavigate();
  const location = useLocation();
  const resource = useResource(useCallback((signal: AbortSignal) => surveyApi.get(id, signal), [id]));
  const tab = (location.pathname.split('/')[3] ?? '') as TabKey;
  if (!tabKeys.includes(tab)) return <Navigate to={`/survey/${id}/results`} replace />;
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const survey: SurveyDetail = resource.data;
  const canWrite = me.can('registers.write') && survey.status !== 'closed';
  const publicUrl = `${window.location.origin}${survey.publicPath}`;

  const publish = async () => {
    await surveyApi.publish(id);
    void message.success(t('survey.published'));
    resource.reload();
  };
  const close = async () => {
    await surveyApi.close(id);
    void message.success(t('survey.closed'));
    resource.reload();
  };

  return (
    <div className="survey-area" data-testid="survey-detail">
      <Button type="link" icon={<ArrowLeftOutlined />} onClick={() => navigate('/survey')} className="survey-back">
        {t('survey.back')}
      </Button>
      <Space className="survey-title-row" wrap align="center">
        <Typography.Title level={1}>{survey.title}</Typography.Title>
        <SurveyStatusTag status={survey.status} />
      </Space>
      <Typography.Paragraph type="secondary">
        {survey.opensOn} – {survey.closesOn} · {t('survey.version', { version: survey.version })}
        {survey.frozenAt && ` · ${t('survey.frozenAt', { at: shownTime(survey.frozenAt) })}`}
      </Typography.Paragraph>
      <Space wrap className="survey-actions-row">
        {canWrite && survey.status === 'draft' && (
          <Popconfirm title={t('survey.publishConfirm')} onConfirm={() => publish()} okText={t('survey.publish')} cancelText={t('survey.cancel')}>
            <Button type="primary" data-testid="survey-publish">
              {t('survey.publish')}
            </Button>
          </Popconfirm>
        )}
        {canWrite && (survey.status === 'open' || survey.status === 'scheduled') && (
          <Popconfirm title={<div className="survey-confirm">{t('survey.closeConfirm', { year: survey.year })}</div>} onConfirm={() => close()} okText={t('survey.close')} cancelText={t('survey.cancel')}>
            <Button danger data-testid="survey-close">
              {t('survey.close')}
            </Button>
          </Popconfirm>
        )}
        {(survey.status === 'open' || survey.status === 'scheduled') && !survey.settings.requireInvitation && (
          <Typography.Text copyable={{ text: publicUrl, tooltips: [t('survey.copy'), t('survey.copied')] }}>
            <a href={survey.publicPath} target="_blank" rel="noreferrer" data-testid="survey-public-link">
              <LinkOutlined /> {t('survey.openLink')}
            </a>
          </Typography.Text>
        )}
        {me.can('exports.run') && (
          <Button icon={<DownloadOutlined />} href={surveyApi.exportUrl(id)} data-testid="survey-export">
            {t('survey.export')}
          </Button>
        )}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(`/survey/${id}/${key}`)}
        items={tabKeys.map((key) => ({ key, label: key === 'held' && survey.held > 0 ? `${t(tabLabels[key])} (${survey.held})` : t(tabLabels[key]) }))}
      />
      {tab === 'results' && <SurveyResultsView surveyId={id} />}
      {tab === 'questionnaire' && <QuestionnaireBuilder survey={survey} editable={canWrite} onSaved={resource.reload} />}
      {tab === 'channels' && <SurveyChannels survey={survey} editable={canWrite} onChanged={resource.reload} />}
      {tab === 'held' && <HeldAnswers surveyId={id} editable={canWrite} onChanged={resource.reload} />}
      {tab === 'open-text' && <OpenTextAnswers surveyId={id} />}
      {tab === 'settings' && <SurveySettingsForm survey={survey} editable={canWrite} onSaved={resource.reload} />}
    </div>
  );
}
