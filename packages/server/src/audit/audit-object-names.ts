import { periodWords, type LocalizedText, type Plan } from '@ipcounty/domain';
import { userRepository } from '../accounts/user.repository.js';
import type { Executor } from '../database/transactions.js';
import { planRepository } from '../plan/plan.repository.js';
import { importHistoryRepository } from '../registers/import/import-history.repository.js';
import { workPlanRepository } from '../supervision/work-plan.repository.js';

export interface NamedObject {
  objectType: string | null;
  objectId: string | null;
}

const same = (text: string): LocalizedText => ({ zh: text, en: text });

/**
 * The objects of a page of the audit log by their names, so the log reads like a record: an account by
 * its holder and login, a report as 县科技局 · 2026年第3季度 · the work item's title, a work item by its
 * title, an import by its file, a plan by its title. An object this cannot name (or no longer exists)
 * gets no name, and the page shows its kind and id. Names are looked up once per page.
 */
export async function auditObjectNames(db: Executor, countyId: string, entries: readonly NamedObject[]): Promise<Map<string, LocalizedText>> {
  const names = new Map<string, LocalizedText>();
  let plan: Plan | null | undefined;
  const planOf = async () => {
    if (plan === undefined) plan = (await planRepository.current(db, countyId))?.plan ?? null;
    return plan;
  };
  const unitName = async (code: string): Promise<LocalizedText> => {
    const unit = (await planOf())?.units.find((u) => u.code === code);
    return same(unit?.name ?? code);
  };
  const itemTitle = async (itemId: string) => (await workPlanRepository.item(db, countyId, itemId))?.title;

  for (const { objectType, objectId } of entries) {
    if (!objectType || !objectId) continue;
    const key = objectNameKey(objectType, objectId);
    if (names.has(key)) continue;
    const name = await nameOf(objectType, objectId).catch(() => undefined);
    if (name) names.set(key, name);
  }
  return names;

  async function nameOf(type: string, id: string): Promise<LocalizedText | undefined> {
    switch (type) {
      case 'user': {
        const account = await userRepository.findById(db, countyId, id);
        return account ? same(`${account.displayName}（${account.login}）`) : undefined;
      }
      case 'report': {
        const [period, itemId, unitCode] = id.split('/');
        if (!period || !itemId || !unitCode) return undefined;
        const [unit, when, title] = [await unitName(unitCode), periodWords(period), await itemTitle(itemId)];
        return { zh: `${unit.zh} · ${when.zh}${title ? ` · ${title}` : ''}`, en: `${unit.en} · ${when.en}${title ? ` · ${title}` : ''}` };
      }
      case 'work-item':
      case 'work-item-progress': {
        const title = await itemTitle(id);
        return title ? same(title) : undefined;
      }
      case 'import':
      case 'import-problems': {
        const record = await importHistoryRepository.get(db, countyId, id);
        return record ? same(record.fileName) : undefined;
      }
      case 'plan': {
        const current = await planOf();
        return current ? same(current.title) : undefined;
      }
      case 'reporting-round':
        return periodWords(id);
      case 'unit-contact':
        return unitName(id);
      default:
        return undefined;
    }
  }
}

export const objectNameKey = (objectType: string | null, objectId: string | null) => `${objectType}\u0000${objectId}`;
