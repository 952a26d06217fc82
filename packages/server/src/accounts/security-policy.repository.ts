import { defaultSecurityPolicy, securityPolicySchema, type SecurityPolicy } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

/** The security administrator's policy for a county; the 等保 defaults until one is saved. */
export const securityPolicyRepository = {
  async get(db: Executor, countyId: string): Promise<SecurityPolicy> {
    const row = await db.selectFrom('security_policies').select('document').where('county_id', '=', countyId).executeTakeFirst();
    if (!row) return defaultSecurityPolicy;
    // Stored documents were validated when saved; parsing again fills defaults added since.
    return securityPolicySchema.parse(JSON.parse(row.document));
  },

  async put(db: Executor, countyId: string, policy: SecurityPolicy, at: string, by: string): Promise<void> {
    const values = { document: JSON.stringify(policy), updated_at: at, updated_by: by };
    await db
      .insertInto('security_policies')
      .values({ county_id: countyId, ...values })
      .onConflict((oc) => oc.column('county_id').doUpdateSet(values))
      .execute();
  },
};
