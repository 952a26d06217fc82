import { ArrowLeftOutlined } from '@ant-design/icons';
import { evaluationConclusions, type EvaluationConclusion } from '@ipcounty/domain';
import { Alert, Button, Card, Descriptions, Form, Input, List, Modal, Popconfirm, Radio, Select, Space, Spin, Table, Tag, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { evaluationApi, type DrawOutcome, type EvaluationDetail } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';
import { usePlan } from '../plan/plan-context.js';
import { IndexSystemEditor } from './index-system-editor.js';
import { EvaluationStatusTag } from './labels.js';
import { RectificationModal } from './rectification-form.js';
import { ResultCard } from './result-card.js';
import { ScoringCard } from './scoring-card.js';

/**
 * 专家评审: the office prepares and draws the panel; experts score, put questions (质询) and record
 * findings; the office answers and turns findings into rectification items; the panel lead signs
 * the conclusion and the 专家组意见 off, after which everything is read-only.
 */
export function EvaluationDetailPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { evaluationId = '' } = useParams();
  const resource = useResource(useCallback((signal: AbortSignal) => evaluationApi.evaluation(evaluationId, signal), [evaluationId]));
  const [accounts, setAccounts] = useState<DrawOutcome['accounts'] | null>(null);
  if (resource.state === 'loading') return <Spin />;
  if (resource.state === 'failed') return <Alert type="error" showIcon message={resource.error.message} />;
  const detail = resource.data;
  const e = detail.evaluation;
  return (
    <div className="stack">
      <Space wrap>
        <Button icon={<ArrowLeftOutlined />} onClick={() => navigate('/evaluation/evaluations')}>
          {t('evaluation.back')}
        </Button>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {e.title}
        </Typography.Title>
        <Tag>{t(`evaluation.eval.kind.${e.kind}`)}</Tag>
        <EvaluationStatusTag status={e.status} />
      </Space>
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 3 }}>
          <Descriptions.Item label={t('evaluation.eval.heldOn')}>{e.heldOn}</Descriptions.Item>
          <Descriptions.Item label={t('evaluation.eval.panelSize')}>
            {e.panelSize} + {e.reserveSize}
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.eval.sheets', { done: e.sheetsIn, total: e.panelSize })}>{e.total !== null ? t('evaluation.eval.total', { total: e.total, full: e.fullMarks }) : '—'}</Descriptions.Item>
          {e.scope && <Descriptions.Item label={t('evaluation.eval.scope')}>{e.scope}</Descriptions.Item>}
        </Descriptions>
        <Space wrap>
          {detail.may.draw && (
            <Popconfirm title={t('evaluation.eval.draw')} description={<div style={{ maxWidth: 320 }}>{t('evaluation.eval.drawConfirm', { members: e.panelSize, reserves: e.reserveSize })}</div>} onConfirm={() => evaluationApi.draw(e.id).then((r) => (setAccounts(r.accounts), resource.reload()))}>
              <Button type="primary" data-testid="draw-panel">
                {t('evaluation.eval.draw')}
              </Button>
            </Popconfirm>
          )}
          {detail.may.close && (
            <Popconfirm title={t('evaluation.eval.close')} description={t('evaluation.eval.closeHint')} onConfirm={() => evaluationApi.closeEvaluation(e.id).then(resource.reload)}>
              <Button data-testid="close-evaluation">{t('evaluation.eval.close')}</Button>
            </Popconfirm>
          )}
        </Space>
      </Card>
      {accounts && <AccountsModal accounts={accounts} onClose={() => setAccounts(null)} />}
      {(e.status === 'signed-off' || e.status === 'closed') && <ConclusionCard detail={detail} />}
      {detail.panel.length > 0 && <PanelCard detail={detail} onCalledIn={(called) => (setAccounts(called), resource.reload())} />}
      {detail.me && detail.may.score && <ScoringCard detail={detail} onChanged={resource.reload} />}
      {detail.me && !detail.may.score && e.status !== 'in-progress' && <Alert type="info" showIcon message={t('evaluation.eval.readOnly')} />}
      {detail.result ? <ResultCard detail={detail} /> : detail.me && <Alert type="info" showIcon message={t('evaluation.eval.resultHidden')} />}
      {detail.may.sign && <SignOffCard evaluationId={e.id} onSigned={resource.reload} />}
      {(detail.questions.length > 0 || detail.may.score) && <QuestionsCard detail={detail} onChanged={resource.reload} />}
      {(detail.findings.length > 0 || detail.may.score) && <FindingsCard detail={detail} onChanged={resource.reload} />}
      {detail.me && <MaterialsCard evaluationId={e.id} />}
      {detail.may.draw ? <IndexSystemCard detail={detail} onSaved={resource.reload} /> : (
        <Card size="small" title={t('evaluation.eval.indexSystem')}>
          <IndexSystemEditor items={e.indexItems} readOnly />
        </Card>
      )}
    </div>
  );
}

