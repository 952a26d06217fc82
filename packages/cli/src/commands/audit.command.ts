import { Command } from 'commander';
import { inLanguage, type CliLanguage } from '../cli-language.js';
import { auditLogRepository, recordAudit, verifyAuditLog, inWriteTransaction, installationCountyId, type AuditVerification } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { operationsMessages } from '../catalogue/operations.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { UsageError } from '../command-line.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty audit verify`: the audit administrator's chain check, from the server's terminal. */
export function auditCommand(done: Run, lang: CliLanguage): Command {
  const m = operationsMessages[lang].audit;
  const audit = new Command('audit').description(m.description);

  audit
    .command('verify')
    .description(m.verifyDescription)
    .option('--county <code>', m.countyOption)
    .option('--head <seq:hash>', m.headOption)
    .option('--json', programMessages[lang].jsonOption)
    .action(async (options: OutputOptions & { county?: string; head?: string }) => {
      try {
        const knownHead = options.head ? parseHead(options.head, m.badHead) : undefined;
        const results = await withDatabase(async ({ handle, audit: trail, config, operator }) => {
          operator.require('audit.verify');
          // An account verifies its own county's chain (or one it may choose); the operator any, or all.
          const counties = operator.account ? [await operator.county(options.county)] : options.county ? [options.county] : await auditLogRepository.countiesWithEntries(handle.db);
          const actor = operator.user([]).audit;
          const checked: AuditVerification[] = [];
          for (const countyId of counties) checked.push(await verifyAuditLog(handle.db, trail, countyId, { knownHead }));
          const home = await installationCountyId(handle.db, config.COUNTY);
          await inWriteTransaction(handle, (tx) =>
            recordAudit(tx, trail, {
              countyId: operator.account ? counties[0]! : (options.county ?? home),
              actor,
              action: 'audit.verified',
              entity: 'audit-log',
              outcome: checked.every((r) => r.ok) ? 'success' : 'failure',
              reason: checked.every((r) => r.ok) ? null : 'chain-broken',
              details: { counties: checked.map((r) => ({ county: r.countyId, ok: r.ok, verified: r.verified })) },
            }),
          );
          return { checked, keyed: trail.keyed, algorithm: trail.algorithm };
        });
        const ok = results.checked.every((r) => r.ok);
        print(options, { ok, ...results }, () =>
          [
            m.chain(results.algorithm, results.keyed),
            ...results.checked.map((r) =>
              r.ok
                ? m.ok(r.countyId, r.verified, r.head ? `${r.head.seq}:${r.head.hash}` : m.empty)
                : m.broken(r.countyId, String(r.broken.seq ?? '?'), r.verified, inLanguage(r.broken, lang)),
            ),
            ok ? m.keepHead : undefined,
          ]
            .filter((l) => l !== undefined)
            .join('\n'),
        );
        done(ok ? exitCodes.ok : exitCodes.refused);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return audit;
}

/** `--head SEQ:HASH`; anything else is a wrong command line. */
function parseHead(text: string, refusal: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new UsageError(refusal);
  return { seq: Number(match[1]), hash: match[2]! };
}
