import { ArrowLeftOutlined } from '@ant-design/icons';
import { completionRatings, type CompletionRating, type SelfCheckPart, type SelfCheckTask } from '@ipcounty/domain';
import { Alert, Button, Card, Checkbox, Form, Input, Modal, Popconfirm, Radio, Select, Space, Spin, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { evaluationApi, type EvidenceRef } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { useUnitName } from '../supervision/supervision-labels.js';
import { EvidenceEditor, EvidenceList } from './evidence-editor.js';
import { RatingTag } from './labels.js';
import { RectificationModal } from './rectification-form.js';

/**
 * 自查自纠: each task with the plan's text, every unit's part (lead first), and the office's rating.
 * A unit writes its own parts; the office confirms or changes each task's rating with a comment and
 * turns problems found into rectification items.
 */
export function SelfCheckPage() {
  const { t } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const { selfCheckId = '' } = useParams();
  const resource = useResource(useCallback((signal: AbortSignal) => evaluationApi.selfCheck(selfCheckId, signal), [selfCheckId]));
  const [onlyMine, setOnlyMine] = useState(true);
  const [editing, setEditing] = useState<SelfCheckPart | null>(null);
  const [rectifying, setRectifying] = useState<{ taskNumber: number; problem: string; ownerUnit: string } | null>(null);
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const { selfCheck, tasks, mayConfirm } = resource.data;
  const myUnit = me.unit?.code ?? null;
  const shown = myUnit && onlyMine ? tasks.filter((task) => task.parts.some((p) => p.unitCode === myUnit)) : tasks;
  return (
    <div className="stack">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/evaluation/self-checks')}>
          {t('evaluation.back')}
        </Button>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {selfCheck.title}
        </Typography.Title>
        <Tag color={selfCheck.status === 'open' ? 'processing' : 'default'}>{t(`evaluation.selfCheck.state.${selfCheck.status}`)}</Tag>
      </Space>
      <Space wrap>
        <span>
          {selfCheck.year === null ? t('evaluation.selfCheck.wholePlan') : t('evaluation.selfCheck.year', { year: selfCheck.year })} · {t('evaluation.selfCheck.dueOn')} {selfCheck.dueOn}
        </span>
        <span>{t('evaluation.selfCheck.progress', { submitted: selfCheck.progress.partsSubmitted, parts: selfCheck.progress.parts, confirmed: selfCheck.progress.tasksConfirmed, tasks: selfCheck.progress.tasks })}</span>
        {myUnit && (
          <Checkbox checked={onlyMine} onChange={(e) => setOnlyMine(e.target.checked)}>
            {t('evaluation.selfCheck.onlyMine')}
          </Checkbox>
        )}
        {mayConfirm && (
          <Popconfirm title={t('evaluation.selfCheck.close')} onConfirm={() => evaluationApi.closeSelfCheck(selfCheck.id).then(resource.reload)}>
            <Button>{t('evaluation.selfCheck.close')}</Button>
          </Popconfirm>
        )}
      </Space>
      {shown.map((task) => (
        <TaskCard
          key={task.taskNumber}
          task={task}
          myUnit={myUnit}
          canWrite={me.can('evaluation.respond') && selfCheck.status === 'open'}
          mayConfirm={mayConfirm}
          selfCheckId={selfCheck.id}
          onEdit={setEditing}
          onRectify={setRectifying}
          onChanged={resource.reload}
        />
      ))}
      {editing && <PartModal selfCheckId={selfCheck.id} part={editing} onClose={() => setEditing(null)} onSaved={() => (setEditing(null), resource.reload())} />}
      {rectifying && (
        <RectificationModal
          initial={{ source: 'self-check', sourceId: selfCheck.id, taskNumber: rectifying.taskNumber, problem: rectifying.problem, ownerUnit: rectifying.ownerUnit }}
          onClose={() => setRectifying(null)}
          onSaved={() => setRectifying(null)}
        />
      )}
    </div>
  );
}

interface TaskCardProps {
  task: SelfCheckTask;
  myUnit: string | null;
  canWrite: boolean;
  mayConfirm: boolean;
  selfCheckId: string;
  onEdit: (part: SelfCheckPart) => void;
  onRectify: (problem: { taskNumber: number; problem: string; ownerUnit: string }) => void;
  onChanged: () => void;
}

function TaskCard({ task, myUnit, canWrite, mayConfirm, selfCheckId, onEdit, onRectify, onChanged }: TaskCardProps) {
  const { t } = useI18n();
  const unitName = useUnitName();
  const [rating, setRating] = useState<CompletionRating | undefined>(task.rating?.rating ?? task.proposedRating ?? undefined);
  const [comment, setComment] = useState(task.rating?.comment ?? '');
  const [busy, setBusy] = useState(false);
  const [showText, setShowText] = useState(false);
  // Units with nothing written are listed under the written parts, in one line, to keep the card short.
  const written = task.parts.filter((p) => p.submittedAt || p.summary || p.unitCode === myUnit);
  const waiting = task.parts.filter((p) => !written.includes(p));
  return (
    <Card
      size="small"
      data-testid={`self-check-task-${task.taskNumber}`}
      title={
        <Space wrap>
          <span>{t('evaluation.taskN', { number: task.taskNumber })}</span>
          <span style={{ fontWeight: 'normal' }}>{task.title}</span>
        </Space>
      }
      extra={task.rating ? <RatingTag rating={task.rating.rating} /> : task.canConfirm ? null : <Tag>{t('evaluation.selfCheck.waitingLead')}</Tag>}
    >
      <Button type="link" size="small" style={{ padding: 0 }} onClick={() => setShowText(!showText)}>
        {t('evaluation.selfCheck.planText')}
      </Button>
      {showText && <div className="evaluation-plan-text">{task.text}</div>}
      {written.map((part) => (
        <div key={part.unitCode} className={`evaluation-part${part.role === 'lead' ? ' evaluation-part-lead' : ''}`} data-testid={`part-${task.taskNumber}-${part.unitCode}`}>
          <Space wrap size={4}>
            <strong>{unitName(part.unitCode)}</strong>
            <Tag>{part.role === 'lead' ? t('evaluation.selfCheck.lead') : t('evaluation.selfCheck.cooperating')}</Tag>
            {part.submittedAt ? <Tag color="success">{t('evaluation.selfCheck.submitted')}</Tag> : <Tag>{t('evaluation.selfCheck.notSubmitted')}</Tag>}
            {part.proposedRating && <RatingTag rating={part.proposedRating} />}
            {canWrite && part.unitCode === myUnit && !task.rating && (
              <Button size="small" type="primary" onClick={() => onEdit(part)} data-testid={`write-part-${task.taskNumber}`}>
                {t('evaluation.selfCheck.write')}
              </Button>
            )}
          </Space>
          {part.summary && <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0' }}>{part.summary}</Typography.Paragraph>}
          {part.problems.length > 0 && (
            <ul style={{ margin: '4px 0', paddingLeft: 18 }}>
              {part.problems.map((problem) => (
                <li key={problem}>
                  {problem}
                  {mayConfirm && (
                    <Button type="link" size="small" onClick={() => onRectify({ taskNumber: task.taskNumber, problem, ownerUnit: part.unitCode })} data-testid="problem-to-rectification">
                      {t('evaluation.selfCheck.toRectification')}
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          )}
          {part.evidence.length > 0 && <EvidenceList evidence={part.evidence} />}
          {part.submittedAt && <div className="evaluation-muted">{t('evaluation.by', { who: part.submittedBy ?? '', at: formatDateTime(part.submittedAt) })}</div>}
        </div>
      ))}
      {waiting.length > 0 && (
        <div className="evaluation-muted">
          {t('evaluation.labelled', { label: t('evaluation.selfCheck.notSubmitted'), value: waiting.map((p) => unitName(p.unitCode)).join(t('evaluation.listSeparator')) })}
        </div>
      )}
      {task.rating && (
        <div className="evaluation-muted">
          {t('evaluation.selfCheck.rated', { rating: t(`evaluation.rating.${task.rating.rating}`) })}
          {task.rating.comment ? t('evaluation.labelled', { label: '', value: task.rating.comment }) : ''} · {task.rating.confirmedBy} · {formatDateTime(task.rating.confirmedAt)}
        </div>
      )}
      {mayConfirm && task.canConfirm && (
        <Space wrap style={{ marginTop: 8 }}>
          <Select style={{ width: 130 }} value={rating} onChange={setRating} options={completionRatings.map((r) => ({ value: r, label: t(`evaluation.rating.${r}`) }))} data-testid={`rating-${task.taskNumber}`} />
          <Input style={{ width: 260, maxWidth: '100%' }} placeholder={t('evaluation.selfCheck.comment')} value={comment} onChange={(e) => setComment(e.target.value)} />
          <Button
            type="primary"
            loading={busy}
            disabled={!rating || (rating !== task.proposedRating && task.proposedRating !== null && !comment.trim())}
            data-testid={`confirm-${task.taskNumber}`}
            onClick={async () => {
              setBusy(true);
              try {
                await evaluationApi.rate(selfCheckId, task.taskNumber, { rating: rating!, comment });
                onChanged();
              } finally {
                setBusy(false);
              }
            }}
          >
            {t('evaluation.selfCheck.confirm')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function PartModal({ selfCheckId, part, onClose, onSaved }: { selfCheckId: string; part: SelfCheckPart; onClose: () => void; onSaved: () => void }) {
  const { t } = useI18n();
  const [summary, setSummary] = useState(part.summary);
  const [problems, setProblems] = useState(part.problems.join('\n'));
  const [proposedRating, setProposedRating] = useState<CompletionRating | null>(part.proposedRating);
  const [evidence, setEvidence] = useState<EvidenceRef[]>(part.evidence);
  const [busy, setBusy] = useState(false);
  const save = async (submit: boolean) => {
    setBusy(true);
    try {
      await evaluationApi.savePart(selfCheckId, part.taskNumber, part.unitCode, { summary, problems: problems.split('\n').map((s) => s.trim()).filter(Boolean), proposedRating, evidence, submit });
      onSaved();
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal
      open
      title={t('evaluation.taskN', { number: part.taskNumber })}
      onCancel={onClose}
      footer={
        <Space wrap>
          <Button onClick={onClose}>{t('evaluation.cancel')}</Button>
          <Button loading={busy} onClick={() => save(false)}>
            {t('evaluation.selfCheck.saveDraft')}
          </Button>
          <Button type="primary" loading={busy} disabled={!summary.trim() || (part.role === 'lead' && !proposedRating)} onClick={() => save(true)} data-testid="part-submit">
            {t('evaluation.submit')}
          </Button>
        </Space>
      }
    >
      <Form layout="vertical">
        <Form.Item label={t('evaluation.selfCheck.summary')} required>
          <Input.TextArea rows={5} value={summary} onChange={(e) => setSummary(e.target.value)} data-testid="part-summary" />
        </Form.Item>
        <Form.Item label={t('evaluation.selfCheck.proposed')} required={part.role === 'lead'}>
          <Radio.Group value={proposedRating} onChange={(e) => setProposedRating(e.target.value as CompletionRating)} optionType="button" options={completionRatings.map((r) => ({ value: r, label: t(`evaluation.rating.${r}`) }))} data-testid="part-rating" />
        </Form.Item>
        <Form.Item label={t('evaluation.selfCheck.problems')}>
          <Input.TextArea rows={3} value={problems} onChange={(e) => setProblems(e.target.value)} data-testid="part-problems" />
        </Form.Item>
        <Form.Item label={t('evaluation.evidence')}>
          <EvidenceEditor owner={{ kind: 'self-check-part', id: `${selfCheckId}/${part.taskNumber}/${part.unitCode}` }} value={evidence} onChange={setEvidence} taskNumber={part.taskNumber} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