/** Until the panel is drawn the office may still change the index system (the draw then fixes it). */
function IndexSystemCard({ detail, onSaved }: { detail: EvaluationDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const e = detail.evaluation;
  const [items, setItems] = useState(e.indexItems);
  const [busy, setBusy] = useState(false);
  return (
    <Card
      size="small"
      title={t('evaluation.eval.indexSystem')}
      extra={
        <Button
          type="primary"
          size="small"
          loading={busy}
          onClick={async () => {
            setBusy(true);
            try {
              await evaluationApi.updateEvaluation(e.id, { kind: e.kind, title: e.title, heldOn: e.heldOn, scope: e.scope, scopeUnits: e.scopeUnits, scopeEnterprises: e.scopeEnterprises, indexItems: items, panelSize: e.panelSize, reserveSize: e.reserveSize });
              onSaved();
            } finally {
              setBusy(false);
            }
          }}
        >
          {t('evaluation.save')}
        </Button>
      }
    >
      <IndexSystemEditor items={items} onChange={setItems} />
    </Card>
  );
}

function AccountsModal({ accounts, onClose }: { accounts: DrawOutcome['accounts']; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Modal open title={t('evaluation.eval.accounts')} onCancel={onClose} onOk={onClose} cancelButtonProps={{ style: { display: 'none' } }} width={640}>
      <Table
        size="small"
        rowKey="expertId"
        pagination={false}
        dataSource={accounts}
        data-testid="expert-accounts"
        columns={[
          { title: t('evaluation.expert.name'), dataIndex: 'name' },
          { title: t('evaluation.eval.login'), dataIndex: 'login', render: (v: string) => <Typography.Text copyable data-testid="expert-login">{v}</Typography.Text> },
          { title: t('evaluation.eval.password'), dataIndex: 'temporaryPassword', render: (v: string) => <Typography.Text copyable code data-testid="expert-password">{v}</Typography.Text> },
        ]}
      />
    </Modal>
  );
}

function PanelCard({ detail, onCalledIn }: { detail: EvaluationDetail; onCalledIn: (accounts: DrawOutcome['accounts']) => void }) {
  const { t } = useI18n();
  const draw = detail.draw;
  const [withdrawing, setWithdrawing] = useState<EvaluationDetail['panel'][number] | null>(null);
  const nextReserve = detail.panel.filter((p) => p.role === 'reserve').sort((a, b) => a.position - b.position)[0];
  const name = new Map(detail.panel.map((p) => [p.expertId, p.name]));
  return (
    <Card size="small" title={t('evaluation.eval.panel')} data-testid="panel-card">
      <List
        size="small"
        dataSource={detail.panel}
        renderItem={(p) => (
          <List.Item data-testid="panel-member">
            <Space wrap size={4}>
              <strong>{p.name}</strong>
              <span className="evaluation-muted">
                {p.organisation} · {p.title} · {p.field}
              </span>
              {p.isLead && <Tag color="gold">{t('evaluation.eval.lead')}</Tag>}
              <Tag color={p.role === 'withdrawn' ? 'default' : undefined}>{t(`evaluation.eval.role.${p.role}`)}</Tag>
              {p.role === 'member' && (p.scoresSubmittedAt ? <Tag color="success">{t('evaluation.eval.sheetIn')}</Tag> : <Tag>{t('evaluation.eval.sheetPending')}</Tag>)}
              {p.login && <Typography.Text code delete={p.role === 'withdrawn'}>{p.login}</Typography.Text>}
              {detail.may.callIn && p.role === 'member' && !p.scoresSubmittedAt && (
                <Button size="small" onClick={() => setWithdrawing(p)} data-testid="call-in-reserve">
                  {t('evaluation.eval.callIn')}
                </Button>
              )}
            </Space>
          </List.Item>
        )}
      />
      {withdrawing && nextReserve && (
        <CallInModal evaluationId={detail.evaluation.id} member={withdrawing} reserve={nextReserve} onClose={() => setWithdrawing(null)} onDone={(accounts) => (setWithdrawing(null), onCalledIn(accounts))} />
      )}
      {draw && (
        <Descriptions size="small" column={1} title={t('evaluation.eval.drawRecord')} extra={<span className="evaluation-muted">{t('evaluation.by', { who: draw.drawnBy, at: formatDateTime(draw.drawnAt) })}</span>} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t('evaluation.eval.seed')}>
            <Typography.Text code copyable>
              {draw.seed}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('evaluation.eval.poolSize', { count: draw.snapshot.length })}>
            {t('evaluation.eval.excluded', { count: draw.excluded.length })}
            {draw.excluded.length > 0 &&
              t('evaluation.labelled', {
                label: '',
                value: draw.excluded.map((x) => t('evaluation.eval.excludedItem', { name: draw.snapshot.find((s) => s.id === x.expertId)?.name ?? name.get(x.expertId) ?? x.expertId, reason: t(`evaluation.eval.excludedReason.${x.reason}`) })).join(t('evaluation.listSeparator')),
              })}
          </Descriptions.Item>
        </Descriptions>
      )}
    </Card>
  );
}

