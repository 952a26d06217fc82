import { ledgerCatalog } from '@ipcounty/domain';
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router-dom';
import { useI18n } from '../i18n/locale-context.js';
import { registerName } from '../registers/field-format.js';
import { LedgerPageTitle } from './ledger-page-title.js';
import { LedgerSheet } from './ledger-sheet.js';

/** 会议与决策: the meetings with their minutes, and each decision with whether it was carried out. */
export function MeetingsPage() {
  const { locale } = useI18n();
  // Evidence that cites a meeting links here with ?record=<id>.
  const [params] = useSearchParams();
  const record = params.get('record') ?? undefined;
  return (
    <div className="stack" data-testid="meetings-page">
      <LedgerPageTitle page="meetings" />
      <Tabs items={(['meetings', 'decisions'] as const).map((kind) => ({ key: kind, label: <span data-testid={`tab-${kind}`}>{registerName(ledgerCatalog[kind], locale)}</span>, children: <LedgerSheet kind={kind} {...(kind === 'meetings' && record ? { recordId: record } : {})} /> }))} />
    </div>
  );
}
