import { FileTextOutlined, LinkOutlined, NotificationOutlined, PaperClipOutlined, TeamOutlined, UploadOutlined } from '@ant-design/icons';
import type { EvidenceCandidate } from '@ipcounty/domain';
import { Button, Input, Select, Space, Tag, Upload } from 'antd';
import { useCallback, useState } from 'react';
import { evaluationApi, type EvaluationFile, type EvidenceRef } from '../api/evaluation.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useUnitName } from '../supervision/supervision-labels.js';

/** Where a piece of evidence opens: the uploaded file, the web link, or the thing in the app. */
export function evidenceHref(ref: EvidenceRef): string | undefined {
  if (ref.kind === 'file') return evaluationApi.fileUrl(ref.id);
  if (ref.kind === 'link') return ref.id;
  if (ref.kind === 'report') return `/supervision/reports/${encodeURIComponent(ref.id)}`;
  if (ref.kind === 'notice') return `/supervision/notices/${encodeURIComponent(ref.id)}`;
  if (ref.kind === 'meeting') return `/ledgers/meetings?record=${encodeURIComponent(ref.id)}`;
  if (ref.kind === 'publicity') return `/ledgers/publicity?record=${encodeURIComponent(ref.id)}`;
  if (ref.kind === 'document') return `/documents/archive/${encodeURIComponent(ref.id)}`;
  return undefined;
}

const evidenceIcon = (ref: EvidenceRef) =>
  ref.kind === 'link' ? <LinkOutlined /> : ref.kind === 'meeting' ? <TeamOutlined /> : ref.kind === 'publicity' ? <NotificationOutlined /> : ref.kind === 'document' ? <FileTextOutlined /> : <PaperClipOutlined />;

/** Evidence as tags that open it. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceRef[] }) {
  const { t } = useI18n();
  if (evidence.length === 0) return <span className="evaluation-muted">{t('evaluation.none')}</span>;
  return (
    <Space size={[4, 4]} wrap>
      {evidence.map((ref) => (
        <Tag key={`${ref.kind}:${ref.id}`} icon={evidenceIcon(ref)} data-testid={`evidence-${ref.kind}`}>
          <a href={evidenceHref(ref)} target="_blank" rel="noreferrer">
            {ref.label}
          </a>
        </Tag>
      ))}
    </Space>
  );
}

/** What the app holds that the user may cite, as evidence with a label in the reader's language. */
function useCitable(taskNumber: number | null): { groups: { kind: EvidenceCandidate['kind']; refs: EvidenceRef[] }[] } {
  const { t } = useI18n();
  const unitName = useUnitName();
  const load = useCallback((signal: AbortSignal) => evaluationApi.evidenceCandidates(taskNumber, signal), [taskNumber]);
  const candidates = useResource(load);
  const label = (c: EvidenceCandidate) =>
    c.kind === 'report'
      ? t('evaluation.citeReport', { round: c.title, unit: c.unitCode ? unitName(c.unitCode) : '' })
      : c.kind === 'notice'
        ? t('evaluation.citeNotice', { number: c.title })
        : c.kind === 'meeting'
          ? t('evaluation.citeMeeting', { title: c.title, date: c.date ?? '' })
          : c.kind === 'publicity'
            ? t('evaluation.citePublicity', { title: c.title, date: c.date ?? '' })
          : c.version && c.version > 1
            ? t('evaluation.citeDocumentVersion', { title: c.title, version: c.version })
            : t('evaluation.citeDocument', { title: c.title });
  const list = candidates.state === 'ready' ? candidates.data.candidates : [];
  const kinds = ['report', 'notice', 'meeting', 'publicity', 'document'] as const;
  return { groups: kinds.map((kind) => ({ kind, refs: list.filter((c) => c.kind === kind).map((c) => ({ kind: c.kind, id: c.id, label: label(c) })) })).filter((g) => g.refs.length > 0) };
}

/**
 * 佐证: upload a file for this object (the server checks the type from its bytes), add a web link, or
 * cite something already in the app — the task's approved reports and 督办单, a meeting or a
 * publicity event of the ledgers, a generated document — grouped by kind; tags can be removed before saving.
 * `taskNumber` narrows reports, notices, meetings and events to one task (null: every meeting and
 * event, no reports).
 */
export function EvidenceEditor({
  owner,
  value,
  onChange,
  taskNumber = null,
}: {
  owner: { kind: EvaluationFile['ownerKind']; id: string };
  value: EvidenceRef[];
  onChange: (next: EvidenceRef[]) => void;
  taskNumber?: number | null;
}) {
  const { t } = useI18n();
  const cited = new Set(value.map((ref) => `${ref.kind}:${ref.id}`));
  const groups = useCitable(taskNumber)
    .groups.map((g) => ({ ...g, refs: g.refs.filter((ref) => !cited.has(`${ref.kind}:${ref.id}`)) }))
    .filter((g) => g.refs.length > 0);
  const citable = groups.flatMap((g) => g.refs);
  const [label, setLabel] = useState('');
  const [url, setUrl] = useState('');
  const [uploading, setUploading] = useState(false);
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="small">
      <Space size={[4, 4]} wrap>
        {value.map((ref) => (
          <Tag key={`${ref.kind}:${ref.id}`} closable onClose={() => onChange(value.filter((r) => r !== ref))}>
            {ref.label}
          </Tag>
        ))}
      </Space>
      <Upload
        showUploadList={false}
        customRequest={async ({ file, onSuccess, onError }) => {
          setUploading(true);
          try {
            const saved = await evaluationApi.upload(owner, file as File);
            onChange([...value, { kind: 'file', id: saved.id, label: saved.fileName }]);
            onSuccess?.(saved);
          } catch (error) {
            onError?.(error as Error);
          } finally {
            setUploading(false);
          }
        }}
      >
        <Button size="small" icon={<UploadOutlined />} loading={uploading} data-testid="evidence-upload">
          {t('evaluation.upload')}
        </Button>
      </Upload>
      {citable.length > 0 && (
        <Select
          size="small"
          style={{ width: '100%' }}
          placeholder={t('evaluation.citeInApp')}
          value={null}
          showSearch
          optionFilterProp="label"
          options={groups.map((g) => ({ label: t(`evaluation.citeGroup.${g.kind}`), options: g.refs.map((ref) => ({ value: `${ref.kind}:${ref.id}`, label: ref.label })) }))}
          onChange={(key: string) => {
            const ref = citable.find((r) => `${r.kind}:${r.id}` === key);
            if (ref) onChange([...value, ref]);
          }}
          data-testid="evidence-cite"
        />
      )}
      <Space.Compact style={{ width: '100%' }}>
        <Input size="small" placeholder={t('evaluation.linkLabel')} value={label} onChange={(e) => setLabel(e.target.value)} style={{ width: '35%' }} />
        <Input size="small" placeholder={t('evaluation.linkUrl')} value={url} onChange={(e) => setUrl(e.target.value)} />
        <Button
          size="small"
          icon={<LinkOutlined />}
          disabled={!label.trim() || !/^https?:\/\//i.test(url.trim())}
          onClick={() => {
            onChange([...value, { kind: 'link', id: url.trim(), label: label.trim() }]);
            setLabel('');
            setUrl('');
          }}
        >
          {t('evaluation.addLink')}
        </Button>
      </Space.Compact>
    </Space>
  );
}
