import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { loadConfig } from '@ipcounty/server';
import { exitCodes } from '../exit-codes.js';
import { operationsMessages } from '../catalogue/operations.messages.js';
import { supervise } from '../serve/supervisor.js';
import { actingAsLogin } from '../cli-context.js';
import { refuseAccount } from '../operator.js';
import { reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/** The server's entry point, beside the package's compiled index. */
function serverEntry(): string {
  return fileURLToPath(new URL('./main.js', import.meta.resolve('@ipcounty/server')));
}

export function serveCommand(done: Run, lang: CliLanguage): Command {
  const m = operationsMessages[lang].serve;
  return new Command('serve')
    .description(m.description)
    .option('--health-every <seconds>', m.healthOption, '30')
    .addHelpText('after', m.after)
    .action(async (options: OutputOptions & { healthEvery: string }) => {
      try {
        // The server serves every county: the installation's operator starts it.
        refuseAccount(actingAsLogin());
      } catch (error) {
        done(reportFailure(options, error, lang));
        return;
      }
      const config = loadConfig();
      const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? '127.0.0.1' : config.HOST;
      const supervisor = supervise({
        command: process.execPath,
        args: [serverEntry()],
        healthUrl: config.PORT === 0 ? undefined : `http://${host.includes(':') ? `[${host}]` : host}:${config.PORT}/api/health`,
        healthEveryMs: Math.max(1, Number(options.healthEvery) || 30) * 1000,
      });
      const stop = (signal: NodeJS.Signals) => void supervisor.stop(signal);
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const code = await supervisor.done;
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done(code === 0 ? exitCodes.ok : exitCodes.failure);
    });
}
