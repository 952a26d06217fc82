import { App, Button, Form, Input, InputNumber, Space } from 'antd';
import { useState } from 'react';
import { ApiError } from '../../api/client.js';
import { supervisionApi, type ReportView } from '../../api/supervision.api.js';
import { useI18n } from '../../i18n/locale-context.js';

/** 审核: the office approves (with a quality score), returns with a reason, or reopens an approved report. */
export function ReviewPanel({ view, onChanged }: { view: ReportView; onChanged: (next: ReportView) => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [qualityScore, setQualityScore] = useState<number | null>(90);
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);

  const act = async (action: 'approve' | 'return' | 'reopen') => {
    if ((action === 'return' || action === 'reopen') && !comment.trim()) {
      void message.warning(t('supervision.review.reasonRequired'));
      return;
    }
    setBusy(true);
    try {
      const body = action === 'approve' ? { ...(qualityScore === null ? {} : { qualityScore }), ...(comment.trim() ? { comment: comment.trim() } : {}) } : { reason: comment.trim() };
      const next = await supervisionApi.reportAction(view.report.id, action, body);
      void message.success(t(`supervision.review.done.${action}`));
      setComment('');
      onChanged(next);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Form layout="vertical" data-testid="review-panel" disabled={busy}>
      {view.allowed.approve && (
        <Form.Item label={t('supervision.review.quality')} extra={t('supervision.review.qualityHint')}>
          <InputNumber min={0} max={100} value={qualityScore} onChange={setQualityScore} data-testid="quality-score" />
        </Form.Item>
      )}
      <Form.Item label={view.allowed.approve ? t('supervision.review.comment') : t('supervision.review.reason')}>
        <Input.TextArea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={1000} data-testid="review-comment" />
      </Form.Item>
      <Space wrap>
        {view.allowed.approve && (
          <Button type="primary" onClick={() => void act('approve')} data-testid="approve-report">
            {t('supervision.review.approve')}
          </Button>
        )}
        {view.allowed.return && (
          <Button danger onClick={() => void act('return')} data-testid="return-report">
            {t('supervision.review.return')}
          </Button>
        )}
        {view.allowed.reopen && (
          <Button onClick={() => void act('reopen')} data-testid="reopen-report">
            {t('supervision.review.reopen')}
          </Button>
        )}
      </Space>
    </Form>
  );
}
