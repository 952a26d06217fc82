import { LedgerPageTitle } from './ledger-page-title.js';
import { LedgerSheet } from './ledger-sheet.js';

/** 平台与网点: innovation platforms, IP workstations, service points and guidance stations, with level, host, dates and status. */
export function PlatformsPage() {
  return (
    <div className="stack" data-testid="platforms-page">
      <LedgerPageTitle page="platforms" />
      <LedgerSheet kind="platforms" />
    </div>
  );
}
