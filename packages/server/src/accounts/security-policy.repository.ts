import { defaultSecurityPolicy, securityPolicySchema, type SecurityPolicy } from '@ipcounty/domain';
import type { Executor } from '../database/transactions.js';

/** The last document parsed per county: every request reads the policy, and it rarely changes. */
const parsed = new Map<string, { document: string; policy: SecurityPolicy }>();

/** The security administrator's policy for a county; the 等保 defaults until one is saved. */
export const securityPolicyRepository = {
  async get(db: Executor, countyId: string): Promise<SecurityPolicy> {
    const row = await db.selectFrom('security_policies').select('document').where('county_id', '=', countyId).executeTakeFirst();
    if (!row) return defaultSecurityPolicy;
    const known = parsed.get(countyId);
    if (known?.document === row.document) return known.policy;
    // Stored documents were validated when saved; parsing again fills defaults added since.
    const policy = securityPolicySchema.parse(JSON.parse(row.document));
    parsed.set(countyId, { document: row.document, policy });
    return policy;
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
