import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { leafDimensions, questionKinds, type Questionnaire, type QuestionnaireProblemCode, type SurveyDimension, type SurveyQuestion } from '@ipcounty/domain';
import { Alert, App, Button, Card, Checkbox, Input, InputNumber, List, Select, Space, Table, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ApiError } from '../api/client.js';
import { surveyApi, type SurveyDetail } from '../api/survey.api.js';
import { useI18n } from '../i18n/locale-context.js';
import { shownTime } from './survey-status-tag.js';

/** A key not used yet among `taken`: prefix plus the next free number. */
function freshKey(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n += 1) if (!taken.includes(`${prefix}${n}`)) return `${prefix}${n}`;
}

/** The group question's choices are the groups themselves: kept in step with every group edit. */
function withGroupChoices(q: Questionnaire): Questionnaire {
  return { ...q, questions: q.questions.map((x) => (x.profile === 'group' ? { ...x, choices: q.groups.map((g) => ({ key: g.key, label: g.name })) } : x)) };
}

/** A problem the server found: the domain's (with a code) or the schema's (a path only). */
interface Problem {
  path?: string;
  code?: QuestionnaireProblemCode;
  params?: Record<string, string>;
  message: string;
}

/**
 * 问卷设计: respondent groups with weights and target samples, the dimension tree with weights,
 * and the questions (5-point Likert, single, multiple, open text) with skip logic by group and by
 * answer. The server checks the whole (the domain's questionnaireProblems) and keeps a questionnaire
 * that has answers frozen: saving then makes a new version.
 */
