import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { AppError, resetPassword, userRepository } from '@ipcounty/server';
import { normalizeLoginName } from '@ipcounty/domain';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/**
 * `ipcounty accounts`: what an operator with shell access to the server needs when nobody can
 * sign in any more: a new one-time password for an account (e.g. the first administrators' passwords
 * expired unused). Recorded in the audit log as cli:<os user>.
 */
export function accountsCommand(done: Run, lang: CliLanguage): Command {
  const accounts = new Command('accounts').description('accounts (账户): recover access from the server’s terminal');

  accounts
    .command('reset-password')
    .description('issue a new one-time password for an account (printed once; the account’s sessions end)')
    .argument('<login>', 'the login name')
    .option('--json', 'machine-readable output')
    .action(async (login: string, options: OutputOptions) => {
      try {
        const result = await withDatabase(async ({ handle, actor, audit }) => {
          const account = await userRepository.findByLoginKey(handle.db, normalizeLoginName(login));
          if (!account) throw new AppError(404, 'not_found', `没有登录名为 ${login} 的账户 / No account with login ${login}`);
          const issued = await resetPassword({ handle, clock, audit }, { countyId: account.countyId, userId: account.userId, actor, steward: { kind: 'installation' } });
          return { login: account.login, temporaryPassword: issued.temporaryPassword };
        });
        print(options, result, () => `new one-time password for ${result.login}: ${result.temporaryPassword}\n  valid for 24 hours by default; it must be changed at the first sign-in`);
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error));
      }
    });

  return accounts;
}
