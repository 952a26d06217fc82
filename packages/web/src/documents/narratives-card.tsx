import { HistoryOutlined, SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Dropdown, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { ApiError } from '../api/client.js';
import { documentsApi, type NarrativeSectionView } from '../api/documents.api.js';
import { formatDateTime } from '../calendar/calendar-format.js';
import { useI18n } from '../i18n/locale-context.js';

/** One narrative section: its text (last saved, else the draft), save as a new version, go back to the draft or an older version. */
function NarrativeSection({ section, onSaved }: { section: NarrativeSectionView; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [text, setText] = useState(section.text);
  const [saving, setSaving] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    setSaving(true);
    setProblem(null);
    try {
      const saved = await documentsApi.saveNarrative(section.key, text);
      void message.success(t('documents.narratives.saved', { version: saved.version }));
      onSaved();
    } catch (error) {
      if (error instanceof ApiError && error.code === 'typed_figures') setProblem(t('documents.narratives.typedFigures', { figures: (error.details as { message: string }[] | undefined)?.map((d) => d.message).join('、') ?? '' }));
      else setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setSaving(false);
    }
  };
  const changed = text !== (section.versions[0]?.text ?? null);
  return (
    <Card size="small" title={section.title} data-testid={`narrative-${section.key}`}>
      {/* Below the title, not beside it: on a phone the buttons would push the title out. */}
      <Space size="small" wrap className="documents-actions">
        <Typography.Text type="secondary">
          {section.versions.length ? t('documents.narratives.versions', { count: section.versions.length }) : t('documents.narratives.noVersion')}
        </Typography.Text>
        {section.versions.length > 0 && (
          <Dropdown
            menu={{
              items: section.versions.map((v) => ({
                key: String(v.version),
                label: t('documents.narratives.version', { version: v.version, by: v.savedBy, at: formatDateTime(v.savedAt) }),
                onClick: () => setText(v.text),
              })),
            }}
          >
            <Button size="small" icon={<HistoryOutlined />} aria-label={t('documents.narratives.restore')} />
          </Dropdown>
        )}
        <Button size="small" onClick={() => setText(section.draft)} disabled={text === section.draft}>
          {t('documents.narratives.useDraft')}
        </Button>
        <Button size="small" type="primary" icon={<SaveOutlined />} loading={saving} disabled={!changed} onClick={() => void save()} data-testid="save-narrative">
          {t('documents.narratives.save')}
        </Button>
      </Space>
      <Input.TextArea value={text} onChange={(e) => setText(e.target.value)} autoSize={{ minRows: 3, maxRows: 14 }} data-testid="narrative-text" />
      {problem && <Alert className="documents-problem" type="error" showIcon message={problem} />}
    </Card>
  );
}

export function NarrativesCard({ sections, onSaved }: { sections: NarrativeSectionView[]; onSaved: () => void }) {
  const { t } = useI18n();
  return (
    <Space direction="vertical" size="middle" className="documents-narratives">
      <Alert type="info" showIcon message={t('documents.narratives.intro')} description={t('documents.narratives.dataSections')} />
      {sections.map((s) => (
        <NarrativeSection key={`${s.key}-${s.versions[0]?.version ?? 0}`} section={s} onSaved={onSaved} />
      ))}
    </Space>
  );
}
