import { Button, Card, Form, Input, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { evaluationApi, type AnswerSubject, type EvaluationFile, type EvidenceRef, type SupervisionAnswer } from '../api/evaluation.api.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { EvidenceEditor, EvidenceList } from './evidence-editor.js';

interface AnswerPanelProps {
  subject: AnswerSubject;
  answers: readonly SupervisionAnswer[];
  files: readonly EvaluationFile[];
  mayAnswer: boolean;
  mayDecide: boolean;
  onChanged: () => void;
  title: string;
  /** The plan task the item is about: its reports, 督办单 and meetings are offered as evidence. */
  taskNumber?: number | null;
}

/**
 * 整改/督办答复, one panel for a rectification item and a 督办单: the answers so far with the office's
 * decisions, the unit's form (measures and evidence) while it is its turn, and the office's accept
 * or return while an answer waits.
 */
export function AnswerPanel({ subject, answers, mayAnswer, mayDecide, onChanged, title, taskNumber = null }: AnswerPanelProps) {
  const { t } = useI18n();
  const [measures, setMeasures] = useState('');
  const [evidence, setEvidence] = useState<EvidenceRef[]>([]);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    try {
      await work();
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Card size="small" title={title} data-testid="answer-panel">
      {answers.length > 0 && (
        <Timeline
          items={answers.map((a) => ({
            color: a.decision === 'accepted' ? 'green' : a.decision === 'returned' ? 'red' : 'blue',
            children: (
              <div data-testid="answer">
                <Typography.Paragraph style={{ marginBottom: 4, whiteSpace: 'pre-wrap' }}>{a.measures}</Typography.Paragraph>
                {a.evidence.length > 0 && <EvidenceList evidence={a.evidence} />}
                <div className="evaluation-muted">{t('evaluation.by', { who: a.answeredBy, at: formatDateTime(a.answeredAt) })}</div>
                <div>
                  <strong>{t(a.decision ? `evaluation.decision.${a.decision}` : 'evaluation.decision.pending')}</strong>
                  {a.decisionNote ? t('evaluation.labelled', { label: '', value: a.decisionNote }) : ''}
                  {a.decidedAt ? <span className="evaluation-muted"> · {a.decidedBy} · {formatDateTime(a.decidedAt)}</span> : null}
                </div>
              </div>
            ),
          }))}
        />
      )}
      {mayAnswer && (
        <Form layout="vertical" onFinish={() => run(() => evaluationApi.answer(subject, { measures, evidence }).then(() => (setMeasures(''), setEvidence([]))))}>
          <Form.Item label={t('evaluation.rect.yourMeasures')} required>
            <Input.TextArea rows={4} value={measures} onChange={(e) => setMeasures(e.target.value)} data-testid="answer-measures" />
          </Form.Item>
          <Form.Item label={t('evaluation.evidence')}>
            <EvidenceEditor owner={{ kind: 'answer', id: `${subject.kind}:${subject.id}` }} value={evidence} onChange={setEvidence} taskNumber={taskNumber} />
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={busy} disabled={!measures.trim()} data-testid="answer-submit">
            {subject.kind === 'notice' ? t('evaluation.notice.answer') : t('evaluation.rect.answer')}
          </Button>
        </Form>
      )}
      {mayDecide && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Input.TextArea rows={2} placeholder={t('evaluation.rect.decisionNote')} value={note} onChange={(e) => setNote(e.target.value)} data-testid="decision-note" />
          <Space wrap>
            <Button type="primary" loading={busy} onClick={() => run(() => evaluationApi.decide(subject, { decision: 'accept', note }))} data-testid="decision-accept">
              {t('evaluation.rect.accept')}
            </Button>
            <Button danger loading={busy} disabled={!note.trim()} onClick={() => run(() => evaluationApi.decide(subject, { decision: 'return', note }))} data-testid="decision-return">
              {t('evaluation.rect.return')}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}
