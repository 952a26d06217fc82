import { Alert, Input, List, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { surveyApi } from '../api/survey.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { shownTime } from './survey-status-tag.js';

/** 开放题回答: every open-text answer, newest first, searchable by a phrase. */
export function OpenTextAnswers({ surveyId }: { surveyId: string }) {
  const { t } = useI18n();
  const [phrase, setPhrase] = useState('');
  const resource = useResource(useCallback((signal: AbortSignal) => surveyApi.openText(surveyId, phrase, signal), [surveyId, phrase]));
  return (
    <div>
      <Input.Search allowClear placeholder={t('survey.text.search')} aria-label={t('survey.text.search')} onSearch={setPhrase} style={{ maxWidth: 420 }} data-testid="open-text-search" />
      {resource.state === 'loading' && <Spin />}
      {resource.state === 'failed' && <Alert type="error" showIcon message={resource.error.message} />}
      {resource.state === 'ready' && (
        <>
          <Typography.Paragraph type="secondary" className="survey-count">
            {t('survey.text.count', { count: resource.data.length })}
          </Typography.Paragraph>
          <List
            dataSource={resource.data}
            locale={{ emptyText: t('survey.text.none') }}
            data-testid="open-text-list"
            renderItem={(a) => (
              <List.Item>
                <List.Item.Meta title={a.text} description={`${a.question} · ${shownTime(a.submittedAt)}`} />
              </List.Item>
            )}
          />
        </>
      )}
    </div>
  );
}