/** 递补: the office records why a member withdraws; the next reserve in drawn order takes the seat. */
function CallInModal({ evaluationId, member, reserve, onClose, onDone }: { evaluationId: string; member: EvaluationDetail['panel'][number]; reserve: EvaluationDetail['panel'][number]; onClose: () => void; onDone: (accounts: DrawOutcome['accounts']) => void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Modal
      open
      title={t('evaluation.eval.callInTitle', { name: member.name })}
      onCancel={onClose}
      okText={t('evaluation.eval.callInConfirm')}
      okButtonProps={{ disabled: !reason.trim(), loading: busy, danger: true, 'data-testid': 'call-in-confirm' } as never}
      onOk={async () => {
        setBusy(true);
        try {
          onDone((await evaluationApi.callInReserve(evaluationId, { expertId: member.expertId, reason: reason.trim() })).accounts);
        } finally {
          setBusy(false);
        }
      }}
    >
      <Typography.Paragraph>{t('evaluation.eval.callInHint', { reserve: reserve.name, organisation: reserve.organisation, position: reserve.position })}</Typography.Paragraph>
      <Input.TextArea rows={2} maxLength={500} placeholder={t('evaluation.eval.callInReason')} value={reason} onChange={(e) => setReason(e.target.value)} data-testid="call-in-reason" />
    </Modal>
  );
}

