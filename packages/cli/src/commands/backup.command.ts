import path from 'node:path';
import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import {
  auditTrailFromConfig,
  backupPostgres,
  backupSqlite,
  checkBackupFile,
  checkPostgresBackup,
  cliActor,
  isPostgresUrl,
  loadConfig,
  pgDumpAvailable,
  prepareInstallationKeys,
  postgresBackupInstructions,
  restorePostgres,
  restoreSqlite,
} from '@ipcounty/server';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** The path as the operator would type it: relative when inside the current folder. */
const shortPath = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

/** `ipcounty backup [--out FILE]`: a consistent copy while the server runs. */
export function backupCommand(done: Run, lang: CliLanguage): Command {
  return new Command('backup')
    .description('back up the database while the server runs (SQLite: VACUUM INTO + integrity check; PostgreSQL: pg_dump)')
    .option('--out <file>', 'where to write the backup (default: backups/ipcounty-<time>.sqlite beside the database)')
    .option('--json', 'machine-readable output')
    .action(async (options: OutputOptions & { out?: string }) => {
      try {
        const config = loadConfig();
        if (isPostgresUrl(config.DATABASE_URL)) {
          if (!pgDumpAvailable()) {
            print(options, { ok: true, ran: false, instructions: postgresBackupInstructions(config.DATABASE_URL) }, () =>
              `pg_dump is not installed here, so nothing was written.\n${postgresBackupInstructions(config.DATABASE_URL)}`,
            );
            done(exitCodes.ok);
            return;
          }
          const out = options.out ?? `ipcounty-${clock.now().toISOString().slice(0, 19).replace(/[-:]/g, '')}.dump`;
          const result = await withDatabase(({ handle, actor, audit }) =>
            backupPostgres(handle, { url: config.DATABASE_URL, out, trail: audit, actor, county: config.COUNTY }),
          );
          print(options, result, () => `backed up PostgreSQL with pg_dump to ${result.file} (${result.bytes} bytes, sha256 ${result.sha256})\n${postgresBackupInstructions(config.DATABASE_URL).split('\n').slice(2, 4).join('\n')}`);
          done(exitCodes.ok);
          return;
        }
        const result = await withDatabase(({ handle, actor, audit }) => backupSqlite(handle, { out: options.out, trail: audit, actor, county: config.COUNTY }));
        print(options, result, () =>
          [
            `backed up to ${result.file}`,
            `  ${result.bytes} bytes, sha256 ${result.sha256}, integrity_check ok, ${result.durationMs} ms`,
            `  rows: ${Object.entries(result.tables).filter(([t]) => !t.startsWith('kysely_')).map(([t, n]) => `${t} ${n}`).join(', ')}`,
            `  manifest: ${result.manifest}`,
            `  restore with: ipcounty restore ${shortPath(result.file)}  (server stopped)`,
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });
}

/** `ipcounty restore FILE`: into the configured SQLite file, with the server stopped. */
export function restoreCommand(done: Run, lang: CliLanguage): Command {
  return new Command('restore')
    .description('restore a backup into the configured database, SQLite or PostgreSQL (pg_restore); stop the server first; refuses a damaged file or a database in use')
    .argument('<file>', 'a backup written by `ipcounty backup`')
    .option('--check', 'only check the backup file (integrity_check, row counts); change nothing')
    .option('--json', 'machine-readable output')
    .action(async (file: string, options: OutputOptions & { check?: boolean }) => {
      try {
        const config = loadConfig();
        if (options.check) {
          const tables = isPostgresUrl(loadConfig().DATABASE_URL) ? { migrations: checkPostgresBackup(file).length } : checkBackupFile(file);
          print(options, { ok: true, tables }, () => `${file}: integrity_check ok, ${tables.audit_log ?? 0} audit entries, ${tables.users ?? 0} accounts`);
          done(exitCodes.ok);
          return;
        }
        // The installation's keys, as the server uses them: the restore is recorded in the keyed chain.
        const trail = auditTrailFromConfig(prepareInstallationKeys(config).config, clock);
        const result = isPostgresUrl(config.DATABASE_URL)
          ? await restorePostgres({ file, url: config.DATABASE_URL, trail, actor: cliActor(), county: config.COUNTY })
          : await restoreSqlite({ file, target: config.DATABASE_URL.replace(/^sqlite:(\/\/)?/, ''), trail, actor: cliActor(), county: config.COUNTY });
        print(options, result, () =>
          [
            `restored ${file} into ${result.target}`,
            result.previous ? `  the database it replaced is kept as ${result.previous}` : '  there was no database before',
            result.migrationsApplied.length ? `  brought up to date: ${result.migrationsApplied.join(', ')}` : undefined,
            `  integrity_check ok; ${result.tables.audit_log ?? 0} audit entries; run \`ipcounty audit verify\` to check the chain`,
          ]
            .filter((l) => l !== undefined)
            .join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });
}
