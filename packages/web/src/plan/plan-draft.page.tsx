import { InboxOutlined, WarningOutlined } from '@ant-design/icons';
import { placePassage, type DraftItem, type PassagePlacement, type PlanDocumentDraft, type PlanInput, type UnreadPassage, type UnsureReason } from '@ipcounty/domain';
import { Alert, Button, Card, Descriptions, Input, Select, Tag, Typography, Upload, message } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { uploadPlanDocument } from '../api/plan-editing.api.js';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';
import { PhaseEditor, TargetEditor, TaskEditor, type IndicatorInput, type PhaseInput, type TaskInput } from './item-editors.js';
import { usePlan } from './plan-context.js';
import { getAt, setAt } from './plan-paths.js';
import { SaveRevisionModal } from './save-revision-modal.js';
import { SourceText } from './source-text.js';

type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function unsureText(reason: UnsureReason, t: Translate): string {
  switch (reason.code) {
    case 'unknown-unit':
      return t('planDraft.unsure.unknown-unit', { name: reason.name });
    case 'group-expanded-by-kind':
    case 'group-without-members':
      return t(`planDraft.unsure.${reason.code}`, { phrase: reason.phrase });
    case 'header-missing':
      return t('planDraft.unsure.header-missing', { field: t(`planDraft.header.${reason.field}`) });
    default:
      return t(`planDraft.unsure.${reason.code}`);
  }
}

const headerFields = ['title', 'noticeTitle', 'documentNumber', 'issuer', 'issueDate'];

const sections: { kinds: DraftItem['kind'][]; title: MessageKey }[] = [
  { kinds: ['header'], title: 'planDraft.section.header' },
  { kinds: ['target-group', 'target'], title: 'planDraft.section.targets' },
  { kinds: ['task-group', 'task'], title: 'planDraft.section.tasks' },
  { kinds: ['phase'], title: 'planDraft.section.phases' },
  { kinds: ['principle', 'safeguard'], title: 'planDraft.section.other' },
];

/** The form of the selected item: targets, tasks and phases in full, header fields and titles as one line. */
function ItemEditor({ item, plan, onChange }: { item: DraftItem; plan: PlanInput; onChange: (plan: PlanInput) => void }) {
  const { t } = useI18n();
  const value = getAt(plan, item.path);
  const set = (next: unknown) => onChange(setAt(plan, item.path, next));
  if (item.kind === 'target') return <TargetEditor indicator={value as IndicatorInput} onChange={set} />;
  if (item.kind === 'task') return <TaskEditor task={value as TaskInput} plan={plan} onChange={set} />;
  if (item.kind === 'phase') return <PhaseEditor phase={value as PhaseInput} onChange={set} />;
  if (item.kind === 'header' && typeof value === 'string' && !value.includes('\n'))
    return <Input value={value} onChange={(e) => set(e.target.value)} data-testid="header-field" aria-label={item.label} />;
  if (item.kind === 'header' && typeof value === 'string')
    return <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} value={value} onChange={(e) => set(e.target.value)} aria-label={item.label} />;
  if ((item.kind === 'principle' || item.kind === 'safeguard') && value && typeof value === 'object') {
    const prose = value as { title: string; text: string };
    return (
      <div className="plan-item-form">
        <label className="plan-field-label">{t('planEdit.field.title')}</label>
        <Input value={prose.title} onChange={(e) => set({ ...prose, title: e.target.value })} aria-label={t('planEdit.field.title')} />
        <label className="plan-field-label plan-field-gap">{t('planEdit.field.text')}</label>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} value={prose.text} onChange={(e) => set({ ...prose, text: e.target.value })} aria-label={t('planEdit.field.text')} />
      </div>
    );
  }
  if ((item.kind === 'target-group' || item.kind === 'task-group') && value && typeof value === 'object')
    return <Input value={(value as { title: string }).title} onChange={(e) => set({ ...(value as object), title: e.target.value })} aria-label={t('planEdit.field.title')} />;
  return <Typography.Paragraph className="muted">{t('planDraft.readOnlyItem')}</Typography.Paragraph>;
}