function QuestionsCard({ detail, onChanged }: { detail: EvaluationDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const [question, setQuestion] = useState('');
  const [itemCode, setItemCode] = useState<string | null>(null);
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const title = new Map(detail.evaluation.indexItems.map((i) => [i.code, i.title]));
  return (
    <Card size="small" title={t('evaluation.eval.questions')} data-testid="questions-card">
      <List
        size="small"
        dataSource={detail.questions}
        locale={{ emptyText: t('evaluation.none') }}
        renderItem={(q) => (
          <List.Item data-testid="question">
            <Space direction="vertical" style={{ width: '100%' }} size={2}>
              <div>
                <strong>{q.expertName}</strong>
                {q.itemCode && <Tag style={{ marginLeft: 6 }}>{title.get(q.itemCode)}</Tag>}
                <span className="evaluation-muted"> · {formatDateTime(q.askedAt)}</span>
              </div>
              <div>{q.question}</div>
              {q.answer ? (
                <div className="evaluation-plan-text" data-testid="question-answer">
                  {t('evaluation.labelled', { label: t('evaluation.eval.answer'), value: q.answer })} <span className="evaluation-muted">· {q.answeredBy}</span>
                </div>
              ) : (
                <Tag color="warning">{t('evaluation.eval.unanswered')}</Tag>
              )}
              {detail.may.answer && (
                <Space.Compact style={{ width: '100%' }}>
                  <Input placeholder={t('evaluation.eval.answer')} value={answers[q.id] ?? ''} onChange={(ev) => setAnswers({ ...answers, [q.id]: ev.target.value })} data-testid="answer-question-input" />
                  <Button type="primary" disabled={!(answers[q.id] ?? '').trim()} onClick={() => evaluationApi.answerQuestion(detail.evaluation.id, q.id, answers[q.id]!).then(onChanged)} data-testid="answer-question">
                    {t('evaluation.eval.answerIt')}
                  </Button>
                </Space.Compact>
              )}
            </Space>
          </List.Item>
        )}
      />
      {detail.may.score && (
        <Space direction="vertical" style={{ width: '100%', marginTop: 8 }}>
          <Select allowClear style={{ width: '100%' }} placeholder={t('evaluation.eval.aboutItem')} value={itemCode ?? undefined} onChange={(v) => setItemCode(v ?? null)} options={detail.evaluation.indexItems.map((i) => ({ value: i.code, label: i.title }))} />
          <Input.TextArea rows={2} placeholder={t('evaluation.eval.question')} value={question} onChange={(ev) => setQuestion(ev.target.value)} data-testid="question-input" />
          <Button disabled={!question.trim()} onClick={() => evaluationApi.ask(detail.evaluation.id, { itemCode, question }).then(() => (setQuestion(''), onChanged()))} data-testid="ask-question">
            {t('evaluation.eval.ask')}
          </Button>
        </Space>
      )}
    </Card>
  );
}

function FindingsCard({ detail, onChanged }: { detail: EvaluationDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [rectifying, setRectifying] = useState<{ id: string; text: string } | null>(null);
  return (
    <Card size="small" title={t('evaluation.eval.findings')} data-testid="findings-card">
      <List
        size="small"
        dataSource={detail.findings}
        locale={{ emptyText: t('evaluation.none') }}
        renderItem={(f) => (
          <List.Item
            actions={
              f.rectificationNumber
                ? [<Tag key="n" color="blue">{f.rectificationNumber}</Tag>]
                : detail.may.edit || detail.may.close || detail.may.answer
                  ? [<Button key="r" size="small" onClick={() => setRectifying({ id: f.id, text: f.text })} data-testid="finding-to-rectification">{t('evaluation.eval.toRectification')}</Button>]
                  : []
            }
          >
            <span>
              {f.text} <span className="evaluation-muted">· {f.expertName}</span>
            </span>
          </List.Item>
        )}
      />
      {detail.may.score && (
        <Space.Compact style={{ width: '100%', marginTop: 8 }}>
          <Input placeholder={t('evaluation.eval.addFinding')} value={text} onChange={(ev) => setText(ev.target.value)} data-testid="finding-input" />
          <Button disabled={!text.trim()} onClick={() => evaluationApi.recordFinding(detail.evaluation.id, { itemCode: null, text }).then(() => (setText(''), onChanged()))} data-testid="record-finding">
            {t('evaluation.eval.addFinding')}
          </Button>
        </Space.Compact>
      )}
      {rectifying && <RectificationModal initial={{ source: 'expert-finding', sourceId: rectifying.id, problem: rectifying.text }} onClose={() => setRectifying(null)} onSaved={() => (setRectifying(null), onChanged())} />}
    </Card>
  );
}

function SignOffCard({ evaluationId, onSigned }: { evaluationId: string; onSigned: () => void }) {
  const { t } = useI18n();
  const [conclusion, setConclusion] = useState<EvaluationConclusion>('pass');
  const [opinion, setOpinion] = useState('');
  return (
    <Card size="small" title={t('evaluation.eval.signOff')} data-testid="sign-off-card">
      <Form layout="vertical">
        <Form.Item label={t('evaluation.eval.conclusion')}>
          <Radio.Group value={conclusion} onChange={(ev) => setConclusion(ev.target.value as EvaluationConclusion)} options={evaluationConclusions.map((c) => ({ value: c, label: t(`evaluation.eval.conclusion.${c}`) }))} />
        </Form.Item>
        <Form.Item label={t('evaluation.eval.opinion')} required>
          <Input.TextArea rows={5} value={opinion} onChange={(ev) => setOpinion(ev.target.value)} data-testid="opinion-input" />
        </Form.Item>
        <Popconfirm title={t('evaluation.eval.signOff')} onConfirm={() => evaluationApi.signOff(evaluationId, { conclusion, opinion }).then(onSigned)}>
          <Button type="primary" disabled={!opinion.trim()} data-testid="sign-off">
            {t('evaluation.eval.signOff')}
          </Button>
        </Popconfirm>
      </Form>
    </Card>
  );
}

function ConclusionCard({ detail }: { detail: EvaluationDetail }) {
  const { t } = useI18n();
  const e = detail.evaluation;
  return (
    <Card size="small" title={t('evaluation.eval.conclusion')} data-testid="conclusion-card">
      <Space direction="vertical" style={{ width: '100%' }}>
        {e.conclusion && <Tag color={e.conclusion === 'fail' ? 'error' : 'success'} style={{ fontSize: 14, padding: '2px 10px' }}>{t(`evaluation.eval.conclusion.${e.conclusion}`)}</Tag>}
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{e.opinion}</Typography.Paragraph>
        {e.signedAt && <span className="evaluation-muted">{t('evaluation.eval.signedBy', { who: e.signedBy ?? '', at: formatDateTime(e.signedAt) })}</span>}
      </Space>
    </Card>
  );
}

/** The materials an expert reads: each task's dossier, through this evaluation. */
function MaterialsCard({ evaluationId }: { evaluationId: string }) {
  const { t } = useI18n();
  const { plan } = usePlan();
  const navigate = useNavigate();
  return (
    <Card size="small" title={t('evaluation.eval.materials')}>
      <Select
        style={{ width: '100%' }}
        showSearch
        optionFilterProp="label"
        placeholder={t('evaluation.dossier.pick')}
        onChange={(n: number) => navigate(`/evaluation/dossiers/${n}?evaluation=${encodeURIComponent(evaluationId)}`)}
        options={plan.taskGroups.flatMap((g) => g.tasks.map((task) => ({ value: task.number, label: `${task.number}. ${task.title}` })))}
      />
    </Card>
  );
}
