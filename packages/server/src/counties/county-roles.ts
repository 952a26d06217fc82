import type { Account } from '../accounts/account.js';
import type { Executor } from '../database/transactions.js';
import { countyRepository } from './county.repository.js';
import { installationCountyId } from './installation-county.js';

/**
 * Who spans counties. Every account belongs to one county; two kinds of account of the
 * installation's own county (the COUNTY setting, else the first loaded, see installation-county.ts)
 * reach beyond it:
 * - the provincial office (省知识产权局, role `provincial`) reads every county and writes nothing:
 *   the role holds read permissions only (domain accounts/permissions.ts), and the county resolver
 *   lets it choose any county with ?county=;
 * - the installation administrator (the system administrator of that county) adds counties.
 * The same role granted in any other county's tenant reaches that county alone: a county's
 * security administrator cannot open the province to one of its own accounts.
 */
export async function isInstallationAccount(db: Executor, configuredCounty: string | undefined, account: Pick<Account, 'countyId'>): Promise<boolean> {
  const installation = await installationCountyId(db, configuredCounty).catch(() => undefined);
  return installation !== undefined && account.countyId === installation;
}

export async function isProvincialOffice(db: Executor, configuredCounty: string | undefined, account: Pick<Account, 'countyId' | 'roles'>): Promise<boolean> {
  return account.roles.includes('provincial') ? isInstallationAccount(db, configuredCounty, account) : false;
}

export async function isInstallationAdministrator(db: Executor, configuredCounty: string | undefined, account: Pick<Account, 'countyId' | 'roles'>): Promise<boolean> {
  return account.roles.includes('system-admin') ? isInstallationAccount(db, configuredCounty, account) : false;
}

/** The counties an account may choose with ?county= besides its own (the resolver's `countyChoices`). */
export async function countyChoicesOf(db: Executor, configuredCounty: string | undefined, account: Account): Promise<readonly string[]> {
  if (!(await isProvincialOffice(db, configuredCounty, account))) return [];
  return (await countyRepository.ids(db)).filter((id) => id !== account.countyId);
}
