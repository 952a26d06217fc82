import { roles } from '@ipcounty/domain';
import type { BootstrapAdministrator } from './accounts/bootstrap-administrators.js';
import { buildApp } from './http/app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { prepareDatabase, serverContext, type Startup } from './bootstrap.js';
import { markShuttingDown } from './health/health.routes.js';
import { settleRunningImports, sweepAbandonedImports } from './registers/import/import-runs.js';
import { AppError } from './common/app-error.js';
import { systemClock } from './common/clock.js';
import { version } from './version.js';
import { demoCountyLines } from './counties/demo-counties.js';
import { startReportSchedule } from './documents/statistics/report-schedule.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const clock = systemClock;
  const { handle, loadedPlan, audit, administrators, demo, keys, demoCounties } = await prepareDatabase(config, clock);
  const ctx = serverContext({ config, handle, clock, version, audit });
  const app = await buildApp(ctx, { logger: true });
  // What imports killed with the last run left behind: their temporary folders, their entries still marked running.
  const swept = await sweepAbandonedImports({ handle, audit, clock });
  if (swept.folders + swept.imports > 0) app.log.warn({ ...swept }, 'cleared what interrupted imports left behind');

  // 统计分析报告 on the REPORT_SCHEDULE, generated inside the server.
  const schedule = startReportSchedule(ctx, app.log);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
    schedule.stop();
    markShuttingDown();
    await settleRunningImports().catch(() => 0);
    await app.close();
    await handle.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));

  await app.listen({ port: config.PORT, host: config.HOST });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST === '0.0.0.0' ? '127.0.0.1' : config.HOST}:${port}`;
  const lines = [
    '',
    `IPCounty is running at ${url}`,
    `  知识产权强县建设管理平台 · database: ${handle.dialect === 'sqlite' ? handle.sqliteFile : 'PostgreSQL'}`,
    loadedPlan ? `  loaded plan ${loadedPlan} into the new database` : undefined,
    `  API documentation: ${url}/api/docs`,
    ...keyLines(keys),
    demo
      ? `  loaded 示例数据 (demo data: ${demo.total.toLocaleString('en-US')} records, marked in every register); remove it with \`ipcounty demo remove\` or the 删除示例数据 button (DEMO_DATA=off skips it)`
      : undefined,
    ...administratorLines(administrators),
    ...demoCountyLines(demoCounties),
    '',
  ];
  process.stdout.write(lines.filter((l) => l !== undefined).join('\n') + '\n');
}

/** Where the keys are kept (outside the database and its backups), and what this start did with them. */
function keyLines(keys: Startup['keys']): string[] {
  const made = (file: string) => (keys.created.includes(file) ? ' (made now)' : '');
  return [
    `  audit chain HMAC key: ${keys.auditKeyFile}${made(keys.auditKeyFile)}`,
    `  field encryption key (phone numbers, TOTP secrets): ${keys.fieldKeyFile}${made(keys.fieldKeyFile)}`,
    keys.created.length > 0 ? '  Keep these files outside the database and its backups, readable by the server only; losing the field key loses those fields.' : undefined,
    ...keys.keyedFrom.filter((k) => k.fromSeq > 1).map((k) => `  the audit chain of ${k.countyId} is keyed from entry #${k.fromSeq}; earlier entries keep their unkeyed hashes`),
    keys.sealed > 0 ? `  encrypted the phone numbers and TOTP secrets of ${keys.sealed} accounts` : undefined,
  ].filter((l): l is string => l !== undefined);
}

/**
 * On the start that created them, the three administrators and their one-time passwords: printed
 * here once (never logged, stored only as hashes), to be changed at each one's first sign-in.
 */
function administratorLines(administrators: BootstrapAdministrator[]): string[] {
  if (administrators.length === 0) return [];
  const width = Math.max(...administrators.map((a) => a.login.length));
  return [
    '',
    '  First start: three administrator accounts were created (三权分立). Sign in at the address above',
    '  with each login and its one-time password; the first sign-in asks for a new password.',
    ...administrators.map(
      (a) => `    ${roles[a.role].nameZh} ${roles[a.role].nameEn.padEnd(24)} login ${a.login.padEnd(width)}  one-time password ${a.temporaryPassword}`,
    ),
    '  These passwords are shown only now and expire in 24 hours; `ipcounty accounts reset-password <login>` issues new ones.',
    '  The system administrator creates accounts; the security administrator grants their roles.',
  ];
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else if (error instanceof AppError) {
    process.stderr.write(`${error.message}\n`);
    if (Array.isArray(error.details)) for (const p of error.details as { path: string; message: string }[]) process.stderr.write(`  - ${p.path}: ${p.message}\n`);
  } else process.stderr.write(`IPCounty could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
