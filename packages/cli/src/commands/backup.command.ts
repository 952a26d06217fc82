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
import { actingAsLogin, clock, withDatabase } from '../cli-context.js';
import { refuseAccount } from '../operator.js';
import { exitCodes } from '../exit-codes.js';
import { operationsMessages } from '../catalogue/operations.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** The path as the operator would type it: relative when inside the current folder. */
const shortPath = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') ? relative : file;
};

/** `ipcounty backup [--out FILE]`: a consistent copy while the server runs. */
export function backupCommand(done: Run, lang: CliLanguage): Command {
  const m = operationsMessages[lang].backup;
  return new Command('backup')
    .description(m.description)
    .option('--out <file>', m.outOption)
    .option('--json', programMessages[lang].jsonOption)
    .action(async (options: OutputOptions & { out?: string }) => {
      try {
        // A backup holds every county: the installation's operator's alone.
        refuseAccount(actingAsLogin());
        const config = loadConfig();
        if (isPostgresUrl(config.DATABASE_URL)) {
          if (!pgDumpAvailable()) {
            print(options, { ok: true, ran: false, instructions: postgresBackupInstructions(config.DATABASE_URL) }, () => m.noPgDump(postgresBackupInstructions(config.DATABASE_URL)));
            done(exitCodes.ok);
            return;
          }
          const out = options.out ?? `ipcounty-${clock.now().toISOString().slice(0, 19).replace(/[-:]/g, '')}.dump`;
          const result = await withDatabase(({ handle, actor, audit }) =>
            backupPostgres(handle, { url: config.DATABASE_URL, out, trail: audit, actor, county: config.COUNTY }),
          );
          print(options, result, () => `${m.postgresDone(result.file, result.bytes, result.sha256)}\n${postgresBackupInstructions(config.DATABASE_URL).split('\n').slice(2, 4).join('\n')}`);
          done(exitCodes.ok);
          return;
        }
        const result = await withDatabase(({ handle, actor, audit }) => backupSqlite(handle, { out: options.out, trail: audit, actor, county: config.COUNTY }));
        print(options, result, () =>
          [
            m.sqliteDone(result.file),
            m.sqliteFacts(result.bytes, result.sha256, result.durationMs),
            m.rows(
              Object.entries(result.tables)
                .filter(([t]) => !t.startsWith('kysely_'))
                .map(([t, n]) => `${t} ${n}`)
                .join(', '),
            ),
            m.manifest(result.manifest),
            m.restoreWith(shortPath(result.file)),
          ].join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });
}

/** `ipcounty restore FILE`: into the configured SQLite file, with the server stopped. */
export function restoreCommand(done: Run, lang: CliLanguage): Command {
  const m = operationsMessages[lang].restore;
  return new Command('restore')
    .description(m.description)
    .argument('<file>', m.fileArgument)
    .option('--check', m.checkOption)
    .option('--json', programMessages[lang].jsonOption)
    .action(async (file: string, options: OutputOptions & { check?: boolean }) => {
      try {
        // A restore replaces every county's data: the installation's operator's alone.
        refuseAccount(actingAsLogin());
        const config = loadConfig();
        if (options.check) {
          const tables = isPostgresUrl(loadConfig().DATABASE_URL) ? { migrations: checkPostgresBackup(file).length } : checkBackupFile(file);
          print(options, { ok: true, tables }, () => m.checked(file, tables.audit_log ?? 0, tables.users ?? 0));
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
            m.restored(file, result.target),
            result.previous ? m.previousKept(result.previous) : m.noPrevious,
            result.migrationsApplied.length ? m.migrated(result.migrationsApplied.join(', ')) : undefined,
            m.verifyNext(result.tables.audit_log ?? 0),
          ]
            .filter((l) => l !== undefined)
            .join('\n'),
        );
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });
}
