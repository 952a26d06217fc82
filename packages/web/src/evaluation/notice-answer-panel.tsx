import { Alert, Spin } from 'antd';
import { useCallback } from 'react';
import { evaluationApi } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { AnswerPanel } from './answer-panel.js';

/** Under a printable 督办单: the unit answers it in the app and the office accepts or returns the answer. */
export function NoticeAnswerPanel({ noticeId }: { noticeId: string }) {
  const { t } = useI18n();
  const resource = useResource(useCallback((signal: AbortSignal) => evaluationApi.noticeAnswers(noticeId, signal), [noticeId]));
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const a = resource.data;
  return (
    // notice-tools: hidden when the sheet is printed.
    <div className="notice-tools" style={{ display: 'block', marginTop: 16 }} data-testid="notice-answers">
      <AnswerPanel
        subject={{ kind: 'notice', id: noticeId }}
        answers={a.answers}
        files={a.files}
        mayAnswer={a.mayAnswer}
        mayDecide={a.mayDecide}
        onChanged={resource.reload}
        taskNumber={a.taskNumber}
        title={`${t('evaluation.notice.answers')} · ${t(`evaluation.answerState.${a.state}`)}`}
      />
    </div>
  );
}
