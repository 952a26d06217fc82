import { useSearchParams } from 'react-router-dom';
import { LedgerPageTitle } from './ledger-page-title.js';
import { LedgerSheet } from './ledger-sheet.js';

/** 宣传活动: 4·26, 3·15, the 进企业/进校园/进社区 campaigns and media coverage, with audience and reach. */
export function PublicityPage() {
  // Evidence that cites an event links here with ?record=<id>.
  const record = useSearchParams()[0].get('record') ?? undefined;
  return (
    <div className="stack" data-testid="publicity-page">
      <LedgerPageTitle page="publicity" />
      <LedgerSheet kind="publicity" {...(record ? { recordId: record } : {})} />
    </div>
  );
}
