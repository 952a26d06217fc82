import { LinkOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Tag, Upload } from 'antd';
import { useState } from 'react';
import { evaluationApi, type EvaluationFile, type EvidenceRef } from '../api/evaluation.api.js';
import { useI18n } from '../i18n/locale-context.js';

/** Where a piece of evidence opens: the uploaded file, the web link, or the thing in the app. */
export function evidenceHref(ref: EvidenceRef): string | undefined {
  if (ref.kind === 'file') return evaluationApi.fileUrl(ref.id);
  if (ref.kind === 'link') return ref.id;
  if (ref.kind === 'report') return `/supervision/reports/${encodeURIComponent(ref.id)}`;
  if (ref.kind === 'notice') return `/supervision/notices/${encodeURIComponent(ref.id)}`;
  return undefined;
}

/** Evidence as tags that open it. */
export function EvidenceList({ evidence }: { evidence: readonly EvidenceRef[] }) {
  const { t } = useI18n();
  if (evidence.length === 0) return <span className="evaluation-muted">{t('evaluation.none')}</span>;
  return (
    <Space size={[4, 4]} wrap>
      {evidence.map((ref) => (
        <Tag key={`${ref.kind}:${ref.id}`} icon={ref.kind === 'link' ? <LinkOutlined /> : <PaperClipOutlined />}>
          <a href={evidenceHref(ref)} target="_blank" rel="noreferrer">
            {ref.label}
          </a>
        </Tag>
      ))}
    </Space>
  );
}

/**
 * 佐证: upload a file for this object (the server checks the type from its bytes), add a web link, or
 * cite something already in the app (an approved report, a 督办单) from `candidates`; tags can be
 * removed before saving.
 */
export function EvidenceEditor({
  owner,
  value,
  onChange,
  candidates = [],
}: {
  owner: { kind: EvaluationFile['ownerKind']; id: string };
  value: EvidenceRef[];
  onChange: (next: EvidenceRef[]) => void;
  candidates?: readonly EvidenceRef[];
}) {
  const { t } = useI18n();
  const cited = new Set(value.map((ref) => `${ref.kind}:${ref.id}`));
  const citable = candidates.filter((ref) => !cited.has(`${ref.kind}:${ref.id}`));
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
          options={citable.map((ref) => ({ value: `${ref.kind}:${ref.id}`, label: ref.label }))}
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