function ItemRow({ item, selected, onSelect }: { item: DraftItem; selected: boolean; onSelect: () => void }) {
  const { t } = useI18n();
  const nested = item.kind === 'target' || item.kind === 'task';
  return (
    <button type="button" className={`plan-draft-item${selected ? ' is-selected' : ''}${nested ? ' is-nested' : ''}`} onClick={onSelect} data-testid="draft-item" data-path={item.path} data-unsure={item.unsure.length > 0 || undefined}>
      <span className="plan-draft-item-label">{headerFields.includes(item.path) ? t('planEdit.labelled', { label: t(`planDraft.header.${item.path}` as MessageKey), value: item.label }) : item.label}</span>
      {item.unsure.length > 0 && (
        <span className="plan-draft-unsure">
          {item.unsure.map((reason, i) => (
            <Tag key={i} color="warning" icon={<WarningOutlined />}>
              {unsureText(reason, t)}
            </Tag>
          ))}
        </span>
      )}
    </button>
  );
}

/** What the office decided for an unread passage: the item it became, or set aside as not part of the plan. */
type Decision = { placedAs: DraftItem } | { setAside: true };

/** One unread passage, with where the office puts it: a task of a group, a principle, a safeguard, or nowhere. */
function UnreadRow({ passage, plan, decision, selected, onSelect, onPlace, onSetAside }: {
  passage: UnreadPassage;
  plan: PlanInput;
  decision: Decision | undefined;
  selected: boolean;
  onSelect: () => void;
  onPlace: (placement: PassagePlacement) => void;
  onSetAside: (aside: boolean) => void;
}) {
  const { t } = useI18n();
  const options = [
    ...plan.taskGroups.map((group, g) => ({ value: `task:${g}`, label: t('planDraft.place.task', { group: `（${group.number}）${group.title}` }) })),
    { value: 'principle', label: t('planDraft.place.principle') },
    { value: 'safeguard', label: t('planDraft.place.safeguard') },
    { value: 'aside', label: t('planDraft.place.aside') },
  ];
  const choose = (value: string) => {
    if (value === 'aside') return onSetAside(true);
    if (value.startsWith('task:')) return onPlace({ as: 'task', group: Number(value.slice(5)) });
    onPlace({ as: value as 'principle' | 'safeguard' });
  };
  return (
    <div className={`plan-draft-unread${selected ? ' is-selected' : ''}${decision ? ' is-decided' : ''}`} data-testid="unread-passage" data-reason={passage.reason}>
      <button type="button" className="plan-draft-unread-text" onClick={onSelect}>
        <Tag>{t(`planDraft.unread.${passage.reason}`)}</Tag>
        {passage.text}
      </button>
      <div className="plan-draft-unread-actions">
        {decision && 'placedAs' in decision ? (
          <Tag color="success" data-testid="passage-placed">{t('planDraft.placed', { label: decision.placedAs.label })}</Tag>
        ) : decision ? (
          <>
            <Tag data-testid="passage-set-aside">{t('planDraft.setAside')}</Tag>
            <Button size="small" type="link" onClick={() => onSetAside(false)}>{t('planDraft.undoSetAside')}</Button>
          </>
        ) : (
          <Select size="small" className="plan-draft-place" placeholder={t('planDraft.place.placeholder')} options={options} onChange={choose} value={null} data-testid="place-passage" popupMatchSelectWidth={false} />
        )}
      </div>
    </div>
  );
}

