import { registerCatalog, registerGroups } from '@ipcounty/domain';
import { App, Button, Card, Select, Space, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { registersApi } from '../api/registers.api.js';
import { useResource } from '../api/use-resource.js';
import { useI18n } from '../i18n/locale-context.js';
import { useMe } from '../session/session-context.js';
import { registerName } from './field-format.js';
import { useRegistersChanged } from './registers-changed.js';

/** The registers at a glance: how many records each holds (of them demo data), with links to each. */
export function DataHomePage() {
  const { t, locale } = useI18n();
  const me = useMe();
  const navigate = useNavigate();
  const load = useCallback((signal: AbortSignal) => registersApi.summary(signal), []);
  const summary = useResource(load);
  const reload = useCallback(() => summary.state === 'ready' && summary.reload(), [summary]);
  useRegistersChanged(reload);
  const counts = summary.state === 'ready' ? new Map(summary.data.registers.map((r) => [r.kind, r])) : new Map();
  const unresolved = summary.state === 'ready' ? summary.data.registers.reduce((sum, r) => sum + r.unresolved, 0) : 0;

  return (
    <div className="stack" data-testid="data-home">
      <div className="page-title">
        <Typography.Title level={1}>{t('data.home.title')}</Typography.Title>
        <Space>
          {me.can('imports.run') && (
            <Button type="primary" onClick={() => navigate('/data/import')} data-testid="go-import">
              {t('data.nav.import')}
            </Button>
          )}
          <Button onClick={() => navigate('/data/addresses')}>{t('data.home.unresolved', { count: unresolved })}</Button>
        </Space>
      </div>
      {registerGroups.map((group) => (
        <section key={group.key}>
          <Typography.Title level={2} className="data-group-title">
            {locale === 'en' ? group.en : group.zh}
          </Typography.Title>
          <div className="register-cards">
            {group.kinds.map((kind) => {
              const count = counts.get(kind);
              return (
                <Card key={kind} size="small" hoverable className="register-card" onClick={() => navigate(`/data/${kind}`)} data-testid={`register-card-${kind}`}>
                  <Typography.Text type="secondary">{registerName(registerCatalog[kind], locale)}</Typography.Text>
                  <div className="register-card-count">{count ? count.total.toLocaleString() : '—'}</div>
                  {count && count.demo > 0 && <Typography.Text type="warning">{t('data.home.demoCount', { count: count.demo.toLocaleString() })}</Typography.Text>}
                </Card>
              );
            })}
          </div>
        </section>
      ))}
      {summary.state === 'ready' && <KeyIndustries industries={summary.data.keyIndustries} editable={me.can('registers.write')} onSaved={reload} />}
    </div>
  );
}

/** 重点产业 (3+X): the tags enterprises carry; the office adds the X. */
function KeyIndustries({ industries, editable, onSaved }: { industries: string[]; editable: boolean; onSaved: () => void }) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [value, setValue] = useState(industries);
  useEffect(() => setValue(industries), [industries]);
  const save = async () => {
    await registersApi.saveKeyIndustries(value);
    void message.success(t('data.saved'));
    onSaved();
  };
  return (
    <Card size="small" title={t('data.home.keyIndustries')} data-testid="key-industries">
      <Space wrap>
        <Select mode="tags" value={value} onChange={setValue} disabled={!editable} style={{ minWidth: 360 }} tokenSeparators={[',', '，', '、']} />
        {editable && (
          <Button onClick={() => void save()} disabled={value.length === 0 || value.join() === industries.join()}>
            {t('data.save')}
          </Button>
        )}
      </Space>
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
        {t('data.home.keyIndustriesHint')}
      </Typography.Paragraph>
    </Card>
  );
}
