import { buildApp } from './http/app.js';
import { ConfigError, loadConfig } from './config/config.js';
import { prepareDatabase } from './bootstrap.js';
import { AppError } from './shared/app-error.js';
import { systemClock } from './shared/clock.js';
import { version } from './version.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const clock = systemClock;
  const { handle, loadedPlan } = await prepareDatabase(config, clock);
  const app = await buildApp({ config, handle, clock, version }, { logger: true });

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down');
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
    '',
  ];
  process.stdout.write(lines.filter((l) => l !== undefined).join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else if (error instanceof AppError) {
    process.stderr.write(`${error.message}\n`);
    if (Array.isArray(error.details)) for (const p of error.details as { path: string; message: string }[]) process.stderr.write(`  - ${p.path}: ${p.message}\n`);
  } else process.stderr.write(`IPCounty could not start: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