/** The review of a document's draft: the items beside the text they came from, corrected, then confirmed. */
function DraftReview({ result, onDone }: { result: PlanDocumentDraft; onDone: () => void }) {
  const { t } = useI18n();
  const { reload } = usePlan();
  const navigate = useNavigate();
  const [plan, setPlan] = useState<PlanInput>(result.draft.plan);
  const [selectedPath, setSelectedPath] = useState<string | null>(null);
  const [selectedPassage, setSelectedPassage] = useState<number | null>(null);
  const [decisions, setDecisions] = useState<Record<number, Decision>>({});
  const [saving, setSaving] = useState(false);
  // The items the parser read, and those the office made of unread passages.
  const items = useMemo(
    () => [
      ...result.draft.items.filter((item) => item.kind !== 'responsibility' && item.path !== '(header)'),
      ...Object.values(decisions).flatMap((d) => ('placedAs' in d ? [d.placedAs] : [])),
    ],
    [result, decisions],
  );
  const selected = items.find((item) => item.path === selectedPath) ?? null;
  const doubts = result.draft.items.filter((item) => item.unsure.length > 0).length;
  const unread = result.draft.unread;
  // A passage the parser did not recognise waits for the office's decision; one outside the plan's model (the notice, the preamble) does not.
  const undecided = unread.filter((passage, i) => passage.reason === 'unrecognised' && !decisions[i]).length;
  const selectedSpan = selected?.span ?? (selectedPassage !== null ? unread[selectedPassage]!.span : null);

  const place = (index: number, placement: PassagePlacement) => {
    const placed = placePassage(plan, unread[index]!, placement);
    setPlan(placed.plan);
    setDecisions((current) => ({ ...current, [index]: { placedAs: placed.item } }));
    setSelectedPassage(null);
    setSelectedPath(placed.item.path);
  };
  const setAside = (index: number, aside: boolean) =>
    setDecisions((current) => {
      const next = { ...current };
      if (aside) next[index] = { setAside: true };
      else delete next[index];
      return next;
    });
  const selectItem = (path: string) => {
    setSelectedPassage(null);
    setSelectedPath(path);
  };

  // An item chosen in the text is brought into view in the list as well; on a phone, where the list
  // and the text are one column, its form is what the office needs to see next.
  useEffect(() => {
    if (!selectedPath) return;
    if (window.matchMedia('(max-width: 900px)').matches) document.querySelector('[data-testid=draft-editor]')?.scrollIntoView({ block: 'start' });
    else document.querySelector(`[data-testid=draft-item][data-path="${CSS.escape(selectedPath)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [selectedPath]);
  const headerDoubt = result.draft.items.find((item) => item.path === '(header)');
  const becomes = !result.inForce
    ? t('planDraft.becomesNew')
    : plan.code === result.inForce.plan.code
      ? t('planDraft.becomesRevision', { revision: result.inForce.revision + 1 })
      : t('planDraft.becomesSuccessor', { title: result.inForce.plan.title, revision: result.inForce.revision + 1 });
  const targets = plan.targetGroups.flatMap((group) => group.indicators).length;
  const tasks = plan.taskGroups.flatMap((group) => group.tasks).length;

  return (
    <div className="stack">
      <Card size="small">
        <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
          { key: 'file', label: t('planDraft.file'), children: result.fileName },
          { key: 'title', label: t('planDraft.header.title'), children: plan.title || '—' },
          { key: 'number', label: t('planDraft.header.documentNumber'), children: plan.documentNumber || '—' },
          { key: 'issuer', label: t('planDraft.header.issuer'), children: `${plan.issuer || '—'} ${plan.issueDate || ''}` },
          { key: 'counts', label: t('planDraft.counts'), children: t('planDraft.countsValue', { targets, tasks, phases: plan.phases.length }) },
          { key: 'becomes', label: t('planDraft.becomes'), children: <span data-testid="draft-becomes">{becomes}</span> },
        ]} />
        {headerDoubt && <Alert className="plan-draft-alert" type="warning" showIcon message={headerDoubt.unsure.map((u) => unsureText(u, t)).join('；')} />}
        <div className="plan-draft-actions">
          <span className="muted" data-testid="draft-doubts">{t('planDraft.doubts', { count: doubts, unread: unread.length })}</span>
          {undecided > 0 && <span className="plan-draft-undecided" data-testid="draft-undecided">{t('planDraft.undecided', { count: undecided })}</span>}
          <Button onClick={onDone}>{t('planDraft.discard')}</Button>
          <Button type="primary" onClick={() => setSaving(true)} disabled={undecided > 0} data-testid="confirm-draft">
            {t('planDraft.confirm')}
          </Button>
        </div>
      </Card>
      <div className="plan-draft">
        <div className="plan-draft-items">
          {selected && (
            <Card size="small" className="plan-draft-editor" title={selected.label} data-testid="draft-editor">
              {selected.unsure.length > 0 && <Alert type="warning" showIcon message={selected.unsure.map((u) => unsureText(u, t)).join('；')} className="plan-draft-alert" />}
              <ItemEditor item={selected} plan={plan} onChange={setPlan} />
            </Card>
          )}
          {sections.map((section) => {
            const shown = items.filter((item) => section.kinds.includes(item.kind));
            if (shown.length === 0) return null;
            return (
              <section key={section.title} className="plan-draft-section">
                <Typography.Title level={3}>{t(section.title)}</Typography.Title>
                {shown.map((item) => (
                  <ItemRow key={item.path} item={item} selected={item.path === selectedPath} onSelect={() => selectItem(item.path)} />
                ))}
              </section>
            );
          })}
          <section className="plan-draft-section" data-testid="unread-passages">
            <Typography.Title level={3}>{t('planDraft.section.unread', { count: unread.length })}</Typography.Title>
            <Typography.Paragraph className="muted">{t('planDraft.unreadHint')}</Typography.Paragraph>
            {unread.map((passage, i) => (
              <UnreadRow
                key={passage.span.start}
                passage={passage}
                plan={plan}
                decision={decisions[i]}
                selected={selectedPassage === i}
                onSelect={() => {
                  setSelectedPath(null);
                  setSelectedPassage(i);
                }}
                onPlace={(placement) => place(i, placement)}
                onSetAside={(aside) => setAside(i, aside)}
              />
            ))}
          </section>
        </div>
        <SourceText
          text={result.draft.sourceText}
          items={items}
          unread={unread.filter((_, i) => !decisions[i] || 'setAside' in decisions[i]!).map((p) => p.span)}
          selected={selectedSpan}
          onSelect={(item) => selectItem(item.path)}
        />
      </div>
      <SaveRevisionModal
        open={saving}
        onClose={() => setSaving(false)}
        before={result.inForce?.plan ?? null}
        after={plan}
        baseRevision={result.inForce?.revision ?? null}
        source="document"
        onSaved={(saved) => {
          setSaving(false);
          void message.success(t('planEdit.saved', { revision: saved.revision }));
          reload();
          navigate('/plan/revisions');
        }}
      />
    </div>
  );
}

/** 从文件导入: upload the plan's document, review the draft beside its text, confirm. */
export function PlanDraftPage() {
  const { t } = useI18n();
  const [result, setResult] = useState<PlanDocumentDraft | null>(null);
  const [reading, setReading] = useState(false);
  if (result) return <DraftReview result={result} onDone={() => setResult(null)} />;
  return (
    <Card size="small">
      <Typography.Paragraph>{t('planDraft.intro')}</Typography.Paragraph>
      <Upload.Dragger
        accept=".docx,.txt"
        showUploadList={false}
        disabled={reading}
        data-testid="plan-document-upload"
        customRequest={({ file }) => {
          setReading(true);
          uploadPlanDocument(file as File)
            .then(setResult)
            .catch(() => undefined) // the error is shown by the API client
            .finally(() => setReading(false));
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">{reading ? t('planDraft.reading') : t('planDraft.upload')}</p>
        <p className="ant-upload-hint">{t('planDraft.uploadHint')}</p>
      </Upload.Dragger>
    </Card>
  );
}
