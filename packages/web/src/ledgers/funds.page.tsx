import { ledgerCatalog } from '@ipcounty/domain';
import { Tabs } from 'antd';
import { useState } from 'react';
import { useI18n } from '../i18n/locale-context.js';
import { registerName } from '../registers/field-format.js';
import { BudgetExecution } from './budget-execution.js';
import { LedgerPageTitle } from './ledger-page-title.js';
import { LedgerSheet } from './ledger-sheet.js';

/** 专项资金: budget execution first, then the budgets, allocations, payments and performance targets. */
export function FundsPage() {
  const { t, locale } = useI18n();
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((n) => n + 1);
  return (
    <div className="stack" data-testid="funds-page">
      <LedgerPageTitle page="funds" />
      <Tabs
        items={[
          { key: 'execution', label: t('ledgers.funds.execution'), children: <BudgetExecution version={version} /> },
          ...(['fund-budgets', 'fund-allocations', 'fund-disbursements', 'fund-targets'] as const).map((kind) => ({
            key: kind,
            label: <span data-testid={`tab-${kind}`}>{registerName(ledgerCatalog[kind], locale)}</span>,
            children: <LedgerSheet kind={kind} onChanged={changed} />,
          })),
        ]}
      />
    </div>
  );
}
