import { ledgerPages, type LedgerPageKey } from '@ipcounty/domain';
import { Typography } from 'antd';
import { useI18n } from '../i18n/locale-context.js';
import type { MessageKey } from '../i18n/zh-CN.js';

/** A ledger page's title and what it is for (the plan's clause it answers). */
export function LedgerPageTitle({ page }: { page: LedgerPageKey }) {
  const { t, locale } = useI18n();
  const entry = ledgerPages.find((p) => p.key === page)!;
  return (
    <div>
      {/* The same heading as every other page's, not antd's display size. */}
      <div className="page-title">
        <Typography.Title level={1}>{locale === 'en' ? entry.en : entry.zh}</Typography.Title>
      </div>
      <Typography.Paragraph type="secondary" className="ledger-intro">
        {t(`ledgers.intro.${page}` as MessageKey)}
      </Typography.Paragraph>
    </div>
  );
}
