import type { UnitContact } from '@ipcounty/domain';
import { z } from 'zod';
import { inWriteTransaction } from '../database/transactions.js';
import { AppError } from '../common/app-error.js';
import type { ActingUser } from '../common/command-context.js';
import { ladderRepository } from './ladder.repository.js';
import { auditChange, nowIso, planOf, type SupervisionContext } from './supervision-context.js';

const email = z.union([z.literal(''), z.string().trim().email()]);
export const unitContactInputSchema = z.object({
  contactName: z.string().trim().max(50).default(''),
  contactEmail: email.default(''),
  leaderName: z.string().trim().max(50).default(''),
  /** 职务, e.g. 局长, 镇长, 主任 — printed on the 督办单. */
  leaderTitle: z.string().trim().max(50).default(''),
  leaderEmail: email.default(''),
});
export type UnitContactInput = z.infer<typeof unitContactInputSchema>;

/** 联系人: who in a unit receives reminders, and its leader, who receives 督办单. */
export async function saveUnitContact(props: { ctx: SupervisionContext; countyId: string; user: ActingUser; unitCode: string; input: UnitContactInput }): Promise<UnitContact> {
  const { ctx, countyId, user, unitCode, input } = props;
  const at = nowIso(ctx);
  return inWriteTransaction(ctx.handle, async (tx) => {
    const plan = await planOf(tx, countyId);
    if (!plan.units.some((u) => u.code === unitCode)) throw new AppError(404, 'unknown_unit', `The plan has no unit "${unitCode}"`, undefined, { unit: unitCode });
    const before = (await ladderRepository.contacts(tx, countyId)).find((c) => c.unitCode === unitCode);
    const contact: UnitContact = { unitCode, ...input, updatedAt: at, updatedBy: user.audit.name };
    await ladderRepository.saveContact(tx, countyId, contact);
    await auditChange(tx, ctx, countyId, user.audit, {
      action: 'contacts.changed',
      entity: 'unit-contact',
      entityId: unitCode,
      before: before ? { ...input, ...pick(before) } : null,
      after: { ...input },
      at,
    });
    return contact;
  });
}

const pick = (c: UnitContact) => ({
  contactName: c.contactName,
  contactEmail: c.contactEmail,
  leaderName: c.leaderName,
  leaderTitle: c.leaderTitle,
  leaderEmail: c.leaderEmail,
});
