import { createWriteStream } from 'node:fs';
import { finished } from 'node:stream/promises';
import { dataFilter, isLedgerKind, isRegisterKind, regionAndBelow, shanghaiDate, type LedgerKind, type MessageLanguage, type RegisterKind } from '@ipcounty/domain';
import { recordAudit } from '../audit/record-audit.js';
import { inWriteTransaction } from '../database/transactions.js';
import { ledgerExportName, writeLedgerExport } from '../ledgers/export-ledger.js';
import type { CommandProps } from '../common/command-context.js';
import { countyScope, presentationContext } from './county-scope.js';
import { exportFileName, writeRegisterExport } from './export-register.js';

export interface ExportToFileProps extends CommandProps {
  kind: RegisterKind | LedgerKind;
  language: MessageLanguage;
  /** The file to write; by default the download's name, in the current folder. */
  file?: string;
}

/**
 * A register or a ledger sheet, whole, as the Excel file the web's export downloads (the same
 * writers, in the reader's language), written to a file: the command line's export. Within the
 * user's data scope, and audited as a download before the file is written.
 */
export async function exportToFile({ ctx, countyId, user, kind, language, file }: ExportToFileProps): Promise<{ file: string; records: number }> {
  const scope = await countyScope(ctx.handle.db, countyId);
  const reach = dataFilter(user.principal, 'exports.run');
  const regions = reach.kind === 'all' ? undefined : reach.kind === 'none' ? [] : reach.regionCodes.flatMap((code) => regionAndBelow(scope.regions, code));
  const filter: { regions?: string[] } = regions ? { regions } : {};
  const today = shanghaiDate(ctx.clock.now());
  const name = isRegisterKind(kind) ? exportFileName(kind, today, language) : ledgerExportName(kind, today, language);
  const target = file ?? name;
  await inWriteTransaction(ctx.handle, (tx) =>
    recordAudit(tx, ctx.audit, { countyId, actor: user.audit, action: 'exports.downloaded', entity: isLedgerKind(kind) ? `ledger:${kind}` : kind, entityId: name, details: { filter: regions ? { regions } : {} } }),
  );
  const out = createWriteStream(target);
  const done = finished(out);
  const records = isRegisterKind(kind)
    ? await writeRegisterExport(ctx.handle.db, kind, scope.countyId, filter, presentationContext(scope), out, language)
    : await writeLedgerExport(ctx.handle.db, kind, scope.countyId, filter, presentationContext(scope), out, language);
  await done;
  return { file: target, records };
}
