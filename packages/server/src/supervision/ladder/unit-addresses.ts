import type { Plan, UnitContact, UnreachableUnit } from '@ipcounty/domain';
import type { Executor } from '../../database/transactions.js';
import { ladderRepository } from '../ladder.repository.js';
import { peopleRepository, type ReporterAccount } from '../people.repository.js';

/** Where a unit's reminders go by e-mail: the contact it names (its leader for a 督办单) and its reporters. */
export interface UnitAddresses {
  /** 联系人 (提醒、催办) */
  contact: string | null;
  /** 主要负责同志 (督办单); the contact when no leader address is given. */
  leader: string | null;
  /** The e-mail addresses of the unit's active reporter accounts. */
  reporters: string[];
  /** How many active reporter accounts the unit has, with an address or not. */
  reporterAccounts: number;
}

const clean = (value: string | null | undefined) => (value?.trim() ? value.trim() : null);

/** Whether an account reports for a unit: its own unit, or the town the unit is. */
function reportsFor(account: ReporterAccount, unit: Plan['units'][number]): boolean {
  if (account.role === 'unit-reporter') return account.unitCode === unit.code;
  return unit.region !== undefined && account.regionCode === unit.region && unit.kind !== 'program-office' && ['town', 'street', 'development-zone'].includes(unit.kind);
}

/** Every unit's e-mail addresses, from the contacts the office keeps and the reporters' accounts. */
export async function unitAddresses(db: Executor, countyId: string, plan: Pick<Plan, 'units'>): Promise<Map<string, UnitAddresses>> {
  const contacts = new Map<string, UnitContact>((await ladderRepository.contacts(db, countyId)).map((c) => [c.unitCode, c]));
  const reporters = await peopleRepository.reporters(db, countyId);
  return new Map(
    plan.units.map((unit) => {
      const contact = contacts.get(unit.code);
      const own = reporters.filter((r) => reportsFor(r, unit));
      return [
        unit.code,
        {
          contact: clean(contact?.contactEmail),
          leader: clean(contact?.leaderEmail) ?? clean(contact?.contactEmail),
          reporters: [...new Set(own.map((r) => clean(r.email)).filter((e): e is string => e !== null))],
          reporterAccounts: own.length,
        },
      ];
    }),
  );
}

/**
 * The addresses one reminder goes to at a unit: a 督办单 to the leader (the unit's head answers for
 * it), 提醒 and 催办 to the named contact and every reporter of the unit, each address once.
 */
export function emailsFor(addresses: UnitAddresses | undefined, toLeader: boolean): string[] {
  if (!addresses) return [];
  const list = toLeader ? [addresses.leader] : [addresses.contact, ...addresses.reporters];
  return [...new Set(list.filter((e): e is string => e !== null))];
}

/** The units that answer for work in the plan and that no e-mail can reach: no contact address, no reporter with one. */
export function unreachableUnits(plan: Pick<Plan, 'units'>, addresses: ReadonlyMap<string, UnitAddresses>, responsible: ReadonlySet<string>): UnreachableUnit[] {
  return plan.units
    .filter((u) => responsible.has(u.code) && u.kind !== 'program-office')
    .filter((u) => {
      const a = addresses.get(u.code);
      return !a || (a.contact === null && a.leader === null && a.reporters.length === 0);
    })
    .map((u) => ({ unitCode: u.code, unitName: u.name, reporters: addresses.get(u.code)?.reporterAccounts ?? 0 }));
}
