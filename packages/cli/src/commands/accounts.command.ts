import { Command } from 'commander';
import type { CliLanguage } from '../cli-language.js';
import { AppError, resetPassword, userRepository } from '@ipcounty/server';
import { normalizeLoginName } from '@ipcounty/domain';
import { clock, withDatabase } from '../cli-context.js';
import { exitCodes } from '../exit-codes.js';
import { operationsMessages } from '../catalogue/operations.messages.js';
import { programMessages } from '../catalogue/program.messages.js';
import { print, reportFailure, type OutputOptions } from '../output.js';

type Run = (code: number) => void;

/**
 * `ipcounty accounts`: what an operator with shell access to the server needs when nobody can
 * sign in any more: a new one-time password for an account (e.g. the first administrators' passwords
 * expired unused). Recorded in the audit log as cli:<os user>.
 */
export function accountsCommand(done: Run, lang: CliLanguage): Command {
  const m = operationsMessages[lang].accounts;
  const accounts = new Command('accounts').description(m.description);

  accounts
    .command('reset-password')
    .description(m.resetDescription)
    .argument('<login>', m.loginArgument)
    .option('--json', programMessages[lang].jsonOption)
    .action(async (login: string, options: OutputOptions) => {
      try {
        const result = await withDatabase(async ({ handle, audit, operator }) => {
          operator.require('users.manage');
          const account = await userRepository.findByLoginKey(handle.db, normalizeLoginName(login));
          // An account of another county does not exist for an account acting with --as.
          if (!account || (operator.account && account.countyId !== operator.account.countyId)) throw new AppError(404, 'not_found', m.noAccount(login));
          // The installation's operator has no account: it acts for the installation (stewardOf), as the recovery it is.
          const issued = await resetPassword({ ctx: { handle, clock, audit }, countyId: account.countyId, user: operator.user(['system-admin']), userId: account.userId });
          return { login: account.login, temporaryPassword: issued.temporaryPassword };
        });
        print(options, result, () => m.issued(result.login, result.temporaryPassword));
        done(exitCodes.ok);
      } catch (error) {
        done(reportFailure(options, error, lang));
      }
    });

  return accounts;
}
