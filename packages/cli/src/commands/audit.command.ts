import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { auditLogRepository, AppError, recordAudit, verifyAuditLog, inWriteTransaction, installationCountyId, type AuditVerification } from '@ipcounty/server';
import { withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** `ipcounty audit verify`: the audit administrator's chain check, from the server's terminal. */
export function auditCommand(done: Run, lang: CliLanguage): Command {
  const audit = new Command('audit').description('the audit log (审计日志): verify its hash chain');

  audit
    .command('verify')
    .description('check every entry of the hash chain; exit 3 and name the first broken entry if any was changed, removed or inserted')
    .option('--county <code>', 'only this county (default: every county with entries)')
    .option('--head <seq:hash>', 'a head printed by an earlier verification: the chain must still pass through it')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { county?: string; head?: string }) => {
      try {
        const knownHead = options.head ? parseHead(options.head) : undefined;
        const results = await withDatabase(async ({ handle, audit: trail, actor, config }) => {
          const counties = options.county ? [options.county] : await auditLogRepository.countiesWithEntries(handle.db);
          const checked: AuditVerification[] = [];
          for (const countyId of counties) checked.push(await verifyAuditLog(handle.db, trail, countyId, { knownHead }));
          const home = await installationCountyId(handle.db, config.COUNTY);
          await inWriteTransaction(handle, (tx) =>
            recordAudit(tx, trail, {
              countyId: options.county ?? home,
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
            `audit chain (${results.algorithm}${results.keyed ? ', HMAC with AUDIT_HMAC_KEY_FILE' : ', unkeyed'}):`,
            ...results.checked.map((r) =>
              r.ok
                ? `  ${r.countyId}: ok, ${r.verified} entries; head ${r.head ? `${r.head.seq}:${r.head.hash}` : '(empty)'}`
                : `  ${r.countyId}: BROKEN at entry #${r.broken.seq ?? '?'} (${r.broken.reason}) after ${r.verified} good entries — ${r.broken.zh} / ${r.broken.en}`,
            ),
            ok ? '  keep the head line(s) above elsewhere: a later `ipcounty audit verify --head SEQ:HASH` proves nothing was cut off the end' : undefined,
          ]
            .filter((l) => l !== undefined)
            .join('\n'),
        );
        done(ok ? exitCodes.ok : exitCodes.refused);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  return audit;
}

function parseHead(text: string): { seq: number; hash: string } {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text.trim());
  if (!match) throw new AppError(400, 'invalid_head', '--head takes SEQ:HASH as printed by an earlier verification');
  return { seq: Number(match[1]), hash: match[2]! };
}
