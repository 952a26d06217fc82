import { LedgerPageTitle } from './ledger-page-title.js';
import { LedgerSheet } from './ledger-sheet.js';

/** 标准: standards county bodies drafted or led, by level and role, with the patents they involve. */
export function StandardsPage() {
  return (
    <div className="stack" data-testid="standards-page">
      <LedgerPageTitle page="standards" />
      <LedgerSheet kind="standards" />
    </div>
  );
}