export function QuestionnaireBuilder({ survey, editable, onSaved }: { survey: SurveyDetail; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [draft, setDraft] = useState<Questionnaire>(survey.questionnaire);
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const leaves = useMemo(() => leafDimensions(draft), [draft]);
  const update = (change: (q: Questionnaire) => Questionnaire) => setDraft((q) => withGroupChoices(change(q)));
  const setGroup = (i: number, patch: Partial<Questionnaire['groups'][number]>) => update((q) => ({ ...q, groups: q.groups.map((g, j) => (j === i ? { ...g, ...patch } : g)) }));
  const setDimension = (i: number, patch: Partial<SurveyDimension>) => update((q) => ({ ...q, dimensions: q.dimensions.map((d, j) => (j === i ? { ...d, ...patch } : d)) }));
  const setQuestion = (i: number, patch: Partial<SurveyQuestion>) => update((q) => ({ ...q, questions: q.questions.map((x, j) => (j === i ? { ...x, ...patch } : x)) }));
  const move = (i: number, by: number) =>
    update((q) => {
      const questions = [...q.questions];
      const [moved] = questions.splice(i, 1);
      questions.splice(i + by, 0, moved!);
      return { ...q, questions };
    });

  const save = async () => {
    setSaving(true);
    setProblems([]);
    try {
      const saved = await surveyApi.saveQuestionnaire(survey.id, draft);
      void message.success(saved.newVersion ? t('survey.q.savedNew', { version: saved.version }) : t('survey.q.saved', { version: saved.version }));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && Array.isArray(error.details)) setProblems(error.details as Problem[]);
      else setProblems([{ message: error instanceof Error ? error.message : String(error) }]);
    } finally {
      setSaving(false);
    }
  };

  /** A problem in the reader's language, placed by its path (第 4 题, 调查对象与权重, …). */
  const problemText = (p: Problem) => {
    const [list, index] = (p.path ?? '').split('.');
    const where = list === 'questions' && index !== undefined && /^\d+$/.test(index) ? t('survey.q.number', { n: Number(index) + 1 }) : list === 'groups' ? t('survey.q.groups') : list === 'dimensions' ? t('survey.q.dimensions') : list === 'questions' ? t('survey.q.questions') : '';
    const what = p.code ? t(`survey.problem.${p.code}`, p.params) : p.path ? t('survey.problem.shape') : p.message;
    return where ? t('survey.problem.at', { where, what }) : what;
  };

  const groupOptions = draft.groups.map((g) => ({ value: g.key, label: g.name }));
  return (
    <div className="survey-builder" data-testid="questionnaire-builder">
      {!editable && <Alert type="info" showIcon message={t('survey.q.closed')} />}
      {editable && survey.structureFrozen && <Alert type="warning" showIcon message={t('survey.q.frozen', { version: survey.version, next: survey.version + 1 })} data-testid="questionnaire-frozen" />}

      <Card size="small" title={t('survey.q.groups')}>
        <Typography.Paragraph type="secondary">{t('survey.q.groupsHint')}</Typography.Paragraph>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={draft.groups}
          scroll={{ x: 520 }}
          columns={[
            { title: t('survey.q.name'), key: 'name', render: (_: unknown, g, i) => <Input value={g.name} disabled={!editable} aria-label={t('survey.q.name')} onChange={(e) => setGroup(i, { name: e.target.value })} /> },
            { title: t('survey.q.weight'), key: 'weight', width: 120, render: (_: unknown, g, i) => <InputNumber value={g.weight} min={0} disabled={!editable} aria-label={`${g.name} ${t('survey.q.weight')}`} onChange={(v) => setGroup(i, { weight: v ?? 0 })} data-testid={`group-weight-${g.key}`} /> },
            { title: t('survey.q.target'), key: 'target', width: 140, render: (_: unknown, g, i) => <InputNumber value={g.targetSample} min={0} step={50} disabled={!editable} aria-label={`${g.name} ${t('survey.q.target')}`} onChange={(v) => setGroup(i, { targetSample: v ?? 0 })} /> },
            {
              key: 'remove',
              width: 60,
              render: (_: unknown, g, i) => (
                <Button type="text" danger icon={<DeleteOutlined />} disabled={!editable || draft.groups.length <= 1} aria-label={`${t('survey.q.remove')} ${g.name}`} onClick={() => update((q) => ({ ...q, groups: q.groups.filter((_x, j) => j !== i) }))} />
              ),
            },
          ]}
        />
        {editable && (
          <Button icon={<PlusOutlined />} className="survey-add" onClick={() => update((q) => ({ ...q, groups: [...q.groups, { key: freshKey('group', q.groups.map((g) => g.key)), name: t('survey.q.name'), weight: 1, targetSample: 100 }] }))}>
            {t('survey.q.add')}
          </Button>
        )}
      </Card>

      <Card size="small" title={t('survey.q.dimensions')}>
        <Typography.Paragraph type="secondary">{t('survey.q.dimensionsHint')}</Typography.Paragraph>
        <Table
          rowKey="key"
          size="small"
          pagination={false}
          dataSource={draft.dimensions}
          scroll={{ x: 620 }}
          rowClassName={(d) => (d.parent === null ? 'survey-dimension-top' : 'survey-dimension-child')}
          columns={[
            { title: t('survey.q.name'), key: 'name', render: (_: unknown, d, i) => <Input value={d.name} disabled={!editable} aria-label={t('survey.q.name')} onChange={(e) => setDimension(i, { name: e.target.value })} /> },
            {
              title: t('survey.q.parent'),
              key: 'parent',
              width: 200,
              render: (_: unknown, d, i) => (
                <Select
                  value={d.parent ?? ''}
                  disabled={!editable}
                  aria-label={t('survey.q.parent')}
                  style={{ width: '100%' }}
                  options={[{ value: '', label: t('survey.q.topLevel') }, ...draft.dimensions.filter((p) => p.key !== d.key).map((p) => ({ value: p.key, label: p.name }))]}
                  onChange={(v: string) => setDimension(i, { parent: v === '' ? null : v })}
                />
              ),
            },
            { title: t('survey.q.weight'), key: 'weight', width: 110, render: (_: unknown, d, i) => <InputNumber value={d.weight} min={0} disabled={!editable} aria-label={`${d.name} ${t('survey.q.weight')}`} onChange={(v) => setDimension(i, { weight: v ?? 0 })} /> },
            {
              key: 'remove',
              width: 60,
              render: (_: unknown, d, i) => (
                <Button type="text" danger icon={<DeleteOutlined />} disabled={!editable} aria-label={`${t('survey.q.remove')} ${d.name}`} onClick={() => update((q) => ({ ...q, dimensions: q.dimensions.filter((_x, j) => j !== i) }))} />
              ),
            },
          ]}
        />
        {editable && (
          <Button icon={<PlusOutlined />} className="survey-add" onClick={() => update((q) => ({ ...q, dimensions: [...q.dimensions, { key: freshKey('dim', q.dimensions.map((d) => d.key)), name: t('survey.q.name'), parent: q.dimensions[0]?.key ?? null, weight: 1 }] }))}>
            {t('survey.q.add')}
          </Button>
        )}
      </Card>

      <Card size="small" title={`${t('survey.q.questions')} (${draft.questions.length})`}>
        <List
          dataSource={draft.questions}
          rowKey="key"
          renderItem={(q, i) => {
            const earlier = draft.questions.slice(0, i).filter((x) => x.kind === 'single' || x.kind === 'multiple');
            const source = q.showIf ? draft.questions.find((x) => x.key === q.showIf!.question) : undefined;
            return (
              <List.Item className="survey-question-edit" data-testid={`question-${q.key}`}>
                <div className="survey-question-head">
                  <strong>{t('survey.q.number', { n: i + 1 })}</strong>
                  {q.profile && <Tag>{t('survey.q.profile', { what: t(`survey.q.profile.${q.profile}`) })}</Tag>}
                  {editable && (
                    <Space size={0}>
                      <Button type="text" icon={<ArrowUpOutlined />} disabled={i === 0} aria-label={t('survey.q.up')} onClick={() => move(i, -1)} />
                      <Button type="text" icon={<ArrowDownOutlined />} disabled={i === draft.questions.length - 1} aria-label={t('survey.q.down')} onClick={() => move(i, 1)} />
                      <Button type="text" danger icon={<DeleteOutlined />} disabled={q.profile === 'group'} aria-label={t('survey.q.remove')} onClick={() => update((x) => ({ ...x, questions: x.questions.filter((_y, j) => j !== i) }))} />
                    </Space>
                  )}
                </div>
                <Input.TextArea value={q.text} autoSize disabled={!editable} aria-label={t('survey.q.text')} onChange={(e) => setQuestion(i, { text: e.target.value })} />
                <div className="survey-question-fields">
                  <label>
                    {t('survey.q.kind')}
                    <Select value={q.kind} disabled={!editable || q.profile !== null} style={{ width: 200 }} options={questionKinds.map((k) => ({ value: k, label: t(`survey.q.kind.${k}`) }))} onChange={(kind) => setQuestion(i, { kind, dimension: kind === 'likert' ? (leaves[0]?.key ?? null) : null })} />
                  </label>
                  {q.kind === 'likert' && q.profile === null && (
                    <label>
                      {t('survey.q.dimension')}
                      <Select value={q.dimension ?? undefined} disabled={!editable} style={{ width: 200 }} options={leaves.map((d) => ({ value: d.key, label: d.name }))} onChange={(dimension: string) => setQuestion(i, { dimension })} />
                    </label>
                  )}
                  {q.profile !== 'group' && (
                    <label>
                      {t('survey.q.askedOf')}
                      <Select mode="multiple" value={q.groups} disabled={!editable} style={{ minWidth: 200 }} placeholder={t('survey.q.everyone')} options={groupOptions} onChange={(groups: string[]) => setQuestion(i, { groups })} />
                    </label>
                  )}
                  <Checkbox checked={q.required} disabled={!editable} onChange={(e) => setQuestion(i, { required: e.target.checked })}>
                    {t('survey.q.required')}
                  </Checkbox>
                </div>
                {q.profile !== 'group' && (
                  <div className="survey-question-fields">
                    <label>
                      {t('survey.q.showIf')}
                      <Select
                        value={q.showIf?.question ?? ''}
                        disabled={!editable}
                        style={{ width: 240 }}
                        options={[{ value: '', label: t('survey.q.showIfAlways') }, ...earlier.map((x) => ({ value: x.key, label: `${draft.questions.indexOf(x) + 1}. ${x.text.slice(0, 24)}` }))]}
                        onChange={(key: string) => {
                          const from = draft.questions.find((x) => x.key === key);
                          setQuestion(i, { showIf: from ? { question: key, anyOf: [from.choices[0]!.key] } : null });
                        }}
                      />
                    </label>
                    {source && (
                      <label>
                        {t('survey.q.showIfChoices')}
                        <Select mode="multiple" value={q.showIf!.anyOf} disabled={!editable} style={{ minWidth: 200 }} options={source.choices.map((c) => ({ value: c.key, label: c.label }))} onChange={(anyOf: string[]) => setQuestion(i, { showIf: { question: source.key, anyOf } })} />
                      </label>
                    )}
                  </div>
                )}
                {(q.kind === 'single' || q.kind === 'multiple') && q.profile !== 'group' && (
                  <div className="survey-choices">
                    <span>{t('survey.q.choices')}</span>
                    {q.choices.map((c, ci) => (
                      <Space.Compact key={c.key}>
                        <Input value={c.label} disabled={!editable} aria-label={`${t('survey.q.choices')} ${ci + 1}`} onChange={(e) => setQuestion(i, { choices: q.choices.map((x, j) => (j === ci ? { ...x, label: e.target.value } : x)) })} />
                        {editable && <Button icon={<DeleteOutlined />} aria-label={t('survey.q.remove')} onClick={() => setQuestion(i, { choices: q.choices.filter((_x, j) => j !== ci) })} />}
                      </Space.Compact>
                    ))}
                    {editable && (
                      <Button size="small" icon={<PlusOutlined />} onClick={() => setQuestion(i, { choices: [...q.choices, { key: freshKey('c', q.choices.map((c) => c.key)), label: t('survey.q.name') }] })}>
                        {t('survey.q.addChoice')}
                      </Button>
                    )}
                  </div>
                )}
              </List.Item>
            );
          }}
        />
        {editable && (
          <Button
            icon={<PlusOutlined />}
            className="survey-add"
            data-testid="question-add"
            onClick={() =>
              update((x) => ({
                ...x,
                questions: [...x.questions, { key: freshKey('q', x.questions.map((y) => y.key)), text: t('survey.q.text'), kind: 'likert', dimension: leaves[0]?.key ?? null, choices: [], groups: [], showIf: null, required: true, profile: null }],
              }))
            }
          >
            {t('survey.q.addQuestion')}
          </Button>
        )}
      </Card>

      <Card size="small" title={t('survey.q.versions')}>
        {survey.versions.map((v) => (
          <div key={v.version}>{t('survey.q.versionRow', { version: v.version, at: shownTime(v.createdAt), by: v.createdBy, answers: v.answers })}</div>
        ))}
      </Card>

      {problems.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          message={t('survey.q.problems')}
          description={
            <ul>
              {problems.map((p, i) => (
                <li key={i}>{problemText(p)}</li>
              ))}
            </ul>
          }
          data-testid="questionnaire-problems"
        />
      )}
      {editable && (
        <div className="survey-save-bar">
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid="questionnaire-save">
            {t('survey.q.save')}
          </Button>
        </div>
      )}
    </div>
  );
}
