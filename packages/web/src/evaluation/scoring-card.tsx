import { Button, Card, Grid, Input, InputNumber, List, Space, Table } from 'antd';
import { useState } from 'react';
import { evaluationApi, type EvaluationDetail, type IndexItem } from '../api/evaluation.api.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';

/**
 * 评分表: the expert scores every item between 0 and its full marks, with a comment wherever points
 * are taken off; saving keeps a draft, submitting needs every item. On a phone each item is a block
 * of its own (item, guidance, score, comment one under the other), so the expert scores down the
 * screen instead of scrolling every row sideways to reach its boxes.
 */
export function ScoringCard({ detail, onChanged }: { detail: EvaluationDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const me = detail.me!;
  const items = detail.evaluation.indexItems;
  const initial = new Map(me.scores.map((s) => [s.itemCode, s]));
  const [sheet, setSheet] = useState(() => new Map(items.map((i) => [i.code, { score: initial.get(i.code)?.score ?? null, comment: initial.get(i.code)?.comment ?? '' }])));
  const [busy, setBusy] = useState(false);
  const set = (code: string, patch: Partial<{ score: number | null; comment: string }>) => setSheet((m) => new Map(m).set(code, { ...m.get(code)!, ...patch }));
  const complete = items.every((i) => sheet.get(i.code)?.score !== null && (sheet.get(i.code)!.score === i.weight || sheet.get(i.code)!.comment.trim()));
  const save = async (submit: boolean) => {
    setBusy(true);
    try {
      const scores = items.flatMap((i) => {
        const s = sheet.get(i.code)!;
        return s.score === null ? [] : [{ itemCode: i.code, score: s.score, comment: s.comment }];
      });
      await evaluationApi.score(detail.evaluation.id, { scores, submit });
      onChanged();
    } finally {
      setBusy(false);
    }
  };
  const phone = Grid.useBreakpoint().md === false;
  const scoreInput = (i: IndexItem) => (
    <InputNumber
      size="small"
      min={0}
      max={i.weight}
      step={0.5}
      value={sheet.get(i.code)?.score ?? undefined}
      onChange={(v) => set(i.code, { score: typeof v === 'number' ? v : null })}
      aria-label={`${i.title} ${t('evaluation.eval.score')}`}
      data-testid={`score-${i.code}`}
    />
  );
  const commentInput = (i: IndexItem) => (
    <Input.TextArea
      size="small"
      autoSize
      status={sheet.get(i.code)?.score !== null && sheet.get(i.code)!.score! < i.weight && !sheet.get(i.code)!.comment.trim() ? 'error' : undefined}
      value={sheet.get(i.code)?.comment}
      onChange={(e) => set(i.code, { comment: e.target.value })}
      placeholder={phone ? t('evaluation.eval.comment') : undefined}
      aria-label={`${i.title} ${t('evaluation.eval.comment')}`}
      data-testid={`comment-${i.code}`}
    />
  );
  return (
    <Card size="small" title={t('evaluation.eval.myScores')} data-testid="scoring-card">
      {phone ? (
        <List<IndexItem>
          size="small"
          rowKey="code"
          dataSource={items}
          renderItem={(i) => (
            <List.Item className="scoring-item">
              <div className="scoring-item-title">{i.title}</div>
              <div className="evaluation-muted">{i.guidance}</div>
              <div className="scoring-item-score">
                <span>{t('evaluation.eval.score')}</span>
                {scoreInput(i)}
                <span className="evaluation-muted">
                  {t('evaluation.eval.weightOf', { points: i.weight })}
                </span>
              </div>
              {commentInput(i)}
            </List.Item>
          )}
        />
      ) : (
        <Table<IndexItem>
          size="small"
          rowKey="code"
          pagination={false}
          scroll={{ x: 560 }}
          dataSource={items}
          columns={[
            { title: t('evaluation.eval.item'), render: (_, i) => <div><div>{i.title}</div><div className="evaluation-muted">{i.guidance}</div></div> },
            { title: t('evaluation.eval.weight'), dataIndex: 'weight', width: 60 },
            { title: t('evaluation.eval.score'), width: 100, render: (_, i) => scoreInput(i) },
            { title: t('evaluation.eval.comment'), render: (_, i) => commentInput(i) },
          ]}
        />
      )}
      <Space wrap style={{ marginTop: 8 }}>
        <Button loading={busy} onClick={() => save(false)}>
          {t('evaluation.eval.saveScores')}
        </Button>
        <Button type="primary" loading={busy} disabled={!complete} onClick={() => save(true)} data-testid="submit-scores">
          {t('evaluation.eval.submitScores')}
        </Button>
        {me.submittedAt && <span className="evaluation-muted">{t('evaluation.eval.submittedAt', { at: formatDateTime(me.submittedAt) })}</span>}
      </Space>
    </Card>
  );
}
